// The check-in block in a plain-text body: marker lines around a heading, the question and the anonymity note.
import { escapeTextLine, normalizeBlockText, readTextMarker, TEXT_END, TEXT_START, TEXT_START_ANONYMOUS } from './checkin-markers';
import { skipLineBreaks, splitLines, type Newline } from './line-breaks';
import { pushOutermost } from './ranges';
import type { InviteCheckin, LocatedBlock, TextRange } from './types';

/** Line breaks after the end marker: its own and a blank line that sets the block off from the agenda. */
const TRAILING_BREAKS = 2;

export const renderTextBlock = (checkin: InviteCheckin, newline: Newline): string => {
  const { labels } = checkin;
  const lines = [
    checkin.anonymous ? TEXT_START_ANONYMOUS : TEXT_START,
    escapeTextLine(normalizeBlockText(labels.heading)),
    escapeTextLine(normalizeBlockText(checkin.question)),
    escapeTextLine(normalizeBlockText(checkin.anonymous ? labels.anonymous : labels.named)),
    TEXT_END,
  ];
  return lines.join(newline) + newline.repeat(TRAILING_BREAKS);
};

/** Marker lines paired as brackets are: an end closes the latest open start; strays are ignored. */
export const locateTextBlocks = (text: string): LocatedBlock[] => {
  const ranges: TextRange[] = [];
  const openStarts: number[] = [];
  for (const line of splitLines(text)) {
    // Marker lines are short: the line is only copied when it could be one.
    if (line.end - line.start > 40 || text.charCodeAt(line.start) !== 91 /* [ */) continue;
    const marker = readTextMarker(text.slice(line.start, line.end));
    if (marker === 'start' || marker === 'startAnonymous') openStarts.push(line.start);
    const start = marker === 'end' ? openStarts.pop() : undefined;
    if (start !== undefined) pushOutermost(ranges, { start, end: skipLineBreaks(text, line.end, TRAILING_BREAKS) });
  }
  return ranges.map((range) => ({ range, delimiter: 'lines' }));
};

/** Heading first, note last, the question between (a mail system may have wrapped it over several lines). */
export const readTextBlockFields = (text: string, range: TextRange): { question: string | null; anonymous: boolean | null } => {
  const block = text.slice(range.start, range.end);
  const lines = [...splitLines(block)].map((line) => block.slice(line.start, line.end));
  const anonymous = readTextMarker(lines[0] ?? '') === 'startAnonymous';
  const endIndex = lines.findIndex((line) => readTextMarker(line) === 'end');
  const content = lines.slice(1, endIndex < 0 ? undefined : endIndex);
  const questionLines = content.length >= 3 ? content.slice(1, -1) : content.slice(1, 2);
  const question = questionLines.length > 0 ? normalizeBlockText(questionLines.join(' ')) : null;
  return { question, anonymous };
};
