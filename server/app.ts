// createApp(deps): the whole HTTP server from its dependencies. Nothing here reads the environment.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Logger } from 'pino';
import type { SsoVerifier } from './auth/verify-sso-token';
import type { MeetingView } from './domain/meeting';
import type { OpenRound } from './services/checkin/load-occurrence';
import { AppError } from './errors';
import type { AppEnv } from './http/context';
import { onError, onNotFound } from './http/errors';
import { requestLogger } from './http/request-logger';
import { requireUser } from './http/require-user';
import { OFFICE_JS_ORIGIN, securityHeaders } from './http/security-headers';
import type { TtlCache } from './lib/ttl-cache';
import { checkinLibraryRoutes, checkinRoutes } from './routes/checkin';
import { demoOutlookCommandPage, demoRoutes, type DemoSignIn } from './routes/demo';
import { graphNotificationRoutes } from './routes/graph-notifications';
import { healthRoutes } from './routes/health';
import { meetingRoutes } from './routes/meetings';
import { meRoutes } from './routes/me';
import { meetingPraiseRoutes, myPraiseRoutes, praiseRoutes } from './routes/praise';
import { reportRoutes } from './routes/reports';
import { speakingRoutes } from './routes/speaking';
import { turnRoutes } from './routes/turns';
import type { Clock, GraphPort, LiveEvents, Store, VerifiedUser } from './services/ports';
import type { PraiseDeps } from './services/praise/praise-deps';

export type AppDeps = {
  logger: Logger;
  verifySsoToken: SsoVerifier;
  graph: GraphPort;
  store: Store;
  /** Live meeting events: published anywhere, streamed to every panel of that meeting (server/realtime). */
  live: LiveEvents;
  /** Secret for anonymous check-in answers' keyed hashes. */
  anonymousAnswerKey: string;
  /** Recently confirmed meeting participations (see services/checkin/load-occurrence.ts). */
  participations: TtlCache<Promise<MeetingView>>;
  /** Open check-in rounds' ids and questions (see services/checkin/answer-checkin.ts). */
  openRounds: TtlCache<OpenRound>;
  clock: Clock;
  bodyLimitBytes: number;
  /** The built front end (dist/), or null to serve only the API. */
  staticRoot: string | null;
  /** manifest/icons: the Outlook ribbon icons the manifest links to at /icons/*. */
  iconsRoot: string | null;
  /** Present in demo mode only: the dev host and demo sign-in. Production has no such routes. */
  demo: DemoSignIn | null;
  /** Called when Graph's webhook recorded notifications: wakes the worker that ingests them (jobs/transcripts). */
  onGraphNotificationsQueued?: () => void;
  /** Praise: the meeting chat's members through Graph, briefly remembered, and the delivery worker's wake-up. */
  praiseGraph: PraiseDeps['praiseGraph'];
  chatRosters: PraiseDeps['chatRosters'];
  onPraiseRecorded: () => void;
  /** Sees every verified user before their request runs (the praise outbox keeps their token to post as them). */
  onUserVerified?: (user: VerifiedUser) => Promise<void>;
};

const buildApi = (deps: AppDeps) =>
  new Hono<AppEnv>()
    .use(requireUser(deps.verifySsoToken, deps.onUserVerified))
    .route('/me', meRoutes(deps))
    .route('/me', myPraiseRoutes(deps))
    .route('/praise', praiseRoutes(deps))
    .route('/meetings/:eventId/praise', meetingPraiseRoutes(deps))
    .route('/meetings', meetingRoutes(deps))
    .route('/meetings/:eventId/checkin', checkinRoutes(deps))
    .route('/meetings/:eventId/turns', turnRoutes(deps))
    .route('/checkin', checkinLibraryRoutes())
    .route('/reports', reportRoutes(deps))
    .route('/', speakingRoutes(deps));

/** The typed API for the front end's hono/client. */
export type AppType = ReturnType<typeof buildApi>;

export const createApp = (deps: AppDeps) => {
  const app = new Hono<AppEnv>();
  app.use(requestLogger(deps.logger));
  app.use(
    securityHeaders({
      allowSelfFraming: deps.demo !== null,
      // teams-js fetches its list of valid host origins from Microsoft's CDN when it loads.
      connectSources: ['https://res.cdn.office.net'],
      crossOriginPaths: /^\/icons\//,
      // The Outlook command page loads Office.js from Microsoft's CDN, as the store requires.
      pageScriptSources: [{ path: '/outlook-command.html', sources: [OFFICE_JS_ORIGIN] }],
    }),
  );
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: deps.bodyLimitBytes,
      onError: () => {
        throw new AppError('payload_too_large', `The request body is over ${deps.bodyLimitBytes} bytes.`);
      },
    }),
  );
  app.onError(onError);
  app.notFound(onNotFound);

  app.route('/', healthRoutes(deps.store));
  app.route('/api', buildApi(deps));
  // Microsoft Graph's change-notification webhooks: no SSO token, the subscription's clientState is the check.
  app.route('/notifications/graph', graphNotificationRoutes({ store: deps.store, clock: deps.clock, logger: deps.logger, onNotificationsQueued: () => deps.onGraphNotificationsQueued?.() }));
  if (deps.demo) app.route('/dev', demoRoutes(deps.demo, deps.staticRoot, deps));
  if (deps.iconsRoot) {
    app.use('/icons/*', serveStatic({ root: deps.iconsRoot, rewriteRequestPath: (path) => path.replace(/^\/icons/, ''), onNotFound: () => undefined }));
  }
  if (deps.staticRoot) {
    const root = deps.staticRoot;
    if (!deps.demo) app.get('/dev.html', (c) => onNotFound(c));
    // The dev host's Office shim is built into dist/dev/ but exists for demo mode only.
    if (!deps.demo) app.get('/dev/*', (c) => onNotFound(c));
    if (deps.demo) app.get('/outlook-command.html', demoOutlookCommandPage(root));
    app.get('/', (c) => c.redirect(deps.demo ? '/dev' : '/personal.html'));
    // The manifest's developer links.
    app.get('/privacy', serveStatic({ root, path: 'privacy.html' }));
    app.get('/terms', serveStatic({ root, path: 'terms.html' }));
    app.use('/*', serveStatic({ root, onNotFound: () => undefined }));
  }
  return app;
};
