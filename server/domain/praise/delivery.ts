// A delivery job's life: pending → delivered | waiting_for_giver | kept_for_recipient | failed, with retries in
// between. `unsure` remembers that an earlier attempt may have reached Teams (a timeout, a 5xx, a lost worker), so
// the next chat post first looks for its own message instead of posting twice. Pure: time and randomness come in.
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff';
import type { DeliveryKind, DeliveryStatus } from './types';

export type JobState = Extract<DeliveryStatus, 'pending' | 'waiting_for_giver' | 'delivered' | 'kept_for_recipient' | 'failed'>;

/** What one attempt came to, in the product's terms (server/graph classifies Graph's answers into these). */
export type AttemptOutcome =
  | { kind: 'delivered'; messageId: string | null }
  /** Not done, try again: `unsure` when the request may have been carried out (timeout, reset, 5xx). */
  | { kind: 'retry'; unsure: boolean; retryAfterMs: number | null; reason: string }
  /** The giver's sign-in can no longer act for them (expired, consent or interaction needed): wait for them. */
  | { kind: 'giver_token_unusable'; reason: string }
  /** Teams refused the notification because the recipient has not installed the app. */
  | { kind: 'recipient_has_no_app' }
  /** Teams refused for good (400, 403, 404): retrying cannot help. */
  | { kind: 'rejected'; reason: string };

/** `createdAt`: when the praise was given (retries go on for at least the policy's `minRetryMs` from then). */
export type JobProgress = { kind: DeliveryKind; attempts: number; unsure: boolean; createdAt: Date };

export type JobUpdate = {
  state: JobState;
  /** Attempts that reached (or may have reached) Graph, this one included. */
  attempts: number;
  nextAttemptAt: Date | null;
  unsure: boolean;
  /** A reason safe to show the giver (never the praise text). */
  lastError: string | null;
  postedMessageId: string | null;
};

export type AttemptContext = { now: Date; random: () => number; policy?: BackoffPolicy };

export const afterAttempt = (job: JobProgress, outcome: AttemptOutcome, ctx: AttemptContext): JobUpdate => {
  const policy = ctx.policy ?? DEFAULT_BACKOFF;
  const attempts = job.attempts + (outcome.kind === 'giver_token_unusable' ? 0 : 1);
  const base = { attempts, nextAttemptAt: null, unsure: job.unsure, lastError: null, postedMessageId: null };
  switch (outcome.kind) {
    case 'delivered':
      return { ...base, state: 'delivered', unsure: false, postedMessageId: outcome.messageId };
    case 'retry': {
      const unsure = job.unsure || outcome.unsure;
      const triedLongEnough = ctx.now.getTime() - job.createdAt.getTime() >= policy.minRetryMs;
      if (attempts >= policy.maxAttempts && triedLongEnough) {
        return { ...base, state: 'failed', unsure, lastError: `Microsoft Teams did not take it after ${attempts} tries (last: ${outcome.reason}).` };
      }
      const delay = retryDelayMs(attempts, outcome.retryAfterMs, ctx.random, policy);
      return { ...base, state: 'pending', unsure, lastError: outcome.reason, nextAttemptAt: new Date(ctx.now.getTime() + delay) };
    }
    case 'giver_token_unusable':
      return { ...base, state: 'waiting_for_giver', lastError: outcome.reason };
    case 'recipient_has_no_app':
      return { ...base, state: job.kind === 'activity_notification' ? 'kept_for_recipient' : 'failed', lastError: 'The recipient has not installed Roundtable in Teams.' };
    case 'rejected':
      return { ...base, state: 'failed', lastError: outcome.reason };
  }
};

/** A job is finished when nothing more will be tried without someone's action. */
export const isSettled = (state: JobState): boolean => state === 'delivered' || state === 'kept_for_recipient' || state === 'failed';
