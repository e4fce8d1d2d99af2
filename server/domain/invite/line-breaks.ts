// Line breaks as invite bodies carry them: Exchange stores CRLF, hand-written bodies often LF, old ones a lone CR.

export type Newline = '\r\n' | '\n';

/** The body's own line break, so an inserted block looks native; Exchange's CRLF when the body has none. */
export const detectNewline = (text: string): Newline => (text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r\n');

/** The length of the line break starting at `at` (CRLF, LF or CR), or 0. */
export const lineBreakLength = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  if (code === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return code === 10 ? 1 : 0;
};

/** `at` moved past at most `count` consecutive line breaks. */
export const skipLineBreaks = (text: string, at: number, count: number): number => {
  let position = at;
  for (let i = 0; i < count; i++) {
    const length = lineBreakLength(text, position);
    if (length === 0) break;
    position += length;
  }
  return position;
};

export type Line = { start: number; end: number; breakEnd: number };

/**
 * Every line of `text` from `from`: `end` excludes its line break, `breakEnd` includes it. A byte order mark at the
 * very start is not part of the first line.
 */
export function* splitLines(text: string, from = 0): Generator<Line> {
  const length = text.length;
  let start = from === 0 && text.startsWith('\ufeff') ? 1 : from;
  let i = start;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      const breakEnd = i + lineBreakLength(text, i);
      yield { start, end: i, breakEnd };
      start = i = breakEnd;
    } else {
      i++;
    }
  }
  if (start < length || i === from) yield { start, end: length, breakEnd: length };
}
