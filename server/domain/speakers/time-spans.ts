// Small interval arithmetic over time spans `[startMs, endMs)`: unions, lengths and overlaps.
import type { TimeSpan } from './types';

/** The union of the spans as disjoint spans in time order; empty spans are dropped. */
export const unionOf = (spans: readonly TimeSpan[]): TimeSpan[] => {
  const sorted = spans.filter((span) => span.endMs > span.startMs).sort((a, b) => a.startMs - b.startMs);
  const union: TimeSpan[] = [];
  for (const span of sorted) {
    const last = union.at(-1);
    if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs);
    else union.push({ ...span });
  }
  return union;
};

export const lengthOf = (spans: readonly TimeSpan[]): number => unionOf(spans).reduce((total, span) => total + span.endMs - span.startMs, 0);

/** How long the two sets of spans overlap (each taken as its union). */
export const overlapOf = (a: readonly TimeSpan[], b: readonly TimeSpan[]): number => {
  const left = unionOf(a);
  const right = unionOf(b);
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i] as TimeSpan;
    const y = right[j] as TimeSpan;
    total += Math.max(0, Math.min(x.endMs, y.endMs) - Math.max(x.startMs, y.startMs));
    if (x.endMs < y.endMs) i += 1;
    else j += 1;
  }
  return total;
};

/** Milliseconds between two spans: 0 when they touch or overlap. */
export const gapBetween = (a: TimeSpan, b: TimeSpan): number => Math.max(0, a.startMs - b.endMs, b.startMs - a.endMs);
