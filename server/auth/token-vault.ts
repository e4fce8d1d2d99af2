// Each person's latest verified Teams SSO token, in this instance's memory only — never in the database or a log.
// Public praise is posted as its giver (Graph allows chat posts only on behalf of a person), so the delivery worker
// needs the giver's token for the on-behalf-of exchange after their request has ended. A token is kept until it
// expires; a new one is reported (`onNewToken`) so the outbox can tell which instance can post for whom and wake
// posts that waited for the giver.
import { decodeJwt } from 'jose';
import type { VerifiedUser } from '../services/ports';

export type TokenVault = {
  /** Keeps the person's token (called with every verified request); resolves once a new token has been reported. */
  remember(user: VerifiedUser): Promise<void>;
  /** The person with a token still valid `marginMs` after now, or null. */
  usable(tenantId: string, userId: string, marginMs: number): VerifiedUser | null;
  /** Drops a token Entra ID or Graph refused (consent or interaction required, revoked). */
  forget(tenantId: string, userId: string): void;
};

export type TokenVaultOptions = {
  now: () => Date;
  /** A token that was not known before (first sign-in here, or a refreshed one). */
  onNewToken?: (user: VerifiedUser, expiresAt: Date) => Promise<void>;
  /** Bound on memory: the least recently seen people leave first. */
  maxEntries?: number;
};

type Entry = { user: VerifiedUser; expiresAt: number };

const expiryOf = (token: string): number | null => {
  try {
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
};

export const createTokenVault = (options: TokenVaultOptions): TokenVault => {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 50_000;
  const keyOf = (tenantId: string, userId: string) => `${tenantId}/${userId}`;

  return {
    remember: async (user) => {
      const key = keyOf(user.tenantId, user.id);
      const known = entries.get(key);
      entries.delete(key);
      if (known?.user.ssoToken === user.ssoToken) {
        entries.set(key, known);
        return;
      }
      const expiresAt = expiryOf(user.ssoToken);
      if (expiresAt === null || expiresAt <= options.now().getTime()) return;
      entries.set(key, { user, expiresAt });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      try {
        await options.onNewToken?.(user, new Date(expiresAt));
      } catch (error) {
        // Not reported, so not known: the next request reports it again.
        entries.delete(key);
        throw error;
      }
    },

    usable: (tenantId, userId, marginMs) => {
      const entry = entries.get(keyOf(tenantId, userId));
      if (!entry) return null;
      if (entry.expiresAt <= options.now().getTime()) {
        entries.delete(keyOf(tenantId, userId));
        return null;
      }
      return entry.expiresAt > options.now().getTime() + marginMs ? entry.user : null;
    },

    forget: (tenantId, userId) => void entries.delete(keyOf(tenantId, userId)),
  };
};
