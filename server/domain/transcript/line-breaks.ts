// Where lines end in WebVTT text: at CRLF, LF or a lone CR. The parser keeps the next LF, lone CR and `-->` of a chunk
// and searches again only once it has read past them, so that each character is searched for each of them once.
// Searches use indexOf, which runs natively and far faster than looking at characters one by one in JavaScript.

export const LF = 10;
export const CR = 13;

/** Where `target` next occurs in `text` from `from`, or `text.length`: then it is not looked for again in the text. */
export const findFrom = (text: string, target: string, from: number): number => {
  const at = text.indexOf(target, from);
  return at < 0 ? text.length : at;
};

/**
 * The next CR not followed by an LF, or `text.length`. A CR ending the text counts: in a stream, its LF may start the
 * next chunk. A text with CRLF breaks has a CR on every line, so this is one search per line; with LF breaks, one.
 */
export const findLoneCr = (text: string, from: number): number => {
  let at = text.indexOf('\r', from);
  while (at >= 0 && text.charCodeAt(at + 1) === LF) at = text.indexOf('\r', at + 2);
  return at < 0 ? text.length : at;
};

/** How many characters a search from `from` that stopped at `at` (`length`: found nothing) looked at. */
export const searched = (from: number, at: number, length: number): number => (at < length ? at + 1 : length) - from;

/** The end of the line that starts at `start` and breaks at `lineBreak`: the CR of a CRLF is no part of it. */
export const lineEndAt = (text: string, start: number, lineBreak: number): number =>
  lineBreak > start && text.charCodeAt(lineBreak) === LF && text.charCodeAt(lineBreak - 1) === CR ? lineBreak - 1 : lineBreak;
