// The storage port of the live turn tracker (server/db/turn-store.ts implements it), in the product's words.
import type { TrackerHead, TrackerState, TurnChange } from '../../domain/turns';

/** One occurrence of a meeting: occurrences of a series share the online meeting and differ by start. */
export type TrackerKey = { tenantId: string; onlineMeetingId: string; occurrenceStart: Date };

/** What a decision taken under the tracker's lock returns: the changes to store (none: nothing happens). */
export type TrackerDecision = { changes: TurnChange[] };

export type TurnStore = {
  /** The whole tracker of an occurrence, read as of one moment (a fresh occurrence: self mode, nothing yet). */
  read(key: TrackerKey): Promise<TrackerState>;
  /**
   * Runs `decide` on the tracker's head while holding the occurrence's lock, stores the changes it returns and counts
   * one revision when there are any; all in one transaction, so two actions at once are taken one after the other and
   * each decides on what the other stored. An error thrown by `decide` stores nothing.
   */
  act<T extends TrackerDecision>(key: TrackerKey, decide: (head: TrackerHead) => T): Promise<T & { revision: number }>;
};
