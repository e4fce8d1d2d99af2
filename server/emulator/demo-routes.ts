// Demo-only routes (never in production): who can sign in, a token for them as Teams would issue it, and what
// landed in their activity feed. CORS is open so the dev host page can call them.
import type { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { EmulatorContext } from './context';
import type { Person } from './store/types';
import { mintDelegatedGraphToken, mintSsoToken } from './tokens/mint';

const personByUpn = (ctx: EmulatorContext, upn: string | undefined): Person | undefined =>
  upn ? ctx.store.people.find((p) => p.upn.toLowerCase() === upn.toLowerCase()) : undefined;

const unknownPerson = (upn: string | undefined): { error: { code: string; message: string } } => ({
  error: { code: 'NotFound', message: upn ? `No demo person has the user principal name '${upn}'.` : 'The upn query parameter is required.' },
});

export const registerDemoRoutes = (app: Hono, ctx: EmulatorContext): void => {
  app.use('/demo/*', cors());
  app.get('/demo/people', (c) => c.json(ctx.store.people.map(({ upn, displayName, id }) => ({ upn, displayName, id }))));
  app.get('/demo/token', async (c) => {
    const upn = c.req.query('upn');
    const person = personByUpn(ctx, upn);
    if (!person) return c.json(unknownPerson(upn), 404);
    const token = c.req.query('aud') === 'graph' ? await mintDelegatedGraphToken(ctx, person) : await mintSsoToken(ctx, person);
    return c.json({ access_token: token });
  });
  app.get('/demo/activity', (c) => {
    const upn = c.req.query('upn');
    const person = personByUpn(ctx, upn);
    if (!person) return c.json(unknownPerson(upn), 404);
    const feed = ctx.store.activity.filter((a) => a.recipientId === person.id).map((a) => ({ senderId: a.senderId, sentAt: a.sentAt.toISOString(), notification: a.body }));
    return c.json(feed);
  });
};
