// When a transcript subscription is created, renewed or left alone, and when a failed notification is tried again:
// pure rules over the stored state and the time, so they are tested without Graph or a clock.
import type { TranscriptSubscription } from './ports';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const SUBSCRIPTION_POLICY = {
  /** Graph allows at most 4,230 minutes for transcript subscriptions; a little less leaves room for clock skew. */
  lifetimeMs: 4200 * MINUTE,
  /** Renewed once less than this is left, so a day of failed renewals still loses nothing. */
  renewWhenLeftMs: 36 * HOUR,
} as const;

export type SubscriptionPlan = { action: 'create' } | { action: 'renew' } | { action: 'keep' };

export type PlanOptions = {
  now: Date;
  /** Where deliveries must go now: a subscription to another address is replaced. */
  notificationUrl: string;
  /** The first run after start renews every subscription: Graph may have dropped one while Roundtable was down. */
  isFirstRun: boolean;
};

export const planSubscription = (current: TranscriptSubscription | null, { now, notificationUrl, isFirstRun }: PlanOptions): SubscriptionPlan => {
  if (!current?.subscriptionId || !current.expiresAt) return { action: 'create' };
  if (current.notificationUrl !== notificationUrl) return { action: 'create' };
  const leftMs = current.expiresAt.getTime() - now.getTime();
  // Graph deletes an expired subscription: renewing it would only find a 404.
  if (leftMs <= 0) return { action: 'create' };
  if (isFirstRun || current.status === 'failed' || leftMs < SUBSCRIPTION_POLICY.renewWhenLeftMs) return { action: 'renew' };
  return { action: 'keep' };
};

export const nextExpiry = (now: Date): Date => new Date(now.getTime() + SUBSCRIPTION_POLICY.lifetimeMs);

export const RETRY_POLICY = { maxAttempts: 12, firstDelayMs: MINUTE, maxDelayMs: HOUR } as const;

/**
 * When a notification whose processing failed for the `attempts`-th time is tried again: 1, 2, 4 … minutes, at most
 * an hour apart; null after the last attempt (the delta poll still finds the transcript).
 */
export const retryAt = (attempts: number, now: Date): Date | null => {
  if (attempts >= RETRY_POLICY.maxAttempts) return null;
  const delay = Math.min(RETRY_POLICY.firstDelayMs * 2 ** Math.max(0, attempts - 1), RETRY_POLICY.maxDelayMs);
  return new Date(now.getTime() + delay);
};
