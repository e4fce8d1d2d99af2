// The cues of one transcript as columns: start and end times and speaker numbers in typed arrays. The analysis reads
// cues by the hundred thousand and needs only these three values of each, so a transcript read straight into columns
// is tallied without one object per cue for the garbage collector to allocate and copy, and its speakers are told
// apart by number rather than by name.
import type { TranscriptCue } from './types.js';

/** The speaker number of a cue without a voice. */
export const NO_SPEAKER = -1;

export type CueColumns = {
  count: number;
  /** Milliseconds; a float64 holds every safe integer the timestamp reader accepts, exactly. */
  startMs: Float64Array;
  endMs: Float64Array;
  /** An index into `speakers`, or NO_SPEAKER. */
  speakerOf: Int32Array;
  /** Each speaker's name once, in order of first cue. */
  speakers: string[];
  /** Speaker numbers by name, and the last one used (a speaker's cues mostly follow one another). */
  numbers: Map<string, number>;
  lastSpeaker: string | null;
  lastNumber: number;
};

export const createCueColumns = (capacity = 1024): CueColumns => ({
  count: 0,
  startMs: new Float64Array(Math.max(1, capacity)),
  endMs: new Float64Array(Math.max(1, capacity)),
  speakerOf: new Int32Array(Math.max(1, capacity)),
  speakers: [],
  numbers: new Map(),
  lastSpeaker: null,
  lastNumber: NO_SPEAKER,
});

/** Doubles the columns' room: the copying stays linear in the number of cues. */
const grow = (columns: CueColumns): void => {
  const startMs = new Float64Array(columns.count * 2);
  const endMs = new Float64Array(columns.count * 2);
  const speakerOf = new Int32Array(columns.count * 2);
  startMs.set(columns.startMs);
  endMs.set(columns.endMs);
  speakerOf.set(columns.speakerOf);
  Object.assign(columns, { startMs, endMs, speakerOf });
};

const numberOf = (columns: CueColumns, speaker: string | null): number => {
  if (speaker === null) return NO_SPEAKER;
  if (speaker === columns.lastSpeaker) return columns.lastNumber;
  let number = columns.numbers.get(speaker);
  if (number === undefined) {
    number = columns.speakers.length;
    columns.speakers.push(speaker);
    columns.numbers.set(speaker, number);
  }
  columns.lastSpeaker = speaker;
  columns.lastNumber = number;
  return number;
};

export const addCue = (columns: CueColumns, startMs: number, endMs: number, speaker: string | null): void => {
  if (columns.count === columns.startMs.length) grow(columns);
  columns.startMs[columns.count] = startMs;
  columns.endMs[columns.count] = endMs;
  columns.speakerOf[columns.count] = numberOf(columns, speaker);
  columns.count += 1;
};

/** The cues as objects, in order; cues of one speaker share one name string. */
export const cuesOf = ({ count, startMs, endMs, speakerOf, speakers }: CueColumns): TranscriptCue[] => {
  const cues: TranscriptCue[] = [];
  for (let i = 0; i < count; i++) {
    const number = speakerOf[i] as number;
    cues.push({ startMs: startMs[i] as number, endMs: endMs[i] as number, speaker: number === NO_SPEAKER ? null : (speakers[number] as string) });
  }
  return cues;
};

export const cueColumnsOf = (cues: readonly TranscriptCue[]): CueColumns => {
  const columns = createCueColumns(cues.length);
  for (const cue of cues) addCue(columns, cue.startMs, cue.endMs, cue.speaker);
  return columns;
};

/** The cues by start time, ties in file order (a stable sort); the columns themselves when in order, as Teams writes them. */
export const orderByStart = (columns: CueColumns): CueColumns => {
  const { count, startMs, endMs, speakerOf, speakers } = columns;
  let isOrdered = true;
  for (let i = 1; i < count && isOrdered; i++) isOrdered = (startMs[i] as number) >= (startMs[i - 1] as number);
  if (isOrdered) return columns;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => (startMs[a] as number) - (startMs[b] as number));
  const ordered = createCueColumns(count);
  for (const i of order) {
    const number = speakerOf[i] as number;
    addCue(ordered, startMs[i] as number, endMs[i] as number, number === NO_SPEAKER ? null : (speakers[number] as string));
  }
  return ordered;
};
