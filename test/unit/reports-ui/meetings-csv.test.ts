import { describe, expect, it } from 'vitest';
import { meetingsCsv, meetingsCsvFileName } from '../../../src/features/reports/meetings-csv';
import { MEETING_COLUMNS } from '../../../src/features/reports/meeting-columns';
import { DEFAULT_SORT, buildTableRows } from '../../../src/features/reports/meetings-table-model';
import { ctx, meetingRow, seriesRows, withheld } from './report-fixtures';

/** RFC 4180 records back into fields (enough for these files: quoted fields may hold commas). */
const parseCsv = (csv: string): string[][] =>
  csv
    .split('\r\n')
    .filter(Boolean)
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((match) => match[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, MEETING_COLUMNS.length));

describe('the CSV export', () => {
  const weekly = seriesRows('master', 'Weekly, with commas', [{}, { pulse: { freedom: withheld(), inclusion: withheld() } }]);
  const single = meetingRow({ subject: '=HYPERLINK("x")', start: '2026-04-01T09:00:00.000Z' });

  it('has the table’s column headings and exactly its rows, cell for cell', () => {
    const rows = buildTableRows([...weekly, single], { query: '', sort: DEFAULT_SORT, expanded: new Set() }, ctx);
    const records = parseCsv(meetingsCsv(rows, ctx));
    expect(records[0]).toEqual(MEETING_COLUMNS.map((column) => ctx.t(column.header)));
    expect(records).toHaveLength(1 + rows.length);
    expect(records[2]).toEqual(MEETING_COLUMNS.map((column) => rows[1]!.cells[column.id].text));
    expect(records[2]?.[0]).toBe('Weekly, with commas (series, 2 meetings)');
  });

  it('follows the table: filtered, expanded and sorted as shown', () => {
    const rows = buildTableRows([...weekly, single], { query: 'weekly', sort: { column: 'date', direction: 'ascending' }, expanded: new Set(['master']) }, ctx);
    const records = parseCsv(meetingsCsv(rows, ctx)).slice(1);
    expect(records.map((record) => record[0])).toEqual(['Weekly, with commas (series, 2 meetings)', 'Weekly, with commas', 'Weekly, with commas']);
    expect(records[2]?.[MEETING_COLUMNS.findIndex((column) => column.id === 'freedom')]).toBe('Not enough responses');
  });

  it('never hands a spreadsheet a formula', () => {
    const rows = buildTableRows([single], { query: '', sort: DEFAULT_SORT, expanded: new Set() }, ctx);
    expect(parseCsv(meetingsCsv(rows, ctx))[1]?.[0]).toBe(`'=HYPERLINK("x")`);
  });

  it('is named after the first and last day of the period', () => {
    expect(meetingsCsvFileName({ from: '2026-01-01', to: '2026-04-01' }, ctx)).toBe('roundtable-meetings-2026-01-01-2026-03-31.csv');
  });
});
