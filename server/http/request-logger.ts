// Gives every request an id (from X-Request-Id when a proxy set one, else new) and a child logger carrying it.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from './context';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export const requestLogger = (logger: Logger, newId: () => string = () => crypto.randomUUID()): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : newId();
    const log = logger.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('logger', log);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const ms = Math.round(performance.now() - started);
    log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request');
  };
