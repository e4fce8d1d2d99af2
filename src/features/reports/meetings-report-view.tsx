// "My meetings": the viewer's meetings over the chosen period, with a text filter, series to expand, a CSV export of
// exactly what the table shows, and a banner when Microsoft 365 could not read everything (the rest is still shown).
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload16Regular, Search16Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { MeetingsReport } from '../../../server/domain/reports/types';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { downloadMeetingsCsv } from './meetings-csv';
import { MeetingsTable } from './meetings-table';
import { DEFAULT_SORT, buildTableRows, countMeetings, nextSort, seriesIdsOf, type SortState } from './meetings-table-model';
import type { ChosenRange } from './range-choice';
import { useMeetingsReport } from './use-meetings-report';
import { useReportFormat } from './use-report-format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  filter: { flexGrow: 1, minWidth: '200px', maxWidth: '360px' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type MeetingsNavigation = { onOpenSeries: (seriesMasterId: string) => void; onOpenMeeting: (eventId: string) => void };

const Incomplete = ({ incomplete }: { incomplete: NonNullable<MeetingsReport['incomplete']> }) => {
  const { t } = useReportFormat();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="reports-incomplete">
      <MessageBarBody>
        <MessageBarTitle>{t('reports.incomplete')}</MessageBarTitle>{' '}
        {incomplete.calendar && t('reports.incomplete.calendar')}{' '}
        {incomplete.unavailableMeetings > 0 && t('reports.incomplete.meetings', { count: incomplete.unavailableMeetings })}
      </MessageBarBody>
    </MessageBar>
  );
};

const MeetingsFigures = ({ report, navigation }: { report: MeetingsReport; navigation: MeetingsNavigation }) => {
  const ctx = useReportFormat();
  const { t } = ctx;
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => buildTableRows(report.meetings, { query, sort, expanded }, ctx), [report.meetings, query, sort, expanded, ctx]);
  const seriesIds = useMemo(() => seriesIdsOf(report.meetings), [report.meetings]);
  const isAllExpanded = seriesIds.length > 0 && seriesIds.every((id) => expanded.has(id));
  const toggleSeries = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  if (report.meetings.length === 0) {
    return (
      <Text className={styles.muted} data-testid="reports-empty">
        {t('reports.meetings.empty')}
      </Text>
    );
  }
  return (
    <>
      <div className={styles.toolbar}>
        <Field label={t('reports.filter.label')} className={styles.filter}>
          <Input value={query} onChange={(_, data) => setQuery(data.value)} contentBefore={<Search16Regular aria-hidden />} type="search" data-testid="reports-filter" />
        </Field>
        {seriesIds.length > 0 && (
          <Button onClick={() => setExpanded(isAllExpanded ? new Set() : new Set(seriesIds))} data-testid="reports-expand-all">
            {t(isAllExpanded ? 'reports.collapseAll' : 'reports.expandAll')}
          </Button>
        )}
        <Button icon={<ArrowDownload16Regular />} disabled={rows.length === 0} onClick={() => downloadMeetingsCsv(rows, report.range, ctx)} data-testid="reports-export">
          {t('reports.export')}
        </Button>
      </div>
      <Text className={styles.muted} role="status" data-testid="reports-count">
        {t('reports.meetings.count', { count: countMeetings(rows) })}
      </Text>
      {rows.length === 0 ? (
        <Text className={styles.muted} data-testid="reports-no-match">
          {t('reports.meetings.noMatch', { query })}
        </Text>
      ) : (
        <MeetingsTable
          rows={rows}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
          onToggleSeries={toggleSeries}
          onOpenSeries={navigation.onOpenSeries}
          onOpenMeeting={navigation.onOpenMeeting}
        />
      )}
    </>
  );
};

export const MeetingsReportView = ({ chosen, navigation }: { chosen: ChosenRange; navigation: MeetingsNavigation }) => {
  const { t } = useReportFormat();
  const styles = useStyles();
  const report = useMeetingsReport(chosen);
  return (
    <div className={styles.root} data-testid="reports-meetings">
      {report.status === 'loading' && <LoadingState label={t('reports.meetings.loading')} />}
      {report.status === 'error' && <ErrorState error={report.error} title={t('reports.meetings.errorTitle')} onRetry={report.retry} />}
      {report.status === 'ready' && (
        <>
          {report.value.incomplete && <Incomplete incomplete={report.value.incomplete} />}
          <MeetingsFigures report={report.value} navigation={navigation} />
        </>
      )}
    </div>
  );
};
