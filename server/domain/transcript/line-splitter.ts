// Lines out of a stream of text chunks, broken at CRLF, LF or lone CR as WebVTT requires — also when a chunk ends
// between the CR and the LF. Each character is searched for at most twice, whatever the chunk sizes.

export type LineSplitter = {
  write: (chunk: string) => void;
  /** Hands over the last line if the text did not end with a line break. */
  end: () => void;
  /** The start of a line still waiting for its break. */
  pending: () => string;
  /** Characters looked at so far. */
  scanned: () => number;
};

export const createLineSplitter = (onLine: (line: string) => void): LineSplitter => {
  let partial = '';
  let isAfterCr = false;
  let scannedChars = 0;

  const find = (chunk: string, char: string, from: number): number => {
    const at = chunk.indexOf(char, from);
    scannedChars += (at < 0 ? chunk.length : at + 1) - from;
    return at;
  };

  const write = (chunk: string): void => {
    let position = 0;
    if (isAfterCr && chunk.length > 0) {
      isAfterCr = false;
      if (chunk.charCodeAt(0) === 10) position = 1;
    }
    // The next LF and CR, each searched for again only once passed: a text without CRs is searched for one once.
    let nextLf = find(chunk, '\n', position);
    let nextCr = find(chunk, '\r', position);
    for (;;) {
      const lineBreak = nextLf < 0 ? nextCr : nextCr < 0 ? nextLf : Math.min(nextLf, nextCr);
      if (lineBreak < 0) break;
      const line = chunk.slice(position, lineBreak);
      onLine(partial === '' ? line : partial + line);
      partial = '';
      position = lineBreak + 1;
      if (lineBreak === nextCr) {
        if (position === chunk.length) isAfterCr = true;
        else if (chunk.charCodeAt(position) === 10) position += 1;
      }
      if (nextLf >= 0 && nextLf < position) nextLf = find(chunk, '\n', position);
      if (nextCr >= 0 && nextCr < position) nextCr = find(chunk, '\r', position);
    }
    if (position < chunk.length) partial += chunk.slice(position);
  };

  const end = (): void => {
    if (partial !== '') onLine(partial);
    partial = '';
  };

  return { write, end, pending: () => partial, scanned: () => scannedChars };
};
