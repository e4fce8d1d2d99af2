// The inbox of Graph change notifications over Drizzle: the webhook records them before it answers 202, workers
// claim due ones with a lease (FOR UPDATE SKIP LOCKED, so instances never take the same row), and each ends done,
// due again later, or given up.
import { and, asc, count, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { NotificationJob, TranscriptSyncStore } from '../services/speaking-notifications/ports';
import type { Database } from './client';
import { graphNotifications } from './tables';

const toJob = (row: typeof graphNotifications.$inferSelect): NotificationJob => ({
  tenantId: row.tenantId,
  notificationId: row.notificationId,
  subscriptionId: row.subscriptionId,
  organizerId: row.organizerId,
  kind: row.kind,
  lifecycleEvent: row.lifecycleEvent,
  onlineMeetingId: row.onlineMeetingId,
  transcriptId: row.transcriptId,
  dedupeKey: row.dedupeKey,
  attempts: row.attempts,
  receivedAt: row.receivedAt,
});

const byId = (tenantId: string, notificationId: string) => and(eq(graphNotifications.tenantId, tenantId), eq(graphNotifications.notificationId, notificationId));

const isOpen = and(isNull(graphNotifications.processedAt), isNull(graphNotifications.failedAt));

export const createNotificationInbox = (db: Database): TranscriptSyncStore['notifications'] => ({
  enqueue: async (jobs, at) => {
    if (jobs.length === 0) return 0;
    const rows = jobs.map((job) => ({ ...job, notificationId: randomUUID(), receivedAt: at, nextAttemptAt: at }));
    const inserted = await db.insert(graphNotifications).values(rows).onConflictDoNothing().returning({ id: graphNotifications.notificationId });
    return inserted.length;
  },

  claimDue: async (now, limit, leaseMs) => {
    const due = db
      .select({ id: graphNotifications.notificationId })
      .from(graphNotifications)
      .where(and(isOpen, lte(graphNotifications.nextAttemptAt, now), or(isNull(graphNotifications.lockedUntil), lte(graphNotifications.lockedUntil, now))))
      .orderBy(asc(graphNotifications.nextAttemptAt), asc(graphNotifications.receivedAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const rows = await db
      .update(graphNotifications)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${graphNotifications.attempts} + 1`, updatedAt: sql`now()` })
      .where(inArray(graphNotifications.notificationId, due))
      .returning();
    return rows.map(toJob).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  },

  complete: async (tenantId, notificationId, at, outcome) => {
    await db
      .update(graphNotifications)
      .set({ processedAt: at, outcome, lockedUntil: null, lastError: null, updatedAt: sql`now()` })
      .where(byId(tenantId, notificationId));
  },

  fail: async (tenantId, notificationId, at, error, retryAt) => {
    const next = retryAt ? { nextAttemptAt: retryAt } : { failedAt: at, outcome: 'gave_up' };
    await db
      .update(graphNotifications)
      .set({ ...next, lockedUntil: null, lastError: error, updatedAt: sql`now()` })
      .where(byId(tenantId, notificationId));
  },

  countPending: async () => {
    const [row] = await db.select({ n: count() }).from(graphNotifications).where(isOpen);
    return row?.n ?? 0;
  },

  prune: async (before) => {
    await db
      .delete(graphNotifications)
      .where(or(and(isNotNull(graphNotifications.processedAt), lt(graphNotifications.processedAt, before)), and(isNotNull(graphNotifications.failedAt), lt(graphNotifications.failedAt, before))));
  },
});
