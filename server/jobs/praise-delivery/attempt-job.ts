// One step of a leased job, start to end: look for its earlier post or send it through Graph, decide what comes next
// (domain afterAttempt), record that while the lease is still ours, and tell the meeting. A look that finds nothing
// records nothing: the job goes back in line for its send. Also remembers, for this instance, when a chat post may
// first have reached Teams, so that the look reads the chat back to then rather than to the praise.
import type { Logger } from 'pino';
import { afterAttempt, type JobUpdate } from '../../domain/praise';
import type { TokenVault } from '../../auth/token-vault';
import type { Clock, LiveEvents } from '../../services/ports';
import type { DeliveryGraph, OutboxStore, PraiseStore } from '../../services/praise/praise-ports';
import { lookForEarlierPost, sendJob } from './deliver-job';
import type { QueuedJob, Step } from './paced-queue';
import { publishDelivery } from './publish-delivery';

/** What every step of delivery works through: the stores, Graph, the giver's tokens, the meeting's stream, the time. */
export type DeliveryPorts = {
  outbox: OutboxStore;
  praise: PraiseStore;
  graph: DeliveryGraph;
  vault: TokenVault;
  live: LiveEvents;
  clock: Clock;
};

export type AttemptDeps = DeliveryPorts & {
  log: Logger;
  instanceId: string;
  praiseTabLink: () => string;
  random: () => number;
  tokenMarginMs: number;
  /** A job looked for and not found in the chat, to send next. */
  onNotFound: (entry: QueuedJob) => void;
  /** How long a send took to be ready to leave once its turn was taken (the sign-in, the card). */
  onPrepared?: (ms: number) => void;
  /** A job will be due again then (a retry). */
  onDueAgain?: (at: Date) => void;
  /** Keeps a job to try again soon while its lease lasts (recording the attempt later); false: record it now. */
  hold: (entry: QueuedJob, update: JobUpdate) => boolean;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts that may have reached Teams, by job: when the first such attempt started. Bounded; lost on restart. */
const MAX_REMEMBERED = 10_000;

export const createJobAttempts = (deps: AttemptDeps) => {
  const maybePostedSince = new Map<string, Date>();

  const attempt = async (step: Step): Promise<void> => {
    const { job } = step.entry;
    let startedAt = deps.clock.now();
    const graph = { graph: deps.graph, vault: deps.vault, tokenMarginMs: deps.tokenMarginMs, praiseTabLink: deps.praiseTabLink() };
    // The request counts under the limit from when it leaves; now and then it must wait a moment for that.
    const goAhead = async () => {
      if (step.step !== 'send') return;
      deps.onPrepared?.(deps.clock.now().getTime() - step.takenAtMs);
      for (let waitMs = step.turn.sendAt(deps.clock.now().getTime()); waitMs > 0; waitMs = step.turn.sendAt(deps.clock.now().getTime())) await sleep(waitMs);
      startedAt = deps.clock.now();
    };
    const outcome = step.step === 'look' ? await lookForEarlierPost(graph, job, maybePostedSince.get(job.jobId) ?? null) : await sendJob(graph, job, goAhead);
    if (outcome === null) {
      deps.onNotFound(step.entry);
      return;
    }
    if (outcome.kind === 'giver_token_unusable') {
      deps.vault.forget(job.tenantId, job.giverId);
      await deps.outbox.dropGiverSession(job.tenantId, job.giverId, deps.instanceId);
    }
    const now = deps.clock.now();
    const update = afterAttempt({ kind: job.kind, attempts: job.attempts, unsure: job.unsure, createdAt: job.praise.createdAt }, outcome, { now, random: deps.random });
    if (update.state !== 'pending') maybePostedSince.delete(job.jobId);
    // Only when this is the first doubt: a job that came to us unsure may have reached Teams before we knew of it.
    else if (job.kind === 'chat_post' && !job.unsure && outcome.kind === 'retry' && outcome.unsure) {
      if (maybePostedSince.size >= MAX_REMEMBERED) maybePostedSince.delete(maybePostedSince.keys().next().value as string);
      maybePostedSince.set(job.jobId, startedAt);
    }
    // Never the message: logs must not carry private praise text.
    const logged = { jobId: job.jobId, praiseId: job.praise.id, kind: job.kind, outcome: outcome.kind, state: update.state, attempts: update.attempts, reason: update.lastError };
    if (update.state === 'pending' && deps.hold(step.entry, update)) {
      deps.log.info({ ...logged, retryAt: update.nextAttemptAt }, 'praise delivery attempt; tried again here while the lease lasts');
      return;
    }
    if (!(await deps.outbox.finish(job, deps.instanceId, update, now))) {
      deps.log.warn({ jobId: job.jobId, praiseId: job.praise.id }, 'lease lost before the attempt was recorded');
      return;
    }
    deps.log.info(logged, 'praise delivery attempt');
    if (job.kind === 'activity_notification' && (outcome.kind === 'delivered' || outcome.kind === 'recipient_has_no_app')) {
      await deps.praise.preferences.setHasApp(job.tenantId, job.target, outcome.kind === 'delivered');
    }
    if (update.state === 'pending' && update.nextAttemptAt) deps.onDueAgain?.(update.nextAttemptAt);
    if (update.state !== 'pending') await publishDelivery(deps.live, job.praise, update);
  };

  /** A step that throws is logged; its lease expires and the job is tried again (unsure, as it may have gone out). */
  return (step: Step): Promise<void> =>
    attempt(step).catch((error: unknown) => {
      const { job } = step.entry;
      deps.log.error({ err: error, jobId: job.jobId, praiseId: job.praise.id }, 'praise delivery attempt failed; the lease will expire and it is tried again');
    });
};
