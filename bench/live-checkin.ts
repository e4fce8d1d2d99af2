// Live check-in fan-out (issue 3): P panels follow one meeting's event stream over HTTP (SSE) while A answers are
// submitted at a steady rate. Prints answer latency (p50/p99), the time until every stream has every answer, and
// memory per open stream; the baseline is GET /healthz latency at the same rate, measured in the same run. Also the
// server process's CPU time and event loop utilization while the answers come, every process's CPU time over the same
// span, and the machine's load average (the machine is shared: read the figures against it).
// Usage: node --import tsx bench/live-checkin.ts [--panels 1000] [--answers 1000] [--seconds 10]
//   [--database pglite|postgres] [--question text|pulse]
// On PostgreSQL it uses BENCH_DATABASE_URL when set, else a throwaway cluster from Debian's binaries (as the tests
// do). BENCH_TRACE=1 prints every answer's latency, in order, on stderr (to see where a slow tail comes from). The clients run in child processes — the panels in
// bench/lib/sse-panels.ts, the people answering in bench/lib/paced-requests.ts — so that neither reading 1,000 streams
// nor sending the answers shares the server's event loop.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { loadConfig } from '../server/env';
import { startRoundtable } from '../server/start';
import { cpuTimeBetween, readCpuTimes } from './lib/processes';
import { startBenchPostgres } from './lib/throwaway-postgres';

const { values } = parseArgs({
  options: { panels: { type: 'string', default: '1000' }, answers: { type: 'string', default: '1000' }, seconds: { type: 'string', default: '10' }, database: { type: 'string', default: 'pglite' }, question: { type: 'string', default: 'text' } },
});
const PANELS = Number(values.panels);
const ANSWERS = Number(values.answers);
const SECONDS = Number(values.seconds);

const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-bench-'));
const env: Record<string, string> = { PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
const postgres = values.database === 'postgres' ? await startBenchPostgres('roundtable_bench_live') : null;
if (postgres && 'error' in postgres) throw new Error(`no PostgreSQL for the benchmark: ${postgres.error}`);
if (postgres) env.DATABASE_URL = postgres.url;
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
// A question of one's own (answers are text), or the pulse (answers are two 1–5 scales, and every answer carries the
// round's averages, which the server recomputes).
const isPulse = values.question === 'pulse';
const question = isPulse ? { promptId: 'pulse.freedomInclusion', customQuestion: null } : { promptId: null, customQuestion: 'One word for today?' };
await call(organizer, checkin(organizer), { method: 'PUT', body: JSON.stringify({ ...question, anonymous: false, scope: 'occurrence' }) });
await call(organizer, checkin(organizer, '/actions'), { method: 'POST', body: JSON.stringify({ action: 'open' }) });
const { lastEventId } = (await (await call(organizer, checkin(organizer))).json()) as { lastEventId: string };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Connections the kernel dropped because a listening socket's accept queue was full (Linux, the whole machine): the
 * client then waits for TCP to retransmit, a second or more. Node accepts one connection per turn of its event loop,
 * so a server whose loop turns slowly overflows its queue. Null where /proc/net/netstat is not readable.
 */
const listenOverflows = (): number | null => {
  try {
    const [names, values] = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((line) => line.startsWith('TcpExt:')).map((line) => line.split(/\s+/));
    const at = names?.indexOf('ListenOverflows') ?? -1;
    return at > 0 && values ? Number(values[at]) : null;
  } catch {
    return null;
  }
};

// The people answering (and the baseline's requests), in a child process of their own (bench/lib/paced-requests.ts).
type PacedReport = { latencies: number[]; sentAt: number[]; retries: number; failures: string[] };
const requester = fork(fileURLToPath(new URL('./lib/paced-requests.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
const paced = (requests: { url: string; method: string; headers: Record<string, string>; body?: string }[]) =>
  new Promise<PacedReport>((resolve) => {
    requester.once('message', (report) => resolve(report as PacedReport));
    requester.send({ requests, seconds: SECONDS });
  });
const authorized = (upn: string) => ({ Authorization: `Bearer ${tokens.get(upn)}`, 'Content-Type': 'application/json' });

// Baseline: /healthz at the same rate.
const baseline = (await paced(Array.from({ length: ANSWERS }, () => ({ url: `${app}/healthz`, method: 'GET', headers: {} })))).latencies;

// Panels, in a child process of their own (bench/lib/sse-panels.ts).
const panels = Array.from({ length: PANELS }, (_, i) => {
  const upn = people[i % people.length]!.upn;
  return { url: `${app}/api/meetings/${encodeURIComponent(eventIds.get(upn)!)}/events`, token: tokens.get(upn)!, lastEventId };
});
const serverHeapBefore = process.memoryUsage().heapUsed;
const child = fork(fileURLToPath(new URL('./lib/sse-panels.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
// Each answer is told apart by its submission id: this run's own first part, and its number as the last 12 digits.
const run = randomBytes(4).toString('hex');
const submissionIdOf = (i: number) => `${run}-0000-4000-8000-${String(i).padStart(12, '0')}`;
child.send({ panels, pattern: `"submissionId":"${run}-0000-4000-8000-(\\d{12})"` });
const completedAt = new Map<number, number>();
const sentAt = new Map<number, number>();
const whenAllReceived: { resolve: () => void } = { resolve: () => {} };
const clientHeapPerStreamKb = await new Promise<number>((resolve, reject) => {
  child.once('exit', (code) => reject(new Error(`the panels' process exited with ${code}`)));
  child.on('message', (message: { kind: string; heapPerStreamKb?: number; item?: number; at?: number }) => {
    if (message.kind === 'ready') resolve(message.heapPerStreamKb ?? NaN);
    if (message.kind === 'complete') {
      completedAt.set(message.item!, message.at!);
      if (completedAt.size === ANSWERS) whenAllReceived.resolve();
    }
  });
});
await new Promise((resolve) => setTimeout(resolve, 500));
const heapPerStream = (process.memoryUsage().heapUsed - serverHeapBefore) / PANELS;
const epochNow = () => performance.timeOrigin + performance.now();

// Answers, paced. The same submission id makes the child's one retry after a reset connection safe.
const loadAtStart = loadavg()[0]!;
const done = new Promise<void>((resolve) => (whenAllReceived.resolve = resolve));
const answers = Array.from({ length: ANSWERS }, (_, i) => {
  const upn = people[i % people.length]!.upn;
  const answer = isPulse ? { text: null, scales: { freedom: 1 + (i % 5), inclusion: 1 + ((i * 3) % 5) } } : { text: `answer ${i}` };
  return { url: `${app}${checkin(upn, '/answer')}`, method: 'PUT', headers: authorized(upn), body: JSON.stringify({ submissionId: submissionIdOf(i), ...answer }) };
});
const overflowsBefore = listenOverflows();
const cpuBefore = process.cpuUsage();
const processes = () => readCpuTimes({ server: process.pid, panels: child.pid, people: requester.pid });
const machineBefore = processes();
const loopBefore = nodePerformance.eventLoopUtilization();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const started = epochNow();
const answered = await paced(answers);
const latencies = answered.latencies;
answered.sentAt.forEach((at, i) => sentAt.set(i, at));
const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), answered.failures.length > 0 ? 0 : 60_000));
const outcome = await Promise.race([done.then(() => 'ok' as const), timeout]);
const answersCpu = process.cpuUsage(cpuBefore);
const machineCpu = cpuTimeBetween(machineBefore, processes());
const answersLoop = nodePerformance.eventLoopUtilization(loopBefore);
loopDelay.disable();
const overflowsAfter = listenOverflows();
const lastAnswerAt = Math.max(...completedAt.values());
const deliveryLags = [...completedAt].map(([answer, at]) => at - sentAt.get(answer)!);

console.log(
  JSON.stringify({
    bench: 'live-checkin',
    database: postgres ? 'postgres' : 'pglite',
    question: isPulse ? 'pulse' : 'text',
    panels: PANELS,
    answers: ANSWERS,
    seconds: SECONDS,
    answerLatencyMs: { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)) },
    /** Per answer: from its submission until every open stream has it. */
    answerEverywhereMs: { p50: round(percentile(deliveryLags, 50)), p99: round(percentile(deliveryLags, 99)), max: round(Math.max(...deliveryLags)) },
    allAnswersEverywhereAfterMs: outcome === 'ok' ? round(lastAnswerAt - started) : null,
    streamsComplete: outcome === 'ok',
    networkRetries: answered.retries,
    failedAnswers: { count: answered.failures.length, first: answered.failures[0] ?? null },
    serverHeapPerStreamKb: round(heapPerStream / 1024),
    clientHeapPerStreamKb: round(clientHeapPerStreamKb),
    baseline: { healthzLatencyMs: { p50: round(percentile(baseline, 50)), p99: round(percentile(baseline, 99)) } },
    /** From the first answer until every stream had every answer (or the timeout): this process is the server's. */
    serverProcess: {
      cpuMs: Math.round((answersCpu.user + answersCpu.system) / 1000),
      eventLoopUtilization: round(answersLoop.utilization),
      /** How late the server's event loop ran (ms, sampled every 5 ms): the part of a slow answer spent waiting for it. */
      eventLoopDelayMs: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
    },
    /** CPU ms by process over the same time: where the 2 cores went (the clients' processes and the database's too). */
    machineCpuMs: machineCpu,
    tcpListenOverflows: overflowsBefore === null || overflowsAfter === null ? null : overflowsAfter - overflowsBefore,
    machine: { cores: cpus().length, loadAverage1m: { atStart: round(loadAtStart), atEnd: round(loadavg()[0]!) } },
    aims: { answerP99Ms: 100, answerEverywhereMaxMs: 2000 },
    note: 'the panels and the people answering run in child processes of their own; this one is the server',
  }),
);
if (process.env.BENCH_TRACE) console.error(JSON.stringify(latencies.map((l) => Math.round(l))));
child.kill();
requester.kill();
await running.stop();
postgres?.stop();
await rm(dataDir, { recursive: true, force: true });
process.exit(0);
