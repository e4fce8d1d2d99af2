// Entra ID's OAuth error answer: {error, error_description, error_codes, timestamp, trace_id, correlation_id, error_uri}.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EmulatorContext } from '../context';
import { entraTimestamp } from '../time';

export class EntraError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly error: string,
    readonly aadsts: number,
    readonly description: string,
  ) {
    super(`AADSTS${aadsts}: ${description}`);
    this.name = 'EntraError';
  }
}

export const sendEntraError = (ctx: EmulatorContext, c: Context, error: EntraError): Response => {
  const traceId = randomUUID();
  const correlationId = c.req.header('client-request-id') ?? randomUUID();
  const timestamp = entraTimestamp(ctx.now());
  return c.json(
    {
      error: error.error,
      error_description: `${error.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [error.aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `${ctx.origin}/error?code=${error.aadsts}`,
    },
    error.status,
    { 'Cache-Control': 'no-store, no-cache', 'x-ms-request-id': traceId, 'client-request-id': correlationId },
  );
};

export const missingParameter = (name: string): EntraError => new EntraError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
