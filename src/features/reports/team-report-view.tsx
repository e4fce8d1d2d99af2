// "My team": totals and week-by-week figures over the meetings organized by the viewer's direct and indirect reports.
// Never a name; below five people the server withholds the figures and this says "not enough responses".
import { Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { MIN_GROUP_SIZE, type TeamReport } from '../../../server/domain/reports/types';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import type { ChosenRange } from './range-choice';
import { orNone, teamTotals } from './team-figures';
import { useReportFormat } from './use-report-format';
import { useTeamReport } from './use-team-report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
  totals: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 180px), 1fr))', gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, margin: 0 },
  figure: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', minWidth: 0 },
});

const TeamFigures = ({ report }: { report: TeamReport }) => {
  const ctx = useReportFormat();
  const { t, format } = ctx;
  const styles = useStyles();
  const [totalsId, weeksId] = [useId(), useId()];
  if (report.people === 0) return <Text className={styles.muted} data-testid="team-no-reports">{t('reports.team.noReports')}</Text>;
  return (
    <>
      <Text className={styles.muted}>{t('reports.team.people', { count: report.people })}</Text>
      {!report.totals.shown ? (
        <Text className={styles.muted} data-testid="team-withheld">
          {t('reports.team.withheld', { min: MIN_GROUP_SIZE })}
        </Text>
      ) : (
        <>
          <section aria-labelledby={totalsId}>
            <Subtitle2 as="h3" id={totalsId} className={styles.heading}>
              {t('reports.team.totals')}
            </Subtitle2>
            <dl className={styles.totals} data-testid="team-totals">
              {teamTotals(report.totals.value, ctx).map((figure) => (
                <div key={figure.label} className={styles.figure}>
                  <dt className={styles.term}>{t(figure.label)}</dt>
                  <dd className={styles.value}>{figure.text}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby={weeksId}>
            <Subtitle2 as="h3" id={weeksId} className={styles.heading}>
              {t('reports.team.weeks')}
            </Subtitle2>
            {report.weeks.length === 0 ? (
              <Text className={styles.muted}>{t('reports.team.noWeeks')}</Text>
            ) : (
              <div className={styles.scroll} role="region" aria-labelledby={weeksId} tabIndex={0}>
                <Table size="small" aria-labelledby={weeksId} data-testid="team-weeks">
                  <TableHeader>
                    <TableRow>
                      {(['reports.team.week', 'reports.team.meetings', 'reports.team.checkinRate', 'reports.team.balance', 'reports.team.voicesHeard'] as const).map((key) => (
                        <TableHeaderCell key={key}>{t(key)}</TableHeaderCell>
                      ))}
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {report.weeks.map((week) => (
                      <TableRow key={week.weekStart}>
                        <TableCell>{format.day(week.weekStart)}</TableCell>
                        <TableCell>{format.count(week.meetings)}</TableCell>
                        <TableCell>{orNone(week.checkinRate, format.percent, ctx)}</TableCell>
                        <TableCell>{orNone(week.entropy, format.entropy, ctx)}</TableCell>
                        <TableCell>{orNone(week.voicesHeard, format.percent, ctx)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
};

export const TeamReportView = ({ chosen }: { chosen: ChosenRange }) => {
  const { t } = useReportFormat();
  const styles = useStyles();
  const report = useTeamReport(chosen);
  return (
    <div className={styles.root} data-testid="reports-team">
      <Text className={styles.muted}>{t('reports.team.intro')}</Text>
      {report.status === 'loading' && <LoadingState label={t('reports.team.loading')} />}
      {report.status === 'error' && <ErrorState error={report.error} title={t('reports.team.errorTitle')} onRetry={report.retry} />}
      {report.status === 'ready' && <TeamFigures report={report.value} />}
    </div>
  );
};
