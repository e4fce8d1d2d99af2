// A meeting occurrence's check-in: the organizer's choice (written into the invite), answers, and the facilitator's
// moves. Mounted under /api/meetings/:eventId/checkin; every route first proves through Graph that the person is in
// the meeting (services/checkin/load-occurrence.ts).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import { actOnCheckin } from '../services/checkin/act-on-checkin';
import { answerCheckin } from '../services/checkin/answer-checkin';
import { getCheckin, countAgendaItems } from '../services/checkin/get-checkin';
import type { CheckinDeps } from '../services/checkin/load-occurrence';
import { CHECKIN_PROMPTS, checkinChoiceSchema, checkinMessagesEn as en, PROMPT_KINDS } from '../domain/checkin';
import { removeCheckin } from '../services/checkin/remove-checkin';
import { setCheckin } from '../services/checkin/set-checkin';
import { registerOutlookCheckin } from '../services/checkin/register-outlook-checkin';
import { unregisterOutlookCheckin } from '../services/checkin/unregister-outlook-checkin';

const answerBody = z
  .object({
    submissionId: z.uuid('must be a UUID the client generated'),
    text: z.string().trim().min(1).max(1000, 'must be at most 1000 characters').nullable().default(null),
    scales: z.record(z.string().min(1).max(40), z.number().int().min(1).max(5)).nullable().default(null),
  })
  .refine((a) => a.text !== null || a.scales !== null, { message: 'give text or scales', path: ['text'] });

const actionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('open') }),
  z.object({ action: z.literal('close') }),
  z.object({ action: z.literal('reveal') }),
  z.object({ action: z.literal('toAgenda') }),
  z.object({ action: z.literal('toCheckin') }),
  z.object({ action: z.literal('agendaStep'), step: z.number().int().min(0).max(200) }),
  z.object({ action: z.literal('handOver'), userId: z.string().min(1).max(100) }),
]);

export const checkinRoutes = (deps: CheckinDeps) =>
  new Hono<AppEnv>()
    .get('/', validate('param', eventParam), async (c) => c.json(await getCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })))
    .put('/', validate('param', eventParam), validate('json', checkinChoiceSchema), async (c) =>
      c.json(await setCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId, choice: c.req.valid('json') })),
    )
    .delete('/', validate('param', eventParam), async (c) => {
      await removeCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId });
      return c.body(null, 204);
    })
    // The Outlook path: the task pane wrote the block into the appointment itself; these only store or forget the choice.
    .put('/outlook', validate('param', eventParam), validate('json', checkinChoiceSchema), async (c) =>
      c.json(await registerOutlookCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId, choice: c.req.valid('json') })),
    )
    .delete('/outlook', validate('param', eventParam), async (c) =>
      c.json(await unregisterOutlookCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    .put('/answer', validate('param', eventParam), validate('json', answerBody), async (c) =>
      c.json(await answerCheckin(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId, submission: c.req.valid('json') })),
    )
    .post('/actions', validate('param', eventParam), validate('json', actionBody), async (c) => {
      const user = c.get('user');
      const { eventId } = c.req.valid('param');
      return c.json(await actOnCheckin(deps, { user, eventId, move: c.req.valid('json'), agendaLength: () => countAgendaItems(deps, user, eventId) }));
    });

/** The check-in library with its English texts; `messages` resolves the keys of kinds, parts and scale ends. */
export const checkinLibraryRoutes = () =>
  new Hono<AppEnv>().get('/prompts', (c) =>
    c.json({
      kinds: [...PROMPT_KINDS],
      prompts: CHECKIN_PROMPTS.map((p) => ({ id: p.id, kind: p.kind, messageKey: p.messageKey, text: en[p.messageKey], answer: p.answer })),
      messages: en,
    }),
  );
