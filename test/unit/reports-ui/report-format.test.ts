import { describe, expect, it } from 'vitest';
import { createReportFormat, meanOf } from '../../../src/features/reports/report-format';

/** Intl separates with no-break and thin spaces; the words are what matters here. */
const spaced = (texts: string[]) => texts.map((text) => text.replace(/[\u00a0\u202f\u2009]/g, ' '));

describe('report figures in the user’s locale', () => {
  it('reads shares, balance, pulse and lengths the locale’s way', () => {
    const en = createReportFormat('en-US');
    expect([en.percent(0.715), en.entropy(0.8), en.score(4), en.minutes(2_880_000), en.count(1234)]).toEqual(['72%', '0.80', '4.0', '48 min', '1,234']);
    const de = createReportFormat('de-DE');
    expect(spaced([de.percent(0.715), de.entropy(0.8), de.score(4), de.count(1234)])).toEqual(['72 %', '0,80', '4,0', '1.234']);
  });

  it('shows a calendar day as that day wherever the browser is', () => {
    expect(createReportFormat('en-US').day('2026-03-01')).toBe('Mar 1, 2026');
    expect(spaced([createReportFormat('en-GB').dayRange('2026-03-01', '2026-03-31')])).toEqual(['1 – 31 Mar 2026']);
  });

  it('shows a time into the meeting as a clock', () => {
    const format = createReportFormat('en-US');
    expect([format.offset(7_000), format.offset(245_000), format.offset(3_723_000)]).toEqual(['0:07', '4:05', '1:02:03']);
  });

  it('averages only the figures that exist', () => {
    expect(meanOf([0.5, null, 1, undefined])).toBe(0.75);
    expect(meanOf([null])).toBeNull();
  });
});
