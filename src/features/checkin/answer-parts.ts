// An answer in parts (rose, bud and thorn; a success and a struggle) travels as one text: a labelled line per part, so
// every panel shows it as it is, and it can be split again for editing.
import type { AnswerPart } from '../../api';

export type PartTexts = Record<string, string>;

/** "Rose: …\nBud: …", leaving out empty parts; line breaks inside a part become spaces. */
export const joinParts = (parts: readonly AnswerPart[], texts: PartTexts, lineLabels: Record<string, string>): string =>
  parts
    .map((part) => [lineLabels[part.id] ?? part.id, (texts[part.id] ?? '').replace(/\s+/g, ' ').trim()] as const)
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `${label}: ${text}`)
    .join('\n');

/** The parts back from a stored answer; lines without a known label go to the first part. */
export const splitParts = (text: string, parts: readonly AnswerPart[], lineLabels: Record<string, string>): PartTexts => {
  const texts: PartTexts = Object.fromEntries(parts.map((part) => [part.id, '']));
  const first = parts[0]?.id;
  for (const line of text.split('\n')) {
    const part = parts.find((candidate) => line.startsWith(`${lineLabels[candidate.id] ?? candidate.id}:`));
    if (part) texts[part.id] = line.slice((lineLabels[part.id] ?? part.id).length + 1).trim();
    else if (first !== undefined && line.trim()) texts[first] = [texts[first], line.trim()].filter(Boolean).join(' ');
  }
  return texts;
};
