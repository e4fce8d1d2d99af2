// Per-speaker figures of one transcript, as ARCHITECTURE.md defines them: talk time as the union of a speaker's cue
// intervals, backchannels, turns and the longest turn, plus the meeting's duration and unattributed time. Computed
// over cue columns (cue-columns.ts), in passes over the cues in order of start.
import { cueColumnsOf, NO_SPEAKER, orderByStart, type CueColumns } from './cue-columns.js';
import type { SpeakerTally, TranscriptCue } from './types.js';

/** A cue shorter than this, inside another named speaker's cue, is a backchannel ("Mhm."), not a turn. */
export const BACKCHANNEL_MAX_MS = 1000;

export type TranscriptTally = { durationMs: number; unattributedMs: number; speakers: SpeakerTally[] };

/** Which cues are backchannels (1) and which not (0), over cues ordered by start. */
const findBackchannelsIn = ({ count, startMs, endMs, speakerOf }: CueColumns): Uint8Array => {
  // Bytes rather than booleans: allocated zeroed in one go, and nothing for the garbage collector to trace.
  const isBackchannel = new Uint8Array(count);
  // The latest end among cues started so far, for the speaker with the latest end and for the best other speaker:
  // enough to know whether some *other* speaker's cue covers a cue's end, in one pass.
  let bestSpeaker = NO_SPEAKER;
  let bestEndMs = -Infinity;
  let runnerUpEndMs = -Infinity;
  let group = 0;
  while (group < count) {
    // A cue starting at the same time as a later one lies within it too, so add the whole group before testing.
    const groupStartMs = startMs[group] as number;
    let next = group;
    for (; next < count && startMs[next] === groupStartMs; next++) {
      const speaker = speakerOf[next] as number;
      const end = endMs[next] as number;
      if (speaker === NO_SPEAKER) continue;
      if (speaker === bestSpeaker) {
        bestEndMs = Math.max(bestEndMs, end);
      } else if (end > bestEndMs) {
        runnerUpEndMs = bestEndMs;
        bestSpeaker = speaker;
        bestEndMs = end;
      } else if (end > runnerUpEndMs) {
        runnerUpEndMs = end;
      }
    }
    for (let i = group; i < next; i++) {
      const speaker = speakerOf[i] as number;
      const end = endMs[i] as number;
      if (speaker === NO_SPEAKER || end - groupStartMs >= BACKCHANNEL_MAX_MS) continue;
      const coveredUntil = speaker === bestSpeaker ? runnerUpEndMs : bestEndMs;
      isBackchannel[i] = coveredUntil >= end ? 1 : 0;
    }
    group = next;
  }
  return isBackchannel;
};

/** Which cues are backchannels (1) and which not (0), over cues ordered by start. */
export const findBackchannels = (ordered: readonly TranscriptCue[]): Uint8Array => findBackchannelsIn(cueColumnsOf(ordered));

type Accumulator = SpeakerTally & { coveredUntil: number };
type Turn = { speaker: Accumulator; startMs: number; endMs: number };

/** Adds `[startMs, endMs)` to a union of intervals taken in order of start: only the part beyond what is covered counts. */
const addToUnion = (accumulator: { talkMs: number; coveredUntil: number }, startMs: number, endMs: number): void => {
  if (endMs <= accumulator.coveredUntil) return;
  accumulator.talkMs += endMs - Math.max(startMs, accumulator.coveredUntil);
  accumulator.coveredUntil = endMs;
};

/** The figures of cues read into columns (see analyzeTranscript). Speakers in order of their first cue; durations in ms. */
export const tallyCueColumns = (columns: CueColumns): TranscriptTally => {
  const ordered = orderByStart(columns);
  const { count, startMs, endMs, speakerOf } = ordered;
  const isBackchannel = findBackchannelsIn(ordered);
  // By speaker number, which counts speakers in order of their first cue.
  const bySpeaker: Accumulator[] = ordered.speakers.map((name) => ({ name, talkMs: 0, turns: 0, longestTurnMs: 0, backchannels: 0, coveredUntil: -Infinity }));
  const unattributed = { talkMs: 0, coveredUntil: -Infinity };
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  // Typed by assertion: TypeScript would otherwise take it for always null, not seeing the loop assign it.
  let turn = null as Turn | null;
  const closeTurn = (): void => {
    if (!turn) return;
    turn.speaker.turns += 1;
    turn.speaker.longestTurnMs = Math.max(turn.speaker.longestTurnMs, turn.endMs - turn.startMs);
  };

  for (let index = 0; index < count; index++) {
    const start = startMs[index] as number;
    const end = endMs[index] as number;
    const speaker = speakerOf[index] as number;
    firstStart = Math.min(firstStart, start);
    lastEnd = Math.max(lastEnd, end);
    if (speaker === NO_SPEAKER) {
      addToUnion(unattributed, start, end);
      continue;
    }
    const accumulator = bySpeaker[speaker] as Accumulator;
    addToUnion(accumulator, start, end);
    if (isBackchannel[index]) {
      accumulator.backchannels += 1;
    } else if (turn?.speaker === accumulator) {
      turn.endMs = Math.max(turn.endMs, end);
    } else {
      closeTurn();
      turn = { speaker: accumulator, startMs: start, endMs: end };
    }
  }
  closeTurn();

  return {
    durationMs: count === 0 ? 0 : lastEnd - firstStart,
    unattributedMs: unattributed.talkMs,
    speakers: bySpeaker.map(({ name, talkMs, turns, longestTurnMs, backchannels }) => ({ name, talkMs, turns, longestTurnMs, backchannels })),
  };
};

/** Speakers in order of their first cue; durations in milliseconds. */
export const tallySpeakers = (cues: readonly TranscriptCue[]): TranscriptTally => tallyCueColumns(cueColumnsOf(cues));
