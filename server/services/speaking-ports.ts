// The storage port of the speaking figures (server/db/speaking-store.ts implements it), in the product's words.
import type { OccurrenceFigures, PersonFigures, SpeakingState, TranscriptFingerprint } from '../domain/speakers/types';
import type { Balance } from '../domain/transcript';
import type { SpeakingTurn } from '../domain/transcript/timeline';

/** One occurrence of a meeting: occurrences of a series share the online meeting and differ by start. */
export type OccurrenceKey = { tenantId: string; onlineMeetingId: string; startsAt: Date };

export type OccurrenceSpeakingRecord = OccurrenceKey & {
  state: SpeakingState;
  /** Graph's error code when Microsoft 365 refused the transcripts. */
  reason: string | null;
  /** Present when `ready`. */
  figures: OccurrenceFigures | null;
  transcripts: TranscriptFingerprint[];
  /**
   * Who spoke when (ready only): turns by person key, ms from the occurrence's scheduled start. Written and replaced
   * with the figures; `find` does not read it back (the reports do).
   */
  timeline?: SpeakingTurn[];
  /** Hash of everything the record was computed from: saving a record with the same hash again writes nothing. */
  inputsHash: string;
  ingestedAt: Date;
};

/** One person's row in one ready occurrence, with that occurrence's meeting-level figures. */
export type PersonSpeakingRecord = {
  onlineMeetingId: string;
  subject: string;
  startsAt: Date;
  endsAt: Date;
  durationMs: number;
  balance: Balance;
  peopleCounted: number;
  peopleHeard: number;
  person: PersonFigures;
};

export type PersonSpeakingQuery = { tenantId: string; userId: string; upn: string; from: Date; to: Date };

export type SpeakingStore = {
  find(key: OccurrenceKey): Promise<OccurrenceSpeakingRecord | null>;
  /**
   * Replaces the occurrence's figures, its transcripts and its people in one transaction (all or nothing). When the
   * stored record has the same inputs hash, nothing is written: `isWritten` is false.
   */
  save(record: OccurrenceSpeakingRecord): Promise<{ isWritten: boolean }>;
  /** A person's rows (by Entra id, or by e-mail where the roster had none) in occurrences starting in [from, to). */
  listForPerson(query: PersonSpeakingQuery): Promise<PersonSpeakingRecord[]>;
};
