// The praise outbox's worker: parks chat posts whose giver is away, leases due jobs, paces them under Graph's
// per-tenant limits, delivers each through Graph and records the result while it still holds the lease. Everything
// it knows is in the database, so a restart (or a crash mid-send) loses nothing and posts nothing twice. `runOnce`
// is one pass that waits for its attempts (tests drive it with an injected clock); `start` runs on its own: it sends
// each job as its turn under the rate limit comes, without waiting for earlier attempts to come back, and leases more
// before the queue runs dry — so a drain runs at the allowed rate, not at the pace of Graph's answers.
import type { Logger } from 'pino';
import { createRateLimiter, GRAPH_PRAISE_LIMITS, type DeliveryKind, type RateLimit, type RateLimiter } from '../../domain/praise';
import type { VerifiedUser } from '../../services/ports';
import { createJobAttempts, type DeliveryPorts } from './attempt-job';
import { createPacedQueue, type QueuedJob } from './paced-queue';
import { publishDelivery } from './publish-delivery';
import { createRunLoop } from './run-loop';

export type PraiseDeliveryDeps = DeliveryPorts & {
  logger: Logger;
  /** This instance, as lease owner and as holder of the tokens in `vault`. */
  instanceId: string;
  /** Where private praise notifications lead (the personal tab's praise view); read when sending. */
  praiseTabLink: () => string;
  random?: () => number;
  /** Graph's limits the sends keep within (default: Graph's); `limiter` paces them (default: by these limits). */
  limits?: Record<DeliveryKind, RateLimit>;
  limiter?: RateLimiter;
  leaseMs?: number;
  /** Most jobs leased and waiting here for their turn (each tenant's kind at most two seconds of its sends). */
  batchSize?: number;
  tokenMarginMs?: number;
  /** Longest pause between passes when nothing is due sooner. */
  pollMs?: number;
  /** Most attempts waiting for Graph at once (a slow Graph must not pile up requests). */
  maxInFlight?: number;
};

/** One pass: jobs parked for their giver, newly leased, attempted, and still waiting here for their turn. */
export type RunSummary = { parked: number; claimed: number; attempted: number; deferred: number; nextRunInMs: number };

export type PraiseDeliveryWorker = {
  runOnce(): Promise<RunSummary>;
  /** Runs on its own until stop(). */
  start(): void;
  /** Waits for the attempts under way and hands the jobs still waiting here back. */
  stop(): Promise<void>;
  /** Something became due (a new praise, a giver back): lease it soon. */
  nudge(): void;
  /** A giver's new token reached this instance: this instance can now post for them, and their waiting posts resume. */
  onGiverToken(user: VerifiedUser, expiresAt: Date): Promise<void>;
};

export const createPraiseDeliveryWorker = (deps: PraiseDeliveryDeps): PraiseDeliveryWorker => {
  const leaseMs = deps.leaseMs ?? 120_000;
  const batchSize = deps.batchSize ?? 50;
  const limits = deps.limits ?? GRAPH_PRAISE_LIMITS;
  const tokenMarginMs = deps.tokenMarginMs ?? 120_000;
  const pollMs = deps.pollMs ?? 5_000;
  const maxInFlight = deps.maxInFlight ?? 50;
  const { instanceId, clock } = deps;
  const log = deps.logger.child({ component: 'praise-delivery', instanceId });
  const queue = createPacedQueue({ limiter: deps.limiter ?? createRateLimiter(limits), leaseMs, laneShare: (kind) => Math.ceil(2 * limits[kind].perSecond) });
  let lookedFor = 0;
  // How long a send takes to get ready once picked (the giver's token, the card), smoothed: running on its own, the
  // worker picks sends that much before their turn, so they leave on time rather than a little late every time.
  let preparedMs = 20;
  const leadMs = () => Math.min(1_000, Math.max(20, 2 * preparedMs));
  const attempt = createJobAttempts({
    ...deps,
    log,
    random: deps.random ?? Math.random,
    tokenMarginMs,
    onNotFound: (entry) => {
      queue.putBack(entry);
      lookedFor += 1;
      loop.onPutBack();
    },
    onPrepared: (ms) => {
      preparedMs += (ms - preparedMs) / 10;
    },
    onDueAgain: (at) => loop.dueAt(at.getTime()),
    hold: (entry, update) => {
      if (!queue.hold(entry, update)) return false;
      loop.dueAt(update.nextAttemptAt!.getTime());
      return true;
    },
  });
  /** A job goes back to the outbox: with the attempts made here recorded, or untried. */
  const handBack = (entry: QueuedJob, now: Date) =>
    entry.unrecorded ? deps.outbox.finish(entry.job, instanceId, entry.unrecorded, now) : deps.outbox.release(entry.job, instanceId, now, now);
  const inFlight = new Set<Promise<void>>();

  /** Parks posts whose giver is away, then leases due jobs up to a batch; `full`: more may be due. */
  const refill = async (now: Date) => {
    const usableUntil = new Date(now.getTime() + tokenMarginMs);
    const parked = await deps.outbox.parkWithoutGiver(now, usableUntil);
    for (const change of parked) await publishDelivery(deps.live, change.praise, change.praise.job);
    const room = batchSize - queue.size;
    const claimed = room > 0 ? await deps.outbox.claimDue({ instanceId, now, leaseMs, limit: room, usableUntil }) : [];
    // Beyond its kind's share: back at once, due now, behind what is already due — the other kind goes first.
    const beyond = queue.add(claimed, now.getTime());
    for (const job of beyond) await deps.outbox.release(job, instanceId, now, now);
    // More may be due when the claim was full of jobs with room here; `crowded`: due jobs wait for a lane to empty.
    return { parked: parked.length, claimed: claimed.length, full: room > 0 && claimed.length === room && beyond.length === 0, crowded: beyond.length > 0 };
  };

  /** Starts every step that may go now (not waiting for them) and hands back the jobs held here too long. */
  const dispatch = async (now: Date, lead = 0) => {
    const { ready, overdue, waitMs } = queue.take(now.getTime(), maxInFlight - inFlight.size, lead);
    for (const entry of overdue) await handBack(entry, now);
    const started = ready.map((step) => {
      const running: Promise<void> = attempt(step).finally(() => {
        inFlight.delete(running);
        loop.onAttemptEnd();
      });
      inFlight.add(running);
      return running;
    });
    return { started, jobIds: ready.map((step) => step.entry.job.jobId), waitMs };
  };

  const runOnce = async (): Promise<RunSummary> => {
    const now = clock.now();
    // Leasing waits until half the batch is gone: one claim for several sends, not one per send.
    const { parked, claimed, full } = queue.size < batchSize / 2 ? await refill(now) : { parked: 0, claimed: 0, full: false };
    const attempted = new Set<string>();
    let waitMs: number | null;
    // A post looked for and not found goes again in the same pass, when its turn is free.
    for (;;) {
      const before = lookedFor;
      const step = await dispatch(now);
      step.jobIds.forEach((id) => attempted.add(id));
      waitMs = step.waitMs;
      await Promise.all(step.started);
      if (lookedFor === before) break;
    }
    const nextRunInMs = queue.size > 0 ? (waitMs ?? 0) : full ? 0 : pollMs;
    return { parked, claimed, attempted: attempted.size, deferred: queue.size, nextRunInMs };
  };

  const loop = createRunLoop({ clock, log, pollMs, batchSize, queue, refill, dispatch: (now) => dispatch(now, leadMs()) });

  return {
    runOnce,
    start: loop.start,
    stop: async () => {
      await loop.stop();
      await Promise.all([...inFlight]);
      // Untried jobs go back at once, so a restart need not wait out their leases.
      const now = clock.now();
      for (const entry of queue.clear()) await handBack(entry, now).catch(() => undefined);
    },
    nudge: loop.wake,
    onGiverToken: async (user, expiresAt) => {
      await deps.outbox.recordGiverSession(user.tenantId, user.id, instanceId, expiresAt);
      const woken = await deps.outbox.wakeGiver(user.tenantId, user.id, clock.now());
      for (const change of woken) await publishDelivery(deps.live, change.praise, change.praise.job);
      if (woken.length === 0) return;
      log.info({ giverId: user.id, posts: woken.length }, 'giver is back: waiting praise posts resume');
      loop.wake();
    },
  };
};
