// The live event log over Drizzle: append an event and NOTIFY in one transaction; read a stream after an id.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { LiveEvent, LiveEventLog } from '../services/ports';
import type { Database } from './client';
import { liveEvents } from './tables';

export const LIVE_EVENTS_CHANNEL = 'roundtable_live_events';

/**
 * What NOTIFY carries: where to look, and the event itself when it fits in PostgreSQL's payload (under 8000 bytes), so
 * that a hub whose subscribers are up to date can hand it out without reading it back (see realtime/live-hub.ts).
 */
export type LiveEventNotice = { tenantId: string; stream: string; id: string; type?: string; data?: unknown; at?: string };

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a larger event's notice says only where to look. */
const MAX_NOTICE_BYTES = 7999;

/** The event a notice carries (its time as a read of the log gives it: ISO, in ms), or null if it only says where to look. */
export const eventOfNotice = (notice: LiveEventNotice): LiveEvent | null => {
  const at = typeof notice.at === 'string' ? Date.parse(notice.at) : Number.NaN;
  if (typeof notice.type !== 'string' || !('data' in notice) || Number.isNaN(at)) return null;
  return { id: notice.id, stream: notice.stream, type: notice.type, data: notice.data, at: new Date(at).toISOString() };
};

const toLiveEvent = (row: typeof liveEvents.$inferSelect): LiveEvent => ({
  id: row.id.toString(),
  stream: row.stream,
  type: row.type,
  data: row.data,
  at: row.createdAt.toISOString(),
});

export const createLiveEventLog = (db: Database): LiveEventLog => ({
  publish: async (tenantId, stream, type, data) => {
    // One statement, so one round trip and its own transaction: lock the stream, append, NOTIFY, commit. Ids come from
    // one sequence; taking the stream's lock before the row gets its id (the insert reads from `locked`) and holding it
    // until commit makes ids increase in commit order within the stream, so "everything after id N" never misses an
    // event that committed late. The notice carries the event as stored (jsonb's text, the timestamp as JSON writes it),
    // so a hub that hands it out directly sends what a reader of the log would get; a too large one only where to look.
    const result = await db.execute(sql`
      with locked as (select pg_advisory_xact_lock(hashtextextended(${`${tenantId}/${stream}`}, 0))),
      event as (
        insert into ${liveEvents} (tenant_id, stream, type, data)
        select ${tenantId}, ${stream}, ${type}, ${JSON.stringify(data)}::jsonb from locked
        returning id, type, data, created_at
      ),
      notice as (
        select event.id, event.created_at,
          json_build_object('tenantId', ${tenantId}::text, 'stream', ${stream}::text, 'id', event.id::text, 'type', event.type, 'data', event.data, 'at', event.created_at)::text as whole,
          json_build_object('tenantId', ${tenantId}::text, 'stream', ${stream}::text, 'id', event.id::text)::text as pointer
        from event
      ),
      notified as (
        select pg_notify(${LIVE_EVENTS_CHANNEL}, case when octet_length(whole) <= ${MAX_NOTICE_BYTES} then whole else pointer end) from notice
      )
      select notice.id::text as id, notice.created_at as created_at, (select count(*) from notified) as notices from notice`);
    const [row] = (result as unknown as { rows: { id: string; created_at: Date | string }[] }).rows;
    if (!row) throw new Error('live event not stored');
    return { id: row.id, stream, type, data, at: new Date(row.created_at).toISOString() };
  },

  since: async (tenantId, stream, afterId, limit = 500) => {
    const rows = await db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.tenantId, tenantId), eq(liveEvents.stream, stream), gt(liveEvents.id, BigInt(afterId ?? '0'))))
      .orderBy(asc(liveEvents.id))
      .limit(limit);
    return rows.map(toLiveEvent);
  },

  latestId: async (tenantId, stream) => {
    const [row] = await db
      .select({ id: liveEvents.id })
      .from(liveEvents)
      .where(and(eq(liveEvents.tenantId, tenantId), eq(liveEvents.stream, stream)))
      .orderBy(desc(liveEvents.id))
      .limit(1);
    return row ? row.id.toString() : null;
  },
});
