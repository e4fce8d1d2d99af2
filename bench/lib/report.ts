// How a benchmark runs: as its own process (`node --import tsx bench/<name>.ts`), printing one JSON object on stdout.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const isMain = (moduleUrl: string): boolean => process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === moduleUrl;

/** Runs the benchmark when its file is the entry point and prints the result as one line of JSON. */
export async function runIfMain(moduleUrl: string, run: () => Promise<object>): Promise<void> {
  if (!isMain(moduleUrl)) return;
  console.log(JSON.stringify(await run()));
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

export const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Median time of `runs` calls of `work`, in ms, after one warm-up call (compile and optimize before measuring). */
export const timeMedian = (runs: number, work: () => unknown): number => {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
};
