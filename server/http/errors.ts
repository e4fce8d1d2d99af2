// The single error handler: AppError → its status and JSON body; anything else → a 500 that hides its details.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../errors';
import type { AppEnv } from './context';

export type ErrorBody = { error: { code: string; message: string; requestId: string; details?: unknown } };

const fromHttpException = (error: HTTPException): AppError => {
  if (error.status === 413) return new AppError('payload_too_large', 'The request body is too large.');
  if (error.status === 404) return new AppError('not_found', 'Not found.');
  if (error.status < 500) return new AppError('bad_request', error.message || 'Bad request.');
  return new AppError('internal', 'Something went wrong on our side.', { cause: error });
};

/** Only details meant for the client are exposed; Graph failures expose their status, code and request id. */
const publicDetails = (error: AppError): unknown => error.details;

export const onError = (error: Error, c: Context<AppEnv>): Response => {
  const requestId = c.get('requestId') ?? '';
  const appError = error instanceof AppError ? error : error instanceof HTTPException ? fromHttpException(error) : null;
  const logger = c.get('logger');
  if (!appError || appError.status >= 500) {
    logger?.error({ err: error, code: appError?.code }, 'request failed');
  } else {
    logger?.info({ code: appError.code, reason: appError.message }, 'request refused');
  }
  const shown = appError && appError.code !== 'internal' ? appError : new AppError('internal', 'Something went wrong on our side.');
  const body: ErrorBody = { error: { code: shown.code, message: shown.message, requestId } };
  const details = publicDetails(shown);
  if (details !== undefined) body.error.details = details;
  return c.json(body, shown.status as ContentfulStatusCode, shown.headers);
};

export const onNotFound = (c: Context<AppEnv>): Response =>
  onError(new AppError('not_found', `No route for ${c.req.method} ${c.req.path}.`), c);
