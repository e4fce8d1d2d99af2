// Microsoft Graph + Entra ID emulator for demo mode and tests: one Hono app playing Entra ID (discovery, keys,
// token endpoint), Microsoft Graph v1.0 (/v1.0) and demo sign-in (/demo), over a seeded demo tenant.
import { Hono } from 'hono';
import type { EmulatorContext } from './context';
import { registerDemoRoutes } from './demo-routes';
import { registerDiscovery } from './entra/discovery';
import { registerTokenEndpoint } from './entra/token-endpoint';
import { createGraphRouter } from './graph/router';
import { loseResponses } from './graph/lost-responses';
import { readMailboxConcurrency, resetMailboxConcurrency } from './graph/mailbox-concurrency';
import { lifecycleBody } from './notifications/change-notification';
import { deliverNotifications } from './notifications/deliver';
import { enqueueNotification, publishOccurrenceNow } from './notifications/publish';
import type { DeliveryRecord } from './notifications/state';
import { addMeetings } from './seed/added-meetings';
import { buildStore } from './seed/index';
import { DEMO_TENANT_ID } from './seed/people';
import { createSigningKey } from './tokens/keys';
import { mintDelegatedGraphToken, mintSsoToken } from './tokens/mint';
import type { Emulator, EmulatorOptions } from './types';

export type { DeliveryRecord, DemoMeetingPlan, DemoPerson, Emulator, EmulatorFaults, EmulatorOptions, GraphResponseRecord, LifecycleEvent, MailboxConcurrencyStats, SsoTokenOverrides } from './types';
export { DEMO_TENANT_ID };

/** Roundtable's app registration in the demo tenant (fixed, not secret: the demo tenant exists only here). */
export const DEMO_APP = { clientId: '5b0c6d3e-8f21-4a7b-9c4d-2e1f0a9b8c7d', clientSecret: 'demo~Roundtable.Emulator-Secret_0001' };

export const createEmulator = async (options: EmulatorOptions): Promise<Emulator> => {
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const ctx: EmulatorContext = {
    origin: options.origin.replace(/\/+$/, ''),
    tenantId: DEMO_TENANT_ID,
    app: options.app,
    now,
    pageSize: options.pageSize ?? 10,
    key: await createSigningKey(),
    store: await buildStore(now(), options.transcriptsDir),
    faults: { current: { ...options.faults } },
    counters: { graphRequests: 0 },
    onGraphResponse: options.onGraphResponse,
    fetch: options.fetch ?? ((request) => fetch(request)),
    dispatch: async (request) => app.request(request, undefined, { emulatorBatchItem: true }),
  };
  registerDiscovery(app, ctx);
  registerTokenEndpoint(app, ctx);
  registerDemoRoutes(app, ctx);
  app.route('/v1.0', createGraphRouter(ctx));
  app.notFound((c) => c.json({ error: { code: 'NotFound', message: `${c.req.method} ${c.req.path} is not served by the emulator.` } }, 404));

  const personByUpn = (upn: string) => {
    const person = ctx.store.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase());
    if (!person) throw new Error(`No demo person has the user principal name '${upn}'.`);
    return person;
  };

  // One delivery round at a time, whoever asks (the timer, a test, a control).
  let deliveries: Promise<unknown> = Promise.resolve();
  const deliver = (): Promise<DeliveryRecord[]> => {
    const round = deliveries.then(() => deliverNotifications(ctx));
    deliveries = round.catch(() => undefined);
    return round;
  };

  return {
    app,
    tenantId: ctx.tenantId,
    people: ctx.store.people.map(({ id, upn, displayName, mail, jobTitle, managerId }) => ({ id, upn, displayName, mail, jobTitle, managerId })),
    setFaults: (faults) => {
      ctx.faults.current = { ...faults };
    },
    setSpeakerAttribution: (allowed) => {
      ctx.store.transcriptPolicy.speakerAttribution = allowed;
    },
    mintSsoToken: (upn, overrides) => mintSsoToken(ctx, personByUpn(upn), overrides),
    mintGraphToken: (upn) => mintDelegatedGraphToken(ctx, personByUpn(upn)),
    stats: () => ({ graphRequests: ctx.counters.graphRequests }),
    mailboxConcurrency: () => readMailboxConcurrency(ctx),
    resetMailboxConcurrency: () => resetMailboxConcurrency(ctx),
    addMeetings: (plans) => addMeetings(ctx.store, plans),
    loseResponses: (rule) => loseResponses(ctx, rule),
    endMeeting: async (occurrenceStart) => {
      const transcript = publishOccurrenceNow(ctx, occurrenceStart);
      if (!transcript) return null;
      await deliver();
      return { transcriptId: transcript.id, onlineMeetingId: transcript.onlineMeetingId, occurrenceStart: transcript.occurrenceStart };
    },
    deliverNotifications: deliver,
    sendLifecycleNotification: async (subscriptionId, event) => {
      const subscription = ctx.store.subscriptions.get(subscriptionId);
      const url = subscription?.lifecycleNotificationUrl;
      if (!subscription || typeof url !== 'string') throw new Error(`No subscription ${subscriptionId} with a lifecycleNotificationUrl.`);
      if (event === 'subscriptionRemoved') {
        ctx.store.subscriptions.delete(subscriptionId);
        ctx.store.notifications.subscriptions.delete(subscriptionId);
      }
      enqueueNotification(ctx, url, lifecycleBody(ctx, subscription, event));
      return deliver();
    },
    notificationLog: () => [...ctx.store.notifications.log],
    startNotificationDelivery: (intervalMs) => {
      const handle = setInterval(() => void deliver(), intervalMs);
      handle.unref();
      return () => clearInterval(handle);
    },
  };
};
