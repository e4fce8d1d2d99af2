// WebVTT timestamps and timing lines, scanned by hand: `[H…:]MM:SS[.f]` with 1–2 digit minute and second fields and a
// 1–3 digit fraction. Hand-written so that reading a line costs one pass over it, whatever it contains. A line is read
// where it lies, `[from, end)` of a larger text, so that the parser never copies it out.

import { readClockTime, readTeamsTiming, type TimingReading } from './teams-timing.js';

export type CueTiming = { startMs: number; endMs: number };

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 12;

/** Reads the digits at `from`, up to `limit`; `end` is where they stop (equal to `from` when there are none). */
const readDigits = (line: string, from: number, limit: number): { value: number; end: number } => {
  let value = 0;
  let end = from;
  while (end < limit && isDigit(line.charCodeAt(end))) {
    value = value * 10 + (line.charCodeAt(end) - 48);
    end += 1;
  }
  return { value, end };
};

/** The character code at `at`, or -1 past the end of the line (whatever the larger text holds there). */
const codeAt = (line: string, at: number, end: number): number => (at < end ? line.charCodeAt(at) : -1);

/**
 * The timestamp starting at `from`: its value in milliseconds and where it ends, or null if it is not one.
 * Minutes and seconds must be at most 59 (as in the WebVTT spec); hours may have any number of digits, but a value
 * beyond Number.MAX_SAFE_INTEGER ms is refused so that every later sum stays an exact integer.
 */
export const readTimestamp = (line: string, from: number, end = line.length): { ms: number; end: number } | null => {
  const reading: TimingReading = { at: from, startMs: 0, endMs: 0 };
  const fast = readClockTime(line, reading, end);
  if (fast >= 0) return { ms: fast, end: reading.at };
  // Up to three colon-separated fields; the last two are minutes and seconds.
  const first = readDigits(line, from, end);
  if (first.end === from || codeAt(line, first.end, end) !== 58 /* : */) return null;
  const second = readDigits(line, first.end + 1, end);
  if (second.end === first.end + 1) return null;
  let hours = 0;
  let minutes = first;
  let seconds = second;
  let minutesFrom = from;
  let secondsFrom = first.end + 1;
  if (codeAt(line, second.end, end) === 58) {
    const third = readDigits(line, second.end + 1, end);
    if (third.end === second.end + 1) return null;
    hours = first.value;
    minutes = second;
    seconds = third;
    minutesFrom = first.end + 1;
    secondsFrom = second.end + 1;
  }
  if (minutes.end - minutesFrom > 2 || seconds.end - secondsFrom > 2 || minutes.value > 59 || seconds.value > 59) return null;
  let position = seconds.end;
  let fractionMs = 0;
  if (codeAt(line, position, end) === 46 /* . */) {
    const fraction = readDigits(line, position + 1, end);
    const width = fraction.end - position - 1;
    if (width < 1 || width > 3) return null;
    // Right-padded: ".5" is 500 ms, ".05" is 50 ms.
    fractionMs = fraction.value * (width === 1 ? 100 : width === 2 ? 10 : 1);
    position = fraction.end;
  }
  const ms = ((hours * 60 + minutes.value) * 60 + seconds.value) * 1000 + fractionMs;
  return Number.isSafeInteger(ms) ? { ms, end: position } : null;
};

/**
 * `start --> end [settings]` in `[from, end)` of `text`: true with the two timestamps in `reading`, or false. Cue
 * settings after the end are accepted and ignored.
 */
export const readCueTimingInto = (text: string, from: number, end: number, reading: TimingReading): boolean => {
  if (readTeamsTiming(text, from, end, reading)) return true;
  let position = from;
  while (position < end && isBlank(text.charCodeAt(position))) position += 1;
  const start = readTimestamp(text, position, end);
  if (!start) return false;
  position = start.end;
  while (position < end && isBlank(text.charCodeAt(position))) position += 1;
  if (!text.startsWith('-->', position) || position + 3 > end) return false;
  position += 3;
  while (position < end && isBlank(text.charCodeAt(position))) position += 1;
  const stop = readTimestamp(text, position, end);
  if (!stop) return false;
  // Settings must be separated from the end timestamp, else "00:01.000x" would pass as a timestamp.
  if (stop.end < end && !isBlank(text.charCodeAt(stop.end))) return false;
  reading.startMs = start.ms;
  reading.endMs = stop.ms;
  return true;
};

/** `readCueTimingInto` for one line (the whole of `text` by default): the two timestamps, or null. */
export const readCueTiming = (text: string, from = 0, end = text.length): CueTiming | null => {
  const reading: TimingReading = { at: from, startMs: 0, endMs: 0 };
  return readCueTimingInto(text, from, end, reading) ? { startMs: reading.startMs, endMs: reading.endMs } : null;
};
