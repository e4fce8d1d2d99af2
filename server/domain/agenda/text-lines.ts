// A plain-text invite as lines: indentation gives list depth, a short line ending in a colon is a heading.
import { splitLines } from '../invite/line-breaks';
import { readLine } from './read-line';
import type { AgendaLine } from './types';

const MAX_HEADING_LENGTH = 60;

/** Leading spaces and tabs, a tab counting as four: deeper-indented list lines are sub-items. */
const measureIndent = (text: string): number => {
  let width = 0;
  for (const char of text) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4;
    else break;
  }
  return Math.floor(width / 2);
};

export const readTextLines = (text: string): AgendaLine[] =>
  [...splitLines(text)].map(({ start, end }) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    const isHeading = trimmed.length <= MAX_HEADING_LENGTH && trimmed.endsWith(':');
    return readLine({ raw, list: null, isHeading, indent: measureIndent(raw) }, 'marker');
  });
