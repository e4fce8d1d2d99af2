import { defineConfig } from 'vitest/config';

// Three suites: pure domain units, in-process integration (PGlite, PostgreSQL, Graph emulator), and Chromium end-to-end.
// Two files at a time (Vitest's default on 2 cores is one): much of a file's time is spent waiting — on Chromium, on
// paced sends, on timers — so the run takes about two thirds as long. End-to-end files still run one after another.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/support/postgres-global-setup.ts', 'test/support/pglite-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/pglite-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
