// The turn tracker in the side panel: who speaks and for how long, this person's moves (their turn, their hand), the
// fair queue, everyone's talk time (buttons that give the turn, for the facilitator), who has not been heard yet, and
// the live balance with each share of voice. Live for every panel of the meeting.
import { Caption1, Subtitle1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { facilitatorOf, nameOf } from '../../../server/domain/turns';
import type { MeetingView } from '../../api';
import { useT } from '../../i18n';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { BalanceGauge } from './balance-gauge';
import { FacilitatorTurnControls } from './facilitator-turn-controls';
import { FairQueue } from './fair-queue';
import { MyTurnControls } from './my-turn-controls';
import { NotHeard } from './not-heard';
import { ParticipantList } from './participant-list';
import { SpeakerNow } from './speaker-now';
import { useTurns } from './use-turns';
import { VoiceBars } from './voice-bars';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export const TurnTracker = ({ meeting }: { meeting: MeetingView }) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const turns = useTurns(meeting.eventId, { isJoining: true });

  const body = (() => {
    if (turns.status === 'error') return <ErrorState error={turns.error} title={t('turns.errorTitle')} notFound="turns.notTeamsMeeting" onRetry={turns.retry} />;
    if (turns.status === 'loading') return <LoadingState label={t('turns.loading')} />;
    const { view, summary, participants, isFacilitator, stream, act } = turns;
    const { tracker, me } = view;
    const facilitatorId = facilitatorOf(tracker.facilitatorId, view.invitation);
    const modeText = isFacilitator
      ? t(tracker.mode === 'facilitator' ? 'turns.mode.facilitatorYou' : 'turns.mode.selfYou')
      : tracker.mode === 'facilitator'
        ? t('turns.mode.facilitator', { name: nameOf(participants, facilitatorId) })
        : t('turns.mode.self');
    const onFacilitatorAct = isFacilitator ? act : undefined;
    return (
      <>
        <Text className={styles.muted} data-testid="turns-mode" data-mode={tracker.mode}>
          {modeText}
        </Text>
        <span aria-live="polite">
          {stream === 'reconnecting' && <Caption1 className={styles.muted}>{t('turns.live.reconnecting')}</Caption1>}
          {stream === 'stopped' && <Caption1 className={styles.muted}>{t('turns.live.stopped')}</Caption1>}
        </span>
        <SpeakerNow current={summary.current} size="compact" />
        <MyTurnControls
          canStart={tracker.mode === 'self' || isFacilitator}
          isSpeaking={summary.current?.participantId === me.participantId}
          hasHandRaised={tracker.hands.some((hand) => hand.participantId === me.participantId)}
          onAct={act}
        />
        <FairQueue queue={summary.queue} onAct={onFacilitatorAct} />
        <ParticipantList people={summary.people} myId={me.participantId} onAct={onFacilitatorAct} />
        <NotHeard notHeard={summary.notHeard} size="compact" />
        <BalanceGauge summary={summary} size="compact" />
        <VoiceBars people={summary.people} size="compact" />
        {isFacilitator && <FacilitatorTurnControls mode={tracker.mode} facilitatorId={facilitatorId} participants={participants} onAct={act} />}
      </>
    );
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="turn-tracker">
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('turns.heading')}
      </Subtitle1>
      {body}
    </section>
  );
};
