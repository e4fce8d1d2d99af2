// The library's texts by message key (kinds, answer parts, scale names and ends), as the server sends them with the
// library, and the facts about an answer shape the forms and charts need.
import type { AnswerPart, AnswerShape, CheckinKind, CheckinLibrary, Scale } from '../../api';

export type LibraryMessages = CheckinLibrary['messages'];

export const textOf = (messages: LibraryMessages, key: string | null | undefined, fallback: string): string => (key ? messages[key] : undefined) ?? fallback;

export const kindLabel = (messages: LibraryMessages, kind: CheckinKind | (string & {})): string => textOf(messages, `checkin.kind.${kind}`, kind);

/** The scales an answer is given on: one for an energy prompt, two for the pulse, none for words. */
export const scalesOf = (shape: AnswerShape | undefined): readonly Scale[] =>
  shape?.type === 'scale' ? [shape.scale] : shape?.type === 'scales' ? shape.scales : [];

/** A scale's name ("Freedom"); a scale without one is named by the question it answers. */
export const scaleName = (messages: LibraryMessages, scale: Scale | undefined, fallback: string): string => textOf(messages, scale?.labelKey, fallback);

/** "Rose: something that went well" is the field's label; its part before the colon ("Rose") labels the answer line. */
export const partLabels = (messages: LibraryMessages, part: AnswerPart): { field: string; line: string } => {
  const field = textOf(messages, part.labelKey, part.id);
  return { field, line: field.split(':')[0]?.trim() || field };
};
