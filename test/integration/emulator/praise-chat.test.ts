// The emulator's side of praise delivery: praise cards in the meeting chat (checked as Adaptive Cards like Teams),
// listing with paging, activity notifications (app-only, chained, refused without the app), injected faults, and
// answers lost after the work was done — the failure that tempts a client to post twice.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ChatMessage, OnlineMeeting } from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { praiseChatMessage } from '../../../server/domain/praise';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { graphAs, graphFor, ORIGIN, startEmulator, tokenRequest, UPN, weeklyMeeting, type Collection, type Graph, type GraphErrorBody } from './harness';

let emulator: Emulator;
let organizer: Graph;
let priya: Graph;
let app: Graph;
let chatId: string;

const card = (praiseId: string, message = 'Thanks for the clear write-up!') =>
  praiseChatMessage({ praiseId, giverName: 'Priya Raman', recipient: { kind: 'person', userId: 'lucia-id', displayName: 'Lucía Fernández' }, valueLabel: 'Clarity', message });

const messages = async () => (await organizer.all<ChatMessage>(`/chats/${chatId}/messages`)).items;
const feedOf = async (upn: string) => (await (await emulator.app.request(`${ORIGIN}/demo/activity?upn=${upn}`)).json()) as { notification: { chainId?: number; previewText: { content: string } } }[];
const topic = { source: 'text', value: 'Praise for you', webUrl: 'https://teams.microsoft.com/l/entity/app/roundtable-home' };

beforeAll(async () => {
  ({ emulator } = await startEmulator({ pageSize: 2 }));
  organizer = await graphFor(emulator, UPN.hiroshi);
  priya = await graphFor(emulator, UPN.priya);
  const token = String((await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token);
  app = graphAs(emulator, token);
  const { meetingId } = await weeklyMeeting(organizer);
  chatId = String((await organizer.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`)).body.chatInfo?.threadId);
});

describe('praise cards in the meeting chat', () => {
  it('posts a praise card as the delegated giver, mention and all, and lists it', async () => {
    const res = await priya.post<ChatMessage>(`/chats/${chatId}/messages`, card('11111111-1111-4111-8111-111111111111'));
    expect(res.status).toBe(201);
    expect(res.body.from?.user?.displayName).toBe('Priya Raman');
    const listed = (await messages()).find((m) => m.id === res.body.id);
    const content = JSON.parse(String(listed?.attachments?.[0]?.content)) as { msteams: { entities: { text: string }[] } };
    expect(content.msteams.entities[0]?.text).toBe('<at>Lucía Fernández</at>');
  });

  it('refuses a card Teams would not render with Graph’s 400, and stores nothing', async () => {
    const before = (await messages()).length;
    for (const content of ['{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Marquee"}]}', '{"type":"AdaptiveCard","version":"1.6","body":[]}', 'not json', '{"type":"Card"}']) {
      const res = await priya.post<GraphErrorBody>(`/chats/${chatId}/messages`, {
        body: { contentType: 'html', content: '<attachment id="c1"></attachment>' },
        attachments: [{ id: 'c1', contentType: 'application/vnd.microsoft.card.adaptive', content }],
      });
      expect(res.status, content).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'BadRequest', message: "Failed to process content in attachment with Id 'c1'." });
    }
    expect(await messages()).toHaveLength(before);
  });

  it('refuses app-only posts with Graph’s 401', async () => {
    const res = await app.post<GraphErrorBody>(`/chats/${chatId}/messages`, card('22222222-2222-4222-8222-222222222222'));
    expect(res.status).toBe(401);
    expect(res.body.error.message).toMatch(/^Message POST is allowed in application-only context only for import purposes/);
  });

  it('pages the list with $top, newest first, and refuses a page over 50', async () => {
    await organizer.post(`/chats/${chatId}/messages`, { body: { content: 'older' } });
    await organizer.post(`/chats/${chatId}/messages`, { body: { content: 'newest' } });
    const first = await organizer.get<Collection<ChatMessage>>(`/chats/${chatId}/messages?$top=1`);
    expect(first.body.value.map((m) => m.body?.content)).toEqual(['newest']);
    expect(first.body['@odata.nextLink']).toBeTruthy();
    expect((await organizer.get(`/chats/${chatId}/messages?$top=51`)).status).toBe(400);
  });

  it('applies injected faults to posts: 429 with Retry-After, nothing stored', async () => {
    const before = (await messages()).length;
    emulator.setFaults({ rate429: 1, retryAfterSeconds: 7, paths: /\/messages$/, methods: ['POST'] });
    const res = await priya.post(`/chats/${chatId}/messages`, card('33333333-3333-4333-8333-333333333333'));
    emulator.setFaults({});
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('7');
    expect(await messages()).toHaveLength(before);
  });

  it('can lose the answer after storing the message: a 504, and the message is there once', async () => {
    const before = (await messages()).length;
    emulator.loseResponses({ method: 'POST', path: /\/messages$/, times: 1, as: 'gateway-timeout' });
    const res = await priya.post<GraphErrorBody>(`/chats/${chatId}/messages`, card('44444444-4444-4444-8444-444444444444'));
    expect(res.status).toBe(504);
    expect(await messages()).toHaveLength(before + 1);
    expect((await priya.post(`/chats/${chatId}/messages`, card('55555555-5555-4555-8555-555555555555'))).status).toBe(201);
  });

  it('can reset the connection after storing the message, when served over HTTP', async () => {
    const server = serve({ fetch: emulator.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const before = (await messages()).length;
      emulator.loseResponses({ method: 'POST', path: /\/messages$/, times: 1, as: 'connection-reset' });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0/chats/${encodeURIComponent(chatId)}/messages`;
      const sent = fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${await emulator.mintGraphToken(UPN.priya)}`, 'Content-Type': 'application/json' }, body: JSON.stringify(card('66666666-6666-4666-8666-666666666666')) });
      await expect(sent).rejects.toThrow();
      expect(await messages()).toHaveLength(before + 1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('private praise notifications', () => {
  const notification = (chainId: number, preview = 'Priya Raman praised you for Clarity') => ({ topic, activityType: 'privatePraise', chainId, previewText: { content: preview }, templateParameters: [] });

  it('accepts app-only sends, and a resend with the same chainId replaces the first', async () => {
    expect((await app.post(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, notification(4711))).status).toBe(204);
    expect((await app.post(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, notification(4711, 'again'))).status).toBe(204);
    const feed = (await feedOf(UPN.lucia)).filter((n) => n.notification.chainId === 4711);
    expect(feed.map((n) => n.notification.previewText.content)).toEqual(['again']);
  });

  it('refuses a recipient without the app with Graph’s 403 and its words', async () => {
    const res = await app.post<GraphErrorBody>(`/users/${UPN.dmitri}/teamwork/sendActivityNotification`, notification(1));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('Forbidden');
    expect(res.body.error.message).toMatch(/is not authorized to generate custom text notifications .* Ensure that the expected Teams app is installed in the target scope/);
    expect(await feedOf(UPN.dmitri)).toEqual([]);
  });

  it('can lose the answer after delivering the notification; a resend on the chain still shows one', async () => {
    emulator.loseResponses({ method: 'POST', path: /sendActivityNotification$/, times: 1, as: 'gateway-timeout' });
    expect((await app.post(`/users/${UPN.mateus}/teamwork/sendActivityNotification`, notification(99))).status).toBe(504);
    expect((await app.post(`/users/${UPN.mateus}/teamwork/sendActivityNotification`, notification(99))).status).toBe(204);
    expect((await feedOf(UPN.mateus)).filter((n) => n.notification.chainId === 99)).toHaveLength(1);
  });

  it('refuses a chainId that is not an integer', async () => {
    expect((await app.post(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, { ...notification(1), chainId: 'x' })).status).toBe(400);
  });
});

afterAll(() => emulator.setFaults({}));
