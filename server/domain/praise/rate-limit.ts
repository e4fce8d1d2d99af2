// Graph's per-app limits for praise delivery, as token buckets per tenant and kind: chat posts about 20 a second,
// activity notifications 5 a second. Pure: the caller passes the time, so tests drive it with a fake clock.
import type { DeliveryKind } from './types';

export type RateLimit = { perSecond: number; burst: number };

/**
 * A bucket of one token (burst 1) paces requests evenly: in any window of T seconds at most perSecond·T + 1 go out,
 * so a drain stays at the allowed rate, never above it, however the window is placed.
 */
export const GRAPH_PRAISE_LIMITS: Record<DeliveryKind, RateLimit> = {
  chat_post: { perSecond: 20, burst: 1 },
  activity_notification: { perSecond: 5, burst: 1 },
};

type Bucket = { tokens: number; atMs: number };

export type TakeResult = { ok: true } | { ok: false; waitMs: number };

export type RateLimiter = {
  /** Takes a token for one request now, or says how long until one is free. */
  tryTake(tenantId: string, kind: DeliveryKind, nowMs: number): TakeResult;
};

export const createRateLimiter = (limits: Record<DeliveryKind, RateLimit> = GRAPH_PRAISE_LIMITS): RateLimiter => {
  const buckets = new Map<string, Bucket>();
  return {
    tryTake: (tenantId, kind, nowMs) => {
      const limit = limits[kind];
      const key = `${tenantId}/${kind}`;
      const last = buckets.get(key) ?? { tokens: limit.burst, atMs: nowMs };
      // A clock that goes backwards refills nothing.
      const elapsed = Math.max(0, nowMs - last.atMs);
      const tokens = Math.min(limit.burst, last.tokens + (elapsed * limit.perSecond) / 1000);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, atMs: Math.max(nowMs, last.atMs) });
        return { ok: true };
      }
      buckets.set(key, { tokens, atMs: Math.max(nowMs, last.atMs) });
      return { ok: false, waitMs: Math.ceil(((1 - tokens) * 1000) / limit.perSecond) };
    },
  };
};
