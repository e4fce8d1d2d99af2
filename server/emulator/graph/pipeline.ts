// Middleware every Graph request passes: request ids, the round-trip counter, and a copy of each JSON body for
// onGraphResponse. The added latency is spent after the bearer check, in mailbox-concurrency.ts.
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext } from '../context';
import type { GraphEnv } from './env';

export const graphPipeline =
  (ctx: EmulatorContext): MiddlewareHandler<GraphEnv> =>
  async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('clientRequestId', c.req.header('client-request-id') ?? requestId);
    // A $batch item is part of its batch's round trip: counted once, with the batch.
    if (c.env?.emulatorBatchItem !== true) ctx.counters.graphRequests += 1;
    await next();
    c.header('request-id', requestId);
    c.header('client-request-id', c.get('clientRequestId'));
    if (ctx.onGraphResponse && c.res.headers.get('Content-Type')?.includes('application/json')) {
      const body: unknown = await c.res.clone().json();
      ctx.onGraphResponse({ method: c.req.method, path: c.req.path, status: c.res.status, body });
    }
  };
