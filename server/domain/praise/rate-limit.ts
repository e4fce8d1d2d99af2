// Graph's per-app limits for praise delivery, per tenant and kind: chat posts about 20 a second, activity notifications
// 5 a second — "N a second" read as Graph enforces it: never more than N in any one second. The limiter keeps each
// lane's recent send times and gives a turn only where it keeps every window within the limit. A turn is taken when a
// job is picked, and its time moved to when the request really leaves (`sendAt`): preparing it (the card, the token)
// takes a moment, longer on a busy server, and what Graph counts is the requests it gets. A send that left late does
// not slow its lane down for good, as a one-token bucket would: the next are measured against the window. The window
// is a little longer than a second (the headroom), for requests that reach Graph closer together than they left.
// Pure: the caller passes the time, so tests drive it with a fake clock.
import type { DeliveryKind } from './types';

export type RateLimit = { perSecond: number };

export const GRAPH_PRAISE_LIMITS: Record<DeliveryKind, RateLimit> = {
  chat_post: { perSecond: 20 },
  activity_notification: { perSecond: 5 },
};

/** The share of Graph's limit held back for the way to Graph: sends run at 95% of it at most. */
export const DEFAULT_HEADROOM = 0.05;

export type Turn = {
  /** The request leaves at `atMs` (not before its turn): how long it must wait first to stay within the limit (0: go). */
  sendAt(atMs: number): number;
};

export type TakeResult = { ok: true; turn: Turn } | { ok: false; waitMs: number };

export type RateLimiter = {
  /**
   * Takes a turn for one request, or says how long until there is one. With `leadMs`, a turn that comes within that
   * long is taken now (its time is then the turn's, later than now): the request is prepared meanwhile and leaves on time.
   */
  tryTake(tenantId: string, kind: DeliveryKind, nowMs: number, leadMs?: number): TakeResult;
};

/**
 * The earliest time from `fromMs` at which one more send keeps every window of `windowMs` (open on the left) within
 * `limit`, given the lane's other sends (ascending): the window ending at it, and those ending at later sends.
 */
export const earliestSlot = (others: readonly number[], fromMs: number, limit: number, windowMs: number): number => {
  let at = fromMs;
  for (;;) {
    const ends = [at, ...others.filter((t) => t >= at && t < at + windowMs)];
    const full = ends.find((end) => others.filter((t) => t > end - windowMs && t <= end).length + 1 > limit);
    if (full === undefined) return at;
    // Wait until the oldest send in that window leaves it (always later: that window holds a send after `at` − window).
    at = Math.max(at + 1, others.find((t) => t > full - windowMs)! + windowMs);
  }
};

export const createRateLimiter = (limits: Record<DeliveryKind, RateLimit> = GRAPH_PRAISE_LIMITS, headroom = DEFAULT_HEADROOM): RateLimiter => {
  // Whole milliseconds, as clocks give them: window arithmetic stays exact.
  const windowMs = Math.ceil(1000 / (1 - headroom));
  /** Per tenant and kind: the latest time seen, and the sends not yet out of every window (ascending). */
  const lanes = new Map<string, { latest: number; sent: number[] }>();
  return {
    tryTake: (tenantId, kind, nowMs, leadMs = 0) => {
      const limit = limits[kind].perSecond;
      const key = `${tenantId}/${kind}`;
      const lane = lanes.get(key) ?? { latest: nowMs, sent: [] };
      lanes.set(key, lane);
      // A clock that goes backwards frees nothing.
      const at = (lane.latest = Math.max(lane.latest, nowMs));
      lane.sent = lane.sent.filter((t) => t > at - windowMs);
      const slot = earliestSlot(lane.sent, at, limit, windowMs);
      if (slot > at + leadMs) return { ok: false, waitMs: Math.max(1, Math.ceil(slot - at - leadMs)) };
      let mine = slot;
      lane.sent = [...lane.sent, mine].sort((a, b) => a - b);
      const turn: Turn = {
        sendAt: (atMs) => {
          const index = lane.sent.indexOf(mine);
          const others = lane.sent.filter((_, i) => i !== index);
          mine = earliestSlot(others, Math.max(mine, atMs), limit, windowMs);
          lane.sent = [...others, mine].sort((a, b) => a - b);
          return Math.max(0, Math.ceil(mine - atMs));
        },
      };
      return { ok: true, turn };
    },
  };
};
