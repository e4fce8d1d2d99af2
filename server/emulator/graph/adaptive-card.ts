// Checks an Adaptive Card the way Teams does before it accepts a chat message: the official `adaptivecards` parser
// (its UMD bundle: the package's ESM build has extension-less imports Node cannot load, and parsing needs no DOM),
// then its property validation, then the version Teams renders and the shape of Teams' mention entities.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

const load = createRequire(import.meta.url);
let library: typeof AdaptiveCards | null = null;
const adaptiveCards = (): typeof AdaptiveCards => (library ??= load('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards);

/** The newest card version Teams renders in chats. */
export const TEAMS_MAX_CARD_VERSION = 1.5;

const checkMentions = (card: Record<string, unknown>): string[] => {
  const msteams = card.msteams as { entities?: unknown } | undefined;
  if (msteams === undefined) return [];
  if (typeof msteams !== 'object' || msteams === null) return ['msteams must be an object'];
  if (msteams.entities === undefined) return [];
  if (!Array.isArray(msteams.entities)) return ['msteams.entities must be an array'];
  const cardText = JSON.stringify(card.body ?? []);
  return msteams.entities.flatMap((entity: { type?: unknown; text?: unknown; mentioned?: { id?: unknown; name?: unknown } }, i) => {
    if (entity?.type !== 'mention') return [];
    const problems: string[] = [];
    if (typeof entity.text !== 'string' || !/^<at>[\s\S]+<\/at>$/.test(entity.text)) problems.push(`msteams.entities[${i}].text must be <at>…</at>`);
    else if (!cardText.includes(JSON.stringify(entity.text).slice(1, -1))) problems.push(`msteams.entities[${i}].text does not appear in the card`);
    if (typeof entity.mentioned?.id !== 'string' || typeof entity.mentioned?.name !== 'string') problems.push(`msteams.entities[${i}].mentioned needs id and name`);
    return problems;
  });
};

/** Every problem the parser, its validation and Teams' rules find in a card (empty: Teams accepts it). */
export const checkAdaptiveCard = (json: unknown): string[] => {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return ['the card is not a JSON object'];
  const card = json as Record<string, unknown>;
  if (card.type !== 'AdaptiveCard') return ['the card type must be "AdaptiveCard"'];
  const version = Number(card.version);
  if (typeof card.version !== 'string' || !/^\d+\.\d+$/.test(card.version) || version > TEAMS_MAX_CARD_VERSION) {
    return [`card version ${String(card.version)} is not supported by Teams (1.0–${TEAMS_MAX_CARD_VERSION})`];
  }
  const AC = adaptiveCards();
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return [...problems, ...checkMentions(card)];
};
