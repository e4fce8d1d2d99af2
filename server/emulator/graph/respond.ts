// How Graph routes answer: OData JSON with Graph's headers, and Graph's error bodies.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { EmulatorContext } from '../context';
import type { GraphContext } from './env';
import { GraphError, graphErrorBody } from './graph-error';

const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export const sendJson = (c: GraphContext, body: unknown, status: ContentfulStatusCode = 200, headers: Record<string, string> = {}): Response =>
  c.body(JSON.stringify(body), status, { 'Content-Type': ODATA_JSON, 'OData-Version': '4.0', 'Cache-Control': 'no-cache', ...headers });

export const sendNoContent = (c: GraphContext): Response => c.body(null, 204, { 'Cache-Control': 'no-cache' });

export const sendError = (ctx: EmulatorContext, c: GraphContext, error: unknown): Response => {
  const graphError =
    error instanceof GraphError ? error : new GraphError(500, 'generalException', 'General exception while processing.');
  if (!(error instanceof GraphError)) console.error('[graph emulator]', error);
  const body = graphErrorBody(graphError, {
    requestId: c.get('requestId') ?? '',
    clientRequestId: c.get('clientRequestId') ?? '',
    now: ctx.now(),
  });
  return c.body(JSON.stringify(body), graphError.status as ContentfulStatusCode, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache',
    ...graphError.headers,
  });
};
