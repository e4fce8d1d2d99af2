// Speaking figures computed from Teams transcripts: one occurrence's (what each person may see of it is decided by
// the privacy rules in the service), and a person's own across their meetings.
import { Hono } from 'hono';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { rangeQuery } from '../http/range-query';
import { validate } from '../http/validate';
import type { MeetingDeps } from '../services/describe-meeting';
import { getMeetingSpeaking } from '../services/get-meeting-speaking';
import { getMySpeaking } from '../services/get-my-speaking';

export const speakingRoutes = (deps: MeetingDeps) =>
  new Hono<AppEnv>()
    .get('/meetings/:eventId/speaking', validate('param', eventParam), async (c) =>
      c.json(await getMeetingSpeaking(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    .get('/me/speaking', validate('query', rangeQuery), async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await getMySpeaking(deps, { user: c.get('user'), from, to }));
    });
