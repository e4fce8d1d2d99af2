// The praise outbox over Drizzle: workers on any number of instances lease due delivery jobs (FOR UPDATE SKIP LOCKED,
// so two never take the same job; on single-connection PGlite the transaction alone serializes them), record each
// attempt only while they still hold the lease, and park or wake chat posts by where the giver's sign-in lives.
import { and, asc, eq, gt, isNull, lte, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { ClaimedJob, DeliveryChange, OutboxStore } from '../services/praise/praise-ports';
import type { Database } from './client';
import { jobOfPraise, praiseColumns, toStoredPraise } from './praise-rows';
import { praise, praiseDeliveryJobs as jobs, praiseGiverSessions as sessions } from './tables';

type Key = { tenantId: string; id: string };

const anyOf = (conditions: SQL[]): SQL => or(...conditions) ?? sql`false`;

const praiseByKeys = async (db: Database, keys: Key[]) => {
  if (keys.length === 0) return new Map<string, ReturnType<typeof toStoredPraise>>();
  const rows = await db
    .select(praiseColumns)
    .from(praise)
    .innerJoin(jobs, jobOfPraise)
    .where(anyOf(keys.map((k) => and(eq(praise.tenantId, k.tenantId), eq(praise.praiseId, k.id)) as SQL)));
  return new Map(rows.map((r) => [`${r.praise.tenantId}/${r.praise.praiseId}`, toStoredPraise(r.praise, r.job)]));
};

const changesOf = async (db: Database, changed: { tenantId: string; praiseId: string }[]): Promise<DeliveryChange[]> => {
  const found = await praiseByKeys(db, changed.map((c) => ({ tenantId: c.tenantId, id: c.praiseId })));
  return changed.flatMap((c) => {
    const stored = found.get(`${c.tenantId}/${c.praiseId}`);
    return stored ? [{ praise: stored }] : [];
  });
};

const leaseIsFree = (now: Date) => or(isNull(jobs.leaseExpiresAt), lte(jobs.leaseExpiresAt, now));
const jobKey = (job: { tenantId: string; jobId: string }) => and(eq(jobs.tenantId, job.tenantId), eq(jobs.jobId, job.jobId));

export const createOutboxStore = (db: Database): OutboxStore => ({
  claimDue: async ({ instanceId, now, leaseMs, limit, usableUntil }) => {
    const leased = await db.transaction(async (tx) => {
      const due = await tx
        .select({ tenantId: jobs.tenantId, jobId: jobs.jobId })
        .from(jobs)
        .leftJoin(sessions, and(eq(sessions.tenantId, jobs.tenantId), eq(sessions.userId, jobs.giverId)))
        .where(
          and(
            eq(jobs.state, 'pending'),
            lte(jobs.nextAttemptAt, now),
            leaseIsFree(now),
            or(eq(jobs.kind, 'activity_notification'), and(eq(sessions.instanceId, instanceId), gt(sessions.tokenExpiresAt, usableUntil))),
          ),
        )
        .orderBy(asc(jobs.nextAttemptAt), asc(jobs.createdAt))
        .limit(limit)
        .for('update', { of: jobs, skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(jobs)
        // A job still in flight was being sent by a worker that died: it may have reached Teams.
        .set({ leaseOwner: instanceId, leaseExpiresAt: new Date(now.getTime() + leaseMs), unsure: sql`${jobs.unsure} or ${jobs.inFlight}`, inFlight: true, updatedAt: now })
        .where(anyOf(due.map((d) => jobKey(d) as SQL)))
        .returning();
    });
    const found = await praiseByKeys(db, leased.map((j) => ({ tenantId: j.tenantId, id: j.praiseId })));
    return leased.flatMap((j): ClaimedJob[] => {
      const stored = found.get(`${j.tenantId}/${j.praiseId}`);
      return stored ? [{ tenantId: j.tenantId, jobId: j.jobId, kind: j.kind, target: j.target, giverId: j.giverId, attempts: j.attempts, unsure: j.unsure, praise: stored }] : [];
    });
  },

  finish: async (job, instanceId, update, now) => {
    const rows = await db
      .update(jobs)
      .set({
        state: update.state,
        attempts: update.attempts,
        nextAttemptAt: update.nextAttemptAt ?? now,
        unsure: update.unsure,
        lastError: update.lastError,
        ...(update.postedMessageId ? { postedMessageId: update.postedMessageId } : {}),
        inFlight: false,
        leaseOwner: null,
        leaseExpiresAt: null,
        updatedAt: now,
      })
      .where(and(jobKey(job), eq(jobs.leaseOwner, instanceId)))
      .returning({ jobId: jobs.jobId });
    return rows.length === 1;
  },

  release: async (job, instanceId, nextAttemptAt, now) => {
    await db
      .update(jobs)
      .set({ nextAttemptAt, inFlight: false, leaseOwner: null, leaseExpiresAt: null, updatedAt: now })
      .where(and(jobKey(job), eq(jobs.leaseOwner, instanceId)));
  },

  parkWithoutGiver: async (now, usableUntil) => {
    const usable = db
      .select({ one: sql`1` })
      .from(sessions)
      .where(and(eq(sessions.tenantId, jobs.tenantId), eq(sessions.userId, jobs.giverId), gt(sessions.tokenExpiresAt, usableUntil)));
    const parked = await db
      .update(jobs)
      .set({ state: 'waiting_for_giver', updatedAt: now })
      .where(and(eq(jobs.kind, 'chat_post'), eq(jobs.state, 'pending'), lte(jobs.nextAttemptAt, now), leaseIsFree(now), notExists(usable)))
      .returning({ tenantId: jobs.tenantId, praiseId: jobs.praiseId });
    return changesOf(db, parked);
  },

  wakeGiver: async (tenantId, giverId, now) => {
    const woken = await db
      .update(jobs)
      .set({ state: 'pending', nextAttemptAt: now, updatedAt: now })
      .where(and(eq(jobs.tenantId, tenantId), eq(jobs.giverId, giverId), eq(jobs.state, 'waiting_for_giver')))
      .returning({ tenantId: jobs.tenantId, praiseId: jobs.praiseId });
    return changesOf(db, woken);
  },

  recordGiverSession: async (tenantId, userId, instanceId, tokenExpiresAt) => {
    await db
      .insert(sessions)
      .values({ tenantId, userId, instanceId, tokenExpiresAt })
      .onConflictDoUpdate({ target: [sessions.tenantId, sessions.userId], set: { instanceId, tokenExpiresAt, updatedAt: sql`now()` } });
  },

  dropGiverSession: async (tenantId, userId, instanceId) => {
    await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId), eq(sessions.instanceId, instanceId)));
  },
});
