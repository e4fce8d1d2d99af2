// The warnings of one parse: every skipped block or cue is counted by kind, and the first few kept with their line so
// that a message can point at them.
import type { ParsedTranscript, TranscriptWarning, WarningKind } from './types.js';

/** How many warnings are kept with their line; all are counted. */
const KEPT_WARNINGS = 20;

export type WarningTally = {
  warn: (kind: WarningKind, line: number) => void;
  summary: () => ParsedTranscript['warnings'];
};

export const createWarningTally = (): WarningTally => {
  const byKind: Record<WarningKind, number> = { 'reversed-cue': 0, 'unreadable-timing': 0, 'unknown-block': 0 };
  const first: TranscriptWarning[] = [];
  return {
    warn: (kind, line) => {
      byKind[kind] += 1;
      if (first.length < KEPT_WARNINGS) first.push({ kind, line });
    },
    summary: () => ({
      count: byKind['reversed-cue'] + byKind['unreadable-timing'] + byKind['unknown-block'],
      byKind: { ...byKind },
      first: [...first],
    }),
  };
};
