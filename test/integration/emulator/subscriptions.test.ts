import { Hono } from 'hono';
import type { Subscription } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { graphAs, NOW, startEmulator, tokenRequest, type Collection, type Graph, type GraphErrorBody } from './harness';

/** The receiving end of Graph's handshake, served in process: echoes the token, or misbehaves on /broken. */
const webhook = new Hono();
const seen: string[] = [];
webhook.post('/hook', (c) => {
  const token = c.req.query('validationToken') ?? '';
  seen.push(token);
  return c.text(token, 200);
});
webhook.post('/broken', (c) => c.text('nope', 500));

const minutesFromNow = (minutes: number): string => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const request = (overrides: Record<string, unknown> = {}) => ({
  changeType: 'created',
  notificationUrl: 'https://roundtable.example/hook',
  resource: 'communications/onlineMeetings/getAllTranscripts',
  expirationDateTime: minutesFromNow(45),
  clientState: 'secret-state',
  ...overrides,
});

let emulator: Emulator;
let app: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator({ fetch: async (req) => webhook.request(new URL(req.url).pathname + new URL(req.url).search, { method: req.method, headers: req.headers }) }));
  const token = (await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token;
  app = graphAs(emulator, String(token));
});

describe('subscriptions', () => {
  it('validates the notification URL with a validationToken and answers 201', async () => {
    const res = await app.post<Subscription>('/subscriptions', request());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ resource: 'communications/onlineMeetings/getAllTranscripts', applicationId: DEMO_APP.clientId, clientState: 'secret-state', changeType: 'created' });
    expect(seen.at(-1)).toMatch(/^Validation: Testing client application reachability for subscription Request-Id: /);
  });

  it('an endpoint that does not echo the token fails validation with 400', async () => {
    const res = await app.post<GraphErrorBody>('/subscriptions', request({ notificationUrl: 'https://roundtable.example/broken' }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^Subscription validation request failed/);
  });

  it('an expiry over an hour without lifecycleNotificationUrl is 400', async () => {
    const res = await app.post<GraphErrorBody>('/subscriptions', request({ expirationDateTime: minutesFromNow(120) }));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^lifecycleNotificationUrl is required/);
    expect((await app.post('/subscriptions', request({ expirationDateTime: minutesFromNow(120), lifecycleNotificationUrl: 'https://roundtable.example/hook' }))).status).toBe(201);
  });

  it('renews with PATCH, reads, lists and deletes', async () => {
    const created = (await app.post<Subscription>('/subscriptions', request())).body;
    const renewed = await app.patch<Subscription>(`/subscriptions/${created.id}`, { expirationDateTime: minutesFromNow(55) });
    expect(renewed.status).toBe(200);
    expect(Date.parse(renewed.body.expirationDateTime ?? '')).toBe(Date.parse(minutesFromNow(55)));
    expect((await app.get<Subscription>(`/subscriptions/${created.id}`)).body.id).toBe(created.id);
    expect((await app.all<Subscription>('/subscriptions')).items.map((s) => s.id)).toContain(created.id);
    expect((await app.delete(`/subscriptions/${created.id}`)).status).toBe(204);
    expect((await app.get(`/subscriptions/${created.id}`)).status).toBe(404);
  });

  it('an unsupported resource is 400', async () => {
    expect((await app.post<Collection<unknown>>('/subscriptions', request({ resource: 'me/mailFolders/inbox/messages' }))).status).toBe(400);
  });
});
