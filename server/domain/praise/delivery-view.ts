// How a praise's delivery reads for its giver and recipient: the job's state as a status, with a message for the
// states that need one ("will be posted when you're back", "kept for their personal tab", why it failed).
import { en, formatMessage, type PraiseMessages } from './catalogue-en';
import type { JobState } from './delivery';
import type { PraiseDelivery, PraiseRecipient } from './types';

export const deliveryOf = (job: { state: JobState; lastError: string | null }, recipient: PraiseRecipient, messages: PraiseMessages = en): PraiseDelivery => {
  switch (job.state) {
    case 'pending':
    case 'delivered':
      return { status: job.state, message: null };
    case 'waiting_for_giver':
      return { status: 'waiting_for_giver', message: formatMessage(messages, 'praise.delivery.waitingForGiver') };
    case 'kept_for_recipient':
      return { status: 'kept_for_recipient', message: formatMessage(messages, 'praise.delivery.keptForRecipient', { name: recipient.kind === 'person' ? recipient.displayName : '' }) };
    case 'failed':
      return { status: 'failed', message: formatMessage(messages, 'praise.delivery.failed', { reason: job.lastError ?? 'unknown reason' }) };
  }
};
