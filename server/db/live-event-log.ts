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
  publish: (tenantId, stream, type, data) =>
    db.transaction(async (tx) => {
      // Ids come from one sequence; locking the stream until commit makes them increase in commit order within it,
      // so "everything after id N" never misses an event that committed late.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${tenantId}/${stream}`}, 0))`);
      const [row] = await tx.insert(liveEvents).values({ tenantId, stream, type, data }).returning();
      if (!row) throw new Error('live event not stored');
      const notice: LiveEventNotice = { tenantId, stream, id: row.id.toString() };
      await tx.execute(sql`select pg_notify(${LIVE_EVENTS_CHANNEL}, ${JSON.stringify(notice)})`);
      return toLiveEvent(row);
    }),

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
