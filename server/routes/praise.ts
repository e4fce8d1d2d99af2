// Praise: the tenant's values, one praise by id (its giver's and recipient's only), a meeting's praise wall and round
// (participants only: every meeting route first proves through Graph that the person is in the meeting), giving
// praise (idempotent by the client's id), and each person's own praise and preference.
import { Hono } from 'hono';
import { z } from 'zod';
import { countCharacters } from '../domain/checkin';
import { MAX_PRAISE_MESSAGE, PRAISE_PREFERENCES } from '../domain/praise';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import type { Store } from '../services/ports';
import { actOnPraiseRound } from '../services/praise/act-on-praise-round';
import { getMeetingPraise } from '../services/praise/get-meeting-praise';
import { getPraise } from '../services/praise/get-praise';
import { getPraisePreference } from '../services/praise/get-praise-preference';
import { givePraise } from '../services/praise/give-praise';
import { listMyPraise } from '../services/praise/list-my-praise';
import { listPraiseValues } from '../services/praise/list-praise-values';
import type { PraiseDeps } from '../services/praise/praise-deps';
import { setPraisePreference } from '../services/praise/set-praise-preference';

const praiseIdParam = z.object({ praiseId: z.uuid('must be a UUID the client generated') });

const praiseBody = z.object({
  recipient: z.discriminatedUnion('kind', [z.object({ kind: z.literal('person'), userId: z.string().min(1).max(100) }), z.object({ kind: z.literal('team') })]),
  value: z.string().min(1).max(64),
  message: z
    .string()
    .max(4 * MAX_PRAISE_MESSAGE, `must be at most ${MAX_PRAISE_MESSAGE} characters`)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'must not be empty')
    .refine((s) => countCharacters(s) <= MAX_PRAISE_MESSAGE, `must be at most ${MAX_PRAISE_MESSAGE} characters`),
  visibility: z.enum(['public', 'private']),
});

const roundBody = z.object({ action: z.enum(['open', 'close']) });
const boxQuery = z.object({ box: z.enum(['received', 'given']) });
const preferenceBody = z.object({ preference: z.enum(PRAISE_PREFERENCES) });

/** Mounted at /api/praise. */
export const praiseRoutes = (deps: { store: Store }) =>
  new Hono<AppEnv>()
    .get('/values', async (c) => c.json({ values: await listPraiseValues(deps.store, c.get('user').tenantId) }))
    .get('/:praiseId', validate('param', praiseIdParam), async (c) => c.json({ praise: await getPraise(deps.store, { user: c.get('user'), praiseId: c.req.valid('param').praiseId }) }));

/** Mounted at /api/meetings/:eventId/praise. */
export const meetingPraiseRoutes = (deps: PraiseDeps) =>
  new Hono<AppEnv>()
    .get('/', validate('param', eventParam), async (c) => c.json(await getMeetingPraise(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })))
    .post('/round', validate('param', eventParam), validate('json', roundBody), async (c) =>
      c.json({ round: await actOnPraiseRound(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId, action: c.req.valid('json').action }) }),
    )
    .put('/:praiseId', validate('param', eventParam.extend(praiseIdParam.shape)), validate('json', praiseBody), async (c) => {
      const { eventId, praiseId } = c.req.valid('param');
      const given = await givePraise(deps, { user: c.get('user'), eventId, praiseId, praise: c.req.valid('json') });
      return c.json({ praise: given.praise, notice: given.notice }, given.created ? 201 : 200);
    });

/** Mounted at /api/me: the person's own praise and preference. */
export const myPraiseRoutes = (deps: { store: Store }) =>
  new Hono<AppEnv>()
    .get('/praise', validate('query', boxQuery), async (c) => c.json({ praise: await listMyPraise(deps.store, { user: c.get('user'), box: c.req.valid('query').box }) }))
    .get('/praise-preference', async (c) => c.json({ preference: await getPraisePreference(deps.store, c.get('user')) }))
    .put('/praise-preference', validate('json', preferenceBody), async (c) => c.json({ preference: await setPraisePreference(deps.store, c.get('user'), c.req.valid('json').preference) }));
