// Speaking figures computed from Teams transcripts, per occurrence: the occurrence's state and balance, the
// transcripts it was computed from (id + content hash, so ingesting them again changes nothing), and one row per
// person counted. Keyed like occurrences: (tenant, online meeting, start).
import { bigint, boolean, doublePrecision, foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { occurrences } from './core';

const occurrenceColumns = {
  tenantId: text('tenant_id').notNull(),
  onlineMeetingId: text('online_meeting_id').notNull(),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
};

/** One per ingested occurrence: `ready` with its figures, or why there are none (`no_transcript`, `attribution_disabled`). */
export const speakingOccurrences = pgTable(
  'speaking_occurrences',
  {
    ...occurrenceColumns,
    state: text('state', { enum: ['ready', 'no_transcript', 'attribution_disabled'] }).notNull(),
    /** Graph's error code when Microsoft 365 refused the transcripts. */
    reason: text('reason'),
    durationMs: bigint('duration_ms', { mode: 'number' }),
    unattributedMs: bigint('unattributed_ms', { mode: 'number' }),
    entropy: doublePrecision('entropy'),
    gini: doublePrecision('gini'),
    turnCv: doublePrecision('turn_cv'),
    topShare: doublePrecision('top_share'),
    /** `attendance` or `invitees`: what the speakers were matched against. */
    roster: text('roster', { enum: ['attendance', 'invitees'] }),
    peopleCounted: integer('people_counted'),
    peopleHeard: integer('people_heard'),
    /** SHA-256 of everything the figures were computed from; an ingestion with the same inputs writes nothing. */
    inputsHash: text('inputs_hash').notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'speaking_occurrences_pk', columns: [t.tenantId, t.onlineMeetingId, t.startsAt] }),
    foreignKey({
      name: 'speaking_occurrences_occurrence_fk',
      columns: [t.tenantId, t.onlineMeetingId, t.startsAt],
      foreignColumns: [occurrences.tenantId, occurrences.onlineMeetingId, occurrences.startsAt],
    }).onDelete('cascade'),
  ],
);

/** The transcripts an occurrence's figures were computed from. */
export const speakingTranscripts = pgTable(
  'speaking_transcripts',
  {
    ...occurrenceColumns,
    transcriptId: text('transcript_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    contentSha256: text('content_sha256').notNull(),
    cueCount: integer('cue_count').notNull(),
    warningCount: integer('warning_count').notNull(),
  },
  (t) => [
    primaryKey({ name: 'speaking_transcripts_pk', columns: [t.tenantId, t.onlineMeetingId, t.startsAt, t.transcriptId] }),
    foreignKey({
      name: 'speaking_transcripts_occurrence_fk',
      columns: [t.tenantId, t.onlineMeetingId, t.startsAt],
      foreignColumns: [speakingOccurrences.tenantId, speakingOccurrences.onlineMeetingId, speakingOccurrences.startsAt],
    }).onDelete('cascade'),
  ],
);

/** One row per person counted in a ready occurrence: attendees (0 when silent), guests who spoke, ambiguous namesakes. */
export const speakingPeople = pgTable(
  'speaking_people',
  {
    ...occurrenceColumns,
    personKey: text('person_key').notNull(),
    /** Order in the figures: most talk first. */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    userId: text('user_id'),
    email: text('email'),
    talkMs: bigint('talk_ms', { mode: 'number' }).notNull(),
    share: doublePrecision('share').notNull(),
    turns: integer('turns').notNull(),
    longestTurnMs: bigint('longest_turn_ms', { mode: 'number' }).notNull(),
    backchannels: integer('backchannels').notNull(),
    isGuest: boolean('is_guest').notNull(),
    isAmbiguous: boolean('is_ambiguous').notNull(),
  },
  (t) => [
    primaryKey({ name: 'speaking_people_pk', columns: [t.tenantId, t.onlineMeetingId, t.startsAt, t.personKey] }),
    foreignKey({
      name: 'speaking_people_occurrence_fk',
      columns: [t.tenantId, t.onlineMeetingId, t.startsAt],
      foreignColumns: [speakingOccurrences.tenantId, speakingOccurrences.onlineMeetingId, speakingOccurrences.startsAt],
    }).onDelete('cascade'),
    // "My speaking": a person's rows over a time range.
    index('speaking_people_user').on(t.tenantId, t.userId, t.startsAt),
  ],
);
