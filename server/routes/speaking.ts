// Speaking figures computed from Teams transcripts: one occurrence's (what each person may see of it is decided by
// the privacy rules in the service), and a person's own across their meetings.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import type { MeetingDeps } from '../services/describe-meeting';
import { getMeetingSpeaking } from '../services/get-meeting-speaking';
import { getMySpeaking } from '../services/get-my-speaking';

// Graph event ids are URL-safe base64-like strings (letters, digits, -, _, =, +, /), as in routes/meetings.ts.
/** The longest range "my speaking" answers for: a year, leap day included. */
export const MAX_RANGE_MS = 366 * 86_400_000;

/** An ISO 8601 instant with its offset, or a date (midnight UTC). */
const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an ISO 8601 date or date-time with offset' })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

const rangeQuery = z
  .object({ from: instant, to: instant })
  .refine(({ from, to }) => from < to, { error: 'must be after from', path: ['to'] })
  .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_RANGE_MS, { error: 'must be at most one year after from', path: ['to'] });

export const speakingRoutes = (deps: MeetingDeps) =>
  new Hono<AppEnv>()
    .get('/meetings/:eventId/speaking', validate('param', eventParam), async (c) =>
      c.json(await getMeetingSpeaking(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    .get('/me/speaking', validate('query', rangeQuery), async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await getMySpeaking(deps, { user: c.get('user'), from, to }));
    });
