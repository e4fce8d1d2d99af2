// Praise: each praise (its id is the giver's client-generated id), its delivery jobs (the outbox: committed with the
// praise, delivered by the worker), people's preferences, each occurrence's praise round, a tenant's own values, and
// which instance holds a giver's sign-in (only its expiry — tokens never reach the database).
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const praise = pgTable(
  'praise',
  {
    tenantId: text('tenant_id').notNull(),
    praiseId: uuid('praise_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    occurrenceStart: at('occurrence_start').notNull(),
    eventSubject: text('event_subject').notNull(),
    /** The giver's own event id of the occurrence (event ids differ per mailbox). */
    giverEventId: text('giver_event_id').notNull(),
    giverId: text('giver_id').notNull(),
    giverName: text('giver_name').notNull(),
    recipientKind: text('recipient_kind', { enum: ['person', 'team'] }).notNull(),
    recipientId: text('recipient_id'),
    recipientName: text('recipient_name'),
    valueId: text('value_id').notNull(),
    /** The value's label when given (a tenant may later drop or rename it). */
    valueLabel: text('value_label').notNull(),
    message: text('message').notNull(),
    requestedVisibility: text('requested_visibility', { enum: ['public', 'private'] }).notNull(),
    visibility: text('visibility', { enum: ['public', 'private'] }).notNull(),
    notice: text('notice', { enum: ['delivered_privately_by_preference', 'recipient_has_no_app'] }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.praiseId] }),
    index('praise_occurrence').on(t.tenantId, t.onlineMeetingId, t.occurrenceStart, t.createdAt),
    index('praise_giver').on(t.tenantId, t.giverId, t.createdAt),
    index('praise_recipient').on(t.tenantId, t.recipientId, t.createdAt),
    check('praise_recipient_shape', sql`(recipient_kind = 'person') = (recipient_id is not null and recipient_name is not null)`),
    check('praise_team_is_public', sql`recipient_kind = 'person' or visibility = 'public'`),
  ],
);

/** The outbox: one job per way a praise leaves Roundtable. Lease columns let any instance claim a due job once. */
export const praiseDeliveryJobs = pgTable(
  'praise_delivery_jobs',
  {
    tenantId: text('tenant_id').notNull(),
    jobId: uuid('job_id').notNull().default(sql`gen_random_uuid()`),
    praiseId: uuid('praise_id').notNull(),
    kind: text('kind', { enum: ['chat_post', 'activity_notification'] }).notNull(),
    state: text('state', { enum: ['pending', 'waiting_for_giver', 'delivered', 'kept_for_recipient', 'failed'] }).notNull().default('pending'),
    /** The meeting chat's id (chat_post) or the recipient's user id (activity_notification). */
    target: text('target').notNull(),
    giverId: text('giver_id').notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull(),
    /** An earlier attempt may have reached Teams: look for the post before posting again. */
    unsure: boolean('unsure').notNull().default(false),
    /** Set while a worker sends; still set when a new worker claims it, the last one died mid-send. */
    inFlight: boolean('in_flight').notNull().default(false),
    leaseOwner: text('lease_owner'),
    leaseExpiresAt: at('lease_expires_at'),
    lastError: text('last_error'),
    postedMessageId: text('posted_message_id'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.jobId] }),
    uniqueIndex('praise_delivery_jobs_praise').on(t.tenantId, t.praiseId, t.kind),
    index('praise_delivery_jobs_due').on(t.state, t.nextAttemptAt),
    index('praise_delivery_jobs_giver').on(t.tenantId, t.giverId, t.state),
  ],
);

export const praisePreferences = pgTable(
  'praise_preferences',
  {
    tenantId: text('tenant_id').notNull(),
    userId: text('user_id').notNull(),
    preference: text('preference', { enum: ['public', 'private', 'either'] }).notNull().default('either'),
    /** Whether Roundtable's Teams app was installed for this person at the last private praise sent to them. */
    hasApp: boolean('has_app'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

export const praiseRounds = pgTable(
  'praise_rounds',
  {
    tenantId: text('tenant_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    occurrenceStart: at('occurrence_start').notNull(),
    isOpen: boolean('is_open').notNull(),
    changedBy: text('changed_by').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.occurrenceStart] })],
);

/** A tenant's own praise values; none means the default six. */
export const praiseValues = pgTable(
  'praise_values',
  {
    tenantId: text('tenant_id').notNull(),
    valueId: text('value_id').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.valueId] })],
);

/**
 * Which instance holds a giver's latest verified sign-in, until when. Chat posts go out as the giver (on-behalf-of),
 * so only that instance can send them; a post with no usable sign-in anywhere waits for the giver.
 */
export const praiseGiverSessions = pgTable(
  'praise_giver_sessions',
  {
    tenantId: text('tenant_id').notNull(),
    userId: text('user_id').notNull(),
    instanceId: text('instance_id').notNull(),
    tokenExpiresAt: at('token_expires_at').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);
