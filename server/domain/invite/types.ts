// The shapes the invite-body merge reads and returns.

/** An event body as Graph and Office.js hand it over. */
export type InviteBody = { contentType: 'html' | 'text'; content: string };

/** The texts of the block in the invite's language (the service takes them from the i18n catalogue). */
export type CheckinBlockLabels = {
  /** The section's heading, e.g. "Check-in". */
  heading: string;
  /** Said under the question when answers are anonymous. */
  anonymous: string;
  /** Said under the question when answers carry people's names. */
  named: string;
};

/** What the block says: the question and whether answers are anonymous. */
export type InviteCheckin = { question: string; anonymous: boolean; labels: CheckinBlockLabels };

/** `[start, end)` offsets into a body's content. */
export type TextRange = { start: number; end: number };

/**
 * How a block was found: by its comment markers (as written), by its element id alone (an editor dropped the
 * comments), or by its marker lines (plain-text bodies).
 */
export type BlockDelimiter = 'comments' | 'element' | 'lines';

export type LocatedBlock = { range: TextRange; delimiter: BlockDelimiter };

/** A block read back from a body; `question` and `anonymous` are null when an editor rewrote the block's inside. */
export type CheckinBlock = LocatedBlock & { question: string | null; anonymous: boolean | null };

/** The Teams join section: from the first `________________` rule to the second, inclusive. */
export type MeetingBlob = TextRange & { content: string };
