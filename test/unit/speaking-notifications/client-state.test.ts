import { describe, expect, it } from 'vitest';
import { hashClientState, isClientStateValid, newClientState } from '../../../server/services/speaking-notifications/client-state';

describe('clientState', () => {
  it('is a fresh 256-bit secret each time, within Graph’s 128-character limit', () => {
    const states = new Set(Array.from({ length: 50 }, newClientState));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('a delivery must carry the secret itself: its hash, a near miss, another secret or nothing are refused', () => {
    const secret = newClientState();
    const stored = hashClientState(secret);
    expect(isClientStateValid(secret, stored)).toBe(true);
    expect(isClientStateValid(stored, stored)).toBe(false);
    expect(isClientStateValid(`${secret.slice(0, -1)}x`, stored)).toBe(false);
    expect(isClientStateValid(newClientState(), stored)).toBe(false);
    expect(isClientStateValid('', stored)).toBe(false);
    expect(isClientStateValid(null, stored)).toBe(false);
    expect(isClientStateValid(undefined, stored)).toBe(false);
  });

  it('a subscription without a stored secret accepts nothing, and a malformed stored hash never throws', () => {
    expect(isClientStateValid('anything', null)).toBe(false);
    expect(isClientStateValid('anything', 'not-hex')).toBe(false);
  });
});
