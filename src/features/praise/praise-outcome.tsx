// What became of the praise just sent, under the form: recorded (with the server's notice — "delivered privately, as
// Priya prefers" — and how it is getting there, live for public praise), not sent yet (try again, with the same id),
// or refused and why.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { PraiseView } from '../../api';
import { isApiError } from '../../api';
import { useT, type Translate } from '../../i18n';
import { describeError } from '../../ui/describe-error';
import type { SentPraise } from './praise-sender';
import { deliveryWords, noticeWords, recipientName } from './praise-text';
import { usePrivateDelivery } from './use-private-delivery';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'block' },
  muted: { color: tokens.colorNeutralForeground2 },
});

export type Outcome = { kind: 'sent'; sent: SentPraise } | { kind: 'failed'; error: unknown; isUnanswered: boolean };

/** Why the server refused, in the person's words; its own message when it names a rule this panel does not know. */
const refusalMessage = (error: unknown, t: Translate): string => {
  if (isApiError(error)) {
    if (error.code === 'too_many_requests') return t('praise.form.tooMany');
    if (error.code === 'cannot_praise_self') return t('praise.form.cannotPraiseSelf');
    if (error.status === 400 || error.status === 409 || error.status === 422) return t('praise.form.refused', { reason: error.serverMessage });
  }
  return t(describeError(error).message);
};

/** The praise recorded: to whom, the server's notice, and how its delivery goes — live from the wall for public praise. */
const SentPraiseBar = ({ sent, wall }: { sent: SentPraise; wall: readonly PraiseView[] }) => {
  const t = useT();
  const styles = useStyles();
  const followed = usePrivateDelivery(sent.praise);
  const praise = wall.find((entry) => entry.id === sent.praise.id) ?? followed;
  const name = recipientName(praise.recipient, t('praise.wall.toTeam'));
  // The server may learn only on delivery that the recipient has no app: say so then, as the notice would have.
  const noticeCode = sent.notice ?? (praise.delivery.status === 'kept_for_recipient' ? 'recipient_has_no_app' : null);
  const notice = noticeWords(noticeCode, name);
  const delivery = deliveryWords(praise.delivery, praise.visibility);
  return (
    <MessageBar intent="success" layout="multiline" data-testid="praise-sent" data-delivery={praise.delivery.status}>
      <MessageBarBody>
        <MessageBarTitle>{praise.recipient.kind === 'team' ? t('praise.sent.titleTeam') : t('praise.sent.title', { name })}</MessageBarTitle>
        {sent.isEarlierAttempt && <span className={styles.line}>{t('praise.sent.earlier')}</span>}
        {notice && (
          <span className={styles.line} data-testid="praise-notice">
            {t(notice.key, notice.params)}
          </span>
        )}
        {!(noticeCode === 'recipient_has_no_app' && praise.delivery.status === 'kept_for_recipient') && (
          <span className={styles.line} data-testid="praise-sent-delivery" data-status={praise.delivery.status}>
            {t(delivery.key, delivery.params)}
          </span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
};

export type PraiseOutcomeProps = {
  outcome: Outcome | null;
  isRetrying: boolean;
  wall: readonly PraiseView[];
  onTryAgain: () => void;
  onDiscard: () => void;
};

export const PraiseOutcome = ({ outcome, isRetrying, wall, onTryAgain, onDiscard }: PraiseOutcomeProps) => {
  const t = useT();
  const styles = useStyles();

  const body = (() => {
    if (isRetrying) return <Text className={styles.muted}>{t('praise.form.retrying')}</Text>;
    if (!outcome) return null;
    if (outcome.kind === 'sent') return <SentPraiseBar sent={outcome.sent} wall={wall} />;
    if (outcome.isUnanswered) {
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="praise-not-sent">
          <MessageBarBody>{t('praise.form.notSent')}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="secondary" icon={<ArrowClockwise16Regular />} onClick={onTryAgain}>
              {t('praise.form.tryAgain')}
            </Button>
            <Button appearance="subtle" onClick={onDiscard}>
              {t('praise.form.discard')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="error" layout="multiline" data-testid="praise-refused">
        <MessageBarBody>{refusalMessage(outcome.error, t)}</MessageBarBody>
      </MessageBar>
    );
  })();

  return (
    <div className={styles.root} aria-live="polite">
      {body}
    </div>
  );
};
