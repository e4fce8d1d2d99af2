// The error the host layer throws when Teams/Outlook (through teams-js) refuses or fails a call.

export type HostErrorCode = 'not_in_host' | 'initialize_failed' | 'sso_failed' | 'meeting_unavailable' | 'stage_failed' | 'config_failed';

export class HostError extends Error {
  readonly code: HostErrorCode;

  constructor(code: HostErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'HostError';
    this.code = code;
  }
}

export const isHostError = (value: unknown): value is HostError => value instanceof HostError;

/** teams-js rejects with strings, Errors or SdkError objects ({errorCode, message}); turn any of them into one line. */
export const describeHostFailure = (reason: unknown): string => {
  if (reason instanceof Error) return reason.message;
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    const { errorCode, message } = reason as { errorCode?: unknown; message?: unknown };
    return [errorCode, message].filter((part) => part !== undefined && part !== null).join(': ') || JSON.stringify(reason);
  }
  return String(reason);
};
