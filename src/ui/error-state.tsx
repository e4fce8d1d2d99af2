// A failed load: what went wrong in the user's words, a reference for support, and a way to try again.
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import { useT, type MessageKey } from '../i18n';
import { describeError } from './describe-error';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reference: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export type ErrorStateProps = {
  error: unknown;
  /** The title, already translated, e.g. "Couldn't load the meeting". */
  title: string;
  notFound?: MessageKey;
  onRetry?: () => void;
};

export const ErrorState = ({ error, title, notFound, onRetry }: ErrorStateProps) => {
  const t = useT();
  const styles = useStyles();
  const description = describeError(error, { notFound });
  return (
    <div className={styles.root} role="alert" data-testid="error-state">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle> {t(description.message)}
        </MessageBarBody>
        {onRetry && description.canRetry && (
          <MessageBarActions>
            <Button appearance="secondary" icon={<ArrowClockwise16Regular />} onClick={onRetry}>
              {t('state.retry')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {description.requestId && <Caption1 className={styles.reference}>{t('error.reference', { requestId: description.requestId })}</Caption1>}
    </div>
  );
};
