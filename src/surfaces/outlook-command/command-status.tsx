// What the last Add or Remove did, in the Outlook pane: to the invite (added, replaced, unchanged, removed) and with
// the server (registered for the side panel, or not yet, with a retry).
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { CheckinChoice } from '../../api';
import { useT, type MessageKey } from '../../i18n';
import type { AddOutcome, RemoveOutcome } from './checkin-command';
import { PaneErrorState } from './pane-error-state';

export type CommandOutcome =
  | { kind: 'added'; outcome: AddOutcome; choice: CheckinChoice }
  | { kind: 'removed'; outcome: RemoveOutcome }
  | { kind: 'failed'; error: unknown };

const inviteChanges: Record<AddOutcome['change'] | RemoveOutcome['change'], MessageKey> = {
  added: 'outlook.added',
  replaced: 'outlook.replaced',
  unchanged: 'outlook.unchanged',
  removed: 'outlook.removed',
  absent: 'outlook.absent',
};

export type CommandStatusProps = { outcome: CommandOutcome; onRetryRegistration?: () => void; isRetrying: boolean };

export const CommandStatus = ({ outcome, onRetryRegistration, isRetrying }: CommandStatusProps) => {
  const t = useT();
  if (outcome.kind === 'failed') return <PaneErrorState error={outcome.error} title={t('outlook.actionFailedTitle')} testId="outlook-action-error" />;
  const { change, registration } = outcome.outcome;
  const invite = (
    <MessageBar intent="success" layout="multiline" data-testid="outlook-invite-status" data-change={change}>
      <MessageBarBody>{t(inviteChanges[change])}</MessageBarBody>
    </MessageBar>
  );
  if (registration.status === 'failed') {
    const title = outcome.kind === 'added' ? t('outlook.notRegisteredTitle') : t('outlook.forgetFailedTitle');
    return (
      <>
        {invite}
        <PaneErrorState
          error={registration.error}
          title={title}
          intent="warning"
          onRetry={onRetryRegistration}
          retryLabel={isRetrying ? t('outlook.registerRetrying') : t('outlook.registerRetry')}
          isRetrying={isRetrying}
          testId="outlook-registration-error"
        />
      </>
    );
  }
  const server =
    registration.status === 'registered'
      ? t('outlook.registered')
      : registration.status === 'notSaved'
        ? t('outlook.notSaved')
        : registration.stillInForce
          ? t('outlook.seriesStillApplies', { question: registration.stillInForce.question })
          : t('outlook.forgotten');
  return (
    <>
      {invite}
      <MessageBar intent={registration.status === 'forgotten' && registration.stillInForce ? 'warning' : 'info'} layout="multiline" data-testid="outlook-registration" data-status={registration.status}>
        <MessageBarBody>{server}</MessageBarBody>
      </MessageBar>
    </>
  );
};
