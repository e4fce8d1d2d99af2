// Whether the invite carries the saved check-in: written, written from Outlook, or not updated (with a retry).
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise16Regular } from '@fluentui/react-icons';
import type { InviteStatus as Invite } from '../../api';
import { useT } from '../../i18n';

export type InviteStatusProps = { invite: Invite; isRetrying: boolean; onRetry?: () => void };

export const InviteStatus = ({ invite, isRetrying, onRetry }: InviteStatusProps) => {
  const t = useT();
  if (invite.status === 'none') return null;
  if (invite.status === 'failed') {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="invite-status" data-status="failed">
        <MessageBarBody>
          {/* The server says why (its words); without a reason, ours. */}
          <MessageBarTitle>{t('checkin.invite.failedTitle')}</MessageBarTitle> {invite.message ?? t('checkin.invite.failed')}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button appearance="secondary" icon={<ArrowClockwise16Regular />} onClick={onRetry} disabled={isRetrying}>
              {isRetrying ? t('checkin.invite.retrying') : t('checkin.invite.retry')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="success" layout="multiline" data-testid="invite-status" data-status={invite.status}>
      <MessageBarBody>{invite.status === 'outlook' ? t('checkin.invite.outlook') : t('checkin.invite.written')}</MessageBarBody>
    </MessageBar>
  );
};
