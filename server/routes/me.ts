import { Hono } from 'hono';
import type { AppEnv } from '../http/context';

/** The signed-in person as their verified SSO token names them. */
export const meRoutes = () =>
  new Hono<AppEnv>().get('/', (c) => {
    const { id, tenantId, displayName, upn } = c.get('user');
    return c.json({ id, tenantId, displayName, upn });
  });
