import { describe, expect, it } from 'vitest';
import { formatMeetingWhen } from '../../../../src/i18n/format';

// Local wall-clock times, so the cases hold in any time zone the tests run in.
const local = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).toISOString();

describe('formatMeetingWhen', () => {
  it('writes a meeting within one day as a date and a time range in the locale', () => {
    const when = formatMeetingWhen(local(21, 10), local(21, 10, 30), 'de-DE');
    expect(when.date).toBe('Samstag, 21. November 2026');
    expect(when.time).toMatch(/^10:00\s?–\s?10:30 Uhr$/);
  });

  it('names both days when a meeting runs past midnight', () => {
    expect(formatMeetingWhen(local(21, 23, 30), local(22, 0, 30), 'de-DE').time).toMatch(/^21\.11\.2026, 23:30\s?–\s?22\.11\.2026, 00:30$/);
    expect(formatMeetingWhen(local(21, 23), local(22, 0), 'en-US').time).toMatch(/^Nov 21, 2026, 11:00\sPM\s?–\s?Nov 22, 2026, 12:00\sAM$/);
  });
});
