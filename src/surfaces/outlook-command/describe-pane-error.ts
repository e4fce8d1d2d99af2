// A failure in the Outlook pane in the user's words: Outlook's (Office.js) errors with what Outlook said, the
// server's refusals in its own message, anything else as the other surfaces word it.
import { isApiError } from '../../api';
import { isOfficeError, type OfficeErrorCode } from '../../host/office';
import type { MessageKey } from '../../i18n';
import { describeError } from '../../ui/describe-error';

export type PaneError = { message: MessageKey | null; serverMessage: string | null; details: string | null; requestId: string | null };

const officeMessages: Record<OfficeErrorCode, MessageKey> = {
  office_unavailable: 'outlook.error.officeUnavailable',
  not_appointment: 'outlook.error.notAppointment',
  body_read_failed: 'outlook.error.bodyRead',
  body_write_failed: 'outlook.error.bodyWrite',
  item_id_failed: 'outlook.error.itemId',
  sso_failed: 'outlook.error.sso',
};

export const describePaneError = (error: unknown): PaneError => {
  if (isOfficeError(error)) return { message: officeMessages[error.code], serverMessage: null, details: error.officeMessage, requestId: null };
  // The server's 4xx messages are written for people (e.g. "Only the organizer of this meeting can choose its check-in.").
  if (isApiError(error) && error.status < 500) return { message: null, serverMessage: error.serverMessage, details: null, requestId: error.requestId };
  const described = describeError(error);
  return { message: described.message, serverMessage: null, details: null, requestId: described.requestId };
};
