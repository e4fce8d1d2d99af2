// Builds production or demo dependencies from a validated Config and starts listening. Demo mode also starts the
// Graph + Entra emulator on its own port and points Graph and identity at it; nothing else differs.
import { resolve } from 'node:path';
import { hkdfSync, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import pino, { type Logger } from 'pino';
import { createApp, type AppDeps } from './app';
import { emulatorIdentity, entraIdentity, type IdentityMetadata } from './auth/identity';
import { createAppTokenSource } from './auth/app-token';
import { createOnBehalfOf } from './auth/on-behalf-of';
import { createTokenVault } from './auth/token-vault';
import { createSsoVerifier } from './auth/verify-sso-token';
import { openDatabase } from './db/client';
import { createLiveEventLog } from './db/live-event-log';
import { createStore } from './db/store';
import type { Config } from './env';
import { AppError } from './errors';
import { createAppGraphAdapter } from './graph/app-graph';
import { createPraiseGraph } from './graph/praise-graph';
import { praiseTabLink } from './domain/praise';
import { createPraiseDeliveryWorker, type PraiseDeliveryWorker } from './jobs/praise-delivery/praise-delivery-worker';
import { createGraphAdapter } from './graph/user-graph';
import { createTranscriptJobs, type TranscriptJobs } from './jobs/transcripts/start-transcript-jobs';
import { systemTimer, type JobTimer } from './jobs/transcripts/periodic-job';
import { createTtlCache } from './lib/ttl-cache';
import { listen, type Listening } from './listen';
import { startLiveHub } from './realtime/live-hub';
import type { DemoSignIn } from './routes/demo';
import type { Emulator } from './emulator/index';
import type { DemoHistorySummary } from './demo/seed-report-history';
import { systemClock, type Clock } from './services/ports';

export type StartOptions = {
  logger?: Logger;
  clock?: Clock;
  /** Built front end; default ./dist when it exists. */
  staticRoot?: string | null;
  /** An already-open PGlite (tests clone a migrated one); otherwise DATABASE_URL or DATA_DIR. */
  pglite?: PGlite;
  /** Demo mode: emulator options the tests set (e.g. a fixed clock or faults). */
  emulator?: {
    now?: () => Date;
    /** false: no delivery timer; tests call emulator.deliverNotifications() themselves. */
    deliverNotifications?: boolean;
  };
  /** Timers of the background jobs; tests pass manualTimer and call each job's runOnce(). */
  jobTimer?: JobTimer;
  /** 'manual': the praise delivery worker runs only when a test calls runOnce() (with the injected clock). */
  praiseDelivery?: 'timer' | 'manual';
  /** Demo mode: seed a quarter of report history in the background (server/demo); `npm start` does, tests opt in. */
  demoHistory?: boolean;
};

export type Running = {
  appUrl: string;
  emulatorUrl: string | null;
  /** Demo mode: the emulator itself (tests mint tokens and set faults with it). */
  emulator: Emulator | null;
  deps: AppDeps;
  /** Transcript subscriptions, the notification worker and the delta poll (tests drive them with runOnce()). */
  transcriptJobs: TranscriptJobs;
  /** The praise outbox's worker (tests drive it with runOnce()). */
  praiseDelivery: PraiseDeliveryWorker;
  /** Demo mode with `demoHistory`: settles once the report history is seeded (null when it failed or stopped). */
  demoHistory: Promise<DemoHistorySummary | null> | null;
  stop(): Promise<void>;
};

type App = { clientId: string; clientSecret: string; appIdUri: string; allowedTenants: string[] };
type Wiring = { identity: IdentityMetadata; graphBaseUrl: string; app: App; demo: DemoSignIn | null; emulator: Emulator | null; stop(): Promise<void> };

const startEmulator = async (config: Config, options: StartOptions): Promise<Wiring & { url: string }> => {
  // Imported lazily: production never loads the emulator.
  const { createEmulator, DEMO_APP, DEMO_TENANT_ID } = await import('./emulator/index');
  const server = await listen(config.emulator.port);
  const appIdUri = `api://localhost:${config.port}/${DEMO_APP.clientId}`;
  const emulator = await createEmulator({
    origin: server.url,
    app: { ...DEMO_APP, appIdUri },
    faults: config.emulator.faults,
    ...(config.emulator.transcriptsDir ? { transcriptsDir: resolve(config.emulator.transcriptsDir) } : {}),
    ...(options.emulator?.now ? { now: options.emulator.now } : {}),
  });
  server.handle(emulator.app.fetch);
  // Like Microsoft 365: a meeting that ended publishes its transcript, and subscribers get change notifications.
  const stopDelivery = options.emulator?.deliverNotifications === false ? () => {} : emulator.startNotificationDelivery(15_000);
  const demo: DemoSignIn = {
    people: async () => emulator.people.map(({ upn, displayName, id }) => ({ upn, displayName, id })),
    token: async (upn) => {
      if (!emulator.people.some((p) => p.upn.toLowerCase() === upn.toLowerCase())) throw new AppError('not_found', `There is no demo person ${upn}.`);
      return emulator.mintSsoToken(upn);
    },
  };
  return {
    url: server.url,
    identity: emulatorIdentity(server.url),
    graphBaseUrl: `${server.url}/v1.0`,
    app: { ...DEMO_APP, appIdUri, allowedTenants: [DEMO_TENANT_ID] },
    demo,
    emulator,
    stop: async () => {
      stopDelivery();
      await server.close();
    },
  };
};

/** A key of its own for anonymous answers, unless configured: derived from the app's secret, never stored. */
const anonymousAnswerKeyFor = (config: Config, app: App): string =>
  config.anonymousAnswerKey ?? Buffer.from(hkdfSync('sha256', app.clientSecret, app.clientId, 'roundtable anonymous answers', 32)).toString('base64url');

export const startRoundtable = async (config: Config, options: StartOptions = {}): Promise<Running> => {
  const logger = options.logger ?? pino({ level: config.logLevel });
  const database = options.pglite
    ? await openDatabase({ pglite: options.pglite })
    : await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: resolve(config.dataDir) });
  const store = createStore(database.db, database.close);
  const live = await startLiveHub({ log: createLiveEventLog(database.db), listen: database.listen, logger });

  const wiring: Wiring & { url?: string } = config.entra
    ? { identity: entraIdentity, graphBaseUrl: config.graphBaseUrl, app: config.entra, demo: null, emulator: null, stop: async () => {} }
    : await startEmulator(config, options);

  const getUserToken = createOnBehalfOf({ clientId: wiring.app.clientId, clientSecret: wiring.app.clientSecret, identity: wiring.identity });
  const getAppToken = createAppTokenSource({ clientId: wiring.app.clientId, clientSecret: wiring.app.clientSecret, identity: wiring.identity });
  const clock = options.clock ?? systemClock;
  const nowMs = () => clock.now().getTime();
  // Praise: chat posts go out as their giver, so each instance keeps givers' latest tokens in memory (never stored).
  const praiseGraph = createPraiseGraph({ baseUrl: wiring.graphBaseUrl, getUserToken, getAppToken, now: nowMs });
  let praiseDelivery: PraiseDeliveryWorker | null = null;
  const tokenVault = createTokenVault({ now: () => clock.now(), onNewToken: async (user, expiresAt) => praiseDelivery?.onGiverToken(user, expiresAt) });
  const defaultStatic = resolve('dist');
  const deps: AppDeps = {
    logger,
    verifySsoToken: createSsoVerifier({
      clientId: wiring.app.clientId,
      appIdUri: wiring.app.appIdUri,
      allowedTenants: wiring.app.allowedTenants,
      identity: wiring.identity,
    }),
    graph: createGraphAdapter({ baseUrl: wiring.graphBaseUrl, getUserToken }),
    store,
    live,
    anonymousAnswerKey: anonymousAnswerKeyFor(config, wiring.app),
    participations: createTtlCache({ ttlMs: 60_000, maxEntries: 50_000, now: nowMs }),
    openRounds: createTtlCache({ ttlMs: 3_600_000, maxEntries: 10_000, now: nowMs }),
    clock,
    bodyLimitBytes: config.bodyLimitBytes,
    staticRoot: options.staticRoot !== undefined ? options.staticRoot : existsSync(defaultStatic) ? defaultStatic : null,
    iconsRoot: existsSync(resolve('manifest/icons')) ? resolve('manifest/icons') : null,
    demo: wiring.demo,
    praiseGraph,
    chatRosters: createTtlCache({ ttlMs: 60_000, maxEntries: 10_000, now: () => clock.now().getTime() }),
    onPraiseRecorded: () => praiseDelivery?.nudge(),
    onUserVerified: async (user) => {
      try {
        await tokenVault.remember(user);
      } catch (error) {
        logger.warn({ err: error, userId: user.id }, 'could not record where this person is signed in; their praise posts may wait');
      }
    },
  };
  // Background transcript ingestion. Graph must reach the webhooks: PUBLIC_URL (https://APP_DOMAIN) in production,
  // the address the app listens on in demo mode (known only below, hence the getter).
  let publicUrl = config.publicUrl;
  const transcriptJobs = createTranscriptJobs(
    {
      store,
      clock: deps.clock,
      logger,
      appGraph: createAppGraphAdapter({
        baseUrl: wiring.graphBaseUrl,
        getAppToken,
      }),
      webhookUrls: () => ({ notificationUrl: `${publicUrl}/notifications/graph`, lifecycleNotificationUrl: `${publicUrl}/notifications/graph/lifecycle` }),
    },
    { timer: options.jobTimer ?? systemTimer, intervals: { deltaPollMs: config.transcriptPollMinutes * 60_000 } },
  );
  deps.onGraphNotificationsQueued = () => transcriptJobs.notifications.wake();
  praiseDelivery = createPraiseDeliveryWorker({
    outbox: store.praiseOutbox,
    praise: store.praise,
    graph: praiseGraph,
    vault: tokenVault,
    live,
    clock,
    logger,
    instanceId: randomUUID(),
    praiseTabLink: () => (config.teamsAppId ? praiseTabLink({ teamsAppId: config.teamsAppId }) : praiseTabLink({ personalPageUrl: `${publicUrl ?? ''}/personal.html` })),
  });
  const server: Listening & { handle(fetch: (r: Request) => Response | Promise<Response>): void } = await listen(config.port, config.entra ? '0.0.0.0' : '127.0.0.1');
  server.handle(createApp(deps).fetch);
  logger.info({ mode: config.mode, database: database.kind, url: server.url, emulator: wiring.url ?? null }, 'Roundtable is listening');
  publicUrl ??= server.url;
  transcriptJobs.start();
  if (options.praiseDelivery !== 'manual') praiseDelivery.start();
  // Imported lazily, like the emulator: production never loads server/demo.
  const demoHistory =
    wiring.emulator && options.demoHistory
      ? (await import('./demo/start-demo-history')).startDemoHistory({ db: database.db, emulator: wiring.emulator, graph: deps.graph, store, clock, logger, anonymousAnswerKey: deps.anonymousAnswerKey })
      : null;
  const worker = praiseDelivery;
  return {
    appUrl: server.url,
    emulatorUrl: wiring.url ?? null,
    emulator: wiring.emulator,
    deps,
    transcriptJobs,
    praiseDelivery: worker,
    demoHistory: demoHistory?.done ?? null,
    stop: async () => {
      await demoHistory?.stop();
      await worker.stop();
      await transcriptJobs.stop();
      await server.close();
      await wiring.stop();
      await live.stop();
      await store.close();
    },
  };
};
