// Who spoke when in an ingested occurrence: its speaking turns, written with its speaking figures (same transaction,
// replaced with them). One row per occurrence holding the turns as parallel arrays: a meeting has hundreds of turns,
// and a row per turn would repeat the occurrence's key in each; the meeting view reads the whole timeline at once.
import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { speakingOccurrences } from './speaking';

export const speakingTimelines = pgTable(
  'speaking_timelines',
  {
    tenantId: text('tenant_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    /** The people who took turns, by person key (speaking_people.person_key); `turn_people` indexes this. */
    personKeys: text('person_keys').array().notNull(),
    /** Turn i: person `person_keys[turn_people[i]]` (0-based), from `turn_starts_ms[i]` to `turn_ends_ms[i]`. */
    turnPeople: integer('turn_people').array().notNull(),
    /** Milliseconds from the occurrence's scheduled start (negative when the meeting began early). */
    turnStartsMs: integer('turn_starts_ms').array().notNull(),
    turnEndsMs: integer('turn_ends_ms').array().notNull(),
  },
  (t) => [
    primaryKey({ name: 'speaking_timelines_pk', columns: [t.tenantId, t.onlineMeetingId, t.startsAt] }),
    foreignKey({
      name: 'speaking_timelines_occurrence_fk',
      columns: [t.tenantId, t.onlineMeetingId, t.startsAt],
      foreignColumns: [speakingOccurrences.tenantId, speakingOccurrences.onlineMeetingId, speakingOccurrences.startsAt],
    }).onDelete('cascade'),
    check(
      'speaking_timelines_parallel',
      sql`cardinality(turn_people) = cardinality(turn_starts_ms) and cardinality(turn_people) = cardinality(turn_ends_ms)`,
    ),
  ],
);
