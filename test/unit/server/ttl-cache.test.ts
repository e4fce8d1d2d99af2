import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../../server/lib/ttl-cache';

describe('TTL cache', () => {
  it('forgets an entry once its time is up', () => {
    let now = 0;
    const cache = createTtlCache<string>({ ttlMs: 1000, maxEntries: 10, now: () => now });
    cache.set('a', 'x');
    now = 999;
    expect(cache.get('a')).toBe('x');
    now = 1000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('drops the oldest entries beyond its size', () => {
    const cache = createTtlCache<number>({ ttlMs: 1000, maxEntries: 2, now: () => 0 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([3, undefined, 4]);
  });

  it('lets an entry live shorter than the default, never longer', () => {
    let now = 0;
    const cache = createTtlCache<string>({ ttlMs: 1000, maxEntries: 10, now: () => now });
    cache.set('short', 'x', 100);
    cache.set('long', 'y', 5000);
    now = 100;
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('long')).toBe('y');
    now = 1000;
    expect(cache.get('long')).toBeUndefined();
  });
});
