// The live event log behind every meeting's Server-Sent Events stream. Rows are kept so a reconnecting panel can
// replay what it missed (Last-Event-ID); NOTIFY only says "stream S has something new".
import { bigserial, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const liveEvents = pgTable(
  'live_events',
  {
    tenantId: text('tenant_id').notNull(),
    /** The stream a panel subscribes to, e.g. one occurrence of a meeting. */
    stream: text('stream').notNull(),
    /** Monotonic within a stream in commit order (publishers lock the stream), so it doubles as the SSE event id. */
    id: bigserial('id', { mode: 'bigint' }).notNull(),
    type: text('type').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('live_events_stream').on(t.tenantId, t.stream, t.id)],
);
