// A chat message as Graph creates it from a POST body: delegated callers only, Graph's property names only, every
// <attachment id="…"> in the body matched by an attachment (and the other way round), and Adaptive Card attachments
// that the official parser and Teams' rules accept (else 400, in Graph's words).
import type { EmulatorContext } from '../context';
import type { Chat, ChatMessageRecord } from '../store/types';
import { graphTimestamp } from '../time';
import type { GraphContext } from './env';
import { checkAdaptiveCard } from './adaptive-card';
import { badRequest, GraphError } from './graph-error';

const APP_ONLY_POST =
  'Message POST is allowed in application-only context only for import purposes. Refer to https://learn.microsoft.com/microsoftteams/platform/graph-api/import-messages/import-external-messages-to-teams for more details.';
const MESSAGE_PROPERTIES = new Set(['body', 'attachments', 'subject', 'importance', 'mentions', 'hostedContents', 'summary']);

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Teams takes the card as a JSON string; one it cannot parse or render is refused. */
const isAcceptedCard = (content: string | null): boolean => {
  if (content === null) return false;
  try {
    return checkAdaptiveCard(JSON.parse(content)).length === 0;
  } catch {
    return false;
  }
};

type AttachmentInput = { id?: unknown; contentType?: unknown; contentUrl?: unknown; content?: unknown; name?: unknown; thumbnailUrl?: unknown; teamsAppId?: unknown };

const readAttachments = (value: unknown, content: string): Record<string, unknown>[] => {
  if (value !== undefined && !Array.isArray(value)) throw badRequest("Invalid value for 'attachments'.");
  const attachments = ((value ?? []) as AttachmentInput[]).map((a) => ({
    id: typeof a.id === 'string' ? a.id : null,
    contentType: typeof a.contentType === 'string' ? a.contentType : null,
    contentUrl: typeof a.contentUrl === 'string' ? a.contentUrl : null,
    content: typeof a.content === 'string' ? a.content : null,
    name: typeof a.name === 'string' ? a.name : null,
    thumbnailUrl: typeof a.thumbnailUrl === 'string' ? a.thumbnailUrl : null,
    teamsAppId: typeof a.teamsAppId === 'string' ? a.teamsAppId : null,
  }));
  const referenced = [...content.matchAll(/<attachment\s+id\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] ?? '');
  for (const id of referenced) {
    if (!attachments.some((a) => a.id === id)) throw badRequest(`Attachment with id '${id}' is referenced in the message body but is not in the attachments collection.`);
  }
  for (const attachment of attachments) {
    if (!attachment.id || !referenced.includes(attachment.id)) throw badRequest(`Attachment with id '${attachment.id ?? ''}' is not referenced in the message body.`);
    if (attachment.contentType === ADAPTIVE_CARD && !isAcceptedCard(attachment.content)) throw badRequest(`Failed to process content in attachment with Id '${attachment.id}'.`);
  }
  return attachments;
};

export const newMessage = (ctx: EmulatorContext, c: GraphContext, chat: Chat, input: Record<string, unknown>): ChatMessageRecord => {
  const principal = c.get('principal');
  if (principal.kind !== 'user') throw new GraphError(401, 'Unauthorized', APP_ONLY_POST);
  for (const name of Object.keys(input)) {
    if (!name.startsWith('@odata.') && !MESSAGE_PROPERTIES.has(name)) {
      throw badRequest(`The property '${name}' does not exist on type 'Microsoft.Teams.GraphSvc.chatMessage'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
  }
  const body = input.body as { content?: unknown; contentType?: unknown } | undefined;
  if (typeof body?.content !== 'string' || body.content.trim() === '') throw badRequest('Message body cannot be empty.');
  const contentType = body.contentType === undefined ? 'text' : body.contentType;
  if (contentType !== 'text' && contentType !== 'html') throw badRequest(`Invalid body contentType '${String(contentType)}'.`);
  const attachments = readAttachments(input.attachments, body.content);
  const last = Number(chat.messages.at(-1)?.id ?? 0);
  const id = String(Math.max(ctx.now().getTime(), last + 1));
  const created = graphTimestamp(new Date(Number(id))).replace(/0000Z$/, 'Z');
  return {
    id,
    replyToId: null,
    etag: id,
    messageType: 'message',
    createdDateTime: created,
    lastModifiedDateTime: created,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: typeof input.subject === 'string' ? input.subject : null,
    summary: null,
    chatId: chat.id,
    importance: typeof input.importance === 'string' ? input.importance : 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: principal.person.id, displayName: principal.person.displayName, userIdentityType: 'aadUser' },
    },
    body: { contentType, content: body.content },
    attachments,
    mentions: Array.isArray(input.mentions) ? input.mentions : [],
    reactions: [],
    messageHistory: [],
  };
};
