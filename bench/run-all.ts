// `npm run bench`: runs every benchmark in bench/ in turn, each in its own process, and prints one JSON object per
// benchmark (a benchmark that fails prints { bench, error } and makes the exit code non-zero). Every bench/*.ts file is a
// benchmark; `npm run bench -- startup bundle-size` runs only the ones named.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = join(benchDir, '..');
const only = process.argv.slice(2);

const benchmarks = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts') && file !== basename(fileURLToPath(import.meta.url)))
  .map((file) => basename(file, '.ts'))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

function runBenchmark(name: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(benchDir, `${name}.ts`)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

let failed = 0;
for (const name of benchmarks) {
  const { code, stdout, stderr } = await runBenchmark(name);
  const result = stdout.trim().split('\n').filter((line) => line.startsWith('{')).pop();
  if (code === 0 && result) {
    console.log(result);
  } else {
    failed += 1;
    const error = stderr.trim().split('\n').slice(-20).join('\n') || `exited with ${code} and printed no result`;
    console.log(JSON.stringify({ bench: name, error }));
  }
}
process.exitCode = failed > 0 ? 1 : 0;
