import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumberIn, dayNumberOf, isTimeZone, mondayOf, startOfDayIn, weekStartsBetween } from '../../../server/domain/reports';

describe('calendar dates', () => {
  it('read only real dates', () => {
    expect(dayNumberOf('1970-01-02')).toBe(1);
    expect(dayNumberOf('2024-02-29')).not.toBeNull();
    for (const notADate of ['2023-02-29', '2026-13-01', '2026-00-10', '2026-1-01', ' 2026-01-01', '']) expect(dayNumberOf(notADate)).toBeNull();
  });

  it('round-trip and find the Monday of their week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), (day) => {
        expect(dayNumberOf(dateOfDayNumber(day))).toBe(day);
        const monday = mondayOf(day);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThan(7);
        expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });

  it('list the weeks touching a span', () => {
    const day = (date: string) => dayNumberOf(date) ?? Number.NaN;
    expect(weekStartsBetween(day('2026-03-04'), day('2026-03-17'))).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(weekStartsBetween(day('2026-03-09'), day('2026-03-16'))).toEqual(['2026-03-09']);
  });
});

describe('days in a time zone', () => {
  it('know the zones of the time zone database', () => {
    expect(isTimeZone('Europe/Zurich')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('begin at the first instant the zone’s clocks read that day', () => {
    const zones = ['UTC', 'Europe/Zurich', 'America/Santiago', 'America/Havana', 'Asia/Tehran', 'Australia/Lord_Howe', 'Pacific/Apia'];
    fc.assert(
      fc.property(fc.integer({ min: 3_000, max: 25_000 }), fc.constantFrom(...zones), (day, timeZone) => {
        const start = startOfDayIn(day, timeZone);
        // Only a day the zone skipped altogether reads as a later one.
        expect(dayNumberIn(start, timeZone)).toBeGreaterThanOrEqual(day);
        expect(dayNumberIn(start - 1_000, timeZone)).toBeLessThan(day);
      }),
      { numRuns: 400 },
    );
  });

  it('give a day the zone skipped no time at all', () => {
    // Samoa crossed the date line: 2011-12-29 24:00 (UTC−10) became 2011-12-31 00:00 (UTC+14).
    const skipped = dayNumberOf('2011-12-30') ?? Number.NaN;
    expect(new Date(startOfDayIn(skipped, 'Pacific/Apia')).toISOString()).toBe('2011-12-30T10:00:00.000Z');
    expect(startOfDayIn(skipped + 1, 'Pacific/Apia')).toBe(startOfDayIn(skipped, 'Pacific/Apia'));
    expect(dayNumberIn(startOfDayIn(skipped, 'Pacific/Apia') - 1_000, 'Pacific/Apia')).toBe(skipped - 1);
  });
});
