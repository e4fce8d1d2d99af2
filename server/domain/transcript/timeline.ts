// Who spoke when, from one transcript's cues: the speaking turns in time order, each the run of one person's cues
// until someone else takes the floor. A turn means exactly what it means in the figures (tally-speakers.ts): cues are
// taken by start, backchannels ("Mhm." inside another's cue) start no turn, consecutive cues of one person are one
// turn, cues without a voice are left out. So a person has as many turns here as their row counts in the figures.
import { findBackchannels } from './tally-speakers.js';
import type { TranscriptCue } from './types.js';

/** One turn: whose (the caller's key for the speaker) and `[startMs, endMs)` on the transcript's clock. */
export type SpeakingTurn = { personKey: string; startMs: number; endMs: number };

type KeyedCue = TranscriptCue & { speaker: string };

/**
 * The turns of `cues`, by start. `personKeyOf` names the person behind a voice (two voices of one person are one
 * person's turns); a voice it gives no key for is left out, as an unattributed cue is.
 */
export const speakingTimeline = (cues: readonly TranscriptCue[], personKeyOf: (speaker: string) => string | null): SpeakingTurn[] => {
  const keyed = cues.flatMap((cue): KeyedCue[] => {
    const personKey = cue.speaker === null ? null : personKeyOf(cue.speaker);
    return personKey === null ? [] : [{ startMs: cue.startMs, endMs: cue.endMs, speaker: personKey }];
  });
  // Stable: cues starting together keep their file order, as the tally takes them.
  const ordered = [...keyed].sort((a, b) => a.startMs - b.startMs);
  const isBackchannel = findBackchannels(ordered);
  const turns: SpeakingTurn[] = [];
  let turn: SpeakingTurn | null = null;
  ordered.forEach((cue, index) => {
    if (isBackchannel[index]) return;
    if (turn?.personKey === cue.speaker) {
      turn.endMs = Math.max(turn.endMs, cue.endMs);
      return;
    }
    turn = { personKey: cue.speaker, startMs: cue.startMs, endMs: cue.endMs };
    turns.push(turn);
  });
  return turns;
};
