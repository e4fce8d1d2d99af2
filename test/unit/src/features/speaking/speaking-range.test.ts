import { describe, expect, it } from 'vitest';
import { rangeBounds } from '../../../../../src/features/speaking/speaking-range';

// Local dates: the periods follow the person's own calendar.
const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);

describe('My speaking periods', () => {
  it('this week runs from Monday to the next Monday, Sundays included', () => {
    expect(rangeBounds('thisWeek', local(2026, 3, 4, 15))).toEqual({ from: local(2026, 3, 2), to: local(2026, 3, 9) });
    expect(rangeBounds('thisWeek', local(2026, 3, 8, 23))).toEqual({ from: local(2026, 3, 2), to: local(2026, 3, 9) });
    expect(rangeBounds('thisWeek', local(2026, 3, 2, 0))).toEqual({ from: local(2026, 3, 2), to: local(2026, 3, 9) });
  });

  it('the last four weeks end now', () => {
    const now = local(2026, 3, 4, 15);
    expect(rangeBounds('last4Weeks', now)).toEqual({ from: new Date(now.getTime() - 28 * 86_400_000), to: now });
  });

  it('this quarter is its three calendar months', () => {
    expect(rangeBounds('thisQuarter', local(2026, 5, 20))).toEqual({ from: local(2026, 4, 1), to: local(2026, 7, 1) });
    expect(rangeBounds('thisQuarter', local(2026, 12, 31, 22))).toEqual({ from: local(2026, 10, 1), to: local(2027, 1, 1) });
  });
});
