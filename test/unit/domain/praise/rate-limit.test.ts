import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimiter, DEFAULT_HEADROOM, GRAPH_PRAISE_LIMITS, type RateLimiter } from '../../../../server/domain/praise';

const WINDOW = Math.ceil(1000 / (1 - DEFAULT_HEADROOM));

/**
 * Sends as fast as the limiter allows for `seconds` of fake time: each request leaves `prepareMs()` after its turn was
 * taken (waiting more when the limiter says so) and the next turn is asked for `lateMs()` after the limiter said to.
 */
const drain = (kind: 'chat_post' | 'activity_notification', seconds: number, options: { lateMs?: () => number; prepareMs?: () => number } = {}) => {
  const limiter = createRateLimiter();
  const sent: number[] = [];
  let now = 0;
  while (now < seconds * 1000) {
    const result = limiter.tryTake('t1', kind, now);
    if (result.ok) {
      const leaves = now + (options.prepareMs?.() ?? 0);
      sent.push(leaves + result.turn.sendAt(leaves));
    } else now += result.waitMs + (options.lateMs?.() ?? 0);
  }
  return sent.sort((a, b) => a - b);
};

/** The most sends in any window of `windowMs`, open on the left as Graph counts: (t − windowMs, t]. */
const maxInWindow = (times: number[], windowMs: number) => Math.max(...times.map((t) => times.filter((u) => u > t - windowMs && u <= t).length));

describe('the delivery rate limiter', () => {
  it('keeps chat posts within 20 and notifications within 5 in any second, at 95% of that over time', () => {
    for (const kind of ['chat_post', 'activity_notification'] as const) {
      const { perSecond } = GRAPH_PRAISE_LIMITS[kind];
      const sent = drain(kind, 60);
      expect(maxInWindow(sent, 1000)).toBeLessThanOrEqual(perSecond);
      expect(sent.length).toBeGreaterThanOrEqual(Math.floor(60 * perSecond * (1 - DEFAULT_HEADROOM)));
      expect(sent.length).toBeLessThanOrEqual(Math.ceil(60 * perSecond * (1 - DEFAULT_HEADROOM)) + perSecond);
    }
  });

  it('counts requests when they leave: however long each takes to prepare, never more than the limit in a second', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 40 }), fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 40 }), (prepare, late) => {
        let i = 0;
        let j = 0;
        const sent = drain('chat_post', 20, { prepareMs: () => prepare[i++ % prepare.length]!, lateMs: () => late[j++ % late.length]! });
        expect(maxInWindow(sent, WINDOW)).toBeLessThanOrEqual(20);
      }),
    );
  });

  it('lets a late turn cost its lateness once per window, not once per send', () => {
    const sent = drain('chat_post', 20, { lateMs: () => 20 });
    // A one-token bucket would send once per 52.6 + 20 ms: 275 in 20 seconds.
    expect(sent.length).toBeGreaterThanOrEqual(Math.floor((20 * 19_000) / (WINDOW + 40)));
  });

  it('says how long until the oldest send leaves the window, and moves a late send’s count with it', () => {
    const limiter: RateLimiter = createRateLimiter(GRAPH_PRAISE_LIMITS, 0);
    const turns = Array.from({ length: 5 }, (_, i) => limiter.tryTake('t1', 'activity_notification', 1_000 + i * 100));
    expect(turns.map((t) => t.ok)).toEqual([true, true, true, true, true]);
    expect(limiter.tryTake('t1', 'activity_notification', 1_450)).toEqual({ ok: false, waitMs: 550 });
    // The first request only leaves at 1,450: it counts from then, so the window is full until 2,100.
    expect(turns[0]!.ok && turns[0]!.turn.sendAt(1_450)).toBe(0);
    expect(limiter.tryTake('t1', 'activity_notification', 2_050)).toEqual({ ok: false, waitMs: 50 });
    expect(limiter.tryTake('t1', 'activity_notification', 2_100).ok).toBe(true);
  });

  it('makes a request that leaves late wait when others already went in its window', () => {
    const limiter = createRateLimiter(GRAPH_PRAISE_LIMITS, 0);
    const first = limiter.tryTake('t1', 'activity_notification', 0);
    for (let i = 1; i < 5; i++) expect(limiter.tryTake('t1', 'activity_notification', 100 * i).ok).toBe(true);
    const next = limiter.tryTake('t1', 'activity_notification', 1_000);
    expect(next.ok && next.turn.sendAt(1_000)).toBe(0);
    // The first took its turn at 0 but is only ready at 950: with four sends from 100 to 400 and one at 1,000, it
    // must wait until 1,100, when the one at 100 has left the window.
    expect(first.ok && first.turn.sendAt(950)).toBe(150);
  });

  it('gives a turn coming within the lead now, to be prepared meanwhile; the request then waits for its time', () => {
    const limiter = createRateLimiter(GRAPH_PRAISE_LIMITS, 0);
    for (let i = 0; i < 5; i++) expect(limiter.tryTake('t1', 'activity_notification', i * 100).ok).toBe(true);
    expect(limiter.tryTake('t1', 'activity_notification', 850, 100)).toEqual({ ok: false, waitMs: 50 });
    const early = limiter.tryTake('t1', 'activity_notification', 900, 100);
    expect(early.ok && early.turn.sendAt(950)).toBe(50);
    expect(early.ok && early.turn.sendAt(1_000)).toBe(0);
  });

  it('keeps tenants and kinds apart', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 5; i++) expect(limiter.tryTake('t1', 'activity_notification', 0).ok).toBe(true);
    expect(limiter.tryTake('t1', 'activity_notification', 0).ok).toBe(false);
    expect(limiter.tryTake('t2', 'activity_notification', 0).ok).toBe(true);
    expect(limiter.tryTake('t1', 'chat_post', 0).ok).toBe(true);
  });

  it('frees nothing when the clock goes backwards', () => {
    const limiter = createRateLimiter();
    for (let i = 0; i < 5; i++) expect(limiter.tryTake('t1', 'activity_notification', 10_000).ok).toBe(true);
    expect(limiter.tryTake('t1', 'activity_notification', 5_000).ok).toBe(false);
    expect(limiter.tryTake('t1', 'activity_notification', 5_000 + WINDOW).ok).toBe(false);
  });
});
