// The analysis `roundtable analyze` prints and the package exports: a transcript in, the speaking figures out.
import { computeBalance, type BalanceOptions } from './compute-balance.js';
import { parseTranscript } from './parse-transcript.js';
import { tallySpeakers } from './tally-speakers.js';
import type { TranscriptAnalysis, TranscriptCue } from './types.js';

/** The figures for cues already parsed (from a streaming parse, say); `extraSilent` as in computeBalance. */
export const analyzeCues = (cues: readonly TranscriptCue[], options: BalanceOptions = {}): TranscriptAnalysis => {
  const tally = tallySpeakers(cues);
  const { speakers, balance } = computeBalance(tally.speakers, options);
  // Keys in this order: it is the printed JSON's order.
  return { durationMs: tally.durationMs, speakers, unattributedMs: tally.unattributedMs, balance };
};

/**
 * The speaking figures of one WebVTT transcript, counting its named speakers. Throws NotWebVttError when the text
 * does not start with the WEBVTT signature; anything else unreadable is skipped (parseTranscript reports it).
 */
export const analyzeTranscript = (vtt: string): TranscriptAnalysis => analyzeCues(parseTranscript(vtt).cues);
