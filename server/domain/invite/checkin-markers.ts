// The markers that delimit Roundtable's check-in block, and how the organizer's text is made safe to place inside it.
//
// HTML bodies: the block sits between two comments and is one <div> with an id. Comments are invisible in every client
// and Exchange stores them as written (its own bodies carry `<!-- converted from text -->`); ids are what Outlook on
// the web keeps when its editor strips `class` and `data-*` attributes (office-js issues #5296, #817), and when it
// prefixes ids with `x_` in copies it still ends in ours. So the comments delimit the block exactly, and the id finds
// it when an editor dropped the comments. Plain-text bodies: a marker line before and after.

export const START_COMMENT = 'roundtable-checkin:start';
export const END_COMMENT = 'roundtable-checkin:end';

export const BLOCK_ID = 'roundtable-checkin';
export const QUESTION_ID = 'roundtable-checkin-question';
export const ANONYMOUS_ID = 'roundtable-checkin-anonymous';
export const NAMED_ID = 'roundtable-checkin-named';
export const HEADING_ID = 'roundtable-checkin-heading';

/** Ours, or ours as Outlook on the web rewrites ids in message copies (`x_` prefix). */
export const isOurId = (value: string | null, id: string): boolean => value === id || value === `x_${id}`;

export const TEXT_START = '[roundtable-checkin]';
/** Plain text has no hidden attributes, so the start line itself says that answers are anonymous. */
export const TEXT_START_ANONYMOUS = '[roundtable-checkin anonymous]';
export const TEXT_END = '[/roundtable-checkin]';

export type TextMarker = 'start' | 'startAnonymous' | 'end';

/** A marker line starts at its first column; trailing spaces (which mail systems add and strip) do not matter. */
export const readTextMarker = (line: string): TextMarker | null => {
  if (!line.startsWith('[')) return null;
  const marker = line.trimEnd();
  if (marker === TEXT_START) return 'start';
  if (marker === TEXT_START_ANONYMOUS) return 'startAnonymous';
  if (marker === TEXT_END) return 'end';
  return null;
};

// C0 and C1 controls other than tab, line feed, form feed and carriage return (which collapse as whitespace).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WHITESPACE_RUN = /\s+/g;

/**
 * The organizer's question (or a label) as the block shows it: one paragraph, control characters dropped, lone
 * surrogates replaced, whitespace collapsed. Reading a block back gives exactly this text.
 */
export const normalizeBlockText = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, '').replace(LONE_SURROGATE, '\ufffd').replace(WHITESPACE_RUN, ' ').trim();

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML character data: no tag, comment or marker can start or end inside it. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);

/** A content line of a text block that would read as a marker is indented by one space (reading trims it). */
export const escapeTextLine = (line: string): string => (readTextMarker(line) === null ? line : ` ${line}`);
