// A small in-memory cache with a time to live and a size bound (oldest entries leave first). Per instance: it only
// saves repeated work, never holds anything another instance needs.
/** `set` may give an entry a shorter life than the cache's default (never a longer one). */
export type TtlCache<T> = { get(key: string): T | undefined; set(key: string, value: T, ttlMs?: number): void; delete(key: string): void };

export const createTtlCache = <T>({ ttlMs, maxEntries, now }: { ttlMs: number; maxEntries: number; now: () => number }): TtlCache<T> => {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  return {
    get: (key) => {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set: (key, value, entryTtlMs = ttlMs) => {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + Math.min(ttlMs, entryTtlMs) });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    delete: (key) => void entries.delete(key),
  };
};
