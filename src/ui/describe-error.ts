// Turns any failure a surface can meet into words for the user (message keys) and a reference for support.
import { ApiError, NetworkError } from '../api';
import { isHostError } from '../host/host-error';
import type { MessageKey } from '../i18n';

export type ErrorDescription = { message: MessageKey; requestId: string | null; canRetry: boolean };

const apiMessages: Partial<Record<string, MessageKey>> = {
  unauthenticated: 'error.api.unauthenticated',
  forbidden: 'error.api.forbidden',
  not_found: 'error.api.notFound',
  too_many_requests: 'error.api.tooManyRequests',
  graph_unavailable: 'error.api.graphUnavailable',
  graph_error: 'error.api.graphUnavailable',
  not_ready: 'error.api.notReady',
};

const hostMessages: Record<string, MessageKey> = {
  not_in_host: 'error.host.notInHost',
  initialize_failed: 'error.host.initializeFailed',
  sso_failed: 'error.host.ssoFailed',
  meeting_unavailable: 'error.host.meetingUnavailable',
  stage_failed: 'error.host.stageFailed',
  config_failed: 'error.host.configFailed',
};

/** `notFound` lets a surface say what was not found in its own words (e.g. "this meeting is not in your calendar"). */
export const describeError = (error: unknown, overrides: { notFound?: MessageKey } = {}): ErrorDescription => {
  if (error instanceof ApiError) {
    const message = error.code === 'not_found' && overrides.notFound ? overrides.notFound : (apiMessages[error.code] ?? 'error.api.generic');
    return { message, requestId: error.requestId, canRetry: error.status !== 403 };
  }
  if (error instanceof NetworkError) return { message: 'error.network', requestId: null, canRetry: true };
  if (isHostError(error)) {
    return { message: hostMessages[error.code] ?? 'error.generic', requestId: null, canRetry: error.code !== 'not_in_host' };
  }
  return { message: 'error.generic', requestId: null, canRetry: true };
};
