import { Hono } from 'hono';
import type { AppEnv } from '../http/context';
import { getMe } from '../services/get-me';
import type { Store } from '../services/ports';

/** The signed-in person as their verified SSO token names them. */
export const meRoutes = (deps: { store: Store }) => new Hono<AppEnv>().get('/', async (c) => c.json(await getMe(deps, { user: c.get('user') })));
