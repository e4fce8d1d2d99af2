// The report in a meeting's details tab, so it sits in the calendar event itself: the meeting's own once it has ended;
// before that, for a series, its latest ended occurrence's, named as such. The report's code loads only when there
// is one to show.
import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { MeetingView, TabMeetingView } from '../../api';
import { LoadingState } from '../../ui/loading-state';
import { useReportFormat } from './use-report-format';

const MeetingReportView = lazy(() => import('./meeting-report-view').then((module) => ({ default: module.MeetingReportView })));

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalL },
});

export const hasMeetingEnded = (meeting: Pick<MeetingView, 'end'>, now: Date): boolean => Date.parse(meeting.end) <= now.getTime();

const ReportCard = ({ eventId, title }: { eventId: string; title?: string }) => {
  const { t } = useReportFormat();
  const styles = useStyles();
  return (
    <Card className={styles.card} data-testid="details-meeting-report" data-event-id={eventId}>
      <Suspense fallback={<LoadingState label={t('reports.meetingView.loading')} />}>
        <MeetingReportView eventId={eventId} showHeading={false} headingLevel={2} title={title} />
      </Suspense>
    </Card>
  );
};

/** The meeting's own report, once it has ended. */
export const MeetingReportAfterEnd = ({ meeting, now }: { meeting: MeetingView; now: Date }) =>
  hasMeetingEnded(meeting, now) ? <ReportCard eventId={meeting.eventId} /> : null;

/** Before the meeting has ended: the report of the series' occurrence before it, if one has ended. */
export const PreviousOccurrenceReport = ({ meeting, now }: { meeting: TabMeetingView; now: Date }) => {
  const { t, format } = useReportFormat();
  const previous = meeting.previousOccurrence;
  if (hasMeetingEnded(meeting, now) || !previous) return null;
  return <ReportCard eventId={previous.eventId} title={t('reports.meetingView.previousHeading', { date: format.dateTime(previous.start) })} />;
};
