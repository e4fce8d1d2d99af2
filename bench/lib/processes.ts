// Child processes and ports for benchmarks that start real programs: spawn, wait for a condition, stop cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
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
