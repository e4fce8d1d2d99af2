// WebVTT timestamps and timing lines, scanned by hand: `[H…:]MM:SS[.f]` with 1–2 digit minute and second fields and a
// 1–3 digit fraction. Hand-written so that reading a line costs one pass over it, whatever it contains.

export type CueTiming = { startMs: number; endMs: number };

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 12;

/** Reads the digits at `from`; `end` is where they stop (equal to `from` when there are none). */
const readDigits = (line: string, from: number): { value: number; end: number } => {
  let value = 0;
  let end = from;
  while (end < line.length && isDigit(line.charCodeAt(end))) {
    value = value * 10 + (line.charCodeAt(end) - 48);
    end += 1;
  }
  return { value, end };
};

const digitAt = (line: string, at: number): number => {
  const code = line.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};

/**
 * The common case, `HH:MM:SS.mmm` exactly (every Teams cue), read in one go; -1 when the text is anything else (the
 * general reader below then decides, so both give the same answer for every input).
 */
const readTeamsTimestamp = (line: string, from: number): number => {
  if (line.charCodeAt(from + 2) !== 58 || line.charCodeAt(from + 5) !== 58 || line.charCodeAt(from + 8) !== 46 || digitAt(line, from + 12) >= 0) return -1;
  const h1 = digitAt(line, from), h2 = digitAt(line, from + 1), m1 = digitAt(line, from + 3), m2 = digitAt(line, from + 4);
  const s1 = digitAt(line, from + 6), s2 = digitAt(line, from + 7), f1 = digitAt(line, from + 9), f2 = digitAt(line, from + 10), f3 = digitAt(line, from + 11);
  if ((h1 | h2 | m1 | m2 | s1 | s2 | f1 | f2 | f3) < 0 || m1 > 5 || s1 > 5) return -1;
  return (((h1 * 10 + h2) * 60 + m1 * 10 + m2) * 60 + s1 * 10 + s2) * 1000 + f1 * 100 + f2 * 10 + f3;
};

/**
 * The timestamp starting at `from`: its value in milliseconds and where it ends, or null if it is not one.
 * Minutes and seconds must be at most 59 (as in the WebVTT spec); hours may have any number of digits, but a value
 * beyond Number.MAX_SAFE_INTEGER ms is refused so that every later sum stays an exact integer.
 */
export const readTimestamp = (line: string, from: number): { ms: number; end: number } | null => {
  const fixed = readTeamsTimestamp(line, from);
  if (fixed >= 0) return { ms: fixed, end: from + 12 };
  // Up to three colon-separated fields; the last two are minutes and seconds.
  const first = readDigits(line, from);
  if (first.end === from || line.charCodeAt(first.end) !== 58 /* : */) return null;
  const second = readDigits(line, first.end + 1);
  if (second.end === first.end + 1) return null;
  let hours = 0;
  let minutes = first;
  let seconds = second;
  let minutesFrom = from;
  let secondsFrom = first.end + 1;
  if (line.charCodeAt(second.end) === 58) {
    const third = readDigits(line, second.end + 1);
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
  if (line.charCodeAt(position) === 46 /* . */) {
    const fraction = readDigits(line, position + 1);
    const width = fraction.end - position - 1;
    if (width < 1 || width > 3) return null;
    // Right-padded: ".5" is 500 ms, ".05" is 50 ms.
    fractionMs = fraction.value * (width === 1 ? 100 : width === 2 ? 10 : 1);
    position = fraction.end;
  }
  const ms = ((hours * 60 + minutes.value) * 60 + seconds.value) * 1000 + fractionMs;
  return Number.isSafeInteger(ms) ? { ms, end: position } : null;
};

/** `start --> end [settings]`: the two timestamps, or null. Cue settings after the end are accepted and ignored. */
export const readCueTiming = (line: string): CueTiming | null => {
  // Teams writes every timing line as `HH:MM:SS.mmm --> HH:MM:SS.mmm`: read that shape directly.
  if (line.charCodeAt(12) === 32 && line.charCodeAt(16) === 32 && line.startsWith('-->', 13) && (line.length === 29 || isBlank(line.charCodeAt(29)))) {
    const startMs = readTeamsTimestamp(line, 0);
    const endMs = startMs < 0 ? -1 : readTeamsTimestamp(line, 17);
    if (endMs >= 0) return { startMs, endMs };
  }
  let position = 0;
  while (position < line.length && isBlank(line.charCodeAt(position))) position += 1;
  const start = readTimestamp(line, position);
  if (!start) return null;
  position = start.end;
  while (position < line.length && isBlank(line.charCodeAt(position))) position += 1;
  if (!line.startsWith('-->', position)) return null;
  position += 3;
  while (position < line.length && isBlank(line.charCodeAt(position))) position += 1;
  const end = readTimestamp(line, position);
  if (!end) return null;
  // Settings must be separated from the end timestamp, else "00:01.000x" would pass as a timestamp.
  if (end.end < line.length && !isBlank(line.charCodeAt(end.end))) return null;
  return { startMs: start.ms, endMs: end.ms };
};
