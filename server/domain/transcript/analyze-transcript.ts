// The analysis `roundtable analyze` prints and the package exports: a transcript in, the speaking figures out.
import { computeBalance, type BalanceOptions } from './compute-balance.js';
import { createCueColumns } from './cue-columns.js';
import { createCueReader } from './cue-reader.js';
import { tallyCueColumns, tallySpeakers, type TranscriptTally } from './tally-speakers.js';
import type { TranscriptAnalysis, TranscriptCue } from './types.js';

const toAnalysis = (tally: TranscriptTally, options: BalanceOptions): TranscriptAnalysis => {
  const { speakers, balance } = computeBalance(tally.speakers, options);
  // Keys in this order: it is the printed JSON's order.
  return { durationMs: tally.durationMs, speakers, unattributedMs: tally.unattributedMs, balance };
};

/** The figures for cues already parsed (from a streaming parse, say); `extraSilent` as in computeBalance. */
export const analyzeCues = (cues: readonly TranscriptCue[], options: BalanceOptions = {}): TranscriptAnalysis =>
  toAnalysis(tallySpeakers(cues), options);

/**
 * The speaking figures of one WebVTT transcript, counting its named speakers. Throws NotWebVttError when the text
 * does not start with the WEBVTT signature; anything else unreadable is skipped (parseTranscript reports it). The
 * same figures as analyzeCues(parseTranscript(vtt).cues), read straight into columns rather than cue objects.
 */
export const analyzeTranscript = (vtt: string): TranscriptAnalysis => {
  // Room for a cue per 100 characters, about what Teams writes, so that the columns rarely have to grow.
  const columns = createCueColumns(Math.ceil(vtt.length / 100));
  const reader = createCueReader(columns);
  reader.write(vtt);
  reader.end();
  return toAnalysis(tallyCueColumns(columns), {});
};
