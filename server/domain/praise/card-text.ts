// People's words inside an Adaptive Card, kept as the literal text they typed. The message sits in a TextRun, which
// Adaptive Cards never read as Markdown; what is left to defuse is Teams' own syntax that also works there: `<at>`
// mention tags (a matching tag would turn text into a mention) and `{{DATE(…)}}`/`{{TIME(…)}}` text functions. A
// WORD JOINER (U+2060, invisible, zero width) after `<` and between braces breaks those patterns while the text reads
// exactly the same. Card structure cannot be injected at all: texts are data bound into a template, never JSON text.

export const WORD_JOINER = '\u2060';

const MENTION_TAG_START = /<(?=\s*\/?\s*at(?![a-z0-9-]))/gi;
const DOUBLE_BRACE = /([{}])(?=\1)/g;

/** The text as it should show, with Teams' mention tags and text functions defused. */
export const literalCardText = (text: string): string =>
  text.replace(MENTION_TAG_START, `<${WORD_JOINER}`).replace(DOUBLE_BRACE, `$1${WORD_JOINER}`);

/** What a reader sees: the text without the invisible joiners (for tests and for comparing with what was typed). */
export const visibleText = (text: string): string => text.split(WORD_JOINER).join('');
