// The check-in on the meeting stage, large enough to read across the room and live: the question, the answers wall
// and the pulse chart; the agenda once the facilitator moves on.
import { Text, Title1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { AgendaSteps } from '../agenda/agenda-steps';
import { AnswersWall } from './answers-wall';
import { PulseChart } from './pulse-chart';
import { RoundStatus } from './round-status';
import { scalesOf } from './library-text';
import { useCheckin } from './use-checkin';
import { useCheckinLibrary } from './use-checkin-library';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL, minWidth: 0 },
  heading: { margin: 0 },
  question: { margin: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const CheckinStage = ({ meeting, userId }: { meeting: MeetingView; userId: string }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const checkin = useCheckin(meeting.eventId, { userId, isLive: true });
  const library = useCheckinLibrary();

  const body = (() => {
    if (checkin.status === 'error') return <ErrorState error={checkin.error} title={t('checkin.errorTitle')} notFound="checkin.notTeamsMeeting" onRetry={checkin.retry} />;
    if (library.status === 'error') return <ErrorState error={library.error} title={t('checkin.library.errorTitle')} onRetry={library.retry} />;
    if (checkin.status === 'loading' || library.status === 'loading') return <LoadingState label={t('checkin.loading')} size="large" />;
    const { messages } = library.value;
    const { view } = checkin;
    const choice = view.choice;
    if (!choice) {
      return (
        <Text size={500} className={styles.muted} data-testid="checkin-none">
          {t('checkin.round.none')}
        </Text>
      );
    }
    return (
      <>
        <RoundStatus meeting={meeting} view={view} stream={checkin.stream} />
        {view.round.phase === 'checkin' ? (
          <>
            <Title1 as="p" block className={styles.question} data-testid="checkin-question">
              {choice.question}
            </Title1>
            {scalesOf(choice.answer).length > 0 && <PulseChart pulse={view.pulse} shape={choice.answer} messages={messages} size="large" />}
            <AnswersWall view={view} shape={choice.answer} messages={messages} size="large" />
          </>
        ) : (
          <AgendaSteps view={view} size="large" />
        )}
      </>
    );
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="checkin-stage">
      <Title2 as="h2" id={headingId} className={styles.heading}>
        {t('checkin.round.heading')}
      </Title2>
      {body}
    </section>
  );
};
