// Microsoft Graph's webhooks, outside /api (Graph sends no SSO token; the clientState secret is the check):
// POST /notifications/graph (change notifications) and POST /notifications/graph/lifecycle (lifecycle notifications).
// Both answer Graph's validation handshake (?validationToken=… → 200 text/plain, the token decoded, echoed exactly).
// A delivery is recorded and answered 202 at once; the work happens after (see jobs/transcripts). A notification
// with a wrong or missing clientState, or for a subscription Roundtable does not hold, changes nothing — and is still
// answered 202, so a sender learns nothing about which subscriptions exist and Graph does not retry it for hours.
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createFactory } from 'hono/factory';
import { z } from 'zod';
import { AppError } from '../errors';
import type { AppEnv } from '../http/context';
import { validate } from '../http/validate';
import { acceptGraphNotifications, type ReceivedNotification } from '../services/speaking-notifications/accept-graph-notifications';
import type { TranscriptSyncDeps } from '../services/speaking-notifications/ports';

export type GraphNotificationDeps = Pick<TranscriptSyncDeps, 'store' | 'clock' | 'logger'> & {
  /** Told after notifications were recorded, so the worker starts on them now rather than at its next tick. */
  onNotificationsQueued?: () => void;
};

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_VALIDATION_TOKEN = 1024;

const text = (max: number) => z.string().max(max);

const changeNotification = z.object({
  subscriptionId: text(200).min(1),
  tenantId: text(100).nullish(),
  clientState: text(1024).nullish(),
  changeType: text(100).nullish(),
  resource: text(4096).nullish(),
  resourceData: z.looseObject({ '@odata.id': text(4096).nullish() }).nullish(),
  lifecycleEvent: z.enum(['reauthorizationRequired', 'subscriptionRemoved', 'missed']).nullish(),
});

const changeNotificationCollection = z.object({
  value: z.array(changeNotification).min(1).max(1000),
  validationTokens: z.array(text(100_000)).max(1000).optional(),
});

const toReceived = (item: z.infer<typeof changeNotification>): ReceivedNotification => ({
  subscriptionId: item.subscriptionId,
  tenantId: item.tenantId ?? null,
  clientState: item.clientState ?? null,
  changeType: item.changeType ?? null,
  resource: item.resource ?? null,
  resourceODataId: item.resourceData?.['@odata.id'] ?? null,
  lifecycleEvent: item.lifecycleEvent ?? null,
});

/** Graph's validation request: the token (query-decoded by Hono) back as text/plain within 10 seconds. */
const answerHandshake: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = c.req.query('validationToken');
  if (token === undefined) return next();
  if (token.length > MAX_VALIDATION_TOKEN) throw new AppError('bad_request', 'The validationToken is too long.');
  return c.text(token, 200);
};

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new AppError('payload_too_large', `A notification delivery is at most ${MAX_BODY_BYTES} bytes.`);
  },
});

export const graphNotificationRoutes = (deps: GraphNotificationDeps) => {
  const receive = createFactory<AppEnv>().createHandlers(limitBody, answerHandshake, validate('json', changeNotificationCollection), async (c) => {
    const summary = await acceptGraphNotifications({ ...deps, logger: c.get('logger') }, c.req.valid('json').value.map(toReceived));
    if (summary.queued > 0) deps.onNotificationsQueued?.();
    return c.body(null, 202);
  });
  return new Hono<AppEnv>().post('/', ...receive).post('/lifecycle', ...receive);
};
