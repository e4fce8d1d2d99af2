import { describe, expect, it } from 'vitest';
import type { TranscriptSubscription } from '../../../server/services/speaking-notifications/ports';
import { nextExpiry, planSubscription, RETRY_POLICY, retryAt, SUBSCRIPTION_POLICY } from '../../../server/services/speaking-notifications/subscription-plan';

const HOUR = 3_600_000;
const NOW = new Date('2025-03-04T10:00:00Z');
const URL = 'https://roundtable.example/notifications/graph';

const stored = (overrides: Partial<TranscriptSubscription> = {}): TranscriptSubscription => ({
  tenantId: 't',
  organizerId: 'o',
  organizerUpn: 'o@example.com',
  subscriptionId: 's',
  resource: 'users/o/onlineMeetings/getAllTranscripts',
  notificationUrl: URL,
  clientStateHash: 'h',
  expiresAt: new Date(NOW.getTime() + 60 * HOUR),
  status: 'active',
  lastError: null,
  ...overrides,
});

const plan = (current: TranscriptSubscription | null, isFirstRun = false) => planSubscription(current, { now: NOW, notificationUrl: URL, isFirstRun }).action;

describe('planSubscription', () => {
  it('creates one when there is none, or none was ever created', () => {
    expect(plan(null)).toBe('create');
    expect(plan(stored({ subscriptionId: null, expiresAt: null, status: 'failed' }))).toBe('create');
  });

  it('keeps a healthy one, renews it once less than 36 hours are left, and re-creates an expired one', () => {
    expect(plan(stored())).toBe('keep');
    expect(plan(stored({ expiresAt: new Date(NOW.getTime() + 36 * HOUR + 1) }))).toBe('keep');
    expect(plan(stored({ expiresAt: new Date(NOW.getTime() + 36 * HOUR - 1) }))).toBe('renew');
    expect(plan(stored({ expiresAt: new Date(NOW.getTime() + 1) }))).toBe('renew');
    expect(plan(stored({ expiresAt: NOW }))).toBe('create');
  });

  it('renews after a failed renewal and on the first run after start; replaces one delivering to an old address', () => {
    expect(plan(stored({ status: 'failed' }))).toBe('renew');
    expect(plan(stored(), true)).toBe('renew');
    expect(plan(stored({ notificationUrl: 'https://old.example/notifications/graph' }))).toBe('create');
  });

  it('asks Graph for a lifetime within its 4,230-minute limit, renewed long before it ends', () => {
    expect(nextExpiry(NOW).getTime() - NOW.getTime()).toBe(SUBSCRIPTION_POLICY.lifetimeMs);
    expect(SUBSCRIPTION_POLICY.lifetimeMs).toBeLessThanOrEqual(4230 * 60_000);
    expect(SUBSCRIPTION_POLICY.renewWhenLeftMs).toBeLessThan(SUBSCRIPTION_POLICY.lifetimeMs);
  });
});

describe('retryAt', () => {
  it('waits 1, 2, 4 … minutes, at most an hour, and gives up after the last attempt', () => {
    const delays = Array.from({ length: RETRY_POLICY.maxAttempts - 1 }, (_, i) => (retryAt(i + 1, NOW)?.getTime() ?? 0) - NOW.getTime());
    expect(delays.slice(0, 4)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(Math.max(...delays)).toBe(HOUR);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(retryAt(RETRY_POLICY.maxAttempts, NOW)).toBeNull();
  });
});
