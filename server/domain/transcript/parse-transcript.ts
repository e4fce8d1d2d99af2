// A streaming WebVTT reader for Teams transcripts: feed it chunks (or one string), get the cues with their speakers.
// It follows the block structure of the WebVTT parsing algorithm (header, blank-line separated blocks, a timing line
// as the block's first or second line) and keeps only what the speaking figures need. Linear in the input.
import { isKnownBlockStart, isSignature, mayBecomeSignature } from './block-kinds.js';
import { createLineSplitter } from './line-splitter.js';
import { NotWebVttError } from './not-webvtt-error.js';
import { readCueTiming, type CueTiming } from './timestamp.js';
import type { ParsedTranscript, TranscriptCue, TranscriptWarning, WarningKind } from './types.js';
import { createVoiceNameReader, finishVoiceScan, scanVoiceLine, startVoiceScan } from './voice.js';

export type TranscriptParser = {
  /** Throws NotWebVttError as soon as the text cannot start with the WEBVTT signature. */
  write: (chunk: string) => void;
  end: () => ParsedTranscript;
};

/** How many warnings are kept with their line; all are counted. */
const KEPT_WARNINGS = 20;

export const createTranscriptParser = (): TranscriptParser => {
  const cues: TranscriptCue[] = [];
  const byKind: Record<WarningKind, number> = { 'reversed-cue': 0, 'unreadable-timing': 0, 'unknown-block': 0 };
  const firstWarnings: TranscriptWarning[] = [];
  // One string per speaker, however many cues name them.
  const speakerNames = new Map<string, string>();
  const readVoiceName = createVoiceNameReader();
  let mode: 'signature' | 'header' | 'between' | 'block' = 'signature';
  let lineNumber = 0;
  let scannedChars = 0;
  let hasStarted = false;

  // The block being read.
  let blockLines = 0;
  let blockStartLine = 0;
  let hasArrow = false;
  let isKnownBlock = false;
  let cue: CueTiming | null = null;
  let voice = startVoiceScan();

  const warn = (kind: WarningKind, line: number): void => {
    byKind[kind] += 1;
    if (firstWarnings.length < KEPT_WARNINGS) firstWarnings.push({ kind, line });
  };

  const containsArrow = (line: string): boolean => {
    scannedChars += line.length;
    return line.includes('-->');
  };

  const startBlock = (): void => {
    blockLines = 0;
    blockStartLine = lineNumber;
    hasArrow = false;
    isKnownBlock = false;
    cue = null;
  };

  const internSpeaker = (name: string): string => {
    const known = speakerNames.get(name);
    if (known !== undefined) return known;
    speakerNames.set(name, name);
    return name;
  };

  const finishBlock = (): void => {
    if (cue) {
      const name = finishVoiceScan(voice);
      cues.push({ startMs: cue.startMs, endMs: cue.endMs, speaker: name === null ? null : internSpeaker(name) });
    } else if (!hasArrow && !isKnownBlock) {
      warn('unknown-block', blockStartLine);
    }
    cue = null;
  };

  const openCue = (line: string): void => {
    hasArrow = true;
    scannedChars += line.length;
    const timing = readCueTiming(line);
    if (!timing) return warn('unreadable-timing', lineNumber);
    if (timing.endMs < timing.startMs) return warn('reversed-cue', lineNumber);
    cue = timing;
    voice = startVoiceScan();
  };

  const readBlockLine = (line: string): void => {
    if (line === '') {
      finishBlock();
      mode = 'between';
      return;
    }
    blockLines += 1;
    if (containsArrow(line)) {
      // A timing line may only be a block's first line, or its second after a cue id; any later one starts a new block.
      if (!hasArrow && blockLines <= 2) return openCue(line);
      finishBlock();
      startBlock();
      return readBlockLine(line);
    }
    if (blockLines === 1) isKnownBlock = isKnownBlockStart(line);
    if (cue) scannedChars += scanVoiceLine(voice, line, readVoiceName);
  };

  const readLine = (line: string): void => {
    lineNumber += 1;
    if (mode === 'signature') {
      if (!isSignature(line)) throw new NotWebVttError(line);
      mode = 'header';
    } else if (mode === 'header') {
      // Header fields run to the first blank line; a timing line also ends them (as in the WebVTT algorithm).
      if (line === '') mode = 'between';
      else if (containsArrow(line)) {
        mode = 'block';
        startBlock();
        readBlockLine(line);
      }
    } else if (mode === 'between') {
      if (line === '') return;
      mode = 'block';
      startBlock();
      readBlockLine(line);
    } else {
      readBlockLine(line);
    }
  };

  const lines = createLineSplitter(readLine);

  const write = (text: string): void => {
    let chunk = text;
    if (!hasStarted && chunk.length > 0) {
      hasStarted = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    lines.write(chunk);
    // Reject a long first line (a binary file, say) without waiting for its end.
    if (mode === 'signature' && !mayBecomeSignature(lines.pending().slice(0, 7))) throw new NotWebVttError(lines.pending().slice(0, 40));
  };

  const end = (): ParsedTranscript => {
    lines.end();
    if (mode === 'signature') throw new NotWebVttError('');
    if (mode === 'block') finishBlock();
    mode = 'between';
    const count = byKind['reversed-cue'] + byKind['unreadable-timing'] + byKind['unknown-block'];
    return {
      cues,
      warnings: { count, byKind: { ...byKind }, first: [...firstWarnings] },
      stats: { lines: lineNumber, scannedChars: scannedChars + lines.scanned() },
    };
  };

  return { write, end };
};

/** The whole transcript at once; the same result as writing it in any chunks. */
export const parseTranscript = (vtt: string): ParsedTranscript => {
  const parser = createTranscriptParser();
  parser.write(vtt);
  return parser.end();
};
