// A small HTML tokenizer for invite bodies. It splits text, tags and comments the way HTML's tokenizer does (quoted
// attribute values, comments, raw-text elements such as <style> and <script>), so that a marker inside an attribute
// value or a style sheet is never taken for ours. It never builds a tree and never re-serialises: callers work on
// offsets into the original string. Every search moves forward and each is consumed, so the work is linear.
import { decodeEntities } from '../transcript/entities';

export type HtmlToken =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'startTag'; start: number; end: number; name: string }
  | { kind: 'endTag'; start: number; end: number; name: string }
  /** `<!-- … -->`; `bodyStart`/`bodyEnd` delimit what is between the dashes. */
  | { kind: 'comment'; start: number; end: number; bodyStart: number; bodyEnd: number }
  /** The content of a raw-text element (<style>, <script>, <title>…): never markup. */
  | { kind: 'rawText'; start: number; end: number }
  /** `<!DOCTYPE>`, `<![if …]>`, `<?xml?>`, bogus comments, and a tag cut off by the end of the body. */
  | { kind: 'other'; start: number; end: number };

/** Elements whose content the tokenizer does not read as markup (HTML's raw text, RCDATA and plaintext states). */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** HTML's whitespace inside tags: tab, line feed, form feed, carriage return, space. */
export const isTagSpace = (code: number): boolean => code === 9 || code === 10 || code === 12 || code === 13 || code === 32;

export type TagScan = { end: number; nameEnd: number; isComplete: boolean };

type TagState = 'beforeName' | 'name' | 'afterName' | 'beforeValue' | 'unquotedValue';

/**
 * Reads a tag from its `<` to its `>` with the attribute states of HTML's tokenizer: a `>` inside a quoted value does
 * not end the tag, a quote elsewhere does not start one. A tag the body ends inside is incomplete; browsers drop it.
 */
export const scanTag = (html: string, nameStart: number): TagScan => {
  const length = html.length;
  let i = nameStart;
  while (i < length && !isTagSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  const nameEnd = i;
  let state: TagState = 'beforeName';
  for (; i < length; i++) {
    const char = html[i];
    const isSpace = isTagSpace(html.charCodeAt(i));
    if (char === '>') return { end: i + 1, nameEnd, isComplete: true };
    if (state === 'beforeName') {
      if (!isSpace && char !== '/') state = 'name';
    } else if (state === 'name' || state === 'afterName') {
      if (char === '=') state = 'beforeValue';
      else if (char === '/') state = 'beforeName';
      else if (isSpace) state = 'afterName';
      else state = 'name';
    } else if (state === 'beforeValue') {
      if (char === '"' || char === "'") {
        const close = html.indexOf(char, i + 1);
        if (close < 0) break;
        i = close;
        state = 'beforeName';
      } else if (!isSpace) state = 'unquotedValue';
    } else if (isSpace) {
      state = 'beforeName';
    }
  }
  return { end: length, nameEnd, isComplete: false };
};

/** Forward searches that may be repeated from later positions: remembered while they still lie ahead. */
export const createForwardSearch = (html: string, needle: string): ((from: number) => number) => {
  let found = Number.NEGATIVE_INFINITY;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = html.indexOf(needle, from);
    return found;
  };
};

const rawEndPatterns = new Map<string, RegExp>();
const rawEndPattern = (name: string): RegExp => {
  let pattern = rawEndPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
    rawEndPatterns.set(name, pattern);
  }
  return pattern;
};

/** Tokens from `from` to the end of `html` (`from` must be where the tokenizer is between tokens). */
export function* scanHtml(html: string, from = 0): Generator<HtmlToken> {
  const length = html.length;
  const commentEnds = { dashes: createForwardSearch(html, '-->'), bang: createForwardSearch(html, '--!>') };
  let textStart = from;
  let i = from;
  while (i < length) {
    const open = html.indexOf('<', i);
    if (open < 0) break;
    const next = html.charCodeAt(open + 1);
    const isStartTag = isAsciiLetter(next);
    const isEndTag = next === 47 /* / */ && isAsciiLetter(html.charCodeAt(open + 2));
    const isMarkup = isStartTag || isEndTag || next === 33 /* ! */ || next === 63 /* ? */ || next === 47;
    // A `<` that starts no markup is text, and stays in the text around it.
    if (!isMarkup) {
      i = open + 1;
      continue;
    }
    if (open > textStart) yield { kind: 'text', start: textStart, end: open };
    if (isStartTag || isEndTag) {
      const nameStart = open + (isStartTag ? 1 : 2);
      const tag = scanTag(html, nameStart);
      if (!tag.isComplete) {
        yield { kind: 'other', start: open, end: length };
        return;
      }
      const name = html.slice(nameStart, tag.nameEnd).toLowerCase();
      yield { kind: isStartTag ? 'startTag' : 'endTag', start: open, end: tag.end, name };
      i = tag.end;
      if (isStartTag && RAW_TEXT_ELEMENTS.has(name)) {
        const pattern = rawEndPattern(name);
        pattern.lastIndex = i;
        const close = name === 'plaintext' ? null : pattern.exec(html);
        const rawEnd = close ? close.index : length;
        if (rawEnd > i) yield { kind: 'rawText', start: i, end: rawEnd };
        i = rawEnd;
      }
    } else if (html.startsWith('<!--', open)) {
      const comment = scanComment(html, open, commentEnds);
      yield comment;
      i = comment.end;
    } else {
      // Declarations, processing instructions and bogus comments all end at the next `>`.
      const close = html.indexOf('>', open + 2);
      i = close < 0 ? length : close + 1;
      yield { kind: 'other', start: open, end: i };
    }
    textStart = i;
  }
  if (textStart < length) yield { kind: 'text', start: textStart, end: length };
}

type CommentToken = Extract<HtmlToken, { kind: 'comment' }>;
type CommentEnds = { dashes: (from: number) => number; bang: (from: number) => number };

const scanComment = (html: string, start: number, ends: CommentEnds): CommentToken => {
  const bodyStart = start + 4;
  const token = (bodyEnd: number, end: number): CommentToken => ({ kind: 'comment', start, end, bodyStart, bodyEnd });
  // `<!-->` and `<!--->` are empty comments, closed abruptly.
  if (html[bodyStart] === '>') return token(bodyStart, bodyStart + 1);
  if (html.startsWith('->', bodyStart)) return token(bodyStart, bodyStart + 2);
  const dashes = ends.dashes(bodyStart);
  const bang = ends.bang(bodyStart);
  if (bang >= 0 && (dashes < 0 || bang < dashes)) return token(bang, bang + 4);
  if (dashes >= 0) return token(dashes, dashes + 3);
  return token(html.length, html.length);
};

/**
 * The value of one attribute of a start tag, entities decoded, or null when the tag has none. As in HTML, the first
 * occurrence of a repeated attribute wins and names are case-insensitive.
 */
export const readAttribute = (html: string, tag: { start: number; end: number }, wanted: string): string | null => {
  let i = tag.start + 1;
  const end = tag.end;
  while (i < end && !isTagSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>') i++;
  while (i < end) {
    const char = html[i];
    if (char === '>') return null;
    if (char === '/' || isTagSpace(html.charCodeAt(i))) {
      i++;
      continue;
    }
    const nameStart = i++;
    while (i < end && !isTagSpace(html.charCodeAt(i)) && html[i] !== '/' && html[i] !== '>' && html[i] !== '=') i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < end && isTagSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < end && isTagSpace(html.charCodeAt(i))) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const valueEnd = close < 0 || close > end ? end : close;
        value = html.slice(i + 1, valueEnd);
        i = valueEnd + 1;
      } else {
        const valueStart = i;
        while (i < end && !isTagSpace(html.charCodeAt(i)) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    if (name === wanted) return decodeEntities(value);
  }
  return null;
};
