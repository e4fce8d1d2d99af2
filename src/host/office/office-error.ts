// The error the Office layer throws when Outlook (through Office.js) refuses or fails a call: a code for the words
// the pane shows, and Office's own message for the details.
import type { OfficeErrorInfo } from './office-api';

export type OfficeErrorCode =
  | 'office_unavailable'
  | 'not_appointment'
  | 'body_read_failed'
  | 'body_write_failed'
  | 'item_id_failed'
  | 'sso_failed';

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  /** What Office said (its error name and message), for the details line; null when Office said nothing. */
  readonly officeMessage: string | null;

  constructor(code: OfficeErrorCode, message: string, options: { officeMessage?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'OfficeError';
    this.code = code;
    this.officeMessage = options.officeMessage ?? null;
  }
}

export const isOfficeError = (value: unknown): value is OfficeError => value instanceof OfficeError;

/** One line from an Office.js error object ({code, name, message}) or anything thrown. */
export const describeOfficeFailure = (reason: OfficeErrorInfo | unknown): string => {
  if (reason instanceof Error) return reason.message;
  if (reason && typeof reason === 'object') {
    const { name, message, code } = reason as Partial<OfficeErrorInfo>;
    const text = [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
    if (text) return code === undefined ? text : `${text} (${code})`;
  }
  return typeof reason === 'string' && reason !== '' ? reason : 'Outlook gave no reason.';
};
