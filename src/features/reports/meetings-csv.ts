// The meetings table as a CSV file: exactly the rows shown (after the filter, in the sort order, series collapsed or
// expanded as they are) and every column, each cell the text the table shows. The links columns hold the links'
// addresses. The CSV itself is the domain's (server/domain/reports/report-csv.ts: RFC 4180, formulas neutralized);
// this module names the columns and hands the file to the browser.
import { CSV_BOM, reportRowsToCsv } from '../../../server/domain/reports/report-csv';
import type { ReportRange } from '../../../server/domain/reports/types';
import { MEETING_COLUMNS, type CellContext, type ColumnId } from './meeting-columns';
import type { TableRow } from './meetings-table-model';
import { customDaysOf } from './range-choice';

export const meetingsCsv = (rows: readonly TableRow[], { t }: CellContext): string => {
  const columns = MEETING_COLUMNS.map((column) => column.id);
  const labels = Object.fromEntries(MEETING_COLUMNS.map((column) => [column.id, t(column.header)])) as Record<ColumnId, string>;
  return reportRowsToCsv(rows, columns, labels, (row, column) => row.cells[column].text);
};

/** Named by the first and last day shown (the range's `to` is the first day not included). */
export const meetingsCsvFileName = (range: ReportRange, { t }: CellContext): string => t('reports.export.fileName', customDaysOf(range));

/** Saves the file through a temporary object URL (no server round trip: the browser already has the figures). */
export const downloadMeetingsCsv = (rows: readonly TableRow[], range: ReportRange, ctx: CellContext): void => {
  const blob = new Blob([CSV_BOM, meetingsCsv(rows, ctx)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = Object.assign(document.createElement('a'), { href: url, download: meetingsCsvFileName(range, ctx) });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The click has started the download; the URL can go once the current task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
