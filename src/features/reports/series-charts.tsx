// The series view's trend charts, drawn with @fluentui/react-charts. Loaded on demand (React.lazy in series-view.tsx):
// the charts library is large, and only someone opening a series pays for it.
import { LineChart, VerticalBarChart, type LineChartPoints, type VerticalBarChartDataPoint } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { SeriesReport } from '../../../server/domain/reports/types';
import { ChartCard } from './chart-card';
import { formatTrendValue, seriesTrends, type Trend } from './series-trends';
import { useReportFormat } from './use-report-format';

const CHART_HEIGHT = 220;

const useStyles = makeStyles({
  grid: { display: 'grid', gap: tokens.spacingVerticalM, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))', minWidth: 0 },
});

const range = (trend: Trend): { yMinValue: number; yMaxValue: number } => (trend.scale === 'score' ? { yMinValue: 1, yMaxValue: 5 } : { yMinValue: 0, yMaxValue: 1 });

const TrendChart = ({ trend }: { trend: Trend }) => {
  const ctx = useReportFormat();
  const tick = (value: number) => formatTrendValue(trend.scale, value, ctx);
  if (trend.chart === 'bar') {
    const data: VerticalBarChartDataPoint[] = (trend.lines[0]?.points ?? []).flatMap((point) =>
      point.value === null ? [] : [{ x: ctx.format.shortDate(point.start), y: point.value, legend: trend.lines[0]?.legend, yAxisCalloutData: point.text }],
    );
    return (
      <VerticalBarChart
        data={data}
        chartTitle={trend.title}
        height={CHART_HEIGHT}
        culture={ctx.format.locale}
        useSingleColor
        hideLegend
        yMaxValue={1}
        yAxisTickFormat={tick}
        barWidth="auto"
        maxBarWidth={32}
      />
    );
  }
  const lineChartData: LineChartPoints[] = trend.lines.map((line) => ({
    legend: line.legend,
    data: line.points.flatMap((point) => (point.value === null ? [] : [{ x: new Date(point.start), y: point.value, yAxisCalloutData: point.text }])),
  }));
  return (
    <LineChart
      data={{ chartTitle: trend.title, lineChartData }}
      height={CHART_HEIGHT}
      culture={ctx.format.locale}
      hideLegend={trend.lines.length < 2}
      {...range(trend)}
      yAxisTickFormat={tick}
      customDateTimeFormatter={(date) => ctx.format.shortDate(date.toISOString())}
    />
  );
};

const SeriesCharts = ({ report }: { report: SeriesReport }) => {
  const ctx = useReportFormat();
  const styles = useStyles();
  const trends = seriesTrends(report, ctx);
  return (
    <div className={styles.grid} data-testid="series-charts">
      {trends.map((trend) => (
        <ChartCard key={trend.id} title={trend.title} hint={trend.hint} table={trend.table} hasData={trend.hasData} testId={`series-chart-${trend.id}`}>
          <TrendChart trend={trend} />
        </ChartCard>
      ))}
    </div>
  );
};

export default SeriesCharts;
