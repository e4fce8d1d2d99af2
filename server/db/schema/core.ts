// Roundtable's tables. Every table is keyed by tenant_id first, so it distributes by tenant (Citus) and no query
// can forget which organization it is about.
import { foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const audit = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const tenants = pgTable('tenants', {
  tenantId: text('tenant_id').primaryKey(),
  ...audit,
});

/** A display-name cache of the people we have seen, so lists don't need a Graph call per name. */
export const users = pgTable(
  'users',
  {
    tenantId: text('tenant_id').notNull().references(() => tenants.tenantId, { onDelete: 'cascade' }),
    userId: text('user_id').notNull(),
    displayName: text('display_name').notNull(),
    upn: text('upn').notNull(),
    ...audit,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId] })],
);

/** One Teams meeting: a single instance, or a whole recurring series (all its occurrences share it). */
export const meetings = pgTable(
  'meetings',
  {
    tenantId: text('tenant_id').notNull().references(() => tenants.tenantId, { onDelete: 'cascade' }),
    onlineMeetingId: text('online_meeting_id').notNull(),
    chatId: text('chat_id'),
    joinUrl: text('join_url').notNull(),
    organizerEmail: text('organizer_email').notNull(),
    subject: text('subject').notNull(),
    iCalUId: text('ical_uid'),
    ...audit,
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.onlineMeetingId] }), index('meetings_join_url').on(t.tenantId, t.joinUrl)],
);

/** One time slot of a meeting. Keyed by start, because each mailbox has its own event ids for the same slot. */
export const occurrences = pgTable(
  'occurrences',
  {
    tenantId: text('tenant_id').notNull(),
    onlineMeetingId: text('online_meeting_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    ...audit,
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.onlineMeetingId, t.startsAt] }),
    foreignKey({ columns: [t.tenantId, t.onlineMeetingId], foreignColumns: [meetings.tenantId, meetings.onlineMeetingId] }).onDelete('cascade'),
  ],
);
