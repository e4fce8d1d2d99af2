// Change-notification subscriptions: create (with Graph's validation handshake against notificationUrl and
// lifecycleNotificationUrl), renew, delete, read. A subscription past its expiry is gone (404), as in Graph.
// Deliveries are sent by ../notifications (publish.ts decides who is notified, deliver.ts POSTs).
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context';
import { removeExpiredSubscriptions } from '../notifications/publish';
import type { Subscription } from '../store/types';
import { graphTimestamp, MINUTE } from '../time';
import type { GraphContext, GraphRouter } from './env';
import { badRequest, GraphError } from './graph-error';
import { collection, contextUrl, paginate } from './odata';
import { sendJson, sendNoContent } from './respond';

const HANDSHAKE_TIMEOUT_MS = 10_000;
const WRITABLE = new Set(['changeType', 'notificationUrl', 'lifecycleNotificationUrl', 'resource', 'expirationDateTime', 'clientState', 'includeResourceData', 'encryptionCertificate', 'encryptionCertificateId', 'latestSupportedTlsVersion', 'notificationQueryOptions', 'notificationUrlAppId']);

/** Resources the emulator accepts, with the longest expiry Graph allows for each (minutes). */
const RESOURCES: { pattern: RegExp; maxMinutes: number }[] = [
  { pattern: /^\/?users\/[^/]+\/onlineMeetings\/getAllTranscripts$/i, maxMinutes: 4230 },
  { pattern: /^\/?communications\/onlineMeetings\/getAllTranscripts(\(.*\))?$/i, maxMinutes: 4230 },
  { pattern: /^\/?communications\/onlineMeetings\/[^/]+\/transcripts$/i, maxMinutes: 4230 },
  { pattern: /^\/?chats\/[^/]+\/messages$/i, maxMinutes: 4320 },
  { pattern: /^\/?(me|users\/[^/]+)\/events$/i, maxMinutes: 10080 },
];

const invalidRequest = (message: string): GraphError => new GraphError(400, 'InvalidRequest', message);
const notFound = (): GraphError => new GraphError(404, 'ResourceNotFound', 'The object was not found.');

const checkExpiry = (ctx: EmulatorContext, expiry: unknown, maxMinutes: number, hasLifecycleUrl: boolean): Date => {
  const date = typeof expiry === 'string' ? new Date(expiry) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw badRequest("The value of 'expirationDateTime' is not a valid DateTimeOffset.");
  const minutes = (date.getTime() - ctx.now().getTime()) / MINUTE;
  if (minutes <= 0) throw invalidRequest('Subscription expiration must be in the future.');
  if (minutes > maxMinutes) throw invalidRequest(`Subscription expiration can only be ${maxMinutes} minutes in the future.`);
  if (minutes > 60 && !hasLifecycleUrl) {
    throw invalidRequest('lifecycleNotificationUrl is required for subscription creation on this resource when the expirationDateTime value exceeds 1 hour.');
  }
  return date;
};

/** POSTs ?validationToken=… and expects the token back, as text/plain, with 200, within 10 seconds. */
const handshake = async (ctx: EmulatorContext, url: string): Promise<boolean> => {
  const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
  try {
    const target = new URL(url);
    target.searchParams.set('validationToken', token);
    const response = await ctx.fetch(new Request(target, { method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, signal: AbortSignal.timeout(HANDSHAKE_TIMEOUT_MS) }));
    const isText = (response.headers.get('Content-Type') ?? '').toLowerCase().startsWith('text/plain');
    return response.status === 200 && isText && (await response.text()) === token;
  } catch {
    return false;
  }
};

const readInput = async (c: GraphContext): Promise<Record<string, unknown>> => {
  const input: unknown = await c.req.json().catch(() => null);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('Empty Payload. JSON content expected.');
  for (const name of Object.keys(input)) {
    if (!WRITABLE.has(name) && !name.startsWith('@odata.')) {
      throw badRequest(`The property '${name}' does not exist on type 'microsoft.graph.subscription'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
  return input as Record<string, unknown>;
};

const creatorOf = (c: GraphContext): { appId: string; creatorId: string } => {
  const principal = c.get('principal');
  return { appId: principal.appId, creatorId: principal.kind === 'user' ? principal.person.id : principal.servicePrincipalId };
};

export const registerSubscriptions = (router: GraphRouter, ctx: EmulatorContext): void => {
  const context = contextUrl(ctx, 'subscriptions/$entity');
  const own = (c: GraphContext): Subscription => {
    removeExpiredSubscriptions(ctx);
    const subscription = ctx.store.subscriptions.get(c.req.param('id') ?? '');
    if (!subscription || subscription.applicationId !== creatorOf(c).appId) throw notFound();
    return subscription;
  };

  router.post('/subscriptions', async (c) => {
    const input = await readInput(c);
    const { resource, changeType, notificationUrl, lifecycleNotificationUrl } = input;
    if (typeof resource !== 'string' || typeof notificationUrl !== 'string' || typeof changeType !== 'string') {
      throw badRequest('changeType, notificationUrl and resource are required.');
    }
    const rule = RESOURCES.find((r) => r.pattern.test(resource));
    if (!rule) throw invalidRequest(`Resource '${resource}' is not supported for change notifications.`);
    if (changeType.split(',').some((type) => !['created', 'updated', 'deleted'].includes(type.trim()))) throw badRequest(`Invalid changeType '${changeType}'.`);
    if (input.includeResourceData === true && (typeof input.encryptionCertificate !== 'string' || typeof input.encryptionCertificateId !== 'string')) {
      throw badRequest('encryptionCertificate and encryptionCertificateId are required when includeResourceData is true.');
    }
    const expiry = checkExpiry(ctx, input.expirationDateTime, rule.maxMinutes, typeof lifecycleNotificationUrl === 'string');
    for (const url of [notificationUrl, lifecycleNotificationUrl].filter((u): u is string => typeof u === 'string')) {
      if (!(await handshake(ctx, url))) throw invalidRequest('Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.');
    }
    const { appId, creatorId } = creatorOf(c);
    const subscription: Subscription = {
      id: randomUUID(),
      resource,
      applicationId: appId,
      changeType,
      clientState: typeof input.clientState === 'string' ? input.clientState : null,
      notificationUrl,
      notificationQueryOptions: null,
      lifecycleNotificationUrl: typeof lifecycleNotificationUrl === 'string' ? lifecycleNotificationUrl : null,
      expirationDateTime: graphTimestamp(expiry),
      creatorId,
      includeResourceData: input.includeResourceData === true,
      latestSupportedTlsVersion: 'v1_2',
      encryptionCertificate: typeof input.encryptionCertificate === 'string' ? input.encryptionCertificate : null,
      encryptionCertificateId: typeof input.encryptionCertificateId === 'string' ? input.encryptionCertificateId : null,
      notificationUrlAppId: null,
    };
    ctx.store.subscriptions.set(subscription.id, subscription);
    ctx.store.notifications.subscriptions.set(subscription.id, { createdAt: ctx.now(), lastReauthorizationNoticeAt: null });
    return sendJson(c, { '@odata.context': context, ...subscription }, 201);
  });

  router.patch('/subscriptions/:id', async (c) => {
    const subscription = own(c);
    const input = await readInput(c);
    const rule = RESOURCES.find((r) => r.pattern.test(String(subscription.resource)));
    if (input.expirationDateTime !== undefined) {
      subscription.expirationDateTime = graphTimestamp(checkExpiry(ctx, input.expirationDateTime, rule?.maxMinutes ?? 60, typeof subscription.lifecycleNotificationUrl === 'string'));
      // Renewing also reauthorizes: reauthorizationRequired notices start over.
      const life = ctx.store.notifications.subscriptions.get(subscription.id);
      if (life) life.lastReauthorizationNoticeAt = null;
    }
    return sendJson(c, { '@odata.context': context, ...subscription });
  });

  router.delete('/subscriptions/:id', (c) => {
    const { id } = own(c);
    ctx.store.subscriptions.delete(id);
    ctx.store.notifications.subscriptions.delete(id);
    return sendNoContent(c);
  });

  router.get('/subscriptions/:id', (c) => sendJson(c, { '@odata.context': context, ...own(c) }));

  router.get('/subscriptions', (c) => {
    removeExpiredSubscriptions(ctx);
    const mine = [...ctx.store.subscriptions.values()].filter((s) => s.applicationId === creatorOf(c).appId);
    return sendJson(c, collection(contextUrl(ctx, 'subscriptions'), paginate(ctx, c, mine)));
  });
};
