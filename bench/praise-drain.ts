// Praise outbox drain (issue 5): BENCH_PRAISES praises (default 10,000) already committed in the outbox — four chat
// cards to each private notification, the mix at which both kinds take equally long at Graph's limits — drained by
// the server's own worker (started as production starts it, on the real clock) against the emulator enforcing Graph's
// limits (chat posts 20 a second, activity notifications 5 a second, per app and tenant; beyond them 429 with
// Retry-After) and failing 20% of those deliveries (10% 429, 10% 503), 1% of answers lost after the work was done.
// Prints the time to drain; per kind the rates of requests sent and of deliveries as shares of the allowed rate, and
// the most sent (by the worker) and taken on (by Teams) in any one second; praises lost, and delivered twice.
// Baseline, same run: the ideal drain at exactly the allowed rates (count ÷ rate, the slower kind), without faults
// and with them (a delivery then takes 1 ÷ 0.8 requests); achieved ÷ ideal.
// Usage: BENCH_PRAISES=10000 node --import tsx bench/praise-drain.ts (about 9 minutes at 10,000). PGlite in memory,
// or BENCH_DATABASE_URL for a PostgreSQL of your own; BENCH_TRACE=1 prints the progress every second on stderr.
import { PGlite } from '@electric-sql/pglite';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { chainIdOf, GRAPH_PRAISE_LIMITS, praiseAttachmentId, type DeliveryKind } from '../server/domain/praise';
import { loadConfig } from '../server/env';
import { startRoundtable } from '../server/start';
import { countDeliveryRequests, mostInWindow } from './lib/delivery-requests';
import { seedPraise } from './lib/praise-seed';
import { round, runIfMain } from './lib/report';

const PRAISES = Number(process.env.BENCH_PRAISES ?? 10_000);
const FAULTS = { rate429: 0.1, rate503: 0.1 };
const LOST_ANSWERS = 0.01;
const share = (value: number) => Math.round(value * 1000) / 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const drainPraise = async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-bench-'));
  const database = process.env.BENCH_DATABASE_URL;
  const env: Record<string, string> = { PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(database ? { DATABASE_URL: database } : {}) };
  const pglite = database ? null : await PGlite.create();
  const postgres = database ? new pg.Client({ connectionString: database }) : null;
  await postgres?.connect();
  // One cheap count while the drain runs (the server's own connection is not the benchmark's to use).
  const pendingJobs = async (): Promise<number> => {
    const sql = "select count(*)::int as n from praise_delivery_jobs where state = 'pending'";
    const rows = pglite ? (await pglite.query<{ n: number }>(sql)).rows : (await postgres!.query<{ n: number }>(sql)).rows;
    return rows[0]!.n;
  };
  const running = await startRoundtable(loadConfig(env), {
    logger: pino({ level: 'silent' }),
    staticRoot: null,
    ...(pglite ? { pglite } : {}),
    // Started below, once the outbox is full.
    praiseDelivery: 'manual',
  });
  const emulator = running.emulator!;
  const requests = countDeliveryRequests(`${running.emulatorUrl}/v1.0`);
  try {
    const seeded = await seedPraise(running, PRAISES);
    const count = (kind: DeliveryKind) => seeded.praises.filter((p) => p.kind === kind).length;

    // The faults' one draw per delivery request says which were injected (the rest of the 429s are the limits').
    const injected = { 429: 0, 503: 0 };
    const random = () => {
      const draw = Math.random();
      if (draw < FAULTS.rate429) injected[429] += 1;
      else if (draw < FAULTS.rate429 + FAULTS.rate503) injected[503] += 1;
      return draw;
    };
    const deliveries = /^\/v1\.0\/(chats\/[^/]+\/messages|users\/[^/]+\/teamwork\/sendActivityNotification)$/;
    emulator.setFaults({ ...FAULTS, random, retryAfterSeconds: 1, paths: deliveries, methods: ['POST'], enforceRateLimits: true });
    // One answer in a hundred of each kind is lost (504) after Teams did the work: a rule for each hundred sent.
    const lostSoFar = { chat_post: 0, activity_notification: 0 };
    const paths = { chat_post: /\/chats\/[^/]+\/messages$/, activity_notification: /\/sendActivityNotification$/ };
    const loseSome = () => {
      for (const kind of ['chat_post', 'activity_notification'] as const) {
        const due = Math.floor(requests.of(kind).sent * LOST_ANSWERS);
        if (due > lostSoFar[kind]) emulator.loseResponses({ method: 'POST', path: paths[kind], times: due - lostSoFar[kind], as: 'gateway-timeout' });
        lostSoFar[kind] = due;
      }
    };
    const losing = setInterval(loseSome, 1_000);

    const started = performance.now();
    running.praiseDelivery.start();
    for (let pending = PRAISES; pending > 0; pending = await pendingJobs()) {
      if (process.env.BENCH_TRACE) console.error(JSON.stringify({ seconds: round((performance.now() - started) / 1000), pending, chat: requests.of('chat_post').statuses, notifications: requests.of('activity_notification').statuses }));
      await sleep(1_000);
    }
    const drainedSeconds = (Math.max(requests.of('chat_post').lastAnsweredAt, requests.of('activity_notification').lastAnsweredAt) - started) / 1000;
    clearInterval(losing);
    await running.praiseDelivery.stop();
    emulator.setFaults({});

    const { cards, takenAt: cardsTakenAt } = await seeded.readCards();
    const { chains, takenAt: notesTakenAt } = await seeded.readNotifications();
    const final = await Promise.all(seeded.praises.map((p) => running.deps.store.praise.find(seeded.tenantId, p.id)));
    const inTeams = (p: (typeof seeded.praises)[number]) => (p.kind === 'chat_post' ? (cards.get(praiseAttachmentId(p.id)) ?? 0) : (chains.get(chainIdOf(p.id)) ?? 0));
    const lost = seeded.praises.filter((p, i) => final[i]?.job.state !== 'delivered' || inTeams(p) === 0).length;
    const duplicates = seeded.praises.filter((p) => inTeams(p) > 1).length;

    const perKind = (kind: DeliveryKind, takenAt: number[]) => {
      const allowed = GRAPH_PRAISE_LIMITS[kind].perSecond;
      const seen = requests.of(kind);
      const seconds = (seen.lastAnsweredAt - started) / 1000;
      // The same, but without the first and last 5% of the requests: the steady pace, before the tail of retries.
      const steady = seen.sentAt.slice(Math.floor(seen.sent * 0.05), Math.ceil(seen.sent * 0.95));
      const steadySeconds = (steady.at(-1)! - steady[0]!) / 1000;
      return {
        praises: count(kind),
        allowedPerSecond: allowed,
        seconds: round(seconds),
        requests: seen.sent,
        answers: seen.statuses,
        requestShareOfAllowed: share(seen.sent / seconds / allowed),
        steadyRequestShareOfAllowed: share((steady.length - 1) / steadySeconds / allowed),
        deliveryShareOfAllowed: share(count(kind) / seconds / allowed),
        mostSentInOneSecond: seen.mostInOneSecond,
        mostTakenOnInOneSecond: mostInWindow(takenAt),
      };
    };
    const ideal = Math.max(count('chat_post') / GRAPH_PRAISE_LIMITS.chat_post.perSecond, count('activity_notification') / GRAPH_PRAISE_LIMITS.activity_notification.perSecond);
    const idealWithFaults = ideal / (1 - FAULTS.rate429 - FAULTS.rate503);
    const all429 = Number(requests.of('chat_post').statuses['429'] ?? 0) + Number(requests.of('activity_notification').statuses['429'] ?? 0);
    return {
      bench: 'praise-drain',
      database: database ? 'postgres' : 'pglite',
      praises: PRAISES,
      faults: { ...FAULTS, lostAnswers: LOST_ANSWERS, injected },
      drainSeconds: round(drainedSeconds),
      chatPosts: perKind('chat_post', cardsTakenAt),
      notifications: perKind('activity_notification', notesTakenAt),
      throttledByGraphLimits: all429 - injected[429],
      lost,
      duplicates,
      baseline: {
        idealDrainSeconds: round(ideal),
        idealDrainWithFaultsSeconds: round(idealWithFaults),
        achievedOverIdeal: share(drainedSeconds / ideal),
        achievedOverIdealWithFaults: share(drainedSeconds / idealWithFaults),
      },
    };
  } finally {
    requests.restore();
    await postgres?.end();
    await running.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

await runIfMain(import.meta.url, drainPraise);
