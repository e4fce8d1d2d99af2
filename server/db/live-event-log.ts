// The live event log over Drizzle: append an event and NOTIFY in one transaction; read a stream after an id.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { LiveEvent, LiveEventLog } from '../services/ports';
import type { Database } from './client';
import { liveEvents } from './tables';

export const LIVE_EVENTS_CHANNEL = 'roundtable_live_events';

/** What NOTIFY carries: only where to look, so it stays far below PostgreSQL's 8000-byte payload limit. */
export type LiveEventNotice = { tenantId: string; stream: string; id: string };

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
    // event that committed late. The notice carries only where to look.
    const result = await db.execute(sql`
      with locked as (select pg_advisory_xact_lock(hashtextextended(${`${tenantId}/${stream}`}, 0))),
      event as (
        insert into ${liveEvents} (tenant_id, stream, type, data)
        select ${tenantId}, ${stream}, ${type}, ${JSON.stringify(data)}::jsonb from locked
        returning id, created_at
      ),
      notified as (
        select pg_notify(${LIVE_EVENTS_CHANNEL}, json_build_object('tenantId', ${tenantId}::text, 'stream', ${stream}::text, 'id', event.id::text)::text)
        from event
      )
      select event.id::text as id, event.created_at as created_at, (select count(*) from notified) as notices from event`);
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
