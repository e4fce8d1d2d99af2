// An HTML invite as lines a reader sees: block elements and <br> break lines, list items know their list and depth,
// headings and lines in bold are marked, <head>, style sheets and scripts are skipped, entities decoded.
import { readAttribute, scanHtml } from '../invite/scan-html';
import { decodeEntities } from '../transcript/entities';
import { readLine, type LineFacts } from './read-line';
import type { AgendaLine, ListPlace } from './types';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'header', 'hr', 'html', 'main', 'nav', 'p', 'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Bounded repetitions: style attributes are organizer-controlled text, and these must not backtrack on them.
const BOLD_STYLE = /font-weight\s{0,4}:\s{0,4}(?:bold|[6-9]00)/i;
/** Word's list paragraphs say their level in the style: `mso-list:l0 level2 lfo1`. */
const WORD_LIST_LEVEL = /mso-list:\s{0,4}[a-z0-9]{1,8}\s{1,4}level(\d)/i;

type OpenList = { key: string; isOrdered: boolean };
/** An <li> being read: its first line is the item; lines after it (a second paragraph) are its details. */
type OpenItem = { place: ListPlace; hasLine: boolean };

export const readHtmlLines = (html: string): AgendaLine[] => {
  const lines: AgendaLine[] = [];
  const lists: OpenList[] = [];
  const items: OpenItem[] = [];
  let listCount = 0;
  let line: LineFacts & { hasBold: boolean; hasPlain: boolean; hasNbsp: boolean } = blankFacts();
  let boldTags = 0;
  const spans: boolean[] = [];
  let boldSpans = 0;
  let isInHead = false;

  const flush = (isBreak = false): void => {
    const visible = line.hasBold || line.hasPlain;
    const item = items[items.length - 1];
    if (visible && item) {
      line.list = item.hasLine ? { ...item.place, depth: item.place.depth + 1 } : item.place;
      item.hasLine = true;
    }
    // Empty paragraphs (`<p>&nbsp;</p>`) and a <br> on an empty line are the blank lines people type; other empty
    // flushes are only markup between blocks.
    if (visible || line.hasNbsp || isBreak) {
      const isBold = line.hasBold && !line.hasPlain;
      lines.push(readLine({ ...line, isHeading: line.isHeading || isBold }, 'marker'));
    }
    line = blankFacts();
  };
  /** Items of the list being closed, or of the level an unclosed <li> is followed at, end too (HTML allows `<li>a<li>b`). */
  const closeItemsAt = (depth: number): void => {
    while ((items[items.length - 1]?.place.depth ?? -1) >= depth) items.pop();
  };

  for (const token of scanHtml(html)) {
    if (token.kind === 'text') {
      if (isInHead) continue;
      const text = decodeEntities(html.slice(token.start, token.end));
      line.raw += text;
      if (text.includes('\u00a0')) line.hasNbsp = true;
      if (text.trim() !== '') {
        if (boldTags > 0 || boldSpans > 0) line.hasBold = true;
        else line.hasPlain = true;
      }
      continue;
    }
    if (token.kind !== 'startTag' && token.kind !== 'endTag') continue;
    const isStart = token.kind === 'startTag';
    const { name } = token;
    if (name === 'head') isInHead = isStart;
    else if (name === 'body') isInHead = false;
    if (isInHead) continue;
    if (name === 'br') {
      if (isStart) flush(!line.hasBold && !line.hasPlain);
    } else if (name === 'ul' || name === 'ol') {
      flush();
      if (isStart) lists.push({ key: lists[0]?.key ?? `list-${++listCount}`, isOrdered: name === 'ol' });
      else if (lists.length > 0) {
        closeItemsAt(lists.length - 1);
        lists.pop();
      }
    } else if (name === 'li') {
      flush();
      closeItemsAt(Math.max(0, lists.length - 1));
      if (isStart) items.push({ place: listPlace(lists, () => `list-${++listCount}`), hasLine: false });
    } else if (HEADINGS.has(name)) {
      flush();
      line.isHeading = isStart;
    } else if (name === 'b' || name === 'strong') {
      boldTags = Math.max(0, boldTags + (isStart ? 1 : -1));
    } else if (name === 'span' || name === 'font') {
      if (isStart) {
        const isBold = BOLD_STYLE.test(readAttribute(html, token, 'style') ?? '');
        spans.push(isBold);
        if (isBold) boldSpans++;
      } else if (spans.pop()) boldSpans--;
    } else if (name === 'td' || name === 'th') {
      if (isStart && (line.hasBold || line.hasPlain)) line.raw += ' | ';
    } else if (BLOCK_ELEMENTS.has(name)) {
      flush();
      const level = isStart && name === 'p' ? WORD_LIST_LEVEL.exec(readAttribute(html, token, 'style') ?? '') : null;
      if (level) line.indent = Number(level[1]) - 1;
    }
  }
  flush();
  return lines;
};

const blankFacts = () => ({ raw: '', list: null as ListPlace | null, isHeading: false, indent: 0, hasBold: false, hasPlain: false, hasNbsp: false });

/** An item belongs to its outermost list (nested lists share its key); an <li> outside any list is a list of its own. */
const listPlace = (lists: readonly OpenList[], newKey: () => string): ListPlace => {
  const outer = lists[0];
  const inner = lists[lists.length - 1];
  if (!outer || !inner) return { key: newKey(), depth: 0, isOrdered: false };
  return { key: outer.key, depth: lists.length - 1, isOrdered: inner.isOrdered };
};
