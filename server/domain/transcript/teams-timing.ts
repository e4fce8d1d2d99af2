// The timestamps of a timing line as Teams writes them, `HH:MM:SS.mmm --> HH:MM:SS.mmm`, read in one pass without
// allocating: every cue has such a line, so this is the parser's hottest code. On anything else these readers give
// up (-1, false) and the general reader in timestamp.ts decides. What they accept the general reader accepts too, with
// the same value, so the answer for a line never depends on which reader took it.

/** Where a reading stands: `at` is moved past what was read; the line's two timestamps once both are read. */
export type TimingReading = { at: number; startMs: number; endMs: number };

/** More hour digits than this (absurd, or hostile) are left to the general reader, which refuses unsafe values. */
const MAX_HOUR_DIGITS = 6;

/** The value of the digit at `at` (which must lie in the string); above 9 for any other character, without a branch. */
const digitAt = (text: string, at: number): number => (text.charCodeAt(at) - 48) >>> 0;

/**
 * `H…:MM:SS.mmm` at `reading.at`, not followed by another digit: 1–6 hour digits (Teams writes two, more past 99
 * hours), then exactly two minute, two second and three fraction digits. Its value in ms, with `reading.at` moved past
 * it; -1 (and `reading.at` unchanged) when the text there has another shape.
 */
export const readClockTime = (text: string, reading: TimingReading, end: number): number => {
  const from = reading.at;
  const hoursLimit = Math.min(end, from + MAX_HOUR_DIGITS + 1);
  let at = from;
  let hours = 0;
  for (; at < hoursLimit; at++) {
    const digit = digitAt(text, at);
    if (digit > 9) break;
    hours = hours * 10 + digit;
  }
  const after = at + 10;
  if (at === from || at - from > MAX_HOUR_DIGITS || after > end) return -1;
  if (text.charCodeAt(at) !== 58 /* : */ || text.charCodeAt(at + 3) !== 58 || text.charCodeAt(at + 6) !== 46 /* . */) return -1;
  const m1 = digitAt(text, at + 1), m2 = digitAt(text, at + 2), s1 = digitAt(text, at + 4), s2 = digitAt(text, at + 5);
  const f1 = digitAt(text, at + 7), f2 = digitAt(text, at + 8), f3 = digitAt(text, at + 9);
  if (m1 > 5 || m2 > 9 || s1 > 5 || s2 > 9 || f1 > 9 || f2 > 9 || f3 > 9) return -1;
  if (after < end && digitAt(text, after) <= 9) return -1;
  reading.at = after;
  return ((hours * 60 + m1 * 10 + m2) * 60 + s1 * 10 + s2) * 1000 + f1 * 100 + f2 * 10 + f3;
};

const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 12;

/** ` --> ` between the timestamps, as Teams writes it; compared by code, which costs less than startsWith here. */
const isTeamsArrowAt = (text: string, at: number): boolean =>
  text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 45 && text.charCodeAt(at + 2) === 45 && text.charCodeAt(at + 3) === 62 && text.charCodeAt(at + 4) === 32;

/** `[from, end)` of `text` is `start --> end`, then nothing or blank-separated settings: both times into `reading`. */
export const readTeamsTiming = (text: string, from: number, end: number, reading: TimingReading): boolean => {
  reading.at = from;
  const startMs = readClockTime(text, reading, end);
  const arrow = reading.at;
  if (startMs < 0 || arrow + 5 > end || !isTeamsArrowAt(text, arrow)) return false;
  reading.at = arrow + 5;
  const endMs = readClockTime(text, reading, end);
  if (endMs < 0 || (reading.at < end && !isBlank(text.charCodeAt(reading.at)))) return false;
  reading.startMs = startMs;
  reading.endMs = endMs;
  return true;
};
