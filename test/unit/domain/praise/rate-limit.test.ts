import { describe, expect, it } from 'vitest';
import { createRateLimiter, GRAPH_PRAISE_LIMITS } from '../../../../server/domain/praise';

/** Sends as fast as the limiter allows for `seconds` of fake time; returns the send times. */
const drain = (kind: 'chat_post' | 'activity_notification', seconds: number, tenantId = 't1') => {
  const limiter = createRateLimiter();
  const sent: number[] = [];
  let now = 0;
  while (now < seconds * 1000) {
    const result = limiter.tryTake(tenantId, kind, now);
    if (result.ok) sent.push(now);
    else now += result.waitMs;
  }
  return sent;
};

const maxInWindow = (times: number[], windowMs: number) => Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));

describe('the delivery rate limiter', () => {
  it('keeps chat posts at 20 a second and notifications at 5, never above, whatever the window', () => {
    const posts = drain('chat_post', 10);
    expect(posts.length).toBeGreaterThanOrEqual(199);
    expect(posts.length).toBeLessThanOrEqual(201);
    expect(maxInWindow(posts, 1000)).toBeLessThanOrEqual(GRAPH_PRAISE_LIMITS.chat_post.perSecond + 1);
    const notes = drain('activity_notification', 10);
    expect(notes.length).toBeGreaterThanOrEqual(49);
    expect(notes.length).toBeLessThanOrEqual(51);
    expect(maxInWindow(notes, 1000)).toBeLessThanOrEqual(GRAPH_PRAISE_LIMITS.activity_notification.perSecond + 1);
  });

  it('says how long to wait when the bucket is empty', () => {
    const limiter = createRateLimiter();
    expect(limiter.tryTake('t1', 'activity_notification', 1_000)).toEqual({ ok: true });
    expect(limiter.tryTake('t1', 'activity_notification', 1_000)).toEqual({ ok: false, waitMs: 200 });
    expect(limiter.tryTake('t1', 'activity_notification', 1_150)).toEqual({ ok: false, waitMs: 50 });
    expect(limiter.tryTake('t1', 'activity_notification', 1_200)).toEqual({ ok: true });
  });

  it('keeps tenants and kinds apart', () => {
    const limiter = createRateLimiter();
    expect(limiter.tryTake('t1', 'chat_post', 0).ok).toBe(true);
    expect(limiter.tryTake('t1', 'chat_post', 0).ok).toBe(false);
    expect(limiter.tryTake('t2', 'chat_post', 0).ok).toBe(true);
    expect(limiter.tryTake('t1', 'activity_notification', 0).ok).toBe(true);
  });

  it('refills nothing when the clock goes backwards', () => {
    const limiter = createRateLimiter();
    expect(limiter.tryTake('t1', 'chat_post', 10_000).ok).toBe(true);
    expect(limiter.tryTake('t1', 'chat_post', 5_000).ok).toBe(false);
  });
});
