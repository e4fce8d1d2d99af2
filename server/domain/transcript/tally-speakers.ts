// Per-speaker figures of one transcript, as ARCHITECTURE.md defines them: talk time as the union of a speaker's cue
// intervals, backchannels, turns and the longest turn, plus the meeting's duration and unattributed time.
import type { SpeakerTally, TranscriptCue } from './types.js';

/** A cue shorter than this, inside another named speaker's cue, is a backchannel ("Mhm."), not a turn. */
export const BACKCHANNEL_MAX_MS = 1000;

export type TranscriptTally = { durationMs: number; unattributedMs: number; speakers: SpeakerTally[] };

/** Cues by start time, ties in file order (Array.prototype.sort is stable); Teams files are sorted already. */
const orderByStart = (cues: readonly TranscriptCue[]): readonly TranscriptCue[] => {
  for (let i = 1; i < cues.length; i++) {
    if ((cues[i]?.startMs ?? 0) < (cues[i - 1]?.startMs ?? 0)) return [...cues].sort((a, b) => a.startMs - b.startMs);
  }
  return cues;
};

/** Which cues are backchannels, over cues ordered by start. */
export const findBackchannels = (ordered: readonly TranscriptCue[]): boolean[] => {
  const isBackchannel = new Array<boolean>(ordered.length).fill(false);
  // The latest end among cues started so far, for the speaker with the latest end and for the best other speaker:
  // enough to know whether some *other* speaker's cue covers a cue's end, in one pass.
  let best = { speaker: '', endMs: -Infinity };
  let runnerUp = { speaker: '', endMs: -Infinity };
  let group = 0;
  while (group < ordered.length) {
    // A cue starting at the same time as a later one lies within it too, so add the whole group before testing.
    const startMs = ordered[group]?.startMs;
    let next = group;
    for (; next < ordered.length && ordered[next]?.startMs === startMs; next++) {
      const { speaker, endMs } = ordered[next] as TranscriptCue;
      if (speaker === null) continue;
      if (speaker === best.speaker) best.endMs = Math.max(best.endMs, endMs);
      else if (endMs > best.endMs) [runnerUp, best] = [best, { speaker, endMs }];
      else if (endMs > runnerUp.endMs) runnerUp = { speaker, endMs };
    }
    for (let i = group; i < next; i++) {
      const { speaker, startMs: start, endMs } = ordered[i] as TranscriptCue;
      if (speaker === null || endMs - start >= BACKCHANNEL_MAX_MS) continue;
      const coveredUntil = speaker === best.speaker ? runnerUp.endMs : best.endMs;
      isBackchannel[i] = coveredUntil >= endMs;
    }
    group = next;
  }
  return isBackchannel;
};

type Accumulator = SpeakerTally & { coveredUntil: number };

/** Adds a cue to a union of intervals taken in order of start: only the part beyond what is covered already counts. */
const addToUnion = (accumulator: { talkMs: number; coveredUntil: number }, cue: TranscriptCue): void => {
  if (cue.endMs <= accumulator.coveredUntil) return;
  accumulator.talkMs += cue.endMs - Math.max(cue.startMs, accumulator.coveredUntil);
  accumulator.coveredUntil = cue.endMs;
};

/** Speakers in order of their first cue; durations in milliseconds. */
export const tallySpeakers = (cues: readonly TranscriptCue[]): TranscriptTally => {
  const ordered = orderByStart(cues);
  const isBackchannel = findBackchannels(ordered);
  const bySpeaker = new Map<string, Accumulator>();
  const unattributed = { talkMs: 0, coveredUntil: -Infinity };
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  let turn: { speaker: Accumulator; startMs: number; endMs: number } | null = null;
  const closeTurn = (): void => {
    if (!turn) return;
    turn.speaker.turns += 1;
    turn.speaker.longestTurnMs = Math.max(turn.speaker.longestTurnMs, turn.endMs - turn.startMs);
  };

  ordered.forEach((cue, index) => {
    firstStart = Math.min(firstStart, cue.startMs);
    lastEnd = Math.max(lastEnd, cue.endMs);
    if (cue.speaker === null) return addToUnion(unattributed, cue);
    let speaker = bySpeaker.get(cue.speaker);
    if (!speaker) {
      speaker = { name: cue.speaker, talkMs: 0, turns: 0, longestTurnMs: 0, backchannels: 0, coveredUntil: -Infinity };
      bySpeaker.set(cue.speaker, speaker);
    }
    addToUnion(speaker, cue);
    if (isBackchannel[index]) {
      speaker.backchannels += 1;
    } else if (turn?.speaker === speaker) {
      turn.endMs = Math.max(turn.endMs, cue.endMs);
    } else {
      closeTurn();
      turn = { speaker, startMs: cue.startMs, endMs: cue.endMs };
    }
  });
  closeTurn();

  return {
    durationMs: ordered.length === 0 ? 0 : lastEnd - firstStart,
    unattributedMs: unattributed.talkMs,
    speakers: [...bySpeaker.values()].map(({ name, talkMs, turns, longestTurnMs, backchannels }) => ({ name, talkMs, turns, longestTurnMs, backchannels })),
  };
};
