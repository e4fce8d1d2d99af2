// Injected faults: throttling (429) and service unavailable (503), each with Retry-After, decided by one draw of
// the random source per request (so a seeded `random` makes a run repeatable).
import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext } from '../context';
import type { GraphEnv } from './env';
import { GraphError } from './graph-error';

export const graphFaults =
  (ctx: EmulatorContext): MiddlewareHandler<GraphEnv> =>
  async (c, next) => {
    const faults = ctx.faults.current;
    if (faults.paths && !faults.paths.test(c.req.path)) return next();
    if (faults.methods && !faults.methods.includes(c.req.method)) return next();
    const rate429 = faults.rate429 ?? 0;
    const rate503 = faults.rate503 ?? 0;
    if (rate429 > 0 || rate503 > 0) {
      const draw = (faults.random ?? Math.random)();
      const retryAfter = String(faults.retryAfterSeconds ?? 1);
      if (draw < rate429) {
        throw new GraphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': retryAfter }, { code: '429', message: 'Please retry after', status: '429' });
      }
      if (draw < rate429 + rate503) {
        throw new GraphError(
          503,
          'serviceNotAvailable',
          'The service is temporarily unavailable for maintenance or is overloaded. You may repeat the request after a delay, which may be specified in a Retry-After header.',
          { 'Retry-After': retryAfter },
        );
      }
    }
    await next();
  };
