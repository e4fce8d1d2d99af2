// A person's Teams meetings, read from their calendar through Graph with their own token: Graph itself refuses
// events and online meetings that are not theirs, so a 404 is what anyone else gets.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { validate } from '../http/validate';
import type { MeetingDeps } from '../services/describe-meeting';
import { findMeetingByJoinUrl } from '../services/find-meeting-by-join-url';
import { findNextMeeting } from '../services/find-next-meeting';
import { getMeeting } from '../services/get-meeting';

const joinUrlQuery = z.object({
  joinUrl: z.url({ protocol: /^https$/, error: 'must be the https join URL of a Teams meeting' }).max(2048),
});

// Graph event ids are URL-safe base64-like strings (letters, digits, -, _, =, +, /).
const eventParam = z.object({ eventId: z.string().min(1).max(512).regex(/^[A-Za-z0-9\-_=+/]+$/, 'is not a calendar event id') });

export const meetingRoutes = (deps: MeetingDeps) =>
  new Hono<AppEnv>()
    .get('/next', async (c) => c.json(await findNextMeeting(deps, { user: c.get('user') })))
    .get('/by-join-url', validate('query', joinUrlQuery), async (c) =>
      c.json(await findMeetingByJoinUrl(deps, { user: c.get('user'), joinUrl: c.req.valid('query').joinUrl })),
    )
    .get('/:eventId', validate('param', eventParam), async (c) =>
      c.json(await getMeeting(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    );
