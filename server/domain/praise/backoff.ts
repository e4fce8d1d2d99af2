// When to try a delivery again: after the server's Retry-After when it gave one, else exponentially longer waits
// with jitter (so many jobs failing together do not come back together). Pure: randomness is passed in.

/**
 * `maxAttempts` tries, but never giving up before `minRetryMs` after the praise was given: a Graph that throttles with
 * Retry-After: 1 would otherwise use up every try in a few seconds, and a praise is worth delivering an hour late.
 */
export type BackoffPolicy = { baseMs: number; maxMs: number; maxAttempts: number; minRetryMs: number };

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 10 * 60_000, maxAttempts: 12, minRetryMs: 60 * 60_000 };

/**
 * The wait after the `attempt`-th failed attempt (1-based): base · 2^(attempt−1), capped, then "equal jitter" — between
 * half and all of it — so the waits still grow while spreading out.
 */
export const backoffDelayMs = (attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number => {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const share = Math.min(1, Math.max(0, random()));
  return Math.round(exponential / 2 + (exponential / 2) * share);
};

/** Retry-After wins when present (never less than it, never jittered); otherwise the exponential backoff. */
export const retryDelayMs = (attempt: number, retryAfterMs: number | null, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number =>
  retryAfterMs !== null ? retryAfterMs : backoffDelayMs(attempt, random, policy);
