// The praise outbox's worker: parks chat posts whose giver is away, leases due jobs, paces them under Graph's
// per-tenant limits, delivers each through Graph and records the result while it still holds the lease. Everything
// it knows is in the database, so a restart (or a crash mid-send) loses nothing and posts nothing twice. `runOnce`
// is one pass (tests drive it with an injected clock); `start` runs passes until `stop`.
import type { Logger } from 'pino';
import { afterAttempt, createRateLimiter, type RateLimiter } from '../../domain/praise';
import type { TokenVault } from '../../auth/token-vault';
import type { Clock, LiveEvents, VerifiedUser } from '../../services/ports';
import type { ClaimedJob, DeliveryGraph, OutboxStore, PraiseStore } from '../../services/praise/praise-ports';
import { deliverJob } from './deliver-job';
import { publishDelivery } from './publish-delivery';

export type PraiseDeliveryDeps = {
  outbox: OutboxStore;
  praise: PraiseStore;
  graph: DeliveryGraph;
  vault: TokenVault;
  live: LiveEvents;
  clock: Clock;
  logger: Logger;
  /** This instance, as lease owner and as holder of the tokens in `vault`. */
  instanceId: string;
  /** Where private praise notifications lead (the personal tab's praise view); read when sending. */
  praiseTabLink: () => string;
  random?: () => number;
  limiter?: RateLimiter;
  leaseMs?: number;
  batchSize?: number;
  tokenMarginMs?: number;
  /** Longest pause between passes when nothing is due sooner. */
  pollMs?: number;
};

/** One pass: jobs parked for their giver, newly leased, attempted, and still waiting here for a rate-limit token. */
export type RunSummary = { parked: number; claimed: number; attempted: number; deferred: number; nextRunInMs: number };

export type PraiseDeliveryWorker = {
  runOnce(): Promise<RunSummary>;
  /** Runs passes in the background until stop(). */
  start(): void;
  stop(): Promise<void>;
  /** Something became due (a new praise, a giver back): run a pass soon. */
  nudge(): void;
  /** A giver's new token reached this instance: this instance can now post for them, and their waiting posts resume. */
  onGiverToken(user: VerifiedUser, expiresAt: Date): Promise<void>;
};

export const createPraiseDeliveryWorker = (deps: PraiseDeliveryDeps): PraiseDeliveryWorker => {
  const leaseMs = deps.leaseMs ?? 120_000;
  const batchSize = deps.batchSize ?? 20;
  const tokenMarginMs = deps.tokenMarginMs ?? 120_000;
  const pollMs = deps.pollMs ?? 5_000;
  const limiter = deps.limiter ?? createRateLimiter();
  const random = deps.random ?? Math.random;
  const log = deps.logger.child({ component: 'praise-delivery', instanceId: deps.instanceId });

  const attempt = async (job: ClaimedJob): Promise<void> => {
    const outcome = await deliverJob({ graph: deps.graph, vault: deps.vault, tokenMarginMs, praiseTabLink: deps.praiseTabLink() }, job);
    if (outcome.kind === 'giver_token_unusable') {
      deps.vault.forget(job.tenantId, job.giverId);
      await deps.outbox.dropGiverSession(job.tenantId, job.giverId, deps.instanceId);
    }
    const now = deps.clock.now();
    const update = afterAttempt({ kind: job.kind, attempts: job.attempts, unsure: job.unsure }, outcome, { now, random });
    if (!(await deps.outbox.finish(job, deps.instanceId, update, now))) {
      log.warn({ jobId: job.jobId, praiseId: job.praise.id }, 'lease lost before the attempt was recorded');
      return;
    }
    // Never the message: logs must not carry private praise text.
    log.info({ jobId: job.jobId, praiseId: job.praise.id, kind: job.kind, outcome: outcome.kind, state: update.state, attempts: update.attempts, reason: update.lastError }, 'praise delivery attempt');
    if (job.kind === 'activity_notification' && (outcome.kind === 'delivered' || outcome.kind === 'recipient_has_no_app')) {
      await deps.praise.preferences.setHasApp(job.tenantId, job.target, outcome.kind === 'delivered');
    }
    if (update.state !== 'pending') await publishDelivery(deps.live, job.praise, update);
  };

  // Leased jobs waiting for their rate-limit token, in claim order. In memory only: if this instance dies their
  // leases expire and another instance takes them; stop() hands them back at once.
  let queue: { job: ClaimedJob; leasedUntil: number }[] = [];

  const runOnce = async (): Promise<RunSummary> => {
    const now = deps.clock.now();
    const at = now.getTime();
    const usableUntil = new Date(at + tokenMarginMs);
    const parked = await deps.outbox.parkWithoutGiver(now, usableUntil);
    for (const change of parked) await publishDelivery(deps.live, change.praise, change.praise.job);
    const room = batchSize - queue.length;
    const claimed = room > 0 ? await deps.outbox.claimDue({ instanceId: deps.instanceId, now, leaseMs, limit: room, usableUntil }) : [];
    queue.push(...claimed.map((job) => ({ job, leasedUntil: at + leaseMs })));

    const ready: ClaimedJob[] = [];
    const waiting: typeof queue = [];
    let soonestMs = Number.POSITIVE_INFINITY;
    for (const entry of queue) {
      // A job that waited too long for a token goes back rather than outliving its lease here.
      if (entry.leasedUntil - at < leaseMs / 4) {
        await deps.outbox.release(entry.job, deps.instanceId, now, now);
        continue;
      }
      const taken = limiter.tryTake(entry.job.tenantId, entry.job.kind, at);
      if (taken.ok) ready.push(entry.job);
      else {
        waiting.push(entry);
        soonestMs = Math.min(soonestMs, taken.waitMs);
      }
    }
    queue = waiting;
    await Promise.all(
      ready.map((job) =>
        attempt(job).catch((error: unknown) => log.error({ err: error, jobId: job.jobId, praiseId: job.praise.id }, 'praise delivery attempt failed; the lease will expire and it is tried again')),
      ),
    );
    const nextRunInMs = queue.length > 0 ? soonestMs : claimed.length === room && room > 0 ? 0 : pollMs;
    return { parked: parked.length, claimed: claimed.length, attempted: ready.length, deferred: queue.length, nextRunInMs };
  };

  let running = false;
  let again = false;
  let stopped = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let current: Promise<void> = Promise.resolve();

  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) return;
      running = true;
      again = false;
      current = runOnce()
        .then((summary) => schedule(again ? 0 : summary.nextRunInMs))
        .catch((error: unknown) => {
          log.error({ err: error }, 'praise delivery pass failed');
          schedule(pollMs);
        })
        .finally(() => {
          running = false;
        });
    }, delayMs);
    timer.unref();
  };

  return {
    runOnce,
    start: () => {
      stopped = false;
      schedule(0);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await current;
      // Untried jobs go back at once, so a restart need not wait out their leases.
      const now = deps.clock.now();
      for (const { job } of queue) await deps.outbox.release(job, deps.instanceId, now, now).catch(() => undefined);
      queue = [];
    },
    nudge: () => {
      if (running) again = true;
      else schedule(0);
    },
    onGiverToken: async (user, expiresAt) => {
      await deps.outbox.recordGiverSession(user.tenantId, user.id, deps.instanceId, expiresAt);
      const woken = await deps.outbox.wakeGiver(user.tenantId, user.id, deps.clock.now());
      for (const change of woken) await publishDelivery(deps.live, change.praise, change.praise.job);
      if (woken.length === 0) return;
      log.info({ giverId: user.id, posts: woken.length }, 'giver is back: waiting praise posts resume');
      if (!stopped) schedule(0);
    },
  };
};
