// Demo mode only (never mounted in production): the dev host page and the emulator's demo sign-in, same-origin.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { SsoVerifier } from '../auth/verify-sso-token';
import { AppError } from '../errors';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { OFFICE_JS_URL } from '../http/security-headers';
import { validate } from '../http/validate';
import type { GraphPort } from '../services/ports';

export type DemoSignIn = {
  people(): Promise<{ upn: string; displayName: string; id: string }[]>;
  /** An SSO token for that person, as Teams would issue it. */
  token(upn: string): Promise<string>;
};

/** What the dev host's Outlook appointment form needs: Graph as the signed-in demo person, as the API reaches it. */
export type DemoOutlookDeps = { graph: GraphPort; verifySsoToken: SsoVerifier };

/** Where the Office shim lives (src/dev/office-shim, built to dist/dev/office.js): demo mode's stand-in for Office.js. */
export const DEMO_OFFICE_JS_URL = '/dev/office.js';

const OFFICE_JS_SCRIPT = `<script src="${OFFICE_JS_URL}"></script>`;

/**
 * The Outlook command page, demo mode: the same built page with Office.js taken from the dev host's shim instead of
 * Microsoft's CDN (which this machine cannot reach, and which only works inside Outlook). The shim is a module (it
 * shares code with the dev host); module scripts run in document order, so it still runs before the page's own.
 */
export const demoOutlookCommandPage = (staticRoot: string) => async (c: Context<AppEnv>) => {
  const page = await readFile(join(staticRoot, 'outlook-command.html'), 'utf8');
  if (!page.includes(OFFICE_JS_SCRIPT)) throw new AppError('internal', 'The built Outlook command page does not load Office.js from its configured URL.');
  return c.html(page.replace(OFFICE_JS_SCRIPT, `<script type="module" src="${DEMO_OFFICE_JS_URL}"></script>`));
};

const appointmentQuery = eventParam.extend({ upn: z.string().min(3).max(256) });
const appointmentBody = appointmentQuery.extend({ body: z.object({ contentType: z.enum(['html', 'text']), content: z.string().max(1_000_000) }) });

const demoGraphOf = async (signIn: DemoSignIn, outlook: DemoOutlookDeps | undefined, upn: string) => {
  if (!outlook) throw new AppError('not_found', 'The Outlook appointment form is not available here.');
  return outlook.graph.forUser(await outlook.verifySsoToken(await signIn.token(upn)));
};

export const demoRoutes = (signIn: DemoSignIn, staticRoot: string | null, outlook?: DemoOutlookDeps) =>
  new Hono<AppEnv>()
    .get('/', async (c) => {
      if (!staticRoot) throw new AppError('not_found', 'The front end is not built: run `npm run build`.');
      return c.html(await readFile(join(staticRoot, 'dev.html'), 'utf8'));
    })
    .get('/api/people', async (c) => c.json(await signIn.people()))
    .get('/api/token', validate('query', z.object({ upn: z.string().min(3).max(256) })), async (c) => {
      const { upn } = c.req.valid('query');
      return c.json({ access_token: await signIn.token(upn) });
    })
    // The dev host's Outlook appointment form: open an appointment and save its body, as that person through Graph.
    .get('/api/outlook/appointment', validate('query', appointmentQuery), async (c) => {
      const { upn, eventId } = c.req.valid('query');
      const graph = await demoGraphOf(signIn, outlook, upn);
      const [event, { body, etag }] = await Promise.all([graph.getEvent(eventId), graph.getEventBody(eventId)]);
      return c.json({ ...event, body, etag });
    })
    .put('/api/outlook/appointment', validate('json', appointmentBody), async (c) => {
      const { upn, eventId, body } = c.req.valid('json');
      const graph = await demoGraphOf(signIn, outlook, upn);
      // Outlook saves what the organizer has in the form: the last save wins, as in Outlook itself.
      const current = await graph.getEventBody(eventId);
      return c.json(await graph.updateEventBody(eventId, body, current.etag));
    });
