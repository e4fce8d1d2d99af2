// Check-ins: the organizer's choice per meeting (series or occurrence), each occurrence's round, and its answers.
// Anonymous answers carry no user id: only a keyed hash that lets one person answer once.
import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const checkinChoices = pgTable(
  'checkin_choices',
  {
    tenantId: text('tenant_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    /** 'series', or the ISO start of the one occurrence it is for (an occurrence's choice wins over the series'). */
    appliesTo: text('applies_to').notNull(),
    promptId: text('prompt_id'),
    customQuestion: text('custom_question'),
    anonymous: boolean('anonymous').notNull(),
    setBy: text('set_by').notNull(),
    /** written | failed | outlook (the Outlook command wrote the block itself) */
    inviteStatus: text('invite_status').notNull(),
    inviteMessage: text('invite_message'),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.appliesTo] })],
);

export const checkinRounds = pgTable(
  'checkin_rounds',
  {
    tenantId: text('tenant_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    occurrenceStart: timestamp('occurrence_start', { withTimezone: true }).notNull(),
    roundId: uuid('round_id').notNull().default(sql`gen_random_uuid()`),
    /** The question as it was asked in this occurrence (a later change of choice does not rewrite history). */
    promptId: text('prompt_id'),
    customQuestion: text('custom_question'),
    anonymous: boolean('anonymous').notNull(),
    state: text('state').notNull().default('waiting'),
    phase: text('phase').notNull().default('checkin'),
    revealed: boolean('revealed').notNull().default(false),
    agendaStep: integer('agenda_step').notNull().default(0),
    facilitatorId: text('facilitator_id'),
    /** How many people have answered (kept with `checkin_answerers`, so the count is one read, not a scan of answers). */
    answererCount: integer('answerer_count').notNull().default(0),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.occurrenceStart] }), uniqueIndex('checkin_rounds_round_id').on(t.tenantId, t.roundId)],
);

export const checkinAnswers = pgTable(
  'checkin_answers',
  {
    tenantId: text('tenant_id').notNull(),
    roundId: uuid('round_id').notNull(),
    /** The person behind a named answer; null for an anonymous one. */
    authorId: text('author_id'),
    authorName: text('author_name'),
    /** HMAC of (round, person) under a server secret: one current answer per person, without storing who. */
    anonymousKey: text('anonymous_key'),
    submissionId: uuid('submission_id').notNull(),
    text: text('text'),
    scales: jsonb('scales').$type<Record<string, number>>(),
    /** Insertion order: breaks ties between a person's edits stored within one clock tick. */
    seq: bigserial('seq', { mode: 'bigint' }).notNull(),
    ...stamps,
  },
  // One row per submission (a person's edits are new rows; their latest is their answer), so repeating a submission
  // is a no-op and a late retry of an old one cannot undo a newer edit.
  (t) => [
    primaryKey({ columns: [t.tenantId, t.roundId, t.submissionId] }),
    index('checkin_answers_person').on(t.tenantId, t.roundId, t.authorId, t.anonymousKey, t.createdAt),
    check('checkin_answers_one_identity', sql`(author_id is null) <> (anonymous_key is null) and (author_id is not null or author_name is null)`),
  ],
);

/**
 * Who has answered a round, once each: the author's id for a named answer, the keyed hash for an anonymous one (as in
 * `checkin_answers`, never a user id). Its key makes "is this person's first answer?" safe under concurrent answers:
 * only the insert that adds the row adds one to the round's `answerer_count`.
 */
export const checkinAnswerers = pgTable(
  'checkin_answerers',
  {
    tenantId: text('tenant_id').notNull(),
    roundId: uuid('round_id').notNull(),
    person: text('person').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.roundId, t.person] })],
);
