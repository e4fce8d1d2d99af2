// What the first line of the file, and of each block, says the text is: the WEBVTT signature, or a block that is
// expected and skipped (NOTE, STYLE, REGION). Each keyword must be followed by a space, a tab or the line's end.
// A line is `[start, end)` of a larger text, read in place.

const startsWithKeyword = (text: string, start: number, end: number, keyword: string): boolean => {
  const after = start + keyword.length;
  if (after > end || !text.startsWith(keyword, start)) return false;
  return after === end || text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9;
};

/** "WEBVTT" alone or followed by a space or tab (then anything): the first line of every WebVTT file. */
export const isSignature = (text: string, start = 0, end = text.length): boolean => startsWithKeyword(text, start, end, 'WEBVTT');

/** Could the start of a first line still become the signature once more text arrives? */
export const mayBecomeSignature = (start: string): boolean =>
  start.length < 6 ? 'WEBVTT'.startsWith(start) : start.length === 6 ? start === 'WEBVTT' : isSignature(start);

/** NOTE, STYLE and REGION blocks are expected and skipped silently; any other block without a cue is warned about. */
export const isKnownBlockStart = (text: string, start = 0, end = text.length): boolean => {
  // Every cue id is looked at: its first character settles most of them.
  const first = text.charCodeAt(start);
  if (first === 78 /* N */) return startsWithKeyword(text, start, end, 'NOTE');
  if (first === 83 /* S */) return startsWithKeyword(text, start, end, 'STYLE');
  return first === 82 /* R */ && startsWithKeyword(text, start, end, 'REGION');
};
