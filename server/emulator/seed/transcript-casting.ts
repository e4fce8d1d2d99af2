// Re-casts a real Teams transcript (transcript-sources.ts) for another demo meeting: its voices given to the people
// present, and cut to fit a shorter meeting. Only the names in <v …> tags change and whole cues are dropped from the
// end; the words, cue ids, timings and line endings stay as Teams wrote them.
import { fractionFrom } from '../ids';
import { timestampMs } from './transcript-sources';

type Cue = { block: string; startMs: number; endMs: number } | { block: string; startMs: null; endMs: null };

const TIMING = /^\s*([\d:.]+)\s*-->\s*([\d:.]+)/m;
const VOICE = /<v ([^>]+)>/g;

const lineEndingOf = (vtt: string): string => (vtt.includes('\r\n') ? '\r\n' : '\n');

/** The file as blocks (header, then cues) separated by blank lines. */
const splitBlocks = (vtt: string): Cue[] => {
  const eol = lineEndingOf(vtt);
  return vtt
    .split(`${eol}${eol}`)
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const timing = TIMING.exec(block);
      return timing ? { block, startMs: timestampMs(timing[1] ?? '0'), endMs: timestampMs(timing[2] ?? '0') } : { block, startMs: null, endMs: null };
    });
};

const joinBlocks = (blocks: string[], vtt: string): string => {
  const eol = lineEndingOf(vtt);
  const joined = blocks.map((block) => block.replace(/(\r?\n)+$/, '')).join(`${eol}${eol}`);
  return `${joined}${eol}`;
};

/** The speakers' names, most talk first. */
export const voicesByTalk = (vtt: string): string[] => {
  const talk = new Map<string, number>();
  for (const cue of splitBlocks(vtt)) {
    if (cue.startMs === null) continue;
    for (const match of cue.block.matchAll(VOICE)) {
      const name = match[1] ?? '';
      talk.set(name, (talk.get(name) ?? 0) + Math.max(0, cue.endMs - cue.startMs));
    }
  }
  return [...talk.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
};

/** Drops the cues that end after `maxMs`. */
export const cropTranscript = (vtt: string, maxMs: number): string =>
  joinBlocks(
    splitBlocks(vtt)
      .filter((cue) => cue.endMs === null || cue.endMs <= maxMs)
      .map((cue) => cue.block),
    vtt,
  );

/** Gives every voice a new name: `nameFor(original voice, cue index)`. */
const recast = (vtt: string, nameFor: (voice: string, cueIndex: number) => string): string =>
  joinBlocks(
    splitBlocks(vtt).map((cue, index) => cue.block.replace(VOICE, (_, voice: string) => `<v ${nameFor(voice, index)}>`)),
    vtt,
  );

/**
 * The transcript's main voice becomes `lead` (so one voice dominates, as in the real recording); the others go, in
 * order of talk, to `others` starting at a place picked by `salt`, so different people are heard each week.
 */
export const castWithLead = (vtt: string, lead: string, others: readonly string[], ...salt: string[]): string => {
  const [main, ...rest] = voicesByTalk(vtt);
  const offset = Math.floor(fractionFrom('cast', ...salt) * Math.max(1, others.length));
  const names = new Map<string, string>([[main ?? '', lead]]);
  rest.forEach((voice, index) => names.set(voice, others.length > 0 ? (others[(offset + index) % others.length] ?? lead) : lead));
  return recast(vtt, (voice) => names.get(voice) ?? lead);
};

/** Cues per turn when the floor goes round: about half a minute of talk in the real recordings. */
const CUES_PER_TURN = 6;

/**
 * The floor goes round `people`: each run of cues is given to someone other than the last speaker, picked with
 * weights drawn per person and meeting (some talk a little more than others, nobody dominates).
 */
export const castBalanced = (vtt: string, people: readonly string[], ...salt: string[]): string => {
  const weights = people.map((person) => 0.6 + 0.8 * fractionFrom('weight', person, ...salt));
  let previous = -1;
  let current = 0;
  let pickedAt = -1;
  return recast(vtt, (_, cueIndex) => {
    if (cueIndex !== pickedAt && (cueIndex % CUES_PER_TURN === 1 || previous === -1)) {
      pickedAt = cueIndex;
      const candidates = people.map((_, index) => index).filter((index) => index !== previous || people.length === 1);
      const total = candidates.reduce((sum, index) => sum + (weights[index] ?? 1), 0);
      let pick = fractionFrom('turn', String(cueIndex), ...salt) * total;
      current = candidates.find((index) => (pick -= weights[index] ?? 1) < 0) ?? candidates.at(-1) ?? 0;
      previous = current;
    }
    return people[current] ?? '';
  });
};
