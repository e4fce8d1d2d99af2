// Demo mode only (never mounted in production): the dev host page and the emulator's demo sign-in, same-origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors';
import type { AppEnv } from '../http/context';
import { validate } from '../http/validate';

export type DemoSignIn = {
  people(): Promise<{ upn: string; displayName: string; id: string }[]>;
  /** An SSO token for that person, as Teams would issue it. */
  token(upn: string): Promise<string>;
};

export const demoRoutes = (signIn: DemoSignIn, staticRoot: string | null) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      if (!staticRoot) throw new AppError('not_found', 'The front end is not built: run `npm run build`.');
      return c.html(await readFile(join(staticRoot, 'dev.html'), 'utf8'));
    })
    .get('/api/people', async (c) => c.json(await signIn.people()))
    .get('/api/token', validate('query', z.object({ upn: z.string().min(3).max(256) })), async (c) => {
      const { upn } = c.req.valid('query');
      return c.json({ access_token: await signIn.token(upn) });
    });
