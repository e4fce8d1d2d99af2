// A meeting occurrence's live turn tracker: its state, and the actions people take on it. Mounted under
// /api/meetings/:eventId/turns; every route first proves through Graph that the person is in the meeting
// (services/turns/load-tracker.ts) and the rules decide who may do what (domain/turns).
import { Hono } from 'hono';
import { z } from 'zod';
import { TRACKER_MODES } from '../domain/turns';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import { actOnTurns } from '../services/turns/act-on-turns';
import { getTurns } from '../services/turns/get-turns';
import type { TurnDeps } from '../services/turns/load-tracker';

/** A participant id: an e-mail address or sign-in name, as the tracker's state lists them. */
const participantId = z.string().trim().toLowerCase().min(3, 'is not a participant id').max(320, 'is not a participant id');

const actionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('stop') }),
  z.object({ action: z.literal('tap'), participantId }),
  z.object({ action: z.literal('raise') }),
  z.object({ action: z.literal('lower'), participantId: participantId.optional() }),
  z.object({ action: z.literal('mode'), mode: z.enum(TRACKER_MODES) }),
  z.object({ action: z.literal('handOver'), participantId }),
  z.object({ action: z.literal('join') }),
]);

export const turnRoutes = (deps: TurnDeps) =>
  new Hono<AppEnv>()
    .get('/', validate('param', eventParam), async (c) => c.json(await getTurns(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })))
    .post('/actions', validate('param', eventParam), validate('json', actionBody), async (c) =>
      c.json(await actOnTurns(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId, action: c.req.valid('json') })),
    );
