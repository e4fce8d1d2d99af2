// The facilitator opens the praise round near the meeting's end and closes it; everyone else only sees its invitation.
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { DismissCircle20Regular, Heart20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { isApiError } from '../../api';
import { useT } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import type { PraiseMoves } from './use-meeting-praise';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export const PraiseRoundControls = ({ isOpen, onAct }: { isOpen: boolean; onAct: PraiseMoves['actOnRound'] }) => {
  const t = useT();
  const styles = useStyles();
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const act = async () => {
    setIsBusy(true);
    setFailure(null);
    try {
      await onAct(isOpen ? 'close' : 'open');
    } catch (error) {
      setFailure(error);
    } finally {
      setIsBusy(false);
    }
  };
  const failureMessage = failure === null ? null : isApiError(failure) && failure.status === 403 ? t('praise.round.notFacilitator') : t(describeError(failure).message);

  return (
    <div className={styles.root} data-testid="praise-round-controls">
      <div>
        <Button appearance={isOpen ? 'secondary' : 'primary'} icon={isOpen ? <DismissCircle20Regular /> : <Heart20Regular />} disabledFocusable={isBusy} onClick={() => void act()}>
          {isOpen ? t('praise.round.end') : t('praise.round.start')}
        </Button>
      </div>
      <div aria-live="polite">
        {failureMessage && (
          <MessageBar intent="error" layout="multiline" data-testid="praise-round-error">
            <MessageBarBody>{failureMessage}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
};
