// Classifies Graph's answers to praise deliveries into the outbox's terms (domain/praise AttemptOutcome): throttled
// (429: not carried out, wait Retry-After), ambiguous (timeout, reset, 5xx: it may have been carried out), the
// giver's sign-in unusable, or refused for good. Reasons are safe to show: status and Graph's code, never content.
import { GraphError } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter, type AttemptOutcome } from '../domain/praise';
import { AppError } from '../errors';

const retryAfterOf = (error: GraphError, nowMs: number): number | null => parseRetryAfter(error.headers?.get('Retry-After') ?? null, nowMs);

const describe = (error: GraphError): string => `${error.statusCode}${error.code ? ` ${error.code}` : ''}`;

/** Whether msal-node says Entra refused the assertion itself (expired, revoked), not that Entra is unreachable. */
const isRefusedAssertion = (error: AppError): boolean => {
  const cause = error.cause as { errorCode?: unknown } | undefined;
  return cause?.errorCode === 'invalid_grant';
};

/** A failure to get the giver's delegated token: their sign-in cannot act for them, or Entra is briefly away. */
export const giverTokenOutcome = (error: unknown): AttemptOutcome => {
  if (error instanceof AppError && (error.code === 'consent_required' || isRefusedAssertion(error))) {
    return { kind: 'giver_token_unusable', reason: 'Your Microsoft 365 sign-in can no longer post for you.' };
  }
  return { kind: 'retry', unsure: false, retryAfterMs: null, reason: 'Microsoft Entra ID could not be reached.' };
};

/** Any failure of a request that was sent (or may have been): `request` names it for the reasons. */
export const graphFailureOutcome = (error: unknown, nowMs: number, refusals: Partial<Record<number, string>>): AttemptOutcome => {
  if (!(error instanceof GraphError) || error.statusCode <= 0) {
    // Timeout, connection reset, DNS: the request may or may not have reached Teams.
    return { kind: 'retry', unsure: true, retryAfterMs: null, reason: 'Microsoft Teams did not answer.' };
  }
  const status = error.statusCode;
  if (status === 429) return { kind: 'retry', unsure: false, retryAfterMs: retryAfterOf(error, nowMs), reason: describe(error) };
  if (status >= 500) return { kind: 'retry', unsure: true, retryAfterMs: retryAfterOf(error, nowMs), reason: describe(error) };
  if (status === 408 || status === 409 || status === 412) return { kind: 'retry', unsure: false, retryAfterMs: retryAfterOf(error, nowMs), reason: describe(error) };
  return { kind: 'rejected', reason: `${refusals[status] ?? 'Microsoft Teams refused it.'} (${describe(error)})` };
};
