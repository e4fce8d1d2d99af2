// The live turn tracker per occurrence (online meeting + start): its mode and facilitator, the turns as live segments,
// raised hands, and who opened the side panel. The tracker row is the occurrence's lock: every change takes it first.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const occurrence = {
  tenantId: text('tenant_id').notNull(),
  onlineMeetingId: text('online_meeting_id').notNull(),
  occurrenceStart: timestamp('occurrence_start', { withTimezone: true }).notNull(),
};

export const turnTrackers = pgTable(
  'turn_trackers',
  {
    ...occurrence,
    /** facilitator | self */
    mode: text('mode').notNull().default('self'),
    /** The participant running the tracker; null: the organizer. */
    facilitatorId: text('facilitator_id'),
    /** One more per stored action that changed something: panels apply change n + 1 on top of n. */
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.occurrenceStart] }), check('turn_trackers_mode', sql`mode in ('facilitator', 'self')`)],
);

export const turnSegments = pgTable(
  'turn_segments',
  {
    tenantId: occurrence.tenantId,
    /** Storage order: turns of an occurrence are stored one after the other under its lock, so this is their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    onlineMeetingId: occurrence.onlineMeetingId,
    occurrenceStart: occurrence.occurrenceStart,
    participantId: text('participant_id').notNull(),
    participantName: text('participant_name').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    /** null while the person speaks. */
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.seq] }),
    index('turn_segments_occurrence').on(t.tenantId, t.onlineMeetingId, t.occurrenceStart, t.seq),
    // One voice at a time, whatever happens above: a second open turn in an occurrence cannot be stored.
    uniqueIndex('turn_segments_one_open').on(t.tenantId, t.onlineMeetingId, t.occurrenceStart).where(sql`ended_at is null`),
    check('turn_segments_order', sql`ended_at is null or ended_at >= started_at`),
  ],
);

export const turnHands = pgTable(
  'turn_hands',
  {
    ...occurrence,
    participantId: text('participant_id').notNull(),
    participantName: text('participant_name').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.occurrenceStart, t.participantId] })],
);

export const turnParticipants = pgTable(
  'turn_participants',
  {
    ...occurrence,
    participantId: text('participant_id').notNull(),
    participantName: text('participant_name').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.occurrenceStart, t.participantId] })],
);
