// Ranges of a body's content, kept sorted and without overlaps.
import type { TextRange } from './types';

/**
 * Adds a range found at its end (bracket pairs close innermost first): the ranges it encloses, which end before it,
 * give way to it.
 */
export const pushOutermost = (ranges: TextRange[], range: TextRange): void => {
  while (ranges.length > 0 && (ranges[ranges.length - 1]?.start ?? -1) >= range.start) ranges.pop();
  ranges.push(range);
};

/** The content with the ranges (sorted, disjoint) cut out; `separator` stands in for each. */
export const cutRanges = (content: string, ranges: readonly TextRange[], separator = ''): string => {
  let result = '';
  let copiedUpTo = 0;
  for (const range of ranges) {
    result += content.slice(copiedUpTo, range.start) + separator;
    copiedUpTo = range.end;
  }
  return result + content.slice(copiedUpTo);
};

/** Sorted and merged: overlapping or touching ranges become one. */
export const mergeRanges = (ranges: readonly TextRange[]): TextRange[] => {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
};

/** Asks whether positions, visited in increasing order, lie inside the ranges (sorted, disjoint): linear overall. */
export const createRangeTest = (ranges: readonly TextRange[]): ((at: number) => boolean) => {
  let next = 0;
  return (at) => {
    while (next < ranges.length && (ranges[next]?.end ?? 0) <= at) next++;
    const range = ranges[next];
    return range !== undefined && range.start <= at;
  };
};
