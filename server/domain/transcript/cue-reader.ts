// The streaming WebVTT reader under parseTranscript and analyzeTranscript: feed it chunks (or one string), and it
// adds each cue — its times and its speaker — to cue columns as soon as the cue's block ends. It follows the block structure of
// the WebVTT parsing algorithm (header, blank-line separated blocks, a timing line as the block's first or second line)
// and keeps only what the speaking figures need. Linear in the input. Lines are read in place, as ranges of the
// chunk; only a line that spans two chunks is pieced together.
import { isKnownBlockStart, isSignature, mayBecomeSignature } from './block-kinds.js';
import { addCue, type CueColumns } from './cue-columns.js';
import { CR, findFrom, findLoneCr, LF, lineEndAt, searched } from './line-breaks.js';
import { NotWebVttError } from './not-webvtt-error.js';
import type { TimingReading } from './teams-timing.js';
import { readCueTimingInto } from './timestamp.js';
import type { ParsedTranscript } from './types.js';
import { createVoiceScanner } from './voice.js';
import { createWarningTally } from './warning-tally.js';

export type CueReader = {
  /** Throws NotWebVttError as soon as the text cannot start with the WEBVTT signature. */
  write: (chunk: string) => void;
  /** Adds the last cue; what else there is to know about the reading. */
  end: () => Omit<ParsedTranscript, 'cues'>;
};

/** Where the reading is in the file's structure, carried from one chunk to the next. */
type ReadingState = {
  mode: 'signature' | 'header' | 'between' | 'block';
  lineNumber: number;
  /** The block being read: how many lines so far, and the number of its first. */
  blockLines: number;
  blockStartLine: number;
  /** It had a timing line; it is a NOTE, STYLE or REGION block; its timing line opened a cue. */
  hasArrow: boolean;
  isKnownBlock: boolean;
  isCueOpen: boolean;
  scannedChars: number;
};

/** Reads cues into `columns`, in file order; reversed and unreadable cues are left out (and warned about). */
export const createCueReader = (columns: CueColumns): CueReader => {
  const warnings = createWarningTally();
  const voice = createVoiceScanner();
  // The open cue's times: one object, reused for every timing line.
  const timing: TimingReading = { at: 0, startMs: 0, endMs: 0 };
  const state: ReadingState = {
    mode: 'signature',
    lineNumber: 0,
    blockLines: 0,
    blockStartLine: 0,
    hasArrow: false,
    isKnownBlock: false,
    isCueOpen: false,
    scannedChars: 0,
  };
  // The start of a line whose break has not arrived yet: `pendingText` from `pendingFrom` on, then `pendingPieces`
  // when it spans more chunks. The first piece is kept as a range of its chunk rather than copied out, so that a
  // text's last line is read in the text itself: the reading loop then sees few kinds of string (each kind it sees
  // makes its every character read slower). The pieces are joined once, when the line is complete.
  let pendingText = '';
  let pendingFrom = 0;
  let pendingPieces: string[] = [];
  const hasPending = (): boolean => pendingFrom < pendingText.length;
  /** The pending line as one string: joined, not concatenated with `+`, which would make a rope, one more kind of string. */
  const joinPending = (last = ''): string => [pendingText.slice(pendingFrom), ...pendingPieces, last].join('');
  const clearPending = (): void => {
    [pendingText, pendingFrom, pendingPieces] = ['', 0, []];
  };
  let isAfterCr = false;
  let hasStarted = false;
  let isSignatureChecked = false;

  /** The block just ended gives its cue, or a warning if it was neither a cue nor a NOTE, STYLE or REGION block. */
  const finishBlock = (isCueOpen: boolean, hasArrow: boolean, isKnownBlock: boolean, blockStartLine: number): void => {
    if (isCueOpen) {
      // The columns keep one string per speaker, however many cues name them.
      addCue(columns, timing.startMs, timing.endMs, voice.finish());
    } else if (!hasArrow && !isKnownBlock) {
      warnings.warn('unknown-block', blockStartLine);
    }
  };

  /** Reads a timing line into `timing`: whether it opens a cue (if not, it is warned about and its block skipped). */
  const openCue = (text: string, start: number, end: number, lineNumber: number): boolean => {
    if (!readCueTimingInto(text, start, end, timing)) {
      warnings.warn('unreadable-timing', lineNumber);
      return false;
    }
    if (timing.endMs < timing.startMs) {
      warnings.warn('reversed-cue', lineNumber);
      return false;
    }
    voice.restart();
    return true;
  };

  /**
   * Reads the lines of `text` from `from`: each line that ends in it, and the last one too when `isTextEnd`; else an
   * unfinished last line is left pending. This loop runs once per line of a transcript, so while it runs its state
   * lives in local variables, which the engine keeps in registers (closure variables go through memory every time).
   */
  const readLines = (text: string, from: number, isTextEnd: boolean): void => {
    let mode = state.mode;
    let lineNumber = state.lineNumber;
    let blockLines = state.blockLines;
    let blockStartLine = state.blockStartLine;
    let hasArrow = state.hasArrow;
    let isKnownBlock = state.isKnownBlock;
    let isCueOpen = state.isCueOpen;
    let scannedChars = state.scannedChars;
    const length = text.length;
    // The next LF, lone CR and `-->`, each searched for again only once passed (-1: not yet searched).
    let nextLf = -1;
    let nextLoneCr = -1;
    let nextArrow = -1;
    let position = from;
    while (position < length) {
      const start = position;
      let lineBreak = start;
      let end = start;
      const first = text.charCodeAt(start);
      if (first !== LF && first !== CR) {
        if (nextLf < start) {
          nextLf = findFrom(text, '\n', start);
          scannedChars += searched(start, nextLf, length);
        }
        if (nextLoneCr < start) {
          nextLoneCr = findLoneCr(text, start);
          scannedChars += searched(start, nextLoneCr, length);
        }
        lineBreak = nextLf < nextLoneCr ? nextLf : nextLoneCr;
        if (lineBreak === length && !isTextEnd) break;
        // The CR of a CRLF is no part of the line.
        end = lineBreak === nextLf && text.charCodeAt(lineBreak - 1) === CR ? lineBreak - 1 : lineBreak;
      } else if (first === CR && text.charCodeAt(start + 1) === LF) {
        // A blank line (every block ends with one) needs no search.
        lineBreak = start + 1;
      }
      position = lineBreak + 1;
      // A CR ending the chunk: an LF starting the next one belongs to it.
      if (position === length && text.charCodeAt(lineBreak) === CR) isAfterCr = true;
      const isBlank = end === start;
      if (!isBlank && nextArrow < start) {
        nextArrow = findFrom(text, '-->', start);
        scannedChars += searched(start, nextArrow, length);
      }
      const isTiming = !isBlank && nextArrow < end;
      lineNumber += 1;

      if (mode !== 'block') {
        if (mode === 'between') {
          if (isBlank) continue;
        } else if (mode === 'header') {
          // Header fields run to the first blank line; a timing line also ends them (as in the WebVTT algorithm).
          if (isBlank) mode = 'between';
          if (!isTiming) continue;
        } else {
          if (!isSignature(text, start, end)) throw new NotWebVttError(text.slice(start, end));
          mode = 'header';
          continue;
        }
        mode = 'block';
        blockLines = 0;
        blockStartLine = lineNumber;
        hasArrow = false;
        isKnownBlock = false;
        isCueOpen = false;
      }
      if (isBlank) {
        finishBlock(isCueOpen, hasArrow, isKnownBlock, blockStartLine);
        isCueOpen = false;
        mode = 'between';
      } else if (isTiming) {
        // A timing line may only be a block's first line, or its second after a cue id; any later one starts a new block.
        if (hasArrow || blockLines >= 2) {
          finishBlock(isCueOpen, hasArrow, isKnownBlock, blockStartLine);
          blockLines = 0;
          blockStartLine = lineNumber;
          isKnownBlock = false;
        }
        blockLines += 1;
        hasArrow = true;
        scannedChars += end - start;
        isCueOpen = openCue(text, start, end, lineNumber);
      } else {
        blockLines += 1;
        if (blockLines === 1) isKnownBlock = isKnownBlockStart(text, start, end);
        if (isCueOpen) scannedChars += voice.readLine(text, start, end);
      }
    }
    if (position < length) {
      pendingText = text;
      pendingFrom = position;
    }
    state.mode = mode;
    state.lineNumber = lineNumber;
    state.blockLines = blockLines;
    state.blockStartLine = blockStartLine;
    state.hasArrow = hasArrow;
    state.isKnownBlock = isKnownBlock;
    state.isCueOpen = isCueOpen;
    state.scannedChars = scannedChars;
  };

  /** Ends the pending line with the start of `chunk`, if its break is there; returns where to read on. */
  const finishPendingLine = (chunk: string, from: number): number => {
    const nextLf = findFrom(chunk, '\n', from);
    const nextLoneCr = findLoneCr(chunk, from);
    state.scannedChars += searched(from, nextLf, chunk.length) + searched(from, nextLoneCr, chunk.length);
    const lineBreak = nextLf < nextLoneCr ? nextLf : nextLoneCr;
    if (lineBreak === chunk.length) {
      pendingPieces.push(chunk.slice(from));
      return chunk.length;
    }
    const lineEnd = lineEndAt(chunk, from, lineBreak);
    if (lineEnd === from && pendingPieces.length === 0) {
      // The chunk brings only the break: the line is read where it lies.
      const [text, textFrom] = [pendingText, pendingFrom];
      clearPending();
      readLines(text, textFrom, true);
    } else {
      const line = joinPending(chunk.slice(from, lineEnd));
      clearPending();
      readLines(line, 0, true);
    }
    if (lineBreak === chunk.length - 1 && chunk.charCodeAt(lineBreak) === CR) isAfterCr = true;
    return lineBreak + 1;
  };

  const write = (chunk: string): void => {
    let from = 0;
    if (!hasStarted && chunk.length > 0) {
      hasStarted = true;
      if (chunk.charCodeAt(0) === 0xfeff) from = 1;
    }
    if (isAfterCr && from < chunk.length) {
      isAfterCr = false;
      if (chunk.charCodeAt(from) === LF) from += 1;
    }
    if (hasPending() && from < chunk.length) from = finishPendingLine(chunk, from);
    if (from < chunk.length) readLines(chunk, from, false);
    // Reject a long first line (a binary file, say) without waiting for its end. Once seven characters of it are
    // known to fit, the rest cannot change that: no need to look at the growing line again.
    if (state.mode === 'signature' && !isSignatureChecked) {
      const head = joinPending().slice(0, 40);
      if (!mayBecomeSignature(head.slice(0, 7))) throw new NotWebVttError(head);
      isSignatureChecked = head.length >= 7;
    }
  };

  const end = (): Omit<ParsedTranscript, 'cues'> => {
    if (hasPending()) {
      const [text, textFrom] = pendingPieces.length === 0 ? [pendingText, pendingFrom] : [joinPending(), 0];
      clearPending();
      readLines(text, textFrom, true);
    }
    if (state.mode === 'signature') throw new NotWebVttError('');
    if (state.mode === 'block') finishBlock(state.isCueOpen, state.hasArrow, state.isKnownBlock, state.blockStartLine);
    state.mode = 'between';
    state.isCueOpen = false;
    return { warnings: warnings.summary(), stats: { lines: state.lineNumber, scannedChars: state.scannedChars } };
  };

  return { write, end };
};
