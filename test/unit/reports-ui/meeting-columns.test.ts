import { describe, expect, it } from 'vitest';
import { rowCells, seriesCells } from '../../../src/features/reports/meetings-table-model';
import { ctx, meetingRow, seriesRows, shown, withheld } from './report-fixtures';

describe('an occurrence’s cells', () => {
  it('read as the table shows them', () => {
    const cells = rowCells(meetingRow({ subject: 'Planning', praise: { public: 3 } }), ctx);
    expect(cells.checkin.text).toBe('Held · 5 of 7 answered');
    expect(cells.freedom.text).toBe('4.2');
    expect(cells.inclusion.text).toBe('3.8');
    expect(cells.balance.text).toBe('0.82');
    expect(cells.voicesHeard.text).toBe('5 of 7');
    expect(cells.topShare.text).toBe('31%');
    expect(cells.praise.text).toBe('3');
    expect(cells.length.text).toBe('48 min of 60 min');
    expect(cells.source.text).toBe('Transcript');
  });

  it('say "not enough responses" for a withheld pulse and never sort it as a number', () => {
    const cells = rowCells(meetingRow({ pulse: { freedom: withheld(4), inclusion: shown(4) } }), ctx);
    expect(cells.freedom).toEqual({ sort: null, text: 'Not enough responses', isWithheld: true });
    expect(cells.inclusion.text).toBe('4.0');
  });

  it('tell a meeting without a check-in, a pulse or a transcript apart from a zero', () => {
    const cells = rowCells(
      meetingRow({
        checkin: { held: false, answers: 0, attendees: 6, participation: null },
        pulse: null,
        speaking: { source: 'none', missing: 'no_transcript', entropy: null, topShare: null, heard: null, attendees: null },
        actualMs: null,
        praise: { public: 0 },
      }),
      ctx,
    );
    expect(cells.checkin.text).toBe('No check-in');
    expect(cells.freedom.text).toBe('—');
    expect(cells.balance.text).toBe('—');
    expect(cells.praise.text).toBe('0');
    expect(cells.length.text).toBe('60 min scheduled');
    expect(cells.source.text).toBe('No transcript');
  });

  it('name where the figures come from', () => {
    const source = (overrides: Parameters<typeof meetingRow>[0]) => rowCells(meetingRow(overrides), ctx).source.text;
    const speaking = { entropy: null, topShare: null, heard: null, attendees: null };
    expect(source({ speaking: { ...speaking, source: 'tracker', missing: null } })).toBe('Live tracker');
    expect(source({ speaking: { ...speaking, source: 'none', missing: 'attribution_disabled' } })).toBe('No transcript (speaker names off)');
    expect(source({ speaking: { ...speaking, source: 'none', missing: 'not_yet' } })).toBe('Transcript not read yet');
    expect(source({ status: 'not_online' })).toBe('Not a Teams meeting');
    expect(source({ status: 'unavailable' })).toBe("Couldn't be read");
  });

  it('show no figures for a meeting Graph could not resolve', () => {
    const cells = rowCells(meetingRow({ status: 'unavailable' }), ctx);
    expect([cells.checkin.text, cells.freedom.text, cells.balance.text, cells.voicesHeard.text, cells.praise.text]).toEqual(['—', '—', '—', '—', '—']);
  });

  it('give the links’ addresses (what the export writes)', () => {
    const row = meetingRow({ chatLink: null });
    expect(rowCells(row, ctx).outlook.text).toBe(row.outlookLink);
    expect(rowCells(row, ctx).chat.text).toBe('');
  });
});

describe('a series’ summary cells', () => {
  const occurrences = seriesRows('master', 'Weekly', [
    { checkin: { held: true, answers: 6, attendees: 6, participation: 1 }, pulse: { freedom: shown(4), inclusion: withheld() }, praise: { public: 1 } },
    { checkin: { held: true, answers: 2, attendees: 5, participation: 0.4 }, pulse: { freedom: shown(3), inclusion: withheld() }, praise: { public: 4 } },
    { checkin: { held: false, answers: 0, attendees: 6, participation: null }, pulse: null, praise: { public: 0 } },
  ]);
  const cells = seriesCells(occurrences, ctx);

  it('count check-ins held and average the participation of those held', () => {
    expect(cells.checkin.text).toBe('Held in 2 of 3 · 70% answered');
    expect(cells.checkin.sort).toBeCloseTo(0.7);
  });

  it('average only shown pulse figures, and withhold a scale nobody could see', () => {
    expect(cells.freedom.text).toBe('avg. 3.5');
    expect(cells.inclusion).toEqual({ sort: null, text: 'Not enough responses', isWithheld: true });
  });

  it('add up public praise and count the sources', () => {
    expect(cells.praise.text).toBe('5');
    expect(cells.source.text).toBe('Transcript (3)');
  });

  it('span the dates of the occurrences', () => {
    expect(cells.date.text).toBe(ctx.format.dateRange(occurrences[0]!.start, occurrences[2]!.start));
    expect(cells.date.sort).toBe(Date.parse(occurrences[2]!.start));
  });
});
