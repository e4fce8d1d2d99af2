// Transcript speakers ↔ the people in the meeting. A WebVTT voice carries a display name only, so speakers are matched
// to roster entries (attendance identities) by name, strictest tier first (exact, then case/accent/spacing-folded,
// then without "| Company" and guest tags). Namesakes — two people with one display name — are told apart by who
// was in the meeting while the voice spoke; what cannot be told apart stays distinct and is flagged ambiguous, never
// merged into one person. A voice that matches nobody is a guest.
import { MATCH_TIERS, nameKeys, type NameKeys } from './name-keys';
import { lengthOf, overlapOf } from './time-spans';
import type { Roster, RosterEntry, TimeSpan } from './types';

/** A voice of the transcripts: its name and when it spoke (absolute times), to tell namesakes apart. */
export type SpeakerVoice = { name: string; spans: TimeSpan[] };

/** A row-to-be of the figures: who the person is and which voices are theirs (none: attended, never spoke). */
export type MatchedPerson = {
  personKey: string;
  name: string;
  userId: string | null;
  email: string | null;
  isGuest: boolean;
  isAmbiguous: boolean;
  voices: string[];
};

/** A namesake counts as present for a voice when in the meeting for at least this share of the voice's talk. */
export const PRESENT_SHARE = 0.8;

type Candidate = { entry: RosterEntry; index: number; keys: NameKeys };
type OpenVoice = { voice: SpeakerVoice; keys: NameKeys };
/** Voices whose namesakes could not be told apart, with the namesakes they could be. */
type AmbiguousGroup = { voices: string[]; candidates: Candidate[] };

/** The key of a roster entry's row: its identity, never its name. */
export const entryKey = (entry: RosterEntry, index: number): string =>
  entry.userId ? `user:${entry.userId}` : entry.email ? `email:${entry.email.toLowerCase()}` : `anonymous:${index}`;

const isPresent = (voice: SpeakerVoice, entry: RosterEntry): boolean => {
  const talkMs = lengthOf(voice.spans);
  if (entry.presence.length === 0 || talkMs === 0) return true;
  return overlapOf(voice.spans, entry.presence) >= PRESENT_SHARE * talkMs;
};

const groupBy = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
};

/**
 * Matches the voices of one name among the attendees of that name. A voice goes to a namesake when presence leaves
 * it exactly one (and ruled at least one other out), repeatedly; voices that none of them could be are left for the
 * looser tiers; a last voice with a last namesake go together. The rest are ambiguous among the namesakes present.
 */
const matchNamesakes = (group: OpenVoice[], namesakes: Candidate[], owners: Map<number, string[]>): { unresolved: OpenVoice[]; ambiguous: AmbiguousGroup | null } => {
  const claim = (candidate: Candidate, voice: string) => owners.set(candidate.index, [...(owners.get(candidate.index) ?? []), voice]);
  const free = () => namesakes.filter((candidate) => !owners.has(candidate.index));
  const presentFor = (open: OpenVoice) => free().filter((candidate) => isPresent(open.voice, candidate.entry));
  let rest = [...group];
  for (let isChanged = true; isChanged; ) {
    isChanged = false;
    for (const open of rest) {
      const present = presentFor(open);
      if (present.length === 1 && present.length < free().length) {
        claim(present[0] as Candidate, open.voice.name);
        rest = rest.filter((other) => other !== open);
        isChanged = true;
        break;
      }
    }
  }
  const unresolved = rest.filter((open) => presentFor(open).length === 0);
  rest = rest.filter((open) => !unresolved.includes(open));
  const left = free();
  if (rest.length === 1 && left.length === 1) {
    claim(left[0] as Candidate, (rest[0] as OpenVoice).voice.name);
    rest = [];
  }
  if (rest.length === 0) return { unresolved, ambiguous: null };
  const candidates = free().filter((candidate) => rest.some((open) => isPresent(open.voice, candidate.entry)));
  return { unresolved, ambiguous: { voices: rest.map((open) => open.voice.name), candidates } };
};

/** Rows for everyone counted: matched and silent roster entries, ambiguous voices with their namesakes, guests. */
export const matchSpeakers = (voices: readonly SpeakerVoice[], roster: Roster): MatchedPerson[] => {
  const candidates: Candidate[] = roster.entries.map((entry, index) => ({ entry, index, keys: nameKeys(entry.displayName) }));
  const owners = new Map<number, string[]>();
  const reserved = new Set<number>();
  const ambiguousGroups: AmbiguousGroup[] = [];
  let open: OpenVoice[] = voices.map((voice) => ({ voice, keys: nameKeys(voice.name) }));

  for (const tier of MATCH_TIERS) {
    const unmatched: OpenVoice[] = [];
    for (const [key, group] of groupBy(open, (voice) => voice.keys[tier])) {
      const namesakes = candidates.filter((c) => c.keys[tier] === key && !owners.has(c.index) && !reserved.has(c.index));
      const [only] = namesakes;
      if (!only) {
        unmatched.push(...group);
      } else if (namesakes.length === 1 && group.length === 1) {
        owners.set(only.index, [(group[0] as OpenVoice).voice.name]);
      } else {
        const { unresolved, ambiguous } = matchNamesakes(group, namesakes, owners);
        unmatched.push(...unresolved);
        if (ambiguous) {
          ambiguous.candidates.forEach((c) => reserved.add(c.index));
          ambiguousGroups.push(ambiguous);
        }
      }
    }
    open = unmatched;
  }

  const people: MatchedPerson[] = [];
  for (const { entry, index } of candidates) {
    if (reserved.has(index)) continue;
    const own = owners.get(index);
    // Without attendance nobody is known to have been there in silence: invitees count only when they spoke.
    if (!own && roster.kind === 'invitees') continue;
    people.push({ personKey: entryKey(entry, index), name: entry.displayName, userId: entry.userId, email: entry.email, isGuest: false, isAmbiguous: false, voices: own ?? [] });
  }
  let placeholder = 0;
  for (const group of ambiguousGroups) {
    for (const voice of group.voices) people.push({ personKey: `voice:${voice}`, name: voice, userId: null, email: null, isGuest: false, isAmbiguous: true, voices: [voice] });
    // Namesakes beyond the ambiguous voices attended and did not speak — but which of them is unknown.
    if (roster.kind === 'attendance') {
      for (const silent of group.candidates.slice(group.voices.length)) {
        placeholder += 1;
        people.push({ personKey: `ambiguous:${placeholder}`, name: silent.entry.displayName, userId: null, email: null, isGuest: false, isAmbiguous: true, voices: [] });
      }
    }
  }
  for (const { voice } of open) people.push({ personKey: `voice:${voice.name}`, name: voice.name, userId: null, email: null, isGuest: true, isAmbiguous: false, voices: [voice.name] });
  return people;
};
