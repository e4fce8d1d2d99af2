// The clientState secret of a change-notification subscription: random per subscription, sent to Graph once at
// creation and echoed by Graph in every delivery. Roundtable keeps only its SHA-256, so a leaked database row does
// not let anyone forge deliveries, and compares in constant time, so timing does not reveal how much of a guess is right.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, base64url: 43 characters (Graph allows up to 128). */
export const newClientState = (): string => randomBytes(32).toString('base64url');

export const hashClientState = (clientState: string): string => createHash('sha256').update(clientState, 'utf8').digest('hex');

/** Whether a delivery's clientState is the subscription's secret. A missing one never is. */
export const isClientStateValid = (given: string | null | undefined, storedHash: string | null): boolean => {
  if (!given || !storedHash) return false;
  const expected = Buffer.from(storedHash, 'hex');
  const actual = Buffer.from(hashClientState(given), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};
