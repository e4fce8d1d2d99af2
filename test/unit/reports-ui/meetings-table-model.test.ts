import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  buildTableRows,
  countMeetings,
  filterMeetings,
  groupMeetings,
  nextSort,
  seriesIdsOf,
  type TableOptions,
  type TableRow,
} from '../../../src/features/reports/meetings-table-model';
import { ctx, meetingRow, seriesRows } from './report-fixtures';

const options = (overrides: Partial<TableOptions> = {}): TableOptions => ({ query: '', sort: DEFAULT_SORT, expanded: new Set(), ...overrides });
const subjects = (rows: TableRow[]) => rows.map((row) => `${row.kind}:${row.cells.meeting.text}`);

describe('grouping by recurring series', () => {
  const weekly = seriesRows('master-weekly', 'Weekly team meeting', [{}, {}, {}]);
  const single = meetingRow({ subject: 'Roadmap review', start: '2026-03-20T10:00:00.000Z' });

  it('puts the occurrences of a series under one row and leaves a single meeting on its own', () => {
    const entries = groupMeetings([weekly[0]!, single, weekly[1]!, weekly[2]!]);
    expect(entries.map((entry) => entry.kind)).toEqual(['series', 'single']);
    expect(entries[0]).toMatchObject({ kind: 'series', seriesMasterId: 'master-weekly' });
    expect(entries[0]?.kind === 'series' && entries[0].occurrences.map((row) => row.eventId)).toEqual(weekly.map((row) => row.eventId));
  });

  it('shows a collapsed series as one row that stands for all its meetings', () => {
    const rows = buildTableRows([...weekly, single], options(), ctx);
    expect(subjects(rows)).toEqual(['single:Roadmap review', 'series:Weekly team meeting (series, 3 meetings)']);
    expect(countMeetings(rows)).toBe(4);
  });

  it('lists an expanded series’ occurrences right after it, in the sort order', () => {
    const rows = buildTableRows([...weekly, single], options({ expanded: new Set(['master-weekly']) }), ctx);
    expect(rows.map((row) => row.kind)).toEqual(['single', 'series', 'occurrence', 'occurrence', 'occurrence']);
    const occurrenceStarts = rows.flatMap((row) => (row.kind === 'occurrence' ? [row.row.start] : []));
    expect(occurrenceStarts).toEqual([weekly[2]!.start, weekly[1]!.start, weekly[0]!.start]);
    expect(countMeetings(rows)).toBe(4);
  });

  it('knows the series there are, for "expand all"', () => {
    expect(seriesIdsOf([...weekly, single, ...seriesRows('master-1on1', 'One on one', [{}])])).toEqual(['master-weekly', 'master-1on1']);
  });
});

describe('filtering by subject or organizer', () => {
  const rows = [
    meetingRow({ subject: 'Café planning', organizer: { name: 'José Álvarez', email: 'jose@contoso.example' } }),
    meetingRow({ subject: 'Budget review', organizer: { name: 'Amara Okafor', email: 'amara@contoso.example' } }),
  ];

  it('ignores case and accents, and every word must match', () => {
    expect(filterMeetings(rows, 'CAFE', 'en-US').map((row) => row.subject)).toEqual(['Café planning']);
    expect(filterMeetings(rows, 'jose', 'en-US').map((row) => row.subject)).toEqual(['Café planning']);
    expect(filterMeetings(rows, 'review amara', 'en-US').map((row) => row.subject)).toEqual(['Budget review']);
    expect(filterMeetings(rows, 'review jose', 'en-US')).toEqual([]);
  });

  it('finds organizers by their address too, and an empty filter keeps everything', () => {
    expect(filterMeetings(rows, 'amara@', 'en-US').map((row) => row.subject)).toEqual(['Budget review']);
    expect(filterMeetings(rows, '   ', 'en-US')).toHaveLength(2);
  });

  it('keeps only the matching occurrences of a series', () => {
    const series = seriesRows('master', 'Standup', [{}, { subject: 'Standup (moved)' }]);
    const table = buildTableRows(series, options({ query: 'moved', expanded: new Set(['master']) }), ctx);
    expect(subjects(table)).toEqual(['series:Standup (moved) (series, 1 meeting)', 'occurrence:Standup (moved)']);
  });
});

describe('sorting', () => {
  const balanced = meetingRow({ subject: 'Balanced', speaking: { source: 'transcript', missing: null, entropy: 0.95, topShare: 0.2, heard: 1, attendees: 6 } });
  const lopsided = meetingRow({ subject: 'Lopsided', speaking: { source: 'transcript', missing: null, entropy: 0.4, topShare: 0.7, heard: 0.5, attendees: 6 } });
  const silent = meetingRow({ subject: 'No transcript', speaking: { source: 'none', missing: 'no_transcript', entropy: null, topShare: null, heard: null, attendees: null } });

  it('orders by a figure either way, meetings without the figure last both times', () => {
    const descending = buildTableRows([silent, lopsided, balanced], options({ sort: { column: 'balance', direction: 'descending' } }), ctx);
    expect(descending.map((row) => row.cells.meeting.text)).toEqual(['Balanced', 'Lopsided', 'No transcript']);
    const ascending = buildTableRows([silent, balanced, lopsided], options({ sort: { column: 'balance', direction: 'ascending' } }), ctx);
    expect(ascending.map((row) => row.cells.meeting.text)).toEqual(['Lopsided', 'Balanced', 'No transcript']);
  });

  it('orders text by the locale’s collation, not by code points', () => {
    const rows = ['zebra', 'Éclair', 'apple'].map((subject) => meetingRow({ subject }));
    const sorted = buildTableRows(rows, options({ sort: { column: 'meeting', direction: 'ascending' } }), ctx);
    expect(sorted.map((row) => row.cells.meeting.text)).toEqual(['apple', 'Éclair', 'zebra']);
  });

  it('opens newest first, and a series sorts by its latest meeting', () => {
    const older = meetingRow({ subject: 'Older', start: '2026-01-05T09:00:00.000Z' });
    const series = seriesRows('master', 'Weekly', [{}, {}], '2026-02-02T09:00:00.000Z');
    const newer = meetingRow({ subject: 'Newer', start: '2026-02-05T09:00:00.000Z' });
    const rows = buildTableRows([older, ...series, newer], options(), ctx);
    expect(rows.map((row) => row.cells.meeting.text)).toEqual(['Weekly (series, 2 meetings)', 'Newer', 'Older']);
  });

  it('sorts text columns A→Z and figures highest first on the first click, and turns round on the second', () => {
    expect(nextSort(DEFAULT_SORT, 'meeting')).toEqual({ column: 'meeting', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'balance')).toEqual({ column: 'balance', direction: 'descending' });
    expect(nextSort({ column: 'balance', direction: 'descending' }, 'balance')).toEqual({ column: 'balance', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ column: 'date', direction: 'ascending' });
  });
});
