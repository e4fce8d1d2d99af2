import { describe, expect, it } from 'vitest';
import { afterAttempt, backoffDelayMs, DEFAULT_BACKOFF, deliveryOf, parseRetryAfter, retryDelayMs, type JobProgress } from '../../../../server/domain/praise';

const now = new Date('2025-03-04T10:00:00Z');
const ctx = { now, random: () => 1 };
/** Given two hours ago: past the policy's least retry window. */
const givenAt = new Date(now.getTime() - 2 * 3_600_000);
const chat: JobProgress = { kind: 'chat_post', attempts: 0, unsure: false, createdAt: givenAt };
const note: JobProgress = { kind: 'activity_notification', attempts: 0, unsure: false, createdAt: givenAt };

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('30', now.getTime())).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now.getTime())).toBe(0);
    expect(parseRetryAfter('Tue, 04 Mar 2025 10:01:30 GMT', now.getTime())).toBe(90_000);
    expect(parseRetryAfter('Tue, 04 Mar 2025 09:00:00 GMT', now.getTime())).toBe(0);
    for (const bad of [null, undefined, '', '-5', '1.5', 'soon', '2025-03-04T10:01:30Z']) expect(parseRetryAfter(bad, now.getTime())).toBeNull();
  });
});

describe('backoff', () => {
  it('doubles from the base up to the cap, jittered between half and all of it', () => {
    expect(backoffDelayMs(1, () => 1)).toBe(DEFAULT_BACKOFF.baseMs);
    expect(backoffDelayMs(2, () => 1)).toBe(2 * DEFAULT_BACKOFF.baseMs);
    expect(backoffDelayMs(3, () => 0)).toBe(2 * DEFAULT_BACKOFF.baseMs);
    expect(backoffDelayMs(40, () => 1)).toBe(DEFAULT_BACKOFF.maxMs);
    for (let attempt = 1; attempt < 12; attempt++) expect(backoffDelayMs(attempt + 1, () => 0)).toBeGreaterThanOrEqual(backoffDelayMs(attempt, () => 0));
  });

  it('waits exactly what Retry-After says when Graph gives it', () => {
    expect(retryDelayMs(5, 7_000, () => 0.3)).toBe(7_000);
    expect(retryDelayMs(1, null, () => 1)).toBe(DEFAULT_BACKOFF.baseMs);
  });
});

describe('a delivery job', () => {
  it('is delivered with the message id Teams gave', () => {
    expect(afterAttempt(chat, { kind: 'delivered', messageId: '1700000000000' }, ctx)).toMatchObject({ state: 'delivered', attempts: 1, postedMessageId: '1700000000000', unsure: false });
  });

  it('retries after Retry-After on throttling, without doubting the post', () => {
    const update = afterAttempt(chat, { kind: 'retry', unsure: false, retryAfterMs: 30_000, reason: '429' }, ctx);
    expect(update).toMatchObject({ state: 'pending', attempts: 1, unsure: false });
    expect(update.nextAttemptAt?.toISOString()).toBe('2025-03-04T10:00:30.000Z');
  });

  it('remembers an ambiguous failure, so the next attempt looks for its own message first', () => {
    const first = afterAttempt(chat, { kind: 'retry', unsure: true, retryAfterMs: null, reason: 'timeout' }, ctx);
    expect(first).toMatchObject({ state: 'pending', unsure: true });
    const second = afterAttempt({ ...chat, attempts: first.attempts, unsure: first.unsure }, { kind: 'retry', unsure: false, retryAfterMs: 1_000, reason: '429' }, ctx);
    expect(second.unsure).toBe(true);
  });

  it('gives up after the last attempt and says why', () => {
    const update = afterAttempt({ ...chat, attempts: DEFAULT_BACKOFF.maxAttempts - 1 }, { kind: 'retry', unsure: false, retryAfterMs: null, reason: '503 serviceNotAvailable' }, ctx);
    expect(update).toMatchObject({ state: 'failed', nextAttemptAt: null, lastError: expect.stringMatching(/503 serviceNotAvailable/) });
  });

  it('keeps trying past the last attempt until the praise has been trying for the least retry window', () => {
    const lastTry = { ...chat, attempts: DEFAULT_BACKOFF.maxAttempts - 1 };
    const throttled = { kind: 'retry' as const, unsure: false, retryAfterMs: 1_000, reason: '429 TooManyRequests' };
    const justGiven = { ...lastTry, createdAt: new Date(now.getTime() - 60_000) };
    expect(afterAttempt(justGiven, throttled, ctx)).toMatchObject({ state: 'pending', attempts: DEFAULT_BACKOFF.maxAttempts, nextAttemptAt: new Date(now.getTime() + 1_000) });
    const windowEnd = { ...lastTry, createdAt: new Date(now.getTime() - DEFAULT_BACKOFF.minRetryMs) };
    expect(afterAttempt(windowEnd, throttled, ctx)).toMatchObject({ state: 'failed' });
  });

  it('waits for the giver when their sign-in cannot act for them, without spending an attempt', () => {
    expect(afterAttempt({ ...chat, attempts: 2 }, { kind: 'giver_token_unusable', reason: 'expired' }, ctx)).toMatchObject({ state: 'waiting_for_giver', attempts: 2 });
  });

  it('keeps private praise for a recipient without the app', () => {
    expect(afterAttempt(note, { kind: 'recipient_has_no_app' }, ctx)).toMatchObject({ state: 'kept_for_recipient' });
  });

  it('fails for good on a refusal', () => {
    expect(afterAttempt(chat, { kind: 'rejected', reason: 'Teams refused the card (400).' }, ctx)).toMatchObject({ state: 'failed', lastError: 'Teams refused the card (400).' });
  });
});

describe('the delivery a person sees', () => {
  const priya = { kind: 'person' as const, userId: 'p', displayName: 'Priya Raman' };
  it('says what waits for whom', () => {
    expect(deliveryOf({ state: 'pending', lastError: 'timeout' }, priya)).toEqual({ status: 'pending', message: null });
    expect(deliveryOf({ state: 'waiting_for_giver', lastError: null }, priya).message).toMatch(/when you're back/);
    expect(deliveryOf({ state: 'kept_for_recipient', lastError: null }, priya).message).toMatch(/^Priya Raman hasn't installed Roundtable/);
    expect(deliveryOf({ state: 'failed', lastError: 'Teams refused the card (400).' }, priya).message).toMatch(/Teams refused the card/);
  });
});
