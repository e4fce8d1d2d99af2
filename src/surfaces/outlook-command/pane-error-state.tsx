// A failure in the Outlook pane: what went wrong in the user's words, what Outlook or the server said, a reference
// for support, and a way to try again.
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useT } from '../../i18n';
import { describePaneError } from './describe-pane-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export type PaneErrorStateProps = {
  error: unknown;
  /** Already translated. */
  title: string;
  intent?: 'error' | 'warning';
  onRetry?: () => void;
  retryLabel?: string;
  isRetrying?: boolean;
  testId?: string;
};

export const PaneErrorState = ({ error, title, intent = 'error', onRetry, retryLabel, isRetrying = false, testId = 'error-state' }: PaneErrorStateProps) => {
  const t = useT();
  const styles = useStyles();
  const described = describePaneError(error);
  return (
    <div className={styles.root} role="alert" data-testid={testId}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle> {described.message ? t(described.message) : described.serverMessage}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button appearance="secondary" icon={<ArrowClockwise16Regular />} onClick={onRetry} disabled={isRetrying}>
              {retryLabel ?? t('state.retry')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {described.details && <Caption1 className={styles.detail}>{t('outlook.error.details', { details: described.details })}</Caption1>}
      {described.requestId && <Caption1 className={styles.detail}>{t('error.reference', { requestId: described.requestId })}</Caption1>}
    </div>
  );
};
