// The Teams "meeting blob": the join link, dial-in and meeting options that Outlook puts between two rules of
// underscores. Microsoft warns that removing it disables the online meeting, so the service checks it is unchanged
// after every rewrite. Our own check-in block is skipped: an organizer's question may well contain underscores.
import { locateCheckinBlocks } from './checkin-block';
import { splitLines } from './line-breaks';
import { createRangeTest } from './ranges';
import { createForwardSearch, scanHtml } from './scan-html';
import type { InviteBody, MeetingBlob, TextRange } from './types';

/** Sixteen underscores: Outlook's rules are longer (80), and shorter runs are ordinary text. */
export const RULE_MARK = '________________';

/** Outlook wraps each rule in a <div>; Word, when the organizer edited the invite in Outlook for Windows, in a <p>. */
const RULE_ELEMENTS = new Set(['div', 'p']);

/** How far down the open elements an end tag looks for its start; bounds the work per tag on broken markup. */
const MAX_CLOSE_SEARCH = 32;

type OpenElement = { name: string; start: number };

const closeElement = (open: OpenElement[], name: string): boolean => {
  for (let i = open.length - 1; i >= 0 && i >= open.length - MAX_CLOSE_SEARCH; i--) {
    if (open[i]?.name === name) {
      open.length = i;
      return true;
    }
  }
  return false;
};

const countUnderscores = (text: string, from: number): number => {
  let i = from;
  while (text.charCodeAt(i) === 95) i++;
  return i - from;
};

const toBlob = (content: string, start: number, end: number): MeetingBlob => ({ start, end, content: content.slice(start, end) });

/**
 * In HTML a rule is the element that holds nothing but the underscores (Outlook's shape); when the underscores share
 * their element with other text, the rule is the underscores themselves.
 */
const findHtmlBlob = (html: string, skip: readonly TextRange[]): MeetingBlob | null => {
  const nextRule = createForwardSearch(html, RULE_MARK);
  const isSkipped = createRangeTest(skip);
  const open: OpenElement[] = [];
  let lastTextEnd = 0;
  let firstStart = -1;
  /** A rule's element, from when its underscores are seen until it closes. */
  let openRule: { depth: number; isSecond: boolean } | null = null;
  for (const token of scanHtml(html)) {
    if (isSkipped(token.start)) continue;
    if (token.kind === 'startTag' && RULE_ELEMENTS.has(token.name)) open.push({ name: token.name, start: token.start });
    if (token.kind === 'endTag' && RULE_ELEMENTS.has(token.name) && closeElement(open, token.name) && openRule && open.length <= openRule.depth) {
      if (openRule.isSecond) return toBlob(html, firstStart, token.end);
      openRule = null;
    }
    if (token.kind !== 'text') continue;
    const rule = nextRule(token.start);
    if (rule < 0 && !openRule) return null;
    if (!openRule && rule >= 0 && rule < token.end) {
      const element = open[open.length - 1];
      const isOwnElement = element !== undefined && element.start >= lastTextEnd && html.slice(token.start, rule).trim() === '';
      if (firstStart < 0) firstStart = isOwnElement ? element.start : rule;
      else if (!isOwnElement) return toBlob(html, firstStart, rule + countUnderscores(html, rule));
      if (isOwnElement) openRule = { depth: open.length - 1, isSecond: firstStart !== element.start };
    }
    if (html.slice(token.start, token.end).trim() !== '') lastTextEnd = token.end;
  }
  return openRule?.isSecond ? toBlob(html, firstStart, html.length) : null;
};

/** In plain text a rule is a line with the underscores; the blob runs from the first such line to the end of the second. */
const findTextBlob = (text: string, skip: readonly TextRange[]): MeetingBlob | null => {
  const nextRule = createForwardSearch(text, RULE_MARK);
  const isSkipped = createRangeTest(skip);
  let firstStart = -1;
  for (const line of splitLines(text)) {
    const rule = nextRule(line.start);
    if (rule < 0) return null;
    if (rule >= line.end || isSkipped(line.start)) continue;
    if (firstStart < 0) firstStart = line.start;
    else return toBlob(text, firstStart, line.end);
  }
  return null;
};

/** The Teams meeting blob of an invite, or null when the body has none (not an online meeting, or it was removed). */
export const findMeetingBlob = (body: InviteBody): MeetingBlob | null => {
  const skip = locateCheckinBlocks(body).map((block) => block.range);
  return body.contentType === 'html' ? findHtmlBlob(body.content, skip) : findTextBlob(body.content, skip);
};
