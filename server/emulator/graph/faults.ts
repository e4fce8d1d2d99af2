// Injected faults: throttling (429) and service unavailable (503), each with Retry-After, decided by one draw of
// the random source per request (so a seeded `random` makes a run repeatable). Then, when `enforceRateLimits` is on,
// Graph's own per-app limits (rate-limits.ts): a request no fault refused counts against them, or is throttled.
import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext } from '../context';
import type { GraphEnv } from './env';
import { GraphError } from './graph-error';
import { checkRateLimit, throttled } from './rate-limits';

export const graphFaults =
  (ctx: EmulatorContext): MiddlewareHandler<GraphEnv> =>
  async (c, next) => {
    const faults = ctx.faults.current;
    const injected = (!faults.paths || faults.paths.test(c.req.path)) && (!faults.methods || faults.methods.includes(c.req.method));
    const rate429 = injected ? (faults.rate429 ?? 0) : 0;
    const rate503 = injected ? (faults.rate503 ?? 0) : 0;
    if (rate429 > 0 || rate503 > 0) {
      const draw = (faults.random ?? Math.random)();
      const retryAfter = String(faults.retryAfterSeconds ?? 1);
      if (draw < rate429) throw throttled(Number(retryAfter));
      if (draw < rate429 + rate503) {
        throw new GraphError(
          503,
          'serviceNotAvailable',
          'The service is temporarily unavailable for maintenance or is overloaded. You may repeat the request after a delay, which may be specified in a Retry-After header.',
          { 'Retry-After': retryAfter },
        );
      }
    }
    if (faults.enforceRateLimits) {
      const limited = checkRateLimit(ctx, c);
      if (limited) throw limited;
    }
    await next();
  };
