// How a transcript's speaker name is compared with an attendee's display name. Teams writes the display name the
// person had when they spoke; attendance reports the one of their identity. They usually agree byte for byte, but
// clients differ in case, accents, spacing and the "Name | Company" suffix some organizations append, and Teams
// marks external people with "(Guest)", "(External)" or "(Unverified)".

/** From strictest to loosest: a speaker matches at the first tier where some attendee has the same key. */
export type NameKeys = {
  /** As written (the parser already decoded entities and collapsed whitespace). */
  exact: string;
  /** Case, accents, width and spacing ignored; suffixes kept. */
  folded: string;
  /** Folded, without "| Company" and Teams' trailing guest tags. */
  base: string;
};

export const MATCH_TIERS = ['exact', 'folded', 'base'] as const satisfies readonly (keyof NameKeys)[];

const TEAMS_TAGS = new Set(['guest', 'external', 'unverified']);

// Letters that carry no combining mark to strip in Unicode decomposition, folded to what people type instead.
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };
// Apostrophes and dashes as different keyboards and clients write them.
const PUNCTUATION_FOLDS: Record<string, string> = { '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-' };

const collapseSpaces = (text: string): string => text.split(/\s+/u).filter(Boolean).join(' ');

/** Lower case, no accents (NFKD without combining marks), a few letters and punctuation folded, spaces collapsed. */
export const foldName = (name: string): string => {
  const decomposed = name.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
  let folded = '';
  for (const char of decomposed) folded += LETTER_FOLDS[char] ?? PUNCTUATION_FOLDS[char] ?? char;
  // The "|" of a suffix with any spacing around it reads the same.
  return folded.split('|').map(collapseSpaces).join(' | ').trim();
};

/** Drops a trailing "(Guest)"-style tag, once: "Ana (Guest)" → "Ana"; "Ana (Lisbon)" stays. */
const stripTeamsTag = (name: string): string => {
  const trimmed = name.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf('(');
  if (open <= 0) return trimmed;
  const tag = trimmed.slice(open + 1, -1).trim().toLowerCase();
  return TEAMS_TAGS.has(tag) ? trimmed.slice(0, open).trimEnd() : trimmed;
};

/** The person's name without "| Company" (what follows the first "|") and without Teams' guest tag. */
export const stripNameSuffixes = (name: string): string => {
  const beforeBar = name.split('|', 1)[0] ?? '';
  const person = stripTeamsTag(beforeBar.trim() === '' ? name : beforeBar);
  return person === '' ? name : person;
};

/** Each key is a function of the one before, so names equal at one tier are equal at every looser tier. */
export const nameKeys = (name: string): NameKeys => {
  const exact = collapseSpaces(name);
  const folded = foldName(exact);
  return { exact, folded, base: foldName(stripNameSuffixes(folded)) };
};
