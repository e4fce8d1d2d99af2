// The check-in round in the side panel: the question, this person's answer, everyone's answers and the pulse, live;
// then the agenda. The facilitator also gets the round's controls.
import { Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId } from 'react';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { AgendaSteps } from '../agenda/agenda-steps';
import { AnswerForm } from './answer-form';
import { AnswersWall } from './answers-wall';
import { PulseChart } from './pulse-chart';
import { RoundStatus } from './round-status';
import { scalesOf } from './library-text';
import { useCheckin } from './use-checkin';
import { useCheckinLibrary } from './use-checkin-library';

// Only the facilitator needs the round's controls (and the people picker): everyone else never downloads them.
const FacilitatorControls = lazy(() => import('./facilitator-controls').then((module) => ({ default: module.FacilitatorControls })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  question: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export const CheckinRound = ({ meeting, userId }: { meeting: MeetingView; userId: string }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const checkin = useCheckin(meeting.eventId, { userId, isLive: true });
  const library = useCheckinLibrary();

  const body = (() => {
    if (checkin.status === 'error') return <ErrorState error={checkin.error} title={t('checkin.errorTitle')} notFound="checkin.notTeamsMeeting" onRetry={checkin.retry} />;
    if (library.status === 'error') return <ErrorState error={library.error} title={t('checkin.library.errorTitle')} onRetry={library.retry} />;
    if (checkin.status === 'loading' || library.status === 'loading') return <LoadingState label={t('checkin.loading')} />;
    const { messages } = library.value;
    const { view } = checkin;
    const choice = view.choice;
    if (!choice) {
      return (
        <Text as="p" block className={styles.muted} data-testid="checkin-none">
          {meeting.isOrganizer ? t('checkin.round.noneOrganizer') : t('checkin.round.none')}
        </Text>
      );
    }
    return (
      <>
        <RoundStatus meeting={meeting} view={view} stream={checkin.stream} />
        {view.round.phase === 'checkin' ? (
          <>
            <Text size={400} weight="semibold" className={styles.question} data-testid="checkin-question">
              {choice.question}
            </Text>
            <AnswerForm key={`${choice.question}|${choice.kind}`} view={view} shape={choice.answer} messages={messages} onAnswer={checkin.answer} />
            {scalesOf(choice.answer).length > 0 && <PulseChart pulse={view.pulse} shape={choice.answer} messages={messages} size="compact" />}
            <AnswersWall view={view} shape={choice.answer} messages={messages} size="compact" />
          </>
        ) : (
          <AgendaSteps view={view} size="compact" onAct={view.round.isFacilitator ? checkin.act : undefined} />
        )}
        {view.round.isFacilitator && (
          <Suspense fallback={<LoadingState label={t('checkin.facilitator.loading')} size="small" />}>
            <FacilitatorControls meeting={meeting} view={view} myUserId={userId} onAct={checkin.act} />
          </Suspense>
        )}
      </>
    );
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="checkin-round">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('checkin.round.heading')}
      </Subtitle1>
      {body}
    </section>
  );
};
