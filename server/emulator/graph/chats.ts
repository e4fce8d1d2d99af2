// Meeting chats: post a message (delegated members only; Adaptive Card attachments checked as Teams does), list
// messages newest first with paging ($top ≤ 50), and thin reads of the chat and its members. A post's answer can be
// lost on purpose after the message was stored (lost-responses.ts), as a gateway timeout or reset would.
import type { EmulatorContext } from '../context';
import type { Chat } from '../store/types';
import { graphTimestamp } from '../time';
import type { GraphContext, GraphRouter } from './env';
import { newMessage } from './chat-message';
import { badRequest, GraphError } from './graph-error';
import { loseResponseIfAsked } from './lost-responses';
import { collection, contextUrl, paginate } from './odata';
import { sendJson } from './respond';

const chatFor = (ctx: EmulatorContext, c: GraphContext): Chat => {
  const chat = ctx.store.chats.get(c.req.param('chatId') ?? '');
  if (!chat) throw new GraphError(404, 'NotFound', 'Chat not found.');
  const principal = c.get('principal');
  if (principal.kind === 'user' && !chat.memberIds.includes(principal.person.id)) throw new GraphError(403, 'Forbidden', 'Forbidden');
  return chat;
};

const chatKey = (chat: Chat): string => `'${encodeURIComponent(chat.id)}'`;

export const registerChats = (router: GraphRouter, ctx: EmulatorContext): void => {
  router.post('/chats/:chatId/messages', async (c) => {
    const chat = chatFor(ctx, c);
    const input = (await c.req.json().catch(() => null)) as unknown;
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw badRequest('Empty Payload. JSON content expected.');
    const message = newMessage(ctx, c, chat, input as Record<string, unknown>);
    chat.messages.push(message);
    chat.lastUpdatedDateTime = ctx.now();
    const lost = loseResponseIfAsked(ctx, c);
    if (lost) throw lost;
    return sendJson(c, { '@odata.context': contextUrl(ctx, `chats(${chatKey(chat)})/messages/$entity`), ...message }, 201);
  });

  router.get('/chats/:chatId/messages', (c) => {
    const chat = chatFor(ctx, c);
    const page = paginate(ctx, c, [...chat.messages].reverse(), { max: 50 });
    return sendJson(c, collection(contextUrl(ctx, `chats(${chatKey(chat)})/messages`), page));
  });

  router.get('/chats/:chatId/messages/:messageId', (c) => {
    const chat = chatFor(ctx, c);
    const message = chat.messages.find((m) => m.id === c.req.param('messageId'));
    if (!message) throw new GraphError(404, 'NotFound', 'Message not found.');
    return sendJson(c, { '@odata.context': contextUrl(ctx, `chats(${chatKey(chat)})/messages/$entity`), ...message });
  });

  router.get('/chats/:chatId', (c) => {
    const chat = chatFor(ctx, c);
    const meeting = ctx.store.onlineMeetings.get(chat.onlineMeetingId);
    const principal = c.get('principal');
    return sendJson(c, {
      '@odata.context': contextUrl(ctx, 'chats/$entity'),
      id: chat.id,
      topic: chat.topic,
      createdDateTime: graphTimestamp(chat.createdDateTime),
      lastUpdatedDateTime: graphTimestamp(chat.lastUpdatedDateTime),
      chatType: 'meeting',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${ctx.tenantId}`,
      tenantId: ctx.tenantId,
      isHiddenForAllMembers: false,
      viewpoint: principal.kind === 'user' ? { isHidden: false, lastMessageReadDateTime: graphTimestamp(chat.createdDateTime) } : null,
      onlineMeetingInfo: meeting
        ? { calendarEventId: null, joinWebUrl: meeting.joinUrl, organizer: { id: meeting.organizerId, displayName: null, userIdentityType: 'aadUser' } }
        : null,
    });
  });

  router.get('/chats/:chatId/members', (c) => {
    const chat = chatFor(ctx, c);
    const members = chat.memberIds.map((id) => {
      const person = ctx.store.people.find((p) => p.id === id);
      return {
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        id: Buffer.from(`${chat.id}##${id}`).toString('base64'),
        roles: ['owner'],
        displayName: person?.displayName ?? null,
        visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
        userId: id,
        email: person?.mail ?? null,
        tenantId: ctx.tenantId,
      };
    });
    return sendJson(c, { '@odata.context': contextUrl(ctx, `chats(${chatKey(chat)})/members`), '@odata.count': members.length, value: members });
  });
};
