// Deterministic choices for the demo history: the same tenant, meeting and week always give the same story, so a
// restart recomputes exactly the rows already stored (and adds none).
import { createHash } from 'node:crypto';

/** A fraction in [0, 1) from the parts. */
export const chance = (...parts: string[]): number => createHash('sha256').update(parts.join('\u0000')).digest().readUInt32BE(0) / 2 ** 32;

/** A whole number in [from, to] from the parts. */
export const between = (from: number, to: number, ...parts: string[]): number => from + Math.floor(chance(...parts) * (to - from + 1));

/** A version-4-shaped uuid from the parts (round, answer and praise ids). */
export const uuidFrom = (...parts: string[]): string => {
  const bytes = createHash('sha256').update(['demo-history', ...parts].join('\u0000')).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/** The items in an order fixed by the parts. */
export const shuffled = <T>(items: readonly T[], key: (item: T) => string, ...parts: string[]): T[] =>
  [...items].sort((a, b) => chance(key(a), ...parts) - chance(key(b), ...parts));

/** One of the items, picked with the given weights (zero-weight items are never picked). */
export const weightedPick = <T>(items: readonly T[], weightOf: (item: T) => number, ...parts: string[]): T | undefined => {
  const total = items.reduce((sum, item) => sum + Math.max(0, weightOf(item)), 0);
  let left = chance(...parts) * total;
  return items.find((item) => (left -= Math.max(0, weightOf(item))) < 0) ?? items.findLast((item) => weightOf(item) > 0);
};
