// Demo mode only (server/start.ts imports it lazily, after the server listens): seeds the report history in the
// background, signing the demo people in with the emulator, logs when it is done, and stops with the server.
import type { Logger } from 'pino';
import type { Database } from '../db/client';
import { createDemoHistoryStore } from '../db/demo-history-store';
import type { Emulator } from '../emulator/index';
import type { Clock, GraphPort, Store, VerifiedUser } from '../services/ports';
import { seedReportHistory, type DemoHistoryDeps, type DemoHistorySummary } from './seed-report-history';

export type DemoHistoryOptions = {
  db: Database;
  emulator: Pick<Emulator, 'tenantId' | 'people' | 'mintSsoToken'>;
  graph: GraphPort;
  store: Store;
  clock: Clock;
  logger: Logger;
  anonymousAnswerKey: string;
};

export type DemoHistoryRun = {
  /** The summary once seeded; null when it failed (logged) or was stopped. */
  done: Promise<DemoHistorySummary | null>;
  stop(): Promise<void>;
};

/** The seeding's dependencies in demo mode: the demo people sign in with tokens the emulator mints. */
export const demoHistoryDeps = ({ db, emulator, graph, store, clock, anonymousAnswerKey }: Omit<DemoHistoryOptions, 'logger'>): DemoHistoryDeps => ({
  tenantId: emulator.tenantId,
  people: emulator.people,
  signIn: async (upn: string): Promise<VerifiedUser> => {
    const person = emulator.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase());
    if (!person) throw new Error(`There is no demo person ${upn}.`);
    return { id: person.id, tenantId: emulator.tenantId, displayName: person.displayName, upn: person.upn, ssoToken: await emulator.mintSsoToken(person.upn) };
  },
  graph,
  store,
  history: createDemoHistoryStore(db),
  clock,
  anonymousAnswerKey,
});

export const startDemoHistory = (options: DemoHistoryOptions): DemoHistoryRun => {
  const { logger } = options;
  const controller = new AbortController();
  const startedAt = performance.now();
  logger.info('seeding the demo report history in the background');
  const done = seedReportHistory(demoHistoryDeps(options), { signal: controller.signal }).then(
    (summary) => {
      logger.info({ ...summary, ms: Math.round(performance.now() - startedAt) }, 'demo report history is ready');
      return summary;
    },
    (error: unknown) => {
      if (!controller.signal.aborted) logger.warn({ err: error }, 'the demo report history could not be seeded; the reports show what exists');
      return null;
    },
  );
  return {
    done,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
};
