// The acceptance for the praise outbox: 1,000 praises given through the HTTP API — cards in three meeting
// chats and private activity notifications — while Graph (the emulator) answers 30% of delivery calls with 429 or 503
// and now and then loses its answer after doing the work; the instance delivering them dies mid-send (Teams took a
// post, the process is gone before it could record it) and a new instance on the same database finishes. Teams ends
// with exactly one card per public praise and one notification per private praise, every praise delivered.
// Time: one person may give 30 praises an hour, so the praises are given over four hours of a faked clock (Date only:
// the server, the emulator, MSAL and jose all see the same hours go by). The workers are driven with runOnce, the
// clock moved on between passes. Nothing waits for real time.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chainIdOf } from '../../../server/domain/praise';
import { loadConfig } from '../../../server/env';
import { manualTimer } from '../../../server/jobs/transcripts/periodic-job';
import { startRoundtable, type Running } from '../../../server/start';
import { callApi, tokenFor } from '../../support/api';
import { freshPglite } from '../../support/databases';
import type { DemoStack } from '../../support/demo-stack';
import { activityFeed, chatIdOf, chatMessages, eventIdOf } from './praise-stack';
import { startPraiseInstance, type PraiseInstance } from './praise-instance';

const PRAISES = 1_000;
const ROUNDS = 4;
const HOUR = 3_600_000;
const upn = (handle: string) => `${handle}@roundtabledemo.onmicrosoft.com`;
/** Each meeting chat's members (organizer first), as the demo tenant seeds them. */
const MEETINGS: Record<string, string[]> = {
  'Weekly team meeting': ['hiroshi.tanaka', 'lucia.fernandez', 'priya.raman', 'mateus.silva', 'fatima.alsayed', 'jonas.weber', 'aroha.ngata'],
  'Roadmap review': ['amara.okafor', 'hiroshi.tanaka', 'priya.raman', 'fatima.alsayed', 'aroha.ngata', 'dmitri.volkov'],
  'Design critique': ['priya.raman', 'amara.okafor', 'lucia.fernandez', 'mateus.silva', 'aroha.ngata'],
};
const GIVERS = [...new Set(Object.values(MEETINGS).flat())].sort();
/** Roundtable is not installed for Dmitri: private praise for him is kept for his tab, not delivered. */
const WITHOUT_APP = 'dmitri.volkov';
const DELIVERY_CALLS = /^\/v1\.0\/(chats\/[^/]+\/messages|users\/[^/]+\/teamwork\/sendActivityNotification)$/;

type Praise = { id: string; giver: string; subject: string; recipient: string | 'team'; visibility: 'public' | 'private' };

/** 1,000 praises, deterministic: givers in turn (at most 28 each per round of 250), about 40% private, 5% to the team. */
const plan = (): Praise[] =>
  Array.from({ length: PRAISES }, (_, i) => {
    const giver = GIVERS[i % GIVERS.length]!;
    const subjects = Object.keys(MEETINGS).filter((s) => MEETINGS[s]!.includes(giver));
    const subject = subjects[Math.floor(i / GIVERS.length) % subjects.length]!;
    const others = MEETINGS[subject]!.filter((h) => h !== giver);
    const recipient = others[(i * 7) % others.length]!;
    if (i % 20 === 0) return { id: randomUUID(), giver, subject, recipient: 'team', visibility: 'public' };
    return { id: randomUUID(), giver, subject, recipient, visibility: i % 5 < 2 && recipient !== WITHOUT_APP ? 'private' : 'public' };
  });

/** A seeded random source (mulberry32), so the emulator's faults fall the same way every run. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const clock = { now: () => new Date(), advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
let dataDir: string;
let pglite: PGlite;
let running: Running;
let stack: DemoStack;
const instances: PraiseInstance[] = [];
const tokens = new Map<string, string>();
const events = new Map<string, string>();

const unsettled = async () =>
  (await pglite.query<{ n: number }>(`select count(*)::int as n from praise_delivery_jobs where state not in ('delivered', 'kept_for_recipient', 'failed')`)).rows[0]!.n;

/** Everyone opens Roundtable in Teams afresh (a new token: the last has run out by now), through `instance`. */
const signIn = async (instance: PraiseInstance) => {
  for (const handle of GIVERS) {
    tokens.set(handle, await tokenFor(stack, upn(handle)));
    expect((await callApi(instance.appUrl, '/api/me/praise-preference', tokens.get(handle))).status).toBe(200);
  }
};

/** Everyone signs in through `instance`, then all of `praises` are given, 8 at a time. */
const give = async (instance: PraiseInstance, praises: Praise[]) => {
  await signIn(instance);
  const idOf = (handle: string) => stack.people.find((p) => p.upn === upn(handle))!.id;
  const refused: string[] = [];
  const queue = [...praises];
  const giveNext = async (): Promise<void> => {
    const praise = queue.shift();
    if (!praise) return;
    const eventId = events.get(`${praise.giver}/${praise.subject}`)!;
    const response = await callApi(instance.appUrl, `/api/meetings/${encodeURIComponent(eventId)}/praise/${praise.id}`, tokens.get(praise.giver), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        recipient: praise.recipient === 'team' ? { kind: 'team' } : { kind: 'person', userId: idOf(praise.recipient) },
        value: 'teamwork',
        message: `Thank you (${praise.id.slice(0, 8)})`,
        visibility: praise.visibility,
      }),
    });
    if (response.status !== 201) refused.push(`${praise.giver}: ${response.status} ${await response.text()}`);
    return giveNext();
  };
  await Promise.all(Array.from({ length: 8 }, giveNext));
  expect(refused).toEqual([]);
};

/** Some of the next deliveries reach Teams, and their answers are lost on the way back. */
const loseSomeAnswers = () => {
  const emulator = running.emulator!;
  emulator.loseResponses({ method: 'POST', path: /\/chats\/[^/]+\/messages$/, times: 6, as: 'gateway-timeout' });
  emulator.loseResponses({ method: 'POST', path: /\/chats\/[^/]+\/messages$/, times: 3, as: 'connection-reset' });
  emulator.loseResponses({ method: 'POST', path: /\/sendActivityNotification$/, times: 5, as: 'gateway-timeout' });
};

/**
 * Passes of `instance`'s worker, the clock 200 ms on after each (Graph's limits give their turns back as the second
 * goes by), or 5 s when nothing was due (a Retry-After, a dead instance's leases running out) — until nothing is left
 * to deliver, or the instance dies.
 */
const drain = async (instance: PraiseInstance): Promise<'settled' | 'died'> => {
  for (let pass = 1; pass <= 10_000; pass++) {
    const summary = await Promise.race([instance.worker.runOnce(), instance.died.then(() => null)]);
    if (summary === null) return 'died';
    const idle = summary.claimed === 0 && summary.attempted === 0 && summary.deferred === 0;
    clock.advance(idle ? 5_000 : 200);
    if ((idle || pass % 50 === 0) && (await unsettled()) === 0) return 'settled';
  }
  throw new Error(`the outbox did not drain: ${await unsettled()} praises left`);
};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  dataDir = await mkdtemp(join(tmpdir(), 'roundtable-chaos-'));
  pglite = await freshPglite();
  running = await startRoundtable(loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), {
    logger,
    pglite,
    staticRoot: null,
    clock,
    praiseDelivery: 'manual',
    jobTimer: manualTimer,
    emulator: { deliverNotifications: false },
  });
  stack = { appUrl: running.appUrl, emulatorUrl: running.emulatorUrl!, people: await running.deps.demo!.people(), running, stop: async () => {} };
  for (const [subject, members] of Object.entries(MEETINGS)) {
    for (const handle of members) events.set(`${handle}/${subject}`, await eventIdOf(stack, upn(handle), subject));
  }
}, 120_000);

afterAll(async () => {
  for (const instance of instances.reverse()) await instance.stop();
  await running?.stop();
  await rm(dataDir, { recursive: true, force: true });
  vi.useRealTimers();
});

describe('[PRAISE]: the outbox under chaos', () => {
  it('1,000 praises, Graph failing 30% of deliveries and losing answers, the server killed mid-send: each delivered exactly once', async () => {
    const praises = plan();
    const rounds = Array.from({ length: ROUNDS }, (_, r) => praises.slice((r * PRAISES) / ROUNDS, ((r + 1) * PRAISES) / ROUNDS));
    running.emulator!.setFaults({ rate429: 0.15, rate503: 0.15, retryAfterSeconds: 1, paths: DELIVERY_CALLS, random: seeded(5) });

    const first = await startPraiseInstance({ running, pglite, clock, logger });
    instances.push(first);
    await give(first, rounds[0]!);
    loseSomeAnswers();
    expect(await drain(first)).toBe('settled');

    // The second hour: part way through delivering it, the instance dies right after Teams took a post.
    clock.advance(HOUR);
    await give(first, rounds[1]!);
    loseSomeAnswers();
    first.dieAfterPosts(60);
    expect(await drain(first)).toBe('died');
    const leftInFlight = await pglite.query<{ n: number }>('select count(*)::int as n from praise_delivery_jobs where lease_owner = $1 and in_flight', [first.instanceId]);
    expect(leftInFlight.rows[0]!.n).toBeGreaterThan(0);
    expect(await unsettled()).toBeGreaterThan(0);
    await expect(fetch(`${first.appUrl}/healthz`)).rejects.toThrow();

    // A new instance on the same database takes over once the dead one's leases run out. Chat posts go out as their
    // givers, so it posts for each as they come back to Teams through it; the private praise needs nobody.
    const second = await startPraiseInstance({ running, pglite, clock, logger });
    instances.push(second);
    await signIn(second);
    loseSomeAnswers();
    expect(await drain(second)).toBe('settled');
    for (const [r, round] of rounds.slice(2).entries()) {
      clock.advance(HOUR);
      await give(second, round);
      loseSomeAnswers();
      expect(await drain(second), `round ${r + 3}`).toBe('settled');
    }
    running.emulator!.setFaults({});

    const states = await pglite.query<{ state: string; n: number }>('select state, count(*)::int as n from praise_delivery_jobs group by state');
    expect(states.rows).toEqual([{ state: 'delivered', n: PRAISES }]);
    // As the givers see it in their personal tab.
    const shown = new Map<string, string>();
    for (const giver of GIVERS) {
      const given = (await (await callApi(second.appUrl, '/api/me/praise?box=given', tokens.get(giver))).json()) as { praise: { id: string; delivery: { status: string } }[] };
      for (const praise of given.praise) shown.set(praise.id, praise.delivery.status);
    }
    expect(praises.filter((p) => shown.get(p.id) !== 'delivered')).toEqual([]);

    const cards = new Map<string, number>();
    for (const subject of Object.keys(MEETINGS)) {
      const organizer = MEETINGS[subject]![0]!;
      const chatId = await chatIdOf({ ...stack, appUrl: second.appUrl }, upn(organizer), events.get(`${organizer}/${subject}`)!);
      for (const message of await chatMessages(stack, upn(organizer), chatId)) {
        for (const attachment of message.attachments) cards.set(attachment.id, (cards.get(attachment.id) ?? 0) + 1);
      }
    }
    const publicPraise = praises.filter((p) => p.visibility === 'public');
    expect(publicPraise.filter((p) => cards.get(p.id.replace(/-/g, '')) !== 1)).toEqual([]);
    expect([...cards.values()].reduce((sum, n) => sum + n, 0)).toBe(publicPraise.length);

    const privatePraise = praises.filter((p) => p.visibility === 'private');
    const notifications = new Map<number, number>();
    for (const recipient of new Set(privatePraise.map((p) => p.recipient))) {
      for (const item of await activityFeed(stack, upn(recipient))) notifications.set(item.notification.chainId, (notifications.get(item.notification.chainId) ?? 0) + 1);
    }
    expect(privatePraise.filter((p) => notifications.get(chainIdOf(p.id)) !== 1)).toEqual([]);
    expect([...notifications.values()].reduce((sum, n) => sum + n, 0)).toBe(privatePraise.length);
    expect(publicPraise.length + privatePraise.length).toBe(PRAISES);
  }, 180_000);
});
