// What the first line of the file, and of each block, says the text is: the WEBVTT signature, or a block that is
// expected and skipped (NOTE, STYLE, REGION). Each keyword must be followed by a space, a tab or the line's end.

const startsWithKeyword = (line: string, keyword: string): boolean =>
  line.startsWith(keyword) && (line.length === keyword.length || line[keyword.length] === ' ' || line[keyword.length] === '\t');

/** "WEBVTT" alone or followed by a space or tab (then anything): the first line of every WebVTT file. */
export const isSignature = (line: string): boolean => startsWithKeyword(line, 'WEBVTT');

/** Could the start of a first line still become the signature once more text arrives? */
export const mayBecomeSignature = (start: string): boolean =>
  start.length < 6 ? 'WEBVTT'.startsWith(start) : start.length === 6 ? start === 'WEBVTT' : isSignature(start);

/** NOTE, STYLE and REGION blocks are expected and skipped silently; any other block without a cue is warned about. */
export const isKnownBlockStart = (line: string): boolean =>
  startsWithKeyword(line, 'NOTE') || startsWithKeyword(line, 'STYLE') || startsWithKeyword(line, 'REGION');
