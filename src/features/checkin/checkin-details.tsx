// The check-in section of the meeting's details tab: the organizer's editor before the meeting ends, else the
// chosen check-in read-only; with its loading and error states.
import { Caption1, Card, CardHeader, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { ChatBubblesQuestion24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { CheckinEditor } from './checkin-editor';
import { CheckinSummary } from './checkin-summary';
import { useCheckin } from './use-checkin';
import { useCheckinLibrary } from './use-checkin-library';

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

export const isRecurringMeeting = (meeting: MeetingView): boolean =>
  meeting.type === 'occurrence' || meeting.type === 'exception' || meeting.seriesMasterId !== null;

export const CheckinDetails = ({ meeting, userId, now }: { meeting: MeetingView; userId: string; now: Date }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const checkin = useCheckin(meeting.eventId, { userId, isLive: false });
  const library = useCheckinLibrary();
  const hasEnded = Date.parse(meeting.end) <= now.getTime();
  const canEdit = meeting.isOrganizer && !hasEnded;

  return (
    <section aria-labelledby={headingId} data-testid="checkin-details">
      <Card className={styles.card} appearance="filled-alternative">
        <CardHeader
          image={<ChatBubblesQuestion24Regular aria-hidden />}
          header={
            <Subtitle1 as="h2" id={headingId} className={styles.heading}>
              {t('details.checkinHeading')}
            </Subtitle1>
          }
          description={<Caption1 className={styles.intro}>{canEdit ? t('checkin.editor.intro') : hasEnded ? t('checkin.summary.ended') : t('checkin.summary.intro')}</Caption1>}
        />
        {checkin.status === 'error' ? (
          <ErrorState error={checkin.error} title={t('checkin.errorTitle')} notFound="checkin.notTeamsMeeting" onRetry={checkin.retry} />
        ) : library.status === 'error' ? (
          <ErrorState error={library.error} title={t('checkin.library.errorTitle')} onRetry={library.retry} />
        ) : checkin.status === 'loading' || library.status === 'loading' ? (
          <LoadingState label={t('checkin.loading')} />
        ) : canEdit ? (
          <CheckinEditor view={checkin.view} moves={checkin} library={library.value} isRecurring={isRecurringMeeting(meeting)} />
        ) : (
          <CheckinSummary view={checkin.view} library={library.value} isOrganizer={meeting.isOrganizer} />
        )}
      </Card>
    </section>
  );
};
