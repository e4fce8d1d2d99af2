// A streaming WebVTT parser for Teams transcripts: feed it chunks (or one string), get the cues with their speakers
// and the warnings about what was skipped. The reading itself is cue-reader.ts; this hands its cues over as objects.
import { createCueColumns, cuesOf } from './cue-columns.js';
import { createCueReader } from './cue-reader.js';
import type { ParsedTranscript } from './types.js';

export type TranscriptParser = {
  /** Throws NotWebVttError as soon as the text cannot start with the WEBVTT signature. */
  write: (chunk: string) => void;
  end: () => ParsedTranscript;
};

export const createTranscriptParser = (): TranscriptParser => {
  const columns = createCueColumns();
  const reader = createCueReader(columns);
  return {
    write: reader.write,
    end: () => {
      const reading = reader.end();
      return { cues: cuesOf(columns), ...reading };
    },
  };
};

/** The whole transcript at once; the same result as writing it in any chunks. */
export const parseTranscript = (vtt: string): ParsedTranscript => {
  const parser = createTranscriptParser();
  parser.write(vtt);
  return parser.end();
};
