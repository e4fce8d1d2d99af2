// Live check-in fan-out (issue 3): P panels follow one meeting's event stream over HTTP (SSE) while A answers are
// submitted at a steady rate. Prints answer latency (p50/p99), the time until every stream has every answer, and
// memory per open stream; the baseline is GET /healthz latency at the same rate, measured in the same run.
// Usage: node --import tsx bench/live-checkin.ts [--panels 1000] [--answers 1000] [--seconds 10]
// Set BENCH_DATABASE_URL to run against PostgreSQL instead of PGlite.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../server/env';
import { startRoundtable } from '../server/start';

const { values } = parseArgs({ options: { panels: { type: 'string', default: '1000' }, answers: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '10' } } });
const PANELS = Number(values.panels);
const ANSWERS = Number(values.answers);
const SECONDS = Number(values.seconds);

const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-bench-'));
const env: Record<string, string> = { PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
const running = await startRoundtable(loadConfig(env), { logger: pino({ level: 'silent' }), staticRoot: null });
const emulator = running.emulator!;
const app = running.appUrl;

const people = emulator.people.filter((p) => ['hiroshi.', 'lucia.', 'priya.', 'mateus.', 'fatima.', 'jonas.', 'aroha.'].some((h) => p.upn.startsWith(h)));
const tokens = new Map(await Promise.all(people.map(async (p) => [p.upn, await emulator.mintSsoToken(p.upn)] as const)));
const call = (upn: string, path: string, init: RequestInit = {}) =>
  fetch(`${app}${path}`, { ...init, headers: { Authorization: `Bearer ${tokens.get(upn)}`, 'Content-Type': 'application/json', ...(init.headers as object) } });

// Everyone's own event id of the occurrence in progress.
const eventIds = new Map<string, string>();
for (const p of people) eventIds.set(p.upn, ((await (await call(p.upn, '/api/meetings/next')).json()) as { eventId: string }).eventId);
const organizer = people.find((p) => p.upn.startsWith('hiroshi.'))!.upn;
const checkin = (upn: string, rest = '') => `/api/meetings/${encodeURIComponent(eventIds.get(upn)!)}/checkin${rest}`;
await call(organizer, checkin(organizer), { method: 'PUT', body: JSON.stringify({ promptId: null, customQuestion: 'One word for today?', anonymous: false, scope: 'occurrence' }) });
await call(organizer, checkin(organizer, '/actions'), { method: 'POST', body: JSON.stringify({ action: 'open' }) });
const { lastEventId } = (await (await call(organizer, checkin(organizer))).json()) as { lastEventId: string };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

// Baseline: /healthz at the same rate.
const paced = async (count: number, run: (i: number) => Promise<number>) => {
  const interval = (SECONDS * 1000) / count;
  const started = performance.now();
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + i * interval - performance.now())));
      return run(i);
    }),
  );
};
const baseline = await paced(ANSWERS, async () => {
  const t = performance.now();
  await (await fetch(`${app}/healthz`)).arrayBuffer();
  return performance.now() - t;
});

// Panels.
const heapBefore = process.memoryUsage().heapUsed;
const readers: ReadableStreamDefaultReader<string>[] = [];
// Set once the answers start; called when every stream has every answer.
const whenAllReceived: { resolve: () => void } = { resolve: () => {} };
const received = new Map<number, number>(); // answer number → streams that have it
const sentAt = new Map<number, number>();
const completedAt = new Map<number, number>();
for (let i = 0; i < PANELS; i++) {
  const upn = people[i % people.length]!.upn;
  const response = await call(upn, `/api/meetings/${encodeURIComponent(eventIds.get(upn)!)}/events`, { headers: { 'Last-Event-ID': lastEventId } });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  readers.push(reader);
  void (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        // The answer's text names it ("answer 17"), so each delivery is matched to its submission.
        const n = /"text":"answer (\d+)"/.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (n === undefined) continue;
        const answer = Number(n);
        const count = (received.get(answer) ?? 0) + 1;
        received.set(answer, count);
        if (count === PANELS) {
          completedAt.set(answer, performance.now());
          if (completedAt.size === ANSWERS) whenAllReceived.resolve();
        }
      }
    }
  })();
}
const heapPerStream = (process.memoryUsage().heapUsed - heapBefore) / PANELS;

// Answers, paced.
let retries = 0;
const done = new Promise<void>((resolve) => (whenAllReceived.resolve = resolve));
const started = performance.now();
const latencies = await paced(ANSWERS, async (i) => {
  const upn = people[i % people.length]!.upn;
  const t = performance.now();
  sentAt.set(i, t);
  const submit = () => call(upn, checkin(upn, '/answer'), { method: 'PUT', body: JSON.stringify({ submissionId, text: `answer ${i}` }) });
  const submissionId = randomUUID();
  // A kept-alive socket the server closes just as it is reused resets; the same submission id makes a retry safe.
  const response = await submit().catch(() => {
    retries++;
    return submit();
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`answer ${i}: ${response.status}`);
  return performance.now() - t;
});
const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 60_000));
const outcome = await Promise.race([done.then(() => 'ok' as const), timeout]);
const lastAnswerAt = Math.max(...completedAt.values());
const deliveryLags = [...completedAt].map(([answer, at]) => at - sentAt.get(answer)!);

console.log(
  JSON.stringify({
    bench: 'live-checkin',
    database: process.env.BENCH_DATABASE_URL ? 'postgres' : 'pglite',
    panels: PANELS,
    answers: ANSWERS,
    seconds: SECONDS,
    answerLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
    /** Per answer: from its submission until every open stream has it. */
    answerEverywhereMs: { p50: round(percentile(deliveryLags, 50)), p99: round(percentile(deliveryLags, 99)), max: round(Math.max(...deliveryLags)) },
    allAnswersEverywhereAfterMs: outcome === 'ok' ? round(lastAnswerAt - started) : null,
    streamsComplete: outcome === 'ok',
    networkRetries: retries,
    heapPerStreamKb: round(heapPerStream / 1024),
    baseline: { healthzLatencyMs: { p50: round(percentile(baseline, 50)), p99: round(percentile(baseline, 99)) } },
    aims: { answerP99Ms: 100, answerEverywhereMaxMs: 2000 },
    note: 'client and server share one process and its 2 cores; heap per stream counts both sides',
  }),
);
for (const reader of readers) await reader.cancel().catch(() => undefined);
await running.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
