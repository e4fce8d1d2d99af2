// A recurring series over the chosen period: who organizes it, its pulse over the period (withheld below five people),
// what stands out (the observations), trend charts across its occurrences (loaded on demand), and its occurrences,
// each opening its meeting view.
import { Body1, Link, Subtitle1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId } from 'react';
import type { SeriesReport } from '../../../server/domain/reports/types';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ObservationList } from './observation-list';
import type { ChosenRange } from './range-choice';
import { useReportFormat } from './use-report-format';
import { useSeriesReport } from './use-series-report';

const SeriesCharts = lazy(() => import('./series-charts'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
  occurrences: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

const SeriesPulse = ({ pulse }: { pulse: SeriesReport['pulse'] }) => {
  const { t, format } = useReportFormat();
  if (!pulse) return null;
  const { freedom, inclusion } = pulse;
  return (
    <Body1 data-testid="series-pulse">
      {freedom.shown && inclusion.shown
        ? t('reports.seriesView.pulse', { freedom: format.score(freedom.value), inclusion: format.score(inclusion.value), people: Math.min(freedom.people, inclusion.people) })
        : t('reports.seriesView.pulseWithheld')}
    </Body1>
  );
};

const SeriesFigures = ({ report, onOpenMeeting }: { report: SeriesReport; onOpenMeeting: (eventId: string) => void }) => {
  const { t, format } = useReportFormat();
  const styles = useStyles();
  const headingId = useId();
  const listId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="series-view">
      <header className={styles.header}>
        <Subtitle1 as="h3" id={headingId} className={styles.heading}>
          {report.subject || t('meeting.untitled')}
        </Subtitle1>
        <Text className={styles.muted}>{t('reports.seriesView.organizedBy', { name: report.organizer.name || report.organizer.email })}</Text>
        <Text className={styles.muted}>{t('reports.seriesView.occurrences', { count: report.occurrences.length })}</Text>
      </header>
      {report.occurrences.length === 0 ? (
        <Text className={styles.muted}>{t('reports.seriesView.empty')}</Text>
      ) : (
        <>
          <SeriesPulse pulse={report.pulse} />
          <ObservationList observations={report.observations} />
          <Suspense fallback={<LoadingState label={t('reports.chart.loading')} />}>
            <SeriesCharts report={report} />
          </Suspense>
          <section aria-labelledby={listId}>
            <Subtitle2 as="h4" id={listId}>
              {t('reports.table.label')}
            </Subtitle2>
            <ul className={styles.occurrences}>
              {report.occurrences.map((occurrence) => (
                <li key={occurrence.eventId}>
                  <Link as="button" onClick={() => onOpenMeeting(occurrence.eventId)} data-testid="series-occurrence">
                    {format.dateTime(occurrence.start)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
};

export const SeriesView = ({ seriesMasterId, chosen, onOpenMeeting }: { seriesMasterId: string; chosen: ChosenRange; onOpenMeeting: (eventId: string) => void }) => {
  const { t } = useReportFormat();
  const series = useSeriesReport(seriesMasterId, chosen);
  if (series.status === 'loading') return <LoadingState label={t('reports.seriesView.loading')} />;
  if (series.status === 'error') return <ErrorState error={series.error} title={t('reports.seriesView.errorTitle')} onRetry={series.retry} />;
  return <SeriesFigures report={series.value} onOpenMeeting={onOpenMeeting} />;
};
