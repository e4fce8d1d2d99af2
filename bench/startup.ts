// Server start-up: milliseconds from spawning `node --import tsx server/index.ts` (demo mode, its own data folder, free
// ports) to the first 200 from GET /healthz, on a fresh and on a reused data folder. The baseline, measured in the same
// run, is what any Node + tsx program pays before its own code runs. `--entry <file>` times another server entry.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, startNode, stop, timeToExit } from './lib/processes';
import { median, round, runIfMain } from './lib/report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { entry: { type: 'string', default: 'server/index.ts' } }, strict: false });
const entry = String(args.entry);
const budgetMs = 10_000;
const giveUpMs = 60_000;

/** Demo mode: every production setting blanked, so neither the parent's environment nor a .env file can switch modes. */
const demoEnv = (dataDir: string, port: number, emulatorPort: number): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: String(port),
  EMULATOR_PORT: String(emulatorPort),
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  AAD_APP_CLIENT_ID: '',
  AAD_APP_CLIENT_SECRET: '',
  AAD_APP_TENANT_ID: '',
  APP_DOMAIN: '',
  ALLOWED_TENANT_IDS: '',
  DATABASE_URL: '',
});

async function isHealthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** One start: spawn, poll /healthz until 200, record the time, stop the server. */
async function timeToHealthy(dataDir: string): Promise<number> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const server = startNode(['--import', 'tsx', entry], { cwd: root, env: demoEnv(dataDir, port, emulatorPort) });
  try {
    while (performance.now() - server.startedAt < giveUpMs) {
      if (server.child.exitCode !== null) throw new Error(`the server exited with ${server.child.exitCode} before /healthz answered:\n${server.output()}`);
      if (await isHealthy(port)) return performance.now() - server.startedAt;
      await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    }
    throw new Error(`/healthz did not answer 200 within ${giveUpMs} ms:\n${server.output()}`);
  } finally {
    await stop(server.child);
  }
}

export async function run() {
  const scratch = mkdtempSync(join(tmpdir(), 'roundtable-startup-'));
  try {
    const emptyFile = join(scratch, 'empty.ts');
    writeFileSync(emptyFile, 'export {};\n');
    const nodeMs = await timeToExit(['-e', ''], { cwd: root, env: process.env });
    const tsxEmptyFileMs = await timeToExit(['--import', 'tsx', emptyFile], { cwd: root, env: process.env });

    const plan = [
      { dataDir: join(scratch, 'data-a'), kind: 'fresh' },
      { dataDir: join(scratch, 'data-a'), kind: 'reused' },
      { dataDir: join(scratch, 'data-b'), kind: 'fresh' },
    ] as const;
    const runs: number[] = [];
    for (const { dataDir } of plan) runs.push(round(await timeToHealthy(dataDir)));
    const medianMs = median(runs);
    return {
      bench: 'startup',
      entry,
      runs,
      dataDirs: plan.map((step) => step.kind),
      medianMs,
      budgetMs,
      withinBudget: medianMs <= budgetMs,
      baseline: round(tsxEmptyFileMs),
      baselineDetail: { nodeEmptyMs: round(nodeMs), tsxEmptyFileMs: round(tsxEmptyFileMs) },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, run);
