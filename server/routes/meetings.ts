// A person's Teams meetings, read from their calendar through Graph with their own token: Graph itself refuses
// events and online meetings that are not theirs, so a 404 is what anyone else gets.
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import type { MeetingDeps } from '../services/describe-meeting';
import { followMeeting } from '../services/follow-meeting';
import { createSseWriter } from '../realtime/sse-writer';
import type { LiveEvents } from '../services/ports';
import { findMeetingByJoinUrl } from '../services/find-meeting-by-join-url';
import { findNextMeeting } from '../services/find-next-meeting';
import { getMeeting } from '../services/get-meeting';

const joinUrlQuery = z.object({
  joinUrl: z.url({ protocol: /^https$/, error: 'must be the https join URL of a Teams meeting' }).max(2048),
});

const lastEventIdHeader = z.object({
  'last-event-id': z.string().regex(/^\d{1,19}$/, 'must be the id of an event this stream sent').optional(),
});

/** Proxies close idle connections; a comment line every so often keeps the stream open. */
const KEEP_ALIVE_MS = 20_000;

export const meetingRoutes = (deps: MeetingDeps & { live: LiveEvents }) =>
  new Hono<AppEnv>()
    .get('/next', async (c) => c.json(await findNextMeeting(deps, { user: c.get('user') })))
    .get('/by-join-url', validate('query', joinUrlQuery), async (c) =>
      c.json(await findMeetingByJoinUrl(deps, { user: c.get('user'), joinUrl: c.req.valid('query').joinUrl })),
    )
    .get('/:eventId', validate('param', eventParam), async (c) =>
      c.json(await getMeeting(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    // The meeting's live events as Server-Sent Events; a reconnecting EventSource sends Last-Event-ID and replays.
    .get('/:eventId/events', validate('param', eventParam), validate('header', lastEventIdHeader), async (c) => {
      const follower = await followMeeting(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId });
      const lastEventId = c.req.valid('header')['last-event-id'] ?? null;
      return streamSSE(c, async (sse) => {
        let dropped = false;
        let wake = () => {};
        const drop = () => {
          dropped = true;
          wake();
        };
        const writer = createSseWriter((chunk) => sse.write(chunk), drop);
        const unsubscribe = await follower.subscribe(lastEventId, { send: writer.send, onDropped: drop });
        sse.onAbort(() => wake());
        while (!sse.aborted && !sse.closed && !dropped) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          if (!sse.aborted && !sse.closed && !dropped) await sse.write(': keep-alive\n\n');
        }
        unsubscribe();
      });
    });
