// What the facilitator can do with the round: open it, close it, reveal anonymous answers (once at least 3 exist),
// move on to the agenda, and hand the round over to someone else.
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight20Regular, Eye20Regular, LockClosed20Regular, Play20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { isApiError, type CheckinView, type FacilitatorAction, type MeetingView } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import { MIN_ANSWERS_TO_REVEAL } from './answers-wall';
import { facilitatorCandidates } from './facilitators';
import { HandOverPicker } from './hand-over-picker';
import type { CheckinMoves } from './use-checkin';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  heading: { margin: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground2 },
});

export type FacilitatorControlsProps = { meeting: MeetingView; view: CheckinView; myUserId: string; onAct: CheckinMoves['act'] };

export const FacilitatorControls = ({ meeting, view, myUserId, onAct }: FacilitatorControlsProps) => {
  const t = useT();
  const styles = useStyles();
  const headingId = useId();
  const [busy, setBusy] = useState<FacilitatorAction['action'] | null>(null);
  const [failure, setFailure] = useState<{ action: FacilitatorAction['action']; error: unknown } | null>(null);
  const { round } = view;
  const canReveal = view.answerCount >= MIN_ANSWERS_TO_REVEAL;

  const act = async (action: FacilitatorAction) => {
    setBusy(action.action);
    setFailure(null);
    try {
      await onAct(action);
    } catch (error) {
      setFailure({ action: action.action, error });
    } finally {
      setBusy(null);
    }
  };
  const failureMessage = (() => {
    if (!failure) return null;
    if (failure.action === 'reveal' && isApiError(failure.error) && failure.error.code === 'conflict') return t('checkin.facilitator.revealRefused', { min: MIN_ANSWERS_TO_REVEAL });
    if (isApiError(failure.error) && failure.error.status === 403) return t('checkin.facilitator.notFacilitator');
    return t(describeError(failure.error).message);
  })();

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="facilitator-controls">
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t('checkin.facilitator.heading')}
      </Subtitle2>
      <div className={styles.buttons}>
        {round.state === 'waiting' && (
          <Button appearance="primary" icon={<Play20Regular />} disabled={busy !== null} onClick={() => void act({ action: 'open' })}>
            {t('checkin.facilitator.open')}
          </Button>
        )}
        {round.state === 'open' && (
          <Button icon={<LockClosed20Regular />} disabled={busy !== null} onClick={() => void act({ action: 'close' })}>
            {t('checkin.facilitator.close')}
          </Button>
        )}
        {view.choice?.anonymous && !round.revealed && (
          <Button icon={<Eye20Regular />} disabledFocusable={busy !== null || !canReveal} onClick={() => void act({ action: 'reveal' })} data-testid="reveal-button">
            {t('checkin.facilitator.reveal')}
          </Button>
        )}
        {round.phase === 'checkin' && (
          <Button appearance={round.state === 'closed' ? 'primary' : 'secondary'} icon={<ArrowRight20Regular />} disabled={busy !== null} onClick={() => void act({ action: 'toAgenda' })}>
            {t('checkin.facilitator.toAgenda')}
          </Button>
        )}
      </div>
      {view.choice?.anonymous && !round.revealed && !canReveal && (
        <Caption1 className={styles.hint} data-testid="reveal-hint">
          {t('checkin.facilitator.revealHint', { count: view.answerCount, min: MIN_ANSWERS_TO_REVEAL })}
        </Caption1>
      )}
      <div aria-live="polite">
        {failureMessage && (
          <MessageBar intent="error" layout="multiline" data-testid="facilitator-error">
            <MessageBarBody>{failureMessage}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <HandOverPicker
        candidates={facilitatorCandidates(meeting, view, myUserId)}
        isBusy={busy !== null}
        onHandOver={(userId) => void act({ action: 'handOver', userId })}
      />
    </section>
  );
};
