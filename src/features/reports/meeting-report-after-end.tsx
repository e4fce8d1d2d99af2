// The meeting's details tab once the meeting has ended: its report sits in the calendar event itself. Before the end
// nothing (the check-in editor has the tab); the report's code loads only when there is one to show.
import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { LoadingState } from '../../ui/loading-state';

const MeetingReportView = lazy(() => import('./meeting-report-view').then((module) => ({ default: module.MeetingReportView })));

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalL },
});

export const hasMeetingEnded = (meeting: Pick<MeetingView, 'end'>, now: Date): boolean => Date.parse(meeting.end) <= now.getTime();

export const MeetingReportAfterEnd = ({ meeting, now }: { meeting: MeetingView; now: Date }) => {
  const t = useT();
  const styles = useStyles();
  if (!hasMeetingEnded(meeting, now)) return null;
  return (
    <Card className={styles.card} data-testid="details-meeting-report">
      <Suspense fallback={<LoadingState label={t('reports.meetingView.loading')} />}>
        <MeetingReportView eventId={meeting.eventId} showHeading={false} headingLevel={2} />
      </Suspense>
    </Card>
  );
};
