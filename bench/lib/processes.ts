// Child processes and ports for benchmarks that start real programs: spawn, wait for a condition, stop cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export type Started = { child: ChildProcess; startedAt: number; output: () => string };

/** Spawns `node <args>` and keeps the last few KiB of its stdout and stderr for error messages. */
export function startNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Started {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4096);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, startedAt, output: () => tail };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit) => child.once('exit', (code) => resolveExit(code)));
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** Milliseconds from spawn until `node <args>` exits; throws on a non-zero exit. */
export async function timeToExit(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<number> {
  const started = startNode(args, options);
  const code = await exited(started.child);
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${started.output()}`);
  return performance.now() - started.startedAt;
}

/** One reading of every process's CPU time so far (user + system, ms), by pid, with a name to report it under. */
export type CpuReading = Map<string, { name: string; ms: number }>;

/**
 * Reads the CPU time of the machine's processes (Linux /proc; empty where it is not readable). `named` gives some
 * pids their own name (e.g. a benchmark's child processes); the rest go by command, kernel workers as one "kworker",
 * so all of a PostgreSQL cluster's processes add up under "postgres".
 */
export function readCpuTimes(named: Record<string, number | undefined> = {}): CpuReading {
  const names = new Map(Object.entries(named).flatMap(([name, pid]) => (pid === undefined ? [] : [[String(pid), name] as const])));
  const msPerTick = 1000 / 100; // USER_HZ is 100 on Linux.
  const reading: CpuReading = new Map();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return reading;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // After the command: state is field 3 of stat(5), utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = names.get(pid) ?? (command.startsWith('kworker') ? 'kworker' : command);
      reading.set(pid, { name, ms: (Number(fields[11]) + Number(fields[12])) * msPerTick });
    } catch {
      // The process ended while we read.
    }
  }
  return reading;
}

/** CPU ms used between two readings, summed by name, where at least `atLeastMs` (a process new since `before` counts whole). */
export const cpuTimeBetween = (before: CpuReading, after: CpuReading, atLeastMs = 100): Record<string, number> => {
  const used = new Map<string, number>();
  for (const [pid, { name, ms }] of after) used.set(name, (used.get(name) ?? 0) + ms - (before.get(pid)?.ms ?? 0));
  return Object.fromEntries([...used].map(([name, ms]) => [name, Math.round(ms)] as const).filter(([, ms]) => ms >= atLeastMs));
};
