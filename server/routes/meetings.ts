// A person's Teams meetings, read from their calendar through Graph with their own token: Graph itself refuses
// events and online meetings that are not theirs, so a 404 is what anyone else gets.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import type { MeetingDeps } from '../services/describe-meeting';
import type { CheckinDeps } from '../services/checkin/load-occurrence';
import { followMeeting } from '../services/follow-meeting';
import { createSseStream } from '../realtime/sse-response';
import type { LiveEvents } from '../services/ports';
import { findMeetingByJoinUrl } from '../services/find-meeting-by-join-url';
import { findNextMeeting } from '../services/find-next-meeting';
import { getMeeting } from '../services/get-meeting';

const joinUrlQuery = z.object({
  joinUrl: z.url({ protocol: /^https$/, error: 'must be the https join URL of a Teams meeting' }).max(2048),
  start: z.iso.datetime({ offset: true, error: 'must be the occurrence start as an ISO 8601 date-time' }).optional(),
});

const lastEventIdHeader = z.object({
  'last-event-id': z.string().regex(/^\d{1,19}$/, 'must be the id of an event this stream sent').optional(),
});

/** Proxies close idle connections; a comment line every so often keeps the stream open. */
const KEEP_ALIVE_MS = 20_000;

export const meetingRoutes = (deps: MeetingDeps & Pick<CheckinDeps, 'participations'> & { live: LiveEvents }) =>
  new Hono<AppEnv>()
    .get('/next', async (c) => c.json(await findNextMeeting(deps, { user: c.get('user') })))
    .get('/by-join-url', validate('query', joinUrlQuery), async (c) =>
      c.json(await findMeetingByJoinUrl(deps, { user: c.get('user'), ...c.req.valid('query') })),
    )
    .get('/:eventId', validate('param', eventParam), async (c) =>
      c.json(await getMeeting(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    // The meeting's live events as Server-Sent Events; a reconnecting EventSource sends Last-Event-ID and replays.
    .get('/:eventId/events', validate('param', eventParam), validate('header', lastEventIdHeader), async (c) => {
      const follower = await followMeeting(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId });
      const lastEventId = c.req.valid('header')['last-event-id'] ?? null;
      const sse = createSseStream();
      const unsubscribe = await follower.subscribe(lastEventId, { send: sse.send, sendBatch: sse.sendBatch, onDropped: sse.close });
      const keepAlive = setInterval(sse.ping, KEEP_ALIVE_MS);
      sse.onClose(() => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return sse.response;
    });
