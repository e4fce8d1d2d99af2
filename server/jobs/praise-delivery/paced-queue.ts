// The jobs a worker holds leases on, waiting for their turn under Graph's per-tenant limits (the rate limiter of
// domain/praise). A send waits for its turn; a look for an earlier post (a read) goes at once, and the job comes back
// to the front of the queue for its send when the post was not there. A job to try again shortly (a Retry-After, a
// short backoff) stays here while the lease lasts, rather than going back to the outbox behind every job due before
// it: a post that may have reached Teams is looked for while it is still near the top of the chat. In memory only: if
// the instance dies, the leases expire and another instance takes the jobs (as unsure: they were in flight).
import type { DeliveryKind, JobUpdate, RateLimiter, Turn } from '../../domain/praise';
import type { ClaimedJob } from '../../services/praise/praise-ports';
import { needsLook } from './deliver-job';

export type QueuedJob = {
  job: ClaimedJob;
  leasedUntilMs: number;
  lookedFor: boolean;
  /** Not to be tried before then (a retry held here). */
  notBeforeMs: number;
  /** The attempts made here, not yet recorded: what to record when the job goes back untried. */
  unrecorded: JobUpdate | null;
};
/** A look goes at once; a send with its turn under the rate limit (to be counted from when it really leaves). */
export type Step = { entry: QueuedJob; step: 'look' } | { entry: QueuedJob; step: 'send'; turn: Turn; takenAtMs: number };

export type PacedQueue = {
  readonly size: number;
  /** Queues newly leased jobs; returns those beyond their lane's share (to hand back: others may go first). */
  add(jobs: ClaimedJob[], leasedAtMs: number): ClaimedJob[];
  /** A job looked for and not found in the chat: next in line for its send. */
  putBack(entry: QueuedJob): void;
  /** Keeps a job to try again at `update.nextAttemptAt`, if its lease lasts until then; false: record it now. */
  hold(entry: QueuedJob, update: JobUpdate): boolean;
  /**
   * The steps that may go at `atMs` (at most `max`, in queue order; sends whose turn comes within `leadMs`, to be
   * prepared meanwhile), the jobs that waited here so long that their lease would run out (to hand back), and how long
   * until the next waiting job may be picked (null: none waits for a turn or a time).
   */
  take(atMs: number, max: number, leadMs?: number): { ready: Step[]; overdue: QueuedJob[]; waitMs: number | null };
  /** Empties the queue (stop: the jobs go back). */
  clear(): QueuedJob[];
};

/**
 * `laneShare`: the most jobs one tenant's kind may hold here (a couple of seconds of its sends). Leases come in the
 * outbox's order, whatever their kind: without a share, the slower kind (notifications, 5 a second) would fill the
 * queue while chat posts, four times faster, wait in the database.
 */
export const createPacedQueue = (options: { limiter: RateLimiter; leaseMs: number; laneShare: (kind: DeliveryKind) => number }): PacedQueue => {
  let entries: QueuedJob[] = [];
  const laneOf = (job: ClaimedJob) => `${job.tenantId}/${job.kind}`;
  // A job is handed back rather than tried in the last quarter of its lease: the attempt must end before it runs out.
  const margin = options.leaseMs / 4;
  return {
    get size() {
      return entries.length;
    },
    add: (jobs, leasedAtMs) => {
      const held = new Map<string, number>();
      for (const { job } of entries) held.set(laneOf(job), (held.get(laneOf(job)) ?? 0) + 1);
      const beyond: ClaimedJob[] = [];
      for (const job of jobs) {
        const count = held.get(laneOf(job)) ?? 0;
        if (count >= options.laneShare(job.kind)) {
          beyond.push(job);
          continue;
        }
        held.set(laneOf(job), count + 1);
        entries.push({ job, leasedUntilMs: leasedAtMs + options.leaseMs, lookedFor: false, notBeforeMs: 0, unrecorded: null });
      }
      return beyond;
    },
    putBack: (entry) => {
      entries.unshift({ ...entry, lookedFor: true });
    },
    hold: (entry, update) => {
      const at = update.nextAttemptAt?.getTime();
      if (update.state !== 'pending' || at === undefined || entry.leasedUntilMs - at < margin) return false;
      const job = { ...entry.job, attempts: update.attempts, unsure: update.unsure };
      // Ahead of the jobs leased after it: it was due before them.
      entries.unshift({ job, leasedUntilMs: entry.leasedUntilMs, lookedFor: false, notBeforeMs: at, unrecorded: update });
      return true;
    },
    take: (atMs, max, leadMs = 0) => {
      const ready: Step[] = [];
      const overdue: QueuedJob[] = [];
      const waiting: QueuedJob[] = [];
      let waitMs: number | null = null;
      const waitFor = (ms: number) => (waitMs = waitMs === null ? ms : Math.min(waitMs, ms));
      // Tenants and kinds with no turn free at this moment: no need to ask again.
      const full = new Set<string>();
      for (const entry of entries) {
        if (entry.leasedUntilMs - atMs < margin) {
          overdue.push(entry);
          continue;
        }
        if (entry.notBeforeMs > atMs) {
          waitFor(entry.notBeforeMs - atMs);
          waiting.push(entry);
          continue;
        }
        if (ready.length >= max) {
          waiting.push(entry);
          continue;
        }
        if (needsLook(entry.job, entry.lookedFor)) {
          ready.push({ entry, step: 'look' });
          continue;
        }
        const lane = laneOf(entry.job);
        const taken = full.has(lane) ? null : options.limiter.tryTake(entry.job.tenantId, entry.job.kind, atMs, leadMs);
        if (taken?.ok) {
          ready.push({ entry, step: 'send', turn: taken.turn, takenAtMs: atMs });
          continue;
        }
        if (taken) {
          full.add(lane);
          waitFor(taken.waitMs);
        }
        waiting.push(entry);
      }
      entries = waiting;
      return { ready, overdue, waitMs };
    },
    clear: () => {
      const cleared = entries;
      entries = [];
      return cleared;
    },
  };
};
