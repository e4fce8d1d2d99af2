// The check-in block in an HTML body: how it is written, found and read back.
import { decodeEntities } from '../transcript/entities';
import {
  ANONYMOUS_ID,
  BLOCK_ID,
  END_COMMENT,
  escapeHtml,
  HEADING_ID,
  isOurId,
  NAMED_ID,
  normalizeBlockText,
  QUESTION_ID,
  START_COMMENT,
} from './checkin-markers';
import { lineBreakLength, type Newline } from './line-breaks';
import { locateHtmlContent } from './locate-html-content';
import { createRangeTest, pushOutermost } from './ranges';
import { readAttribute, scanHtml } from './scan-html';
import type { InviteCheckin, LocatedBlock, TextRange } from './types';

const FONT = "font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif";

/** The block as written, ending with a line break. Inline styles only: mail clients drop style sheets. */
export const renderHtmlBlock = (checkin: InviteCheckin, newline: Newline): string => {
  const text = (value: string) => escapeHtml(normalizeBlockText(value));
  const { labels } = checkin;
  const note = checkin.anonymous
    ? `<div id="${ANONYMOUS_ID}" style="font-size:12px; margin-top:4px">${text(labels.anonymous)}</div>`
    : `<div id="${NAMED_ID}" style="font-size:12px; margin-top:4px">${text(labels.named)}</div>`;
  return [
    `<!--${START_COMMENT}-->`,
    `<div id="${BLOCK_ID}" style="margin:0 0 20px 0; padding:4px 0 4px 12px; border-left:3px solid #6264a7; ${FONT}">`,
    `<div id="${HEADING_ID}" style="font-size:16px; font-weight:bold">${text(labels.heading)}</div>`,
    `<div id="${QUESTION_ID}" style="font-size:14px; margin-top:4px">${text(checkin.question)}</div>`,
    note,
    '</div>',
    `<!--${END_COMMENT}-->`,
    '',
  ].join(newline);
};

/** Comment markers are short; a long comment is never one, and is not copied to be compared. */
const MAX_MARKER_COMMENT = 64;

const readMarkerComment = (html: string, token: { bodyStart: number; bodyEnd: number }): string | null =>
  token.bodyEnd - token.bodyStart > MAX_MARKER_COMMENT ? null : html.slice(token.bodyStart, token.bodyEnd).trim();

/** Start and end comments paired as brackets are: an end closes the latest open start; strays are ignored. */
const pairMarkerComments = (html: string, from: number): TextRange[] => {
  const ranges: TextRange[] = [];
  const openStarts: number[] = [];
  for (const token of scanHtml(html, from)) {
    if (token.kind !== 'comment') continue;
    const marker = readMarkerComment(html, token);
    if (marker === START_COMMENT) openStarts.push(token.start);
    const start = marker === END_COMMENT ? openStarts.pop() : undefined;
    if (start !== undefined) pushOutermost(ranges, { start, end: token.end + lineBreakLength(html, token.end) });
  }
  return ranges;
};

/**
 * Our <div> whose comments an editor dropped: from its start tag to its matching end tag, counting only <div>s and
 * skipping what lies inside comment-delimited blocks (so removing those never changes how these match).
 */
const matchBlockElements = (html: string, from: number, commentRanges: readonly TextRange[]): TextRange[] => {
  const ranges: TextRange[] = [];
  const open: { start: number; depth: number }[] = [];
  let depth = 0;
  const isInCommentBlock = createRangeTest(commentRanges);
  for (const token of scanHtml(html, from)) {
    if (isInCommentBlock(token.start)) continue;
    if (token.kind === 'startTag' && token.name === 'div') {
      if (isOurId(readAttribute(html, token, 'id'), BLOCK_ID)) open.push({ start: token.start, depth });
      depth++;
    } else if (token.kind === 'endTag' && token.name === 'div' && depth > 0) {
      depth--;
      const top = open[open.length - 1];
      if (top && top.depth === depth) {
        open.pop();
        pushOutermost(ranges, { start: top.start, end: token.end + lineBreakLength(html, token.end) });
      }
    }
  }
  return ranges;
};

export const locateHtmlBlocks = (html: string): LocatedBlock[] => {
  const { contentStart } = locateHtmlContent(html);
  const byComments = pairMarkerComments(html, contentStart);
  const byElement = matchBlockElements(html, contentStart, byComments);
  const blocks: LocatedBlock[] = [
    ...byComments.map((range): LocatedBlock => ({ range, delimiter: 'comments' })),
    ...byElement.map((range): LocatedBlock => ({ range, delimiter: 'element' })),
  ].sort((a, b) => a.range.start - b.range.start);
  // An element match can enclose comment-delimited blocks (never overlap them partly): the outer one is the block.
  const outermost: LocatedBlock[] = [];
  for (const block of blocks) {
    const last = outermost[outermost.length - 1];
    if (!last || block.range.start >= last.range.end) outermost.push(block);
  }
  return outermost;
};

/** The question and the anonymity note inside a block, read from our element ids. */
export const readHtmlBlockFields = (html: string, range: TextRange): { question: string | null; anonymous: boolean | null } => {
  let anonymous: boolean | null = null;
  let question: string | null = null;
  let capture: { name: string; depth: number; parts: string[] } | null = null;
  for (const token of scanHtml(html, range.start)) {
    if (token.start >= range.end) break;
    if (token.kind === 'startTag') {
      if (capture) {
        if (token.name === capture.name) capture.depth++;
        if (token.name === 'br') capture.parts.push(' ');
        continue;
      }
      const id = readAttribute(html, token, 'id');
      if (isOurId(id, ANONYMOUS_ID)) anonymous ??= true;
      else if (isOurId(id, NAMED_ID)) anonymous ??= false;
      else if (question === null && isOurId(id, QUESTION_ID)) capture = { name: token.name, depth: 1, parts: [] };
    } else if (capture && token.kind === 'text') {
      capture.parts.push(html.slice(token.start, token.end));
    } else if (capture && token.kind === 'endTag' && token.name === capture.name && --capture.depth === 0) {
      question = normalizeBlockText(decodeEntities(capture.parts.join('')));
      capture = null;
    }
  }
  return { question, anonymous };
};
