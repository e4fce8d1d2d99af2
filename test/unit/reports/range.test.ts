import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RANGE_DAYS, parseReportRange, presetRange, rangeBounds, type ParsedReportRange } from '../../../server/domain/reports';

const errorOf = (parsed: ParsedReportRange) => (parsed.ok ? null : parsed.error);

describe('a report range', () => {
  it('is whole days in the viewer’s time zone, to exclusive, with the instants it spans', () => {
    expect(parseReportRange({ from: '2026-03-01', to: '2026-04-01', timeZone: 'Europe/Zurich' })).toEqual({
      ok: true,
      range: { from: '2026-03-01', to: '2026-04-01' },
      timeZone: 'Europe/Zurich',
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
    });
    expect(parseReportRange({ from: '2026-03-01', to: '2026-03-02' })).toMatchObject({ ok: true, timeZone: 'UTC', start: '2026-03-01T00:00:00.000Z' });
  });

  it('refuses a date that is not one, naming the field', () => {
    expect(errorOf(parseReportRange({ from: '2026-02-30', to: '2026-03-02' }))).toMatchObject({ field: 'from', code: 'invalid_date' });
    expect(errorOf(parseReportRange({ from: '2026-02-01', to: '2026-3-2' }))).toMatchObject({ field: 'to', code: 'invalid_date' });
    expect(errorOf(parseReportRange({ from: 'yesterday', to: '2026-03-02' }))?.message).toBe('from must be a date as YYYY-MM-DD, not "yesterday"');
    expect(errorOf(parseReportRange({ from: '2026-03-01T00:00:00Z', to: '2026-03-02' }))).toMatchObject({ field: 'from', code: 'invalid_date' });
    expect(parseReportRange({ from: '2028-02-29', to: '2028-03-01' }).ok).toBe(true);
  });

  it('refuses a reversed or empty range', () => {
    expect(errorOf(parseReportRange({ from: '2026-03-02', to: '2026-03-01' }))).toEqual({
      field: 'to',
      code: 'reversed',
      message: 'to must be after from (to is the first day not included)',
    });
    expect(errorOf(parseReportRange({ from: '2026-03-02', to: '2026-03-02' }))?.code).toBe('reversed');
  });

  it('allows a year of 366 days and no more', () => {
    expect(MAX_RANGE_DAYS).toBe(366);
    expect(parseReportRange({ from: '2028-01-01', to: '2029-01-01' }).ok).toBe(true);
    expect(errorOf(parseReportRange({ from: '2026-01-01', to: '2027-01-03' }))).toEqual({
      field: 'to',
      code: 'too_long',
      message: 'a report covers at most 366 days; this range has 367',
    });
  });

  it('refuses a time zone the runtime does not know', () => {
    expect(errorOf(parseReportRange({ from: '2026-03-01', to: '2026-03-02', timeZone: 'W. Europe Standard Time' }))).toMatchObject({ field: 'timeZone', code: 'invalid_time_zone' });
  });

  it('begins a day at the moment a transition skips its midnight', () => {
    // America/Santiago jumped from 2022-09-10 23:59:59 to 2022-09-11 01:00 (04:00 UTC).
    expect(rangeBounds({ from: '2022-09-11', to: '2022-09-12' }, 'America/Santiago')).toEqual({ start: '2022-09-11T04:00:00.000Z', end: '2022-09-12T03:00:00.000Z' });
    // It turned 2022-04-03 00:00 back to 2022-04-02 23:00 (03:00 UTC): the 3rd begins an hour later.
    expect(rangeBounds({ from: '2022-04-03', to: '2022-04-04' }, 'America/Santiago').start).toBe('2022-04-03T04:00:00.000Z');
  });

  it('accepts any valid range up to a year, and its instants are in order', () => {
    const dayMs = 86_400_000;
    const zones = ['UTC', 'Europe/Zurich', 'America/Santiago', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -5, max: 400 }), fc.constantFrom(...zones), (fromDay, length, timeZone) => {
        const date = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);
        const parsed = parseReportRange({ from: date(fromDay), to: date(fromDay + length), timeZone });
        expect(parsed.ok).toBe(length >= 1 && length <= MAX_RANGE_DAYS);
        if (parsed.ok) {
          const spanMs = Date.parse(parsed.end) - Date.parse(parsed.start);
          expect(Math.abs(spanMs - length * dayMs)).toBeLessThanOrEqual(2 * 3_600_000);
        }
      }),
    );
  });
});

describe('the range presets', () => {
  const now = Date.parse('2026-05-20T22:30:00Z'); // a Wednesday in UTC, already Thursday in Zurich

  it('this week runs Monday to Monday in the viewer’s zone', () => {
    expect(presetRange('this_week', now, 'UTC')).toEqual({ from: '2026-05-18', to: '2026-05-25' });
    expect(presetRange('this_week', Date.parse('2026-05-24T22:30:00Z'), 'Europe/Zurich')).toEqual({ from: '2026-05-25', to: '2026-06-01' });
  });

  it('the last 4 weeks are the 28 days ending with today', () => {
    expect(presetRange('last_4_weeks', now, 'UTC')).toEqual({ from: '2026-04-23', to: '2026-05-21' });
    expect(presetRange('last_4_weeks', new Date(now), 'Europe/Zurich')).toEqual({ from: '2026-04-24', to: '2026-05-22' });
  });

  it('this quarter is the calendar quarter, across a year’s end too', () => {
    expect(presetRange('this_quarter', now, 'UTC')).toEqual({ from: '2026-04-01', to: '2026-07-01' });
    expect(presetRange('this_quarter', Date.parse('2026-12-31T23:30:00Z'), 'Asia/Tokyo')).toEqual({ from: '2027-01-01', to: '2027-04-01' });
    expect(presetRange('this_quarter', Date.parse('2026-12-31T23:30:00Z'), 'UTC')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
  });

  it('always gives a valid range that holds today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom('this_week', 'last_4_weeks', 'this_quarter' as const), fc.constantFrom('UTC', 'Europe/Zurich', 'America/Santiago', 'Pacific/Kiritimati'), (ms, preset, timeZone) => {
        const range = presetRange(preset, ms, timeZone);
        const parsed = parseReportRange({ ...range, timeZone });
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(Date.parse(parsed.start) <= ms && ms < Date.parse(parsed.end)).toBe(true);
      }),
    );
  });
});
