import { describe, expect, it } from 'vitest';
import { chooseCustom, choosePreset, customDaysOf } from '../../../src/features/reports/range-choice';

const ZURICH = 'Europe/Zurich';

describe('the range picker’s choice', () => {
  it('takes the presets from the domain, as of the moment they are chosen', () => {
    const now = new Date('2026-05-14T10:00:00Z'); // a Thursday
    expect(choosePreset('this_week', now, ZURICH)).toEqual({ range: { from: '2026-05-11', to: '2026-05-18' }, timeZone: ZURICH });
    expect(choosePreset('last_4_weeks', now, ZURICH).range).toEqual({ from: '2026-04-17', to: '2026-05-15' });
    expect(choosePreset('this_quarter', now, ZURICH).range).toEqual({ from: '2026-04-01', to: '2026-07-01' });
  });

  it('includes the last day of a custom range', () => {
    expect(chooseCustom({ from: '2026-03-01', to: '2026-03-31' }, ZURICH)).toEqual({ ok: true, range: { from: '2026-03-01', to: '2026-04-01' }, timeZone: ZURICH });
    expect(chooseCustom({ from: '2026-03-01', to: '2026-03-01' }, ZURICH)).toMatchObject({ ok: true, range: { from: '2026-03-01', to: '2026-03-02' } });
  });

  it('refuses an end before the start, more than a year, or a missing date, with the domain’s reason', () => {
    expect(chooseCustom({ from: '2026-03-10', to: '2026-03-09' }, ZURICH)).toEqual({ ok: false, code: 'reversed' });
    expect(chooseCustom({ from: '2025-01-01', to: '2026-01-02' }, ZURICH)).toEqual({ ok: false, code: 'too_long' });
    expect(chooseCustom({ from: '', to: '2026-03-09' }, ZURICH)).toEqual({ ok: false, code: 'invalid_date' });
  });

  it('accepts a whole leap year', () => {
    expect(chooseCustom({ from: '2028-01-01', to: '2028-12-31' }, ZURICH)).toMatchObject({ ok: true });
  });

  it('shows a range in the date inputs as its first and last day', () => {
    expect(customDaysOf({ from: '2026-03-01', to: '2026-04-01' })).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });
});
