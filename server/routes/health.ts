// Liveness (the process answers) and readiness (the database answers) for load balancers and `npm start`.
import { Hono } from 'hono';
import { AppError } from '../errors';
import type { AppEnv } from '../http/context';
import type { Store } from '../services/ports';

export const healthRoutes = (store: Store) =>
  new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await store.ping();
      } catch (error) {
        throw new AppError('not_ready', 'The database is not reachable.', { cause: error });
      }
      return c.json({ status: 'ready' });
    });
