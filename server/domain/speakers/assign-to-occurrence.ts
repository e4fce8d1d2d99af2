// Which occurrence a transcript or attendance report belongs to. Every occurrence of a recurring series shares one
// online meeting, so Graph lists the artifacts of all of them together; only their times tell them apart. People join
// early and meetings overrun, so an artifact may lie somewhat outside its slot: it goes to the occurrence it overlaps
// most, or else the nearest one whose widened window it touches.
import { gapBetween } from './time-spans';
import type { TimeSpan } from './types';

const MINUTE = 60_000;

/** How far before its start and after its end an occurrence still claims artifacts. */
export const OCCURRENCE_SLACK = { beforeMs: 60 * MINUTE, afterMs: 4 * 60 * MINUTE };

const overlap = (a: TimeSpan, b: TimeSpan): number => Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));

/** Whether the artifact touches the occurrence's widened window (a zero-length artifact is a point in time). */
const isWithinReach = (occurrence: TimeSpan, artifact: TimeSpan): boolean =>
  artifact.startMs < occurrence.endMs + OCCURRENCE_SLACK.afterMs && artifact.endMs >= occurrence.startMs - OCCURRENCE_SLACK.beforeMs;

type Ranking = { index: number; overlap: number; gap: number; startDistance: number; startMs: number; endMs: number };

/** Negative when `a` is the better home for the artifact. */
const compareRankings = (a: Ranking, b: Ranking): number =>
  b.overlap - a.overlap || a.gap - b.gap || a.startDistance - b.startDistance || a.startMs - b.startMs || a.endMs - b.endMs || a.index - b.index;

/**
 * The index of the occurrence an artifact belongs to, or null when it is out of reach of all of them. Ranking: most
 * overlap with the scheduled slot, then the smallest gap to it, then the closest start, then the earlier occurrence.
 * Only the occurrences' times decide, never the order they are given in.
 */
export const assignToOccurrence = (occurrences: readonly TimeSpan[], artifact: TimeSpan): number | null => {
  let best: Ranking | null = null;
  for (const [index, occurrence] of occurrences.entries()) {
    if (!isWithinReach(occurrence, artifact)) continue;
    const ranking: Ranking = {
      index,
      overlap: overlap(occurrence, artifact),
      gap: gapBetween(occurrence, artifact),
      startDistance: Math.abs(artifact.startMs - occurrence.startMs),
      startMs: occurrence.startMs,
      endMs: occurrence.endMs,
    };
    if (!best || compareRankings(ranking, best) < 0) best = ranking;
  }
  return best?.index ?? null;
};

/** The artifacts that belong to `occurrences[target]`, in their given order. */
export const artifactsOfOccurrence = <T>(occurrences: readonly TimeSpan[], target: number, artifacts: readonly T[], spanOf: (artifact: T) => TimeSpan): T[] =>
  artifacts.filter((artifact) => assignToOccurrence(occurrences, spanOf(artifact)) === target);
