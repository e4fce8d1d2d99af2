import { readFileSync } from 'node:fs';
import type { ChatMessage, ConversationMember, OnlineMeeting } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { graphAs, graphFor, startEmulator, tokenRequest, UPN, weeklyMeeting, type Clock, type Collection, type Graph, type GraphErrorBody } from './harness';

/** A fixture without its "_note" annotation (not part of what a client sends). */
const fixture = (name: string): Record<string, unknown> => {
  const parsed = JSON.parse(readFileSync(new URL(`../../../../shared/fixtures/graph/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => !key.startsWith('_')));
};

let emulator: Emulator;
let clock: Clock;
let organizer: Graph;
let chatId: string;
beforeAll(async () => {
  ({ emulator, clock } = await startEmulator({ pageSize: 2 }));
  organizer = await graphFor(emulator, UPN.hiroshi);
  const { meetingId } = await weeklyMeeting(organizer);
  chatId = String((await organizer.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`)).body.chatInfo?.threadId);
});

describe('meeting chat messages', () => {
  it('an app-only token cannot post a chat message', async () => {
    const token = String((await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token);
    const res = await graphAs(emulator, token).post<GraphErrorBody>(`/chats/${chatId}/messages`, fixture('chatMessage-post.request.json'));
    const expected = fixture('error-401-app-only-chat-post.json') as GraphErrorBody;
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe(expected.error.code);
    expect(res.body.error.message).toBe(expected.error.message);
  });

  it('a member posts a message and gets 201 with the message as Graph returns it', async () => {
    const res = await (await graphFor(emulator, UPN.priya)).post<ChatMessage>(`/chats/${chatId}/messages`, fixture('chatMessage-post.request.json'));
    expect(res.status).toBe(201);
    const expected = fixture('chatMessage-post.response.json');
    expect(Object.keys(res.body).filter((k) => k !== 'from')).toEqual(Object.keys(expected).filter((k) => k !== 'from'));
    expect(res.body).toMatchObject({ chatId, messageType: 'message', body: { contentType: 'text', content: 'Hello world' }, from: { user: { displayName: 'Priya Raman', userIdentityType: 'aadUser' } } });
  });

  it('someone outside the chat gets 403', async () => {
    const res = await (await graphFor(emulator, UPN.dmitri)).post(`/chats/${chatId}/messages`, { body: { content: 'hi' } });
    expect(res.status).toBe(403);
  });

  it('posts an Adaptive Card whose attachment the body references', async () => {
    const res = await organizer.post<ChatMessage>(`/chats/${chatId}/messages`, fixture('CONSTRUCTED_chatMessage-post-adaptivecard.request.json'));
    expect(res.status).toBe(201);
    expect(res.body.attachments?.[0]).toMatchObject({ id: '8d1f3c0e2a5b4c7d9e0f1a2b3c4d5e6f', contentType: 'application/vnd.microsoft.card.adaptive' });
  });

  it('an attachment reference without the attachment is 400', async () => {
    const res = await organizer.post<GraphErrorBody>(`/chats/${chatId}/messages`, { body: { contentType: 'html', content: '<attachment id="missing"></attachment>' } });
    expect(res.status).toBe(400);
  });

  it('lists messages newest first, paged', async () => {
    clock.now = new Date(clock.now.getTime() + 1000);
    await organizer.post(`/chats/${chatId}/messages`, { body: { content: 'last one' } });
    const { items, pages } = await organizer.all<ChatMessage>(`/chats/${chatId}/messages`);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(pages).toBeGreaterThan(1);
    expect(items[0]?.body?.content).toBe('last one');
  });

  it('lists the chat members', async () => {
    const res = await organizer.get<Collection<ConversationMember & { userId: string }>>(`/chats/${chatId}/members`);
    expect(res.body.value).toHaveLength(7);
    expect(res.body.value.map((m) => m.displayName)).toContain('Aroha Ngata');
  });
});
