// What keeps speaking figures arriving without anyone asking: one Microsoft Graph change-notification subscription
// per meeting organizer Roundtable knows (its client state kept only as a hash), the delta link of each organizer's
// transcript poll, and the inbox of notifications Graph delivered — recorded before the webhook answers 202, then
// worked off by a job, so a crash or a Graph outage loses none.
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** One per organizer: `users/{id}/onlineMeetings/getAllTranscripts`, created, renewed and re-created by a job. */
export const graphSubscriptions = pgTable(
  'graph_subscriptions',
  {
    tenantId: text('tenant_id').notNull(),
    organizerId: text('organizer_id').notNull(),
    organizerUpn: text('organizer_upn').notNull(),
    /** Graph's id; null while none could be created. */
    subscriptionId: text('subscription_id'),
    resource: text('resource').notNull(),
    /** Where Graph delivers; a subscription to an old address (the public URL changed) is replaced. */
    notificationUrl: text('notification_url').notNull(),
    /** SHA-256 (hex) of the random clientState sent at creation: a delivery must carry the secret itself. */
    clientStateHash: text('client_state_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** active | failed (creation or renewal failed; retried on the next run) */
    status: text('status', { enum: ['active', 'failed'] }).notNull(),
    lastError: text('last_error'),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.organizerId] }), uniqueIndex('graph_subscriptions_subscription_id').on(t.tenantId, t.subscriptionId)],
);

/** Where each organizer's transcript delta poll resumes (Graph's @odata.deltaLink). */
export const transcriptDeltaLinks = pgTable(
  'transcript_delta_links',
  {
    tenantId: text('tenant_id').notNull(),
    organizerId: text('organizer_id').notNull(),
    deltaLink: text('delta_link').notNull(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull(),
    ...stamps,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.organizerId] })],
);

/** Notifications accepted by the webhook, until a worker has acted on them (kept a week after, then pruned). */
export const graphNotifications = pgTable(
  'graph_notifications',
  {
    tenantId: text('tenant_id').notNull(),
    notificationId: uuid('notification_id').notNull(),
    subscriptionId: text('subscription_id').notNull(),
    organizerId: text('organizer_id').notNull(),
    /** transcript (a transcript was created) | lifecycle (reauthorizationRequired, subscriptionRemoved, missed) */
    kind: text('kind', { enum: ['transcript', 'lifecycle'] }).notNull(),
    lifecycleEvent: text('lifecycle_event', { enum: ['reauthorizationRequired', 'subscriptionRemoved', 'missed'] }),
    onlineMeetingId: text('online_meeting_id'),
    transcriptId: text('transcript_id'),
    /** Graph re-delivers a notification it thinks was lost: the same transcript is queued once. */
    dedupeKey: text('dedupe_key'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A worker holds the row until then; a crashed worker's rows become due again. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    /** What processing did (ingested, meeting_unknown, …) or, with failed_at set, why it gave up. */
    outcome: text('outcome'),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    ...stamps,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.notificationId] }),
    uniqueIndex('graph_notifications_dedupe').on(t.tenantId, t.dedupeKey),
    index('graph_notifications_due').on(t.nextAttemptAt).where(sql`processed_at is null and failed_at is null`),
  ],
);
