// The columns of the meetings table: for each, what an occurrence's cell and a series' summary cell read (the text the
// table shows and the CSV export writes) and what it sorts by. One definition, so the table, sorting and the export
// can never disagree.
import type { ReportMeetingRow } from '../../../server/domain/reports/types';
import type { MessageKey, Translate } from '../../i18n';
import { meanOf, type ReportFormat } from './report-format';

export type ColumnId =
  | 'meeting'
  | 'organizer'
  | 'date'
  | 'checkin'
  | 'freedom'
  | 'inclusion'
  | 'balance'
  | 'voicesHeard'
  | 'topShare'
  | 'praise'
  | 'length'
  | 'source'
  | 'outlook'
  | 'chat';

/** `sort` null sorts last either way; `isWithheld` marks "not enough responses" for the table's styling. */
export type Cell = { sort: number | string | null; text: string; isWithheld?: boolean };

export type CellContext = { t: Translate; format: ReportFormat };

export type MeetingColumn = {
  id: ColumnId;
  header: MessageKey;
  isSortable: boolean;
  row: (row: ReportMeetingRow, ctx: CellContext) => Cell;
  series: (rows: readonly ReportMeetingRow[], ctx: CellContext) => Cell;
};

const none = (ctx: CellContext): Cell => ({ sort: null, text: ctx.t('reports.cell.none') });
const hasFigures = (row: ReportMeetingRow) => row.status === 'resolved';
const figured = (rows: readonly ReportMeetingRow[]) => rows.filter(hasFigures);

/** A number column: the row's value formatted, the series' mean (or sum) in the same format. */
const numeric = (
  value: (row: ReportMeetingRow) => number | null,
  show: (value: number, ctx: CellContext) => string,
  summarize: 'mean' | 'sum' = 'mean',
): Pick<MeetingColumn, 'row' | 'series'> => ({
  row: (row, ctx) => {
    const figure = hasFigures(row) ? value(row) : null;
    return figure === null ? none(ctx) : { sort: figure, text: show(figure, ctx) };
  },
  series: (rows, ctx) => {
    const values = figured(rows).map(value);
    const figure = summarize === 'sum' ? (values.some((v) => v !== null) ? values.reduce<number>((sum, v) => sum + (v ?? 0), 0) : null) : meanOf(values);
    if (figure === null) return none(ctx);
    const text = show(figure, ctx);
    return { sort: figure, text: summarize === 'mean' ? ctx.t('reports.series.mean', { value: text }) : text };
  },
});

const pulseColumn = (scale: 'freedom' | 'inclusion'): Pick<MeetingColumn, 'row' | 'series'> => ({
  row: (row, ctx) => {
    const pulse = hasFigures(row) ? row.pulse : null;
    if (!pulse) return none(ctx);
    const figure = pulse[scale];
    return figure.shown ? { sort: figure.value, text: ctx.format.score(figure.value) } : { sort: null, text: ctx.t('reports.notEnough'), isWithheld: true };
  },
  // The mean of the occurrences' shown averages (each over at least five people); never a figure from fewer.
  series: (rows, ctx) => {
    const asked = figured(rows).flatMap((row) => (row.pulse ? [row.pulse[scale]] : []));
    const mean = meanOf(asked.map((figure) => (figure.shown ? figure.value : null)));
    if (mean !== null) return { sort: mean, text: ctx.t('reports.series.mean', { value: ctx.format.score(mean) }) };
    return asked.length > 0 ? { sort: null, text: ctx.t('reports.notEnough'), isWithheld: true } : none(ctx);
  },
});

export const sourceLabel = (row: ReportMeetingRow, t: Translate): string => {
  if (row.status === 'not_online') return t('reports.source.notOnline');
  if (row.status === 'unavailable') return t('reports.source.unavailable');
  if (row.speaking.source === 'transcript') return t('reports.source.transcript');
  if (row.speaking.source === 'tracker') return t('reports.source.tracker');
  if (row.speaking.missing === 'attribution_disabled') return t('reports.source.attributionDisabled');
  if (row.speaking.missing === 'not_yet') return t('reports.source.notYet');
  return t('reports.source.none');
};

const heardCount = (row: ReportMeetingRow): number | null =>
  row.speaking.heard === null || row.speaking.attendees === null ? null : Math.round(row.speaking.heard * row.speaking.attendees);

const organizerCell = (row: ReportMeetingRow): Cell => {
  const name = row.organizer.name || row.organizer.email;
  return { sort: name, text: name };
};

export const MEETING_COLUMNS: readonly MeetingColumn[] = [
  {
    id: 'meeting',
    header: 'reports.column.meeting',
    isSortable: true,
    row: (row, { t }) => ({ sort: row.subject, text: row.subject || t('meeting.untitled') }),
    series: (rows, { t }) => {
      const subject = rows[0]?.subject || t('meeting.untitled');
      return { sort: subject, text: t('reports.series.name', { subject, count: rows.length }) };
    },
  },
  {
    id: 'organizer',
    header: 'reports.column.organizer',
    isSortable: true,
    row: organizerCell,
    series: (rows, ctx) => (rows[0] ? organizerCell(rows[0]) : none(ctx)),
  },
  {
    id: 'date',
    header: 'reports.column.date',
    isSortable: true,
    row: (row, { format }) => ({ sort: Date.parse(row.start), text: format.dateTime(row.start) }),
    series: (rows, ctx) => {
      const starts = rows.map((row) => row.start).sort((a, b) => Date.parse(a) - Date.parse(b));
      const [first, last] = [starts[0], starts.at(-1)];
      if (!first || !last) return none(ctx);
      return { sort: Date.parse(last), text: first === last ? ctx.format.date(first) : ctx.format.dateRange(first, last) };
    },
  },
  {
    id: 'checkin',
    header: 'reports.column.checkin',
    isSortable: true,
    row: (row, ctx) => {
      if (!hasFigures(row)) return none(ctx);
      const { held, answers, attendees, participation } = row.checkin;
      if (!held) return { sort: null, text: ctx.t('reports.checkin.notHeld') };
      return attendees === null
        ? { sort: participation, text: ctx.t('reports.checkin.heldAnswers', { count: answers }) }
        : { sort: participation, text: ctx.t('reports.checkin.held', { answers, attendees }) };
    },
    series: (rows, ctx) => {
      const meetings = figured(rows);
      if (meetings.length === 0) return none(ctx);
      const held = meetings.filter((row) => row.checkin.held);
      if (held.length === 0) return { sort: null, text: ctx.t('reports.series.checkinNone') };
      const participation = meanOf(held.map((row) => row.checkin.participation));
      const counts = { held: held.length, count: meetings.length };
      return participation === null
        ? { sort: null, text: ctx.t('reports.series.checkinHeld', counts) }
        : { sort: participation, text: ctx.t('reports.series.checkinParticipation', { ...counts, participation: ctx.format.percent(participation) }) };
    },
  },
  { id: 'freedom', header: 'reports.column.freedom', isSortable: true, ...pulseColumn('freedom') },
  { id: 'inclusion', header: 'reports.column.inclusion', isSortable: true, ...pulseColumn('inclusion') },
  { id: 'balance', header: 'reports.column.balance', isSortable: true, ...numeric((row) => row.speaking.entropy, (v, { format }) => format.entropy(v)) },
  {
    id: 'voicesHeard',
    header: 'reports.column.voicesHeard',
    isSortable: true,
    row: (row, ctx) => {
      const heard = hasFigures(row) ? row.speaking.heard : null;
      if (heard === null) return none(ctx);
      const count = heardCount(row);
      const text = count === null ? ctx.format.percent(heard) : ctx.t('reports.voices.count', { heard: count, attendees: row.speaking.attendees ?? 0 });
      return { sort: heard, text };
    },
    series: numeric((row) => row.speaking.heard, (v, { format }) => format.percent(v)).series,
  },
  { id: 'topShare', header: 'reports.column.topShare', isSortable: true, ...numeric((row) => row.speaking.topShare, (v, { format }) => format.percent(v)) },
  { id: 'praise', header: 'reports.column.praise', isSortable: true, ...numeric((row) => row.praise.public, (v, { format }) => format.count(v), 'sum') },
  {
    id: 'length',
    header: 'reports.column.length',
    isSortable: true,
    row: (row, { t, format }) =>
      row.actualMs === null
        ? { sort: null, text: t('reports.length.scheduledOnly', { scheduled: format.minutes(row.scheduledMs) }) }
        : { sort: row.actualMs, text: t('reports.length.of', { actual: format.minutes(row.actualMs), scheduled: format.minutes(row.scheduledMs) }) },
    series: (rows, ctx) => {
      const actual = meanOf(rows.map((row) => row.actualMs));
      const scheduled = meanOf(rows.map((row) => row.scheduledMs)) ?? 0;
      const text =
        actual === null
          ? ctx.t('reports.length.scheduledOnly', { scheduled: ctx.format.minutes(scheduled) })
          : ctx.t('reports.length.of', { actual: ctx.format.minutes(actual), scheduled: ctx.format.minutes(scheduled) });
      return { sort: actual, text: ctx.t('reports.series.mean', { value: text }) };
    },
  },
  {
    id: 'source',
    header: 'reports.column.source',
    isSortable: true,
    row: (row, { t }) => ({ sort: sourceLabel(row, t), text: sourceLabel(row, t) }),
    series: (rows, { t, format }) => {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(sourceLabel(row, t), (counts.get(sourceLabel(row, t)) ?? 0) + 1);
      const parts = [...counts].map(([label, count]) => t('reports.source.count', { label, count }));
      return { sort: parts[0] ?? null, text: new Intl.ListFormat(format.locale, { type: 'unit' }).format(parts) };
    },
  },
  { id: 'outlook', header: 'reports.column.outlook', isSortable: false, row: (row) => ({ sort: null, text: row.outlookLink ?? '' }), series: () => ({ sort: null, text: '' }) },
  { id: 'chat', header: 'reports.column.chat', isSortable: false, row: (row) => ({ sort: null, text: row.chatLink ?? '' }), series: () => ({ sort: null, text: '' }) },
];
