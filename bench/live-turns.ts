// Live turn tracker fan-out (issue 4): M meetings run at once, each followed by P side panels over HTTP (SSE), and in
// each meeting the facilitator taps the next speaker once a second. Prints, per database (PGlite, and PostgreSQL when
// one can be started), the time from a tap's POST until every panel of that meeting has its event (p50/p99/max), and
// the tap's own response time. The baseline, measured in the same run on the same open streams: an event published
// straight into the meeting's live stream (no HTTP request, no tracker) until every panel has it.
// Usage: node --import tsx bench/live-turns.ts [--meetings 50] [--panels 20] [--seconds 20] [--baseline-seconds 8]
// [--databases pglite,postgres]; BENCH_TRACE=1 prints, per second of tapping, the taps and the slowest on stderr.
// BENCH_DATABASE_URL points PostgreSQL at a server of your own; otherwise a throwaway cluster is started (Debian's
// binaries, as the integration suite does). The panels and the tapping facilitators run in a child process (this file
// again, with --clients: see runClients) so that reading 1,000 streams does not share the server's event loop (the
// machine has 2 cores).
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { liveStreamOf, type MeetingView } from '../server/domain/meeting';
import { loadConfig } from '../server/env';
import { startRoundtable } from '../server/start';
import { isMain, round } from './lib/report';

/** One meeting as the clients see it: who taps where, whom to give the turn to, and its panels' streams. */
type Meeting = { tapUrl: string; tapToken: string; speakers: string[]; panels: { url: string; token: string }[] };
type ClientJob = { meetings: Meeting[]; seconds: number };
/** Per counted tap: from its POST until every panel of the meeting had its event, and until its own answer. */
type ClientReport = { tapped: number; everywhere: number[]; responses: number[]; errors: number };

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '50' },
    panels: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '20' },
    'baseline-seconds': { type: 'string', default: '8' },
    databases: { type: 'string', default: 'pglite,postgres' },
    /** The child process's role (see runClients). */
    clients: { type: 'boolean', default: false },
  },
});
const MEETINGS = Number(values.meetings);
const PANELS = Number(values.panels);
const SECONDS = Number(values.seconds);
const BASELINE_SECONDS = Number(values['baseline-seconds']);
const SUBJECT = 'Weekly team meeting';
const WEEK_MS = 7 * 86_400_000;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const figures = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? NaN), count: sorted.length };
};
const epochNow = () => performance.timeOrigin + performance.now();
const sleepUntil = (epochMs: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - epochNow())));

/** A throwaway PostgreSQL cluster, as the integration suite starts one; null (with the reason) when there is none. */
const startPostgres = async (): Promise<{ url: string; stop: () => void } | { error: string }> => {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: () => {} };
  try {
    const { default: setup } = await import('../test/support/postgres-global-setup');
    let url = '';
    const teardown = await setup({ provide: (_key: string, value: string) => (url = value) } as never);
    const admin = new (await import('pg')).default.Client({ connectionString: url });
    await admin.connect();
    await admin.query('create database roundtable_bench');
    await admin.end();
    return { url: url.replace(/\/postgres$/, '/roundtable_bench'), stop: () => teardown?.() };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
};

/** Every person's own event id of each of the first `count` occurrences of the weekly meeting, by occurrence start. */
const findOccurrences = async (emulatorUrl: string, graphTokens: Map<string, string>, count: number) => {
  const from = new Date(Date.now() - 11 * WEEK_MS).toISOString();
  const to = new Date(Date.now() + (count + 1) * WEEK_MS).toISOString();
  const byStart = new Map<string, Map<string, string>>();
  for (const [upn, token] of graphTokens) {
    let next: string | undefined = `${emulatorUrl}/v1.0/me/calendarView?startDateTime=${from}&endDateTime=${to}&$top=50`;
    while (next) {
      const page = (await (await fetch(next, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
        value: { id: string; subject: string; start: { dateTime: string } }[];
        '@odata.nextLink'?: string;
      };
      for (const event of page.value.filter((e) => e.subject === SUBJECT)) {
        const ids = byStart.get(event.start.dateTime) ?? new Map<string, string>();
        byStart.set(event.start.dateTime, ids.set(upn, event.id));
      }
      next = page['@odata.nextLink'];
    }
  }
  return [...byStart.entries()].sort(([a], [b]) => a.localeCompare(b)).slice(0, count).map(([, ids]) => ids);
};

const runOn = async (database: 'pglite' | 'postgres', databaseUrl: string | null) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-bench-'));
  const env: Record<string, string> = { PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const running = await startRoundtable(loadConfig(env), { logger: pino({ level: 'silent' }), staticRoot: null });
  const emulator = running.emulator!;
  try {
    const people = emulator.people.filter((p) => ['hiroshi.', 'lucia.', 'priya.', 'mateus.', 'fatima.', 'jonas.', 'aroha.'].some((h) => p.upn.startsWith(h)));
    const facilitator = people.find((p) => p.upn.startsWith('hiroshi.'))!.upn;
    const tokens = new Map(await Promise.all(people.map(async (p) => [p.upn, await emulator.mintSsoToken(p.upn)] as const)));
    const graphTokens = new Map(await Promise.all(people.map(async (p) => [p.upn, await emulator.mintGraphToken(p.upn)] as const)));
    const occurrences = await findOccurrences(running.emulatorUrl!, graphTokens, MEETINGS);
    if (occurrences.length < MEETINGS) throw new Error(`the demo calendar has ${occurrences.length} occurrences of ${SUBJECT}, not ${MEETINGS}`);
    const path = (eventId: string) => `${running.appUrl}/api/meetings/${encodeURIComponent(eventId)}`;
    const meetings: (Meeting & { stream: string })[] = [];
    for (const ids of occurrences) {
      const view = (await (await fetch(path(ids.get(facilitator)!), { headers: { Authorization: `Bearer ${tokens.get(facilitator)}` } })).json()) as MeetingView;
      meetings.push({
        stream: liveStreamOf(view)!,
        tapUrl: `${path(ids.get(facilitator)!)}/turns/actions`,
        tapToken: tokens.get(facilitator)!,
        speakers: people.map((p) => p.upn.toLowerCase()),
        panels: Array.from({ length: PANELS }, (_, i) => {
          const upn = people[i % people.length]!.upn;
          return { url: `${path(ids.get(upn)!)}/events`, token: tokens.get(upn)! };
        }),
      });
    }

    const child = fork(fileURLToPath(import.meta.url), ['--clients'], { execArgv: ['--import', 'tsx'] });
    const pings = new Map<string, number>();
    let onReady = () => {};
    const ready = new Promise<void>((resolve) => (onReady = resolve));
    const report = new Promise<ClientReport>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the clients' process exited with ${code}`)));
      child.on('message', (message: { kind: string; meeting?: number; n?: number; at?: number; report?: ClientReport }) => {
        if (message.kind === 'ready') onReady();
        if (message.kind === 'ping') pings.set(`${message.meeting}/${message.n}`, message.at!);
        if (message.kind === 'done') resolve(message.report!);
      });
    });
    // A child that dies while the streams open ends the wait for them too.
    const opened = Promise.race([ready, report.then(() => undefined)]);
    const job: ClientJob = { meetings, seconds: SECONDS };
    const openingStarted = epochNow();
    child.send(job);
    await opened;
    const streamsOpenMs = epochNow() - openingStarted;

    // Baseline: one bare event per meeting per second, published straight into each stream, staggered like the taps.
    const sentAt = new Map<string, number>();
    const baselineStart = epochNow() + 500;
    await Promise.all(
      meetings.map(async (meeting, m) => {
        for (let n = 0; n < BASELINE_SECONDS; n++) {
          await sleepUntil(baselineStart + n * 1000 + (m * 1000) / meetings.length);
          sentAt.set(`${m}/${n}`, epochNow());
          await running.deps.live.publish(emulator.tenantId, meeting.stream, 'bench.ping', { meeting: m, n });
        }
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const baseline = [...sentAt].flatMap(([key, at]) => (pings.has(key) ? [pings.get(key)! - at] : []));

    child.send({ kind: 'tap' });
    const taps = await report;
    child.kill();
    return {
      database,
      taps: taps.tapped,
      tapsComplete: taps.everywhere.length,
      tapToEveryPanelMs: figures(taps.everywhere),
      tapResponseMs: figures(taps.responses),
      tapErrors: taps.errors,
      streamsOpenMs: round(streamsOpenMs),
      baseline: { publishToEveryPanelMs: figures(baseline), published: sentAt.size },
    };
  } finally {
    await running.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

/**
 * The child: opens every panel's stream, tells the parent when all are open and when every panel of a meeting has a
 * baseline event; on 'tap', each meeting's facilitator gives the turn to the next person once a second (meetings
 * staggered over the second), and the report says how long each tap took to reach every panel of its meeting.
 */
const runClients = async () => {
  const job = await new Promise<ClientJob>((resolve) => process.once('message', (message) => resolve(message as ClientJob)));
  const send = (message: object) => process.send?.(message);
  const arrivals = new Map<string, { count: number; at: number }>();
  const arrive = (key: string, panels: number): number | null => {
    const seen = arrivals.get(key) ?? { count: 0, at: 0 };
    seen.count += 1;
    if (seen.count === panels) seen.at = epochNow();
    arrivals.set(key, seen);
    return seen.count === panels ? seen.at : null;
  };

  const follow = async (meeting: number, panel: { url: string; token: string }, panels: number) => {
    const response = await fetch(panel.url, { headers: { Authorization: `Bearer ${panel.token}`, Accept: 'text/event-stream' } });
    if (!response.ok || !response.body) throw new Error(`stream ${panel.url}: ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    return async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!type || !data) continue;
          if (type === 'bench.ping') {
            const { n } = JSON.parse(data) as { n: number };
            const at = arrive(`${meeting}/ping/${n}`, panels);
            if (at !== null) send({ kind: 'ping', meeting, n, at });
          } else if (type.startsWith('turns.')) {
            arrive(`${meeting}/rev/${(JSON.parse(data) as { revision: number }).revision}`, panels);
          }
        }
      }
    };
  };

  const readers: (() => Promise<void>)[] = [];
  for (const [m, meeting] of job.meetings.entries()) readers.push(...(await Promise.all(meeting.panels.map((panel) => follow(m, panel, meeting.panels.length)))));
  const reading = Promise.all(readers.map((read) => read()));
  send({ kind: 'ready' });
  await new Promise((resolve) => process.once('message', resolve));

  const WARM_UP = 3;
  const taps: { meeting: number; revision: number; sentAt: number; answeredAt: number; isCounted: boolean }[] = [];
  let errors = 0;
  const started = epochNow() + 200;
  await Promise.all(
    job.meetings.map(async (meeting, m) => {
      for (let n = 0; n < WARM_UP + job.seconds; n++) {
        await sleepUntil(started + n * 1000 + (m * 1000) / job.meetings.length);
        const sentAt = epochNow();
        const response = await fetch(meeting.tapUrl, {
          method: 'POST',
          headers: { Authorization: `Bearer ${meeting.tapToken}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: 'tap', participantId: meeting.speakers[n % meeting.speakers.length] }),
        }).catch(() => null);
        if (!response?.ok) {
          errors += 1;
          continue;
        }
        const { revision } = (await response.json()) as { revision: number };
        taps.push({ meeting: m, revision, sentAt, answeredAt: epochNow(), isCounted: n >= WARM_UP });
      }
    }),
  );
  // Give the last events a moment to arrive; a tap that never reaches every panel is counted as incomplete.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const counted = taps.filter((tap) => tap.isCounted);
  const everywhere = counted.flatMap((tap) => {
    const seen = arrivals.get(`${tap.meeting}/rev/${tap.revision}`);
    return seen && seen.count >= job.meetings[tap.meeting]!.panels.length ? [seen.at - tap.sentAt] : [];
  });
  if (process.env.BENCH_TRACE) {
    // Per second of the run: how many taps, and the slowest one to reach every panel.
    const bySecond = new Map<number, number[]>();
    for (const tap of counted) {
      const seen = arrivals.get(`${tap.meeting}/rev/${tap.revision}`);
      const second = Math.floor((tap.sentAt - started) / 1000);
      bySecond.set(second, [...(bySecond.get(second) ?? []), seen ? seen.at - tap.sentAt : NaN]);
    }
    console.error(JSON.stringify([...bySecond].map(([second, ms]) => [second, ms.length, Math.round(Math.max(...ms))])));
  }
  const report: ClientReport = { tapped: counted.length, everywhere, responses: counted.map((tap) => tap.answeredAt - tap.sentAt), errors };
  send({ kind: 'done', report });
  void reading;
};

if (values.clients) {
  await runClients();
} else if (isMain(import.meta.url)) {
  const databases = values.databases.split(',');
  const results: object[] = databases.includes('pglite') ? [await runOn('pglite', null)] : [];
  const postgres = databases.includes('postgres') ? await startPostgres() : null;
  if (postgres && 'url' in postgres) {
    try {
      results.push(await runOn('postgres', postgres.url));
    } finally {
      postgres.stop();
    }
  } else if (postgres) {
    results.push({ database: 'postgres', error: postgres.error });
  }
  console.log(
    JSON.stringify({
      bench: 'live-turns',
      meetings: MEETINGS,
      panelsPerMeeting: PANELS,
      tapsPerMeetingPerSecond: 1,
      seconds: SECONDS,
      results,
      aims: { tapToEveryPanelP99Ms: 250 },
      note: 'panels and tapping facilitators run in a child process; the first 3 s of taps warm up and are not counted',
    }),
  );
  process.exit(0);
}
