// The Adaptive Card a public praise is posted as in the meeting chat: heading with the recipient @mentioned (Teams
// `msteams.entities`), the value, the message and the giver. Built with adaptivecards-templating from a fixed
// template and data, so nothing a person types can change the card's structure; texts go through literalCardText.
import * as ACData from 'adaptivecards-templating';
import { en, formatMessage, type PraiseMessages } from './catalogue-en';
import { literalCardText } from './card-text';
import type { PraiseRecipient } from './types';

/** Teams renders Adaptive Cards up to 1.5 in chats on every client. */
export const PRAISE_CARD_VERSION = '1.5';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const template = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: PRAISE_CARD_VERSION,
  fallbackText: '${fallback}',
  body: [
    { type: 'TextBlock', id: '${elementId}', text: '${heading}', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '${value}', weight: 'Bolder', color: 'Accent' }] },
    { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '${message}' }] },
    { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: '${from}', isSubtle: true }] },
  ],
  msteams: {
    entities: [{ $when: '${mention != null}', type: 'mention', text: '${mention.text}', mentioned: { id: '${mention.id}', name: '${mention.name}' } }],
  },
};

export type PraiseCardInput = {
  praiseId: string;
  giverName: string;
  recipient: PraiseRecipient;
  valueLabel: string;
  message: string;
};

export type AdaptiveCardJson = Record<string, unknown> & { type: 'AdaptiveCard'; version: string; body: Record<string, unknown>[] };

/** The card's element id that carries the praise id (the worker finds its own post by it, and by the attachment id). */
export const praiseElementId = (praiseId: string): string => `roundtable-praise-${praiseId}`;

export const buildPraiseCard = (input: PraiseCardInput, messages: PraiseMessages = en): AdaptiveCardJson => {
  const giver = literalCardText(input.giverName);
  const value = literalCardText(input.valueLabel);
  const person = input.recipient.kind === 'person' ? input.recipient : null;
  const mentionText = person ? `<at>${literalCardText(person.displayName)}</at>` : null;
  const data = {
    elementId: praiseElementId(input.praiseId),
    heading: mentionText ? formatMessage(messages, 'praise.card.forPerson', { mention: mentionText }) : formatMessage(messages, 'praise.card.forTeam'),
    value,
    message: literalCardText(input.message),
    from: formatMessage(messages, 'praise.card.from', { giver }),
    fallback: formatMessage(messages, 'praise.card.fallback', { giver, recipient: person ? literalCardText(person.displayName) : 'the team', value }),
    mention: person && mentionText ? { text: mentionText, id: person.userId, name: literalCardText(person.displayName) } : null,
  };
  const card = new ACData.Template(template).expand({ $root: data }) as AdaptiveCardJson;
  // An entity list that expanded to nothing is left out rather than sent empty.
  const entities = (card.msteams as { entities?: unknown[] } | undefined)?.entities ?? [];
  if (entities.length === 0) delete card.msteams;
  return card;
};

/** The attachment id of a praise's card: the praise id without dashes (Teams' ids are 32 hex digits, as in Graph's docs). */
export const praiseAttachmentId = (praiseId: string): string => praiseId.replace(/-/g, '').toLowerCase();

export type PraiseChatMessage = {
  body: { contentType: 'html'; content: string };
  attachments: { id: string; contentType: string; contentUrl: null; content: string; name: null; thumbnailUrl: null }[];
};

/** The POST /chats/{id}/messages body: an HTML body that only references the card attachment (no user text in HTML). */
export const praiseChatMessage = (input: PraiseCardInput, messages: PraiseMessages = en): PraiseChatMessage => {
  const id = praiseAttachmentId(input.praiseId);
  return {
    body: { contentType: 'html', content: `<attachment id="${id}"></attachment>` },
    attachments: [{ id, contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: JSON.stringify(buildPraiseCard(input, messages)), name: null, thumbnailUrl: null }],
  };
};

/** Whether a chat message (as Graph lists it) is this praise's post. */
export const isPraisePost = (message: { attachments?: { id?: string | null; content?: string | null }[] | null }, praiseId: string): boolean =>
  (message.attachments ?? []).some((a) => a.id === praiseAttachmentId(praiseId) || (a.content ?? '').includes(praiseElementId(praiseId)));
