// The meetings table as rows: filtered by a text on subject and organizer, grouped by recurring series (a series is one
// row, expandable to its occurrences), sorted by a column (a series by its summary, its occurrences among themselves),
// with every cell's text computed once. The table renders these rows and the CSV export writes the same ones.
import type { ReportMeetingRow } from '../../../server/domain/reports/types';
import { MEETING_COLUMNS, type Cell, type CellContext, type ColumnId } from './meeting-columns';

export type SortDirection = 'ascending' | 'descending';
export type SortState = { column: ColumnId; direction: SortDirection };

export const DEFAULT_SORT: SortState = { column: 'date', direction: 'descending' };

export type MeetingEntry = { kind: 'single'; row: ReportMeetingRow } | { kind: 'series'; seriesMasterId: string; occurrences: ReportMeetingRow[] };

export type Cells = Record<ColumnId, Cell>;

export type TableRow =
  | { kind: 'single'; key: string; row: ReportMeetingRow; cells: Cells }
  | { kind: 'series'; key: string; seriesMasterId: string; occurrences: ReportMeetingRow[]; isExpanded: boolean; cells: Cells }
  | { kind: 'occurrence'; key: string; seriesMasterId: string; row: ReportMeetingRow; cells: Cells };

/** Case and accents do not matter: "jose" finds "José". */
const fold = (text: string, locale: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);

export const filterMeetings = (rows: readonly ReportMeetingRow[], query: string, locale: string): ReportMeetingRow[] => {
  const words = fold(query, locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = fold(`${row.subject} ${row.organizer.name} ${row.organizer.email}`, locale);
    return words.every((word) => haystack.includes(word));
  });
};

/** Occurrences of one series together (in the order they came), single meetings on their own. */
export const groupMeetings = (rows: readonly ReportMeetingRow[]): MeetingEntry[] => {
  const entries: MeetingEntry[] = [];
  const series = new Map<string, ReportMeetingRow[]>();
  for (const row of rows) {
    if (row.seriesMasterId === null) {
      entries.push({ kind: 'single', row });
      continue;
    }
    const occurrences = series.get(row.seriesMasterId);
    if (occurrences) occurrences.push(row);
    else {
      const created = [row];
      series.set(row.seriesMasterId, created);
      entries.push({ kind: 'series', seriesMasterId: row.seriesMasterId, occurrences: created });
    }
  }
  return entries;
};

const cellsOf = (compute: (column: (typeof MEETING_COLUMNS)[number]) => Cell): Cells =>
  Object.fromEntries(MEETING_COLUMNS.map((column) => [column.id, compute(column)])) as Cells;

export const rowCells = (row: ReportMeetingRow, ctx: CellContext): Cells => cellsOf((column) => column.row(row, ctx));
export const seriesCells = (occurrences: readonly ReportMeetingRow[], ctx: CellContext): Cells => cellsOf((column) => column.series(occurrences, ctx));

/** Compares two cells by a column: nulls last in both directions, text by the locale's collation, ties by date, newest first. */
const comparator = (sort: SortState, locale: string) => {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return (a: Cells, b: Cells): number => {
    const [x, y] = [a[sort.column].sort, b[sort.column].sort];
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return Number(b.date.sort ?? 0) - Number(a.date.sort ?? 0);
  };
};

/** Text columns sort A→Z first; figures and dates highest (or newest) first; a second click turns the order round. */
const ascendingFirst: ReadonlySet<ColumnId> = new Set(['meeting', 'organizer', 'source']);

export const nextSort = (current: SortState, column: ColumnId): SortState =>
  current.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: ascendingFirst.has(column) ? 'ascending' : 'descending' };

export type TableOptions = { query: string; sort: SortState; expanded: ReadonlySet<string> };

/** The rows the table shows, in order: series rows followed by their occurrences when expanded. */
export const buildTableRows = (meetings: readonly ReportMeetingRow[], options: TableOptions, ctx: CellContext): TableRow[] => {
  const compare = comparator(options.sort, ctx.format.locale);
  const byCells = <T extends { cells: Cells }>(items: T[]) => items.sort((a, b) => compare(a.cells, b.cells));
  const entries = groupMeetings(filterMeetings(meetings, options.query, ctx.format.locale)).map((entry) =>
    entry.kind === 'single'
      ? { entry, cells: rowCells(entry.row, ctx) }
      : { entry, cells: seriesCells(entry.occurrences, ctx) },
  );
  return byCells(entries).flatMap(({ entry, cells }): TableRow[] => {
    if (entry.kind === 'single') return [{ kind: 'single', key: entry.row.eventId, row: entry.row, cells }];
    const isExpanded = options.expanded.has(entry.seriesMasterId);
    const head: TableRow = { kind: 'series', key: `series:${entry.seriesMasterId}`, seriesMasterId: entry.seriesMasterId, occurrences: entry.occurrences, isExpanded, cells };
    if (!isExpanded) return [head];
    const occurrences = byCells(entry.occurrences.map((row) => ({ row, cells: rowCells(row, ctx) })));
    return [head, ...occurrences.map(({ row, cells: rowCellsOf }): TableRow => ({ kind: 'occurrence', key: row.eventId, seriesMasterId: entry.seriesMasterId, row, cells: rowCellsOf }))];
  });
};

/** How many meetings the rows stand for (a series row for all its occurrences, expanded or not). */
export const countMeetings = (rows: readonly TableRow[]): number =>
  rows.reduce((sum, row) => sum + (row.kind === 'single' ? 1 : row.kind === 'series' ? row.occurrences.length : 0), 0);

/** The series ids in the rows, for "expand all". */
export const seriesIdsOf = (meetings: readonly ReportMeetingRow[]): string[] => [
  ...new Set(meetings.flatMap((row) => (row.seriesMasterId === null ? [] : [row.seriesMasterId]))),
];
