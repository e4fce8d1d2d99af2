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

/**
 * The timestamp starting at `from`: its value in milliseconds and where it ends, or null if it is not one.
 * Minutes and seconds must be at most 59 (as in the WebVTT spec); hours may have any number of digits, but a value
 * beyond Number.MAX_SAFE_INTEGER ms is refused so that every later sum stays an exact integer.
 */
export const readTimestamp = (line: string, from: number): { ms: number; end: number } | null => {
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
