// The series view's trends as data: for each chart its lines (one point per occurrence that has the figure) and the
// same figures as a table, formatted as everywhere else in the reports. A withheld pulse is no point on the chart and
// reads "not enough responses" in the table, never a number.
import type { Guarded, SeriesOccurrencePoint, SeriesReport } from '../../../server/domain/reports/types';
import type { MessageKey } from '../../i18n';
import type { ChartTableData } from './chart-card';
import type { CellContext } from './meeting-columns';

export type TrendId = 'balance' | 'voicesHeard' | 'participation' | 'pulse' | 'praiseSpread';

export type TrendPoint = { eventId: string; start: string; value: number | null; text: string };
export type TrendLine = { legend: string; points: TrendPoint[] };

export type Trend = {
  id: TrendId;
  title: string;
  hint: string;
  /** `ratio`: 0–1, shown as percentages; `entropy`: 0–1; `score`: the pulse's 1–5. */
  scale: 'ratio' | 'entropy' | 'score';
  chart: 'line' | 'bar';
  lines: TrendLine[];
  table: ChartTableData;
  hasData: boolean;
};

type Figure = { value: number | null; withheld?: boolean };

const ratio = (value: number | null): Figure => ({ value });
const guarded = (figure: Guarded<number> | undefined): Figure =>
  figure === undefined ? { value: null } : figure.shown ? { value: figure.value } : { value: null, withheld: true };

type LineSpec = { legend: MessageKey; read: (occurrence: SeriesOccurrencePoint) => Figure };
type TrendSpec = { id: TrendId; title: MessageKey; hint: MessageKey; scale: Trend['scale']; chart: Trend['chart']; lines: LineSpec[] };

const SPECS: readonly TrendSpec[] = [
  { id: 'balance', title: 'reports.chart.balance', hint: 'reports.chart.balanceHint', scale: 'entropy', chart: 'line', lines: [{ legend: 'reports.chart.balance', read: (o) => ratio(o.speaking.entropy) }] },
  {
    id: 'voicesHeard',
    title: 'reports.chart.voicesHeard',
    hint: 'reports.chart.voicesHeardHint',
    scale: 'ratio',
    chart: 'line',
    lines: [{ legend: 'reports.chart.voicesHeard', read: (o) => ratio(o.speaking.heard) }],
  },
  {
    id: 'participation',
    title: 'reports.chart.participation',
    hint: 'reports.chart.participationHint',
    scale: 'ratio',
    chart: 'bar',
    lines: [{ legend: 'reports.chart.participation', read: (o) => ratio(o.checkin.held ? o.checkin.participation : null) }],
  },
  {
    id: 'pulse',
    title: 'reports.chart.pulse',
    hint: 'reports.chart.pulseHint',
    scale: 'score',
    chart: 'line',
    lines: [
      { legend: 'reports.column.freedom', read: (o) => guarded(o.pulse?.freedom) },
      { legend: 'reports.column.inclusion', read: (o) => guarded(o.pulse?.inclusion) },
    ],
  },
  {
    id: 'praiseSpread',
    title: 'reports.chart.praiseSpread',
    hint: 'reports.chart.praiseSpreadHint',
    scale: 'ratio',
    chart: 'line',
    lines: [{ legend: 'reports.chart.praiseSpread', read: (o) => ratio(o.praiseSpread) }],
  },
];

export const formatTrendValue = (scale: Trend['scale'], value: number, { format }: CellContext): string =>
  scale === 'ratio' ? format.percent(value) : scale === 'entropy' ? format.entropy(value) : format.score(value);

export const seriesTrends = (report: SeriesReport, ctx: CellContext): Trend[] => {
  const { t, format } = ctx;
  const occurrences = [...report.occurrences].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return SPECS.map((spec) => {
    const lines = spec.lines.map(
      (line): TrendLine => ({
        legend: t(line.legend),
        points: occurrences.map((occurrence) => {
          const figure = line.read(occurrence);
          const text = figure.value !== null ? formatTrendValue(spec.scale, figure.value, ctx) : figure.withheld ? t('reports.notEnough') : t('reports.cell.none');
          return { eventId: occurrence.eventId, start: occurrence.start, value: figure.value, text };
        }),
      }),
    );
    const table: ChartTableData = {
      columns: [t('reports.chart.column.meeting'), ...lines.map((line) => line.legend)],
      rows: occurrences.map((occurrence, index) => ({
        key: occurrence.eventId,
        cells: [format.date(occurrence.start), ...lines.map((line) => line.points[index]?.text ?? t('reports.cell.none'))],
      })),
    };
    const hasData = lines.some((line) => line.points.some((point) => point.value !== null));
    return { id: spec.id, title: t(spec.title), hint: t(spec.hint), scale: spec.scale, chart: spec.chart, lines, table, hasData };
  });
};
