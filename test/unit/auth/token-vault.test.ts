import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVault } from '../../../server/auth/token-vault';
import type { VerifiedUser } from '../../../server/services/ports';

const NOW = new Date('2025-03-04T10:00:00Z');
const tokenExpiringIn = (seconds: number, subject = 'x') =>
  new SignJWT({ sub: subject }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(Math.floor(NOW.getTime() / 1000) + seconds).sign(new TextEncoder().encode('k'.repeat(32)));
const user = (ssoToken: string, id = 'lucia'): VerifiedUser => ({ id, tenantId: 't', displayName: 'Lucía', upn: 'lucia@x', ssoToken });

describe('the token vault', () => {
  it('keeps a person’s latest token until it expires, usable only with the margin left', async () => {
    let now = NOW;
    const vault = createTokenVault({ now: () => now });
    await vault.remember(user(await tokenExpiringIn(600)));
    expect(vault.usable('t', 'lucia', 120_000)?.id).toBe('lucia');
    now = new Date(NOW.getTime() + 500_000);
    expect(vault.usable('t', 'lucia', 120_000)).toBeNull();
    now = new Date(NOW.getTime() + 600_000);
    expect(vault.usable('t', 'lucia', 0)).toBeNull();
    expect(vault.usable('t', 'priya', 0)).toBeNull();
  });

  it('reports each new token once, and never an expired one', async () => {
    const reported: string[] = [];
    const vault = createTokenVault({ now: () => NOW, onNewToken: async (u, expiresAt) => void reported.push(`${u.id}@${expiresAt.toISOString()}`) });
    const first = await tokenExpiringIn(3600);
    await vault.remember(user(first));
    await vault.remember(user(first));
    await vault.remember(user(await tokenExpiringIn(-5)));
    await vault.remember(user(await tokenExpiringIn(7200)));
    expect(reported).toEqual(['lucia@2025-03-04T11:00:00.000Z', 'lucia@2025-03-04T12:00:00.000Z']);
  });

  it('forgets a token that was refused, and one whose report failed (so the next request reports it again)', async () => {
    let fail = true;
    const vault = createTokenVault({ now: () => NOW, onNewToken: async () => { if (fail) throw new Error('database away'); } });
    const token = await tokenExpiringIn(3600);
    await expect(vault.remember(user(token))).rejects.toThrow('database away');
    expect(vault.usable('t', 'lucia', 0)).toBeNull();
    fail = false;
    await vault.remember(user(token));
    expect(vault.usable('t', 'lucia', 0)).not.toBeNull();
    vault.forget('t', 'lucia');
    expect(vault.usable('t', 'lucia', 0)).toBeNull();
  });

  it('holds at most maxEntries people, the least recently seen leaving first', async () => {
    const vault = createTokenVault({ now: () => NOW, maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) await vault.remember(user(await tokenExpiringIn(3600, id), id));
    expect(['a', 'b', 'c'].map((id) => vault.usable('t', id, 0) !== null)).toEqual([false, true, true]);
  });
});
