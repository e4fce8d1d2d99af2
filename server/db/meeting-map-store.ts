// The join URL → Teams meeting map over Drizzle (the `meetings` table, indexed by tenant and join URL): a report's
// calendar events find their Teams meetings here first, and meetings resolved through Graph are added, so the next
// view of the same range asks Graph only for the calendar.
import { and, eq, inArray } from 'drizzle-orm';
import type { MeetingRecord } from '../services/ports';
import type { MeetingMapStore } from '../services/reports/calendar-ports';
import type { Database } from './client';
import { meetings, tenants } from './tables';

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 1_000;

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

const columns = {
  tenantId: meetings.tenantId,
  onlineMeetingId: meetings.onlineMeetingId,
  chatId: meetings.chatId,
  joinUrl: meetings.joinUrl,
  organizerEmail: meetings.organizerEmail,
  subject: meetings.subject,
  iCalUId: meetings.iCalUId,
};

export const createMeetingMapStore = (db: Database): MeetingMapStore => ({
  findByJoinUrls: async (tenantId, joinUrls) => {
    const found: MeetingRecord[] = [];
    for (const part of chunks([...new Set(joinUrls)])) {
      found.push(...(await db.select(columns).from(meetings).where(and(eq(meetings.tenantId, tenantId), inArray(meetings.joinUrl, part)))));
    }
    return found;
  },

  rememberMeetings: async (records) => {
    const unique = [...new Map(records.map((r) => [`${r.tenantId}\u0000${r.onlineMeetingId}`, r])).values()];
    if (unique.length === 0) return;
    const tenantIds = [...new Set(unique.map((r) => r.tenantId))];
    await db.insert(tenants).values(tenantIds.map((tenantId) => ({ tenantId }))).onConflictDoNothing();
    for (const part of chunks(unique)) await db.insert(meetings).values(part).onConflictDoNothing();
  },
});
