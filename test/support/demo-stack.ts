// The whole demo as `npm start` runs it — server, Graph + Entra emulator, built front end — on free ports, with a
// throwaway PGlite. For end-to-end and API tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../server/env';
import { startRoundtable, type Running, type StartOptions } from '../../server/start';
import { freshPglite } from './databases';

export type DemoStack = {
  appUrl: string;
  emulatorUrl: string;
  people: { upn: string; displayName: string; id: string }[];
  running: Running;
  stop(): Promise<void>;
};

/** `databaseUrl`: run on that PostgreSQL database instead of a throwaway PGlite. */
export const startDemoStack = async (
  options: Pick<StartOptions, 'clock' | 'emulator' | 'staticRoot'> & { env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<DemoStack> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-demo-'));
  const database = options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {};
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...database, ...options.env });
  const running = await startRoundtable(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(options.databaseUrl ? {} : { pglite: await freshPglite() }),
    staticRoot: options.staticRoot !== undefined ? options.staticRoot : resolve('dist'),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.emulator ? { emulator: options.emulator } : {}),
  });
  if (!running.emulatorUrl || !running.deps.demo) throw new Error('the demo stack must run in demo mode');
  return {
    appUrl: running.appUrl,
    emulatorUrl: running.emulatorUrl,
    people: await running.deps.demo.people(),
    running,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
