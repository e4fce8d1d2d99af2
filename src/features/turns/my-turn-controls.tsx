// This person's own moves: start and end their turn (when they may: self mode, or they run the tracker), and raise or
// lower their hand. A failed move says why, in words.
import { Button, MessageBar, MessageBarBody, MessageBarTitle, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { HandRight20Regular, Mic20Regular, MicOff20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TurnAction } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type MyTurnControlsProps = {
  canStart: boolean;
  isSpeaking: boolean;
  hasHandRaised: boolean;
  onAct: (action: TurnAction) => Promise<unknown>;
};

/** Runs a move and keeps its failure to show; shared by every control that acts on the tracker. */
export const useTurnMove = (onAct: (action: TurnAction) => Promise<unknown>) => {
  const [failure, setFailure] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const move = async (action: TurnAction) => {
    setIsBusy(true);
    setFailure(null);
    try {
      await onAct(action);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };
  return { move, failure, isBusy };
};

export const MoveFailure = ({ error }: { error: unknown }) => {
  const t = useT();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('turns.actionFailed')}</MessageBarTitle> {t(describeError(error).message)}
      </MessageBarBody>
    </MessageBar>
  );
};

export const MyTurnControls = ({ canStart, isSpeaking, hasHandRaised, onAct }: MyTurnControlsProps) => {
  const t = useT();
  const styles = useStyles();
  const { move, failure, isBusy } = useTurnMove(onAct);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        {canStart &&
          (isSpeaking ? (
            <Button appearance="primary" icon={<MicOff20Regular />} disabled={isBusy} onClick={() => void move({ action: 'stop' })}>
              {t('turns.me.stop')}
            </Button>
          ) : (
            <Button appearance="primary" icon={<Mic20Regular />} disabled={isBusy} onClick={() => void move({ action: 'start' })}>
              {t('turns.me.start')}
            </Button>
          ))}
        <ToggleButton checked={hasHandRaised} icon={<HandRight20Regular />} disabled={isBusy} onClick={() => void move({ action: hasHandRaised ? 'lower' : 'raise' })}>
          {hasHandRaised ? t('turns.me.lower') : t('turns.me.raise')}
        </ToggleButton>
      </div>
      <MoveFailure error={failure} />
    </div>
  );
};
