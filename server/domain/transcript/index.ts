// Transcript analysis, the public face: what `roundtable/transcript` exports for other code to embed. Pure: no I/O.
// Imports in this folder name their `.js` file: these sources are also the export's type declarations ("types" in
// package.json), and TypeScript projects on Node16/NodeNext resolution accept only explicit extensions.
export { analyzeCues, analyzeTranscript } from './analyze-transcript.js';
export { computeBalance, scoreBalance, type BalanceOptions, type SpeakerLoad } from './compute-balance.js';
export { BALANCED_ENTROPY, DOMINANT_SHARE, readBalance, type BalanceReading } from './read-balance.js';
export { isNotWebVttError, NotWebVttError } from './not-webvtt-error.js';
export { createTranscriptParser, parseTranscript, type TranscriptParser } from './parse-transcript.js';
export { BACKCHANNEL_MAX_MS, tallySpeakers, type TranscriptTally } from './tally-speakers.js';
export type {
  Balance,
  ParsedTranscript,
  SpeakerFigures,
  SpeakerTally,
  TranscriptAnalysis,
  TranscriptCue,
  TranscriptWarning,
  WarningKind,
} from './types.js';
