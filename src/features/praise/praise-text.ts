// The words for a praise's delivery, the server's notices and people's preferences: which message says it, with what
// parameters. Pure, so the wording rules are tested without rendering.
import type { MessageKey, MessageParams } from '../../i18n';
import type { PraiseDelivery, PraiseNotice, PraisePreference, PraiseRecipient, PraiseVisibility } from '../../api';

export type Words = { key: MessageKey; params?: MessageParams };

/** How the giver's praise is getting there, in the giver's words. */
export const deliveryWords = (delivery: PraiseDelivery, visibility: PraiseVisibility): Words => {
  switch (delivery.status) {
    case 'pending':
      return { key: visibility === 'public' ? 'praise.delivery.publicPending' : 'praise.delivery.privatePending' };
    case 'delivered':
      return { key: visibility === 'public' ? 'praise.delivery.publicDelivered' : 'praise.delivery.privateDelivered' };
    case 'waiting_for_giver':
      return { key: 'praise.delivery.waitingForGiver' };
    case 'kept_for_recipient':
      return { key: 'praise.delivery.keptForRecipient' };
    case 'failed':
      // The server's message is a whole sentence saying why, from its own catalogue: shown as it is.
      return delivery.message ? { key: 'praise.delivery.failedServer', params: { message: delivery.message } } : { key: 'praise.delivery.failed' };
    default:
      // A status a newer server added: say nothing rather than something wrong.
      return { key: 'praise.delivery.publicPending' };
  }
};

/** Badge colour of a delivery status. */
export const deliveryTone = (delivery: PraiseDelivery): 'success' | 'warning' | 'danger' | 'informative' =>
  delivery.status === 'delivered' ? 'success' : delivery.status === 'failed' ? 'danger' : delivery.status === 'waiting_for_giver' ? 'warning' : 'informative';

export const noticeWords = (notice: PraiseNotice, recipientName: string): Words | null => {
  if (notice === 'delivered_privately_by_preference') return { key: 'praise.notice.deliveredPrivately', params: { name: recipientName } };
  if (notice === 'recipient_has_no_app') return { key: 'praise.notice.noApp', params: { name: recipientName } };
  return null;
};

export const preferenceKey = (preference: PraisePreference): MessageKey =>
  preference === 'public' ? 'praise.preference.public' : preference === 'private' ? 'praise.preference.private' : 'praise.preference.either';

/** The recipient's name as the walls and lists show it; team praise is for "the whole group". */
export const recipientName = (recipient: PraiseRecipient, teamName: string): string => (recipient.kind === 'team' ? teamName : recipient.displayName);
