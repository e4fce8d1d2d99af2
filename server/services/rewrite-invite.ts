import { AppError } from '../errors';
import type { EventBody, UserGraph } from './ports';

export type RewriteInviteOptions = {
  eventId: string;
  /** Pure: the new body from the current one. Returning it unchanged skips the write (no update mail to attendees). */
  rewrite: (body: EventBody) => EventBody;
};

export type RewriteInviteResult = { changed: boolean; body: EventBody };

/**
 * Rewrites an event's body with optimistic concurrency. When the organizer (or Outlook) changed the invite between
 * our read and our write, Graph answers 412: we read it again and retry once, then give up with a conflict the
 * organizer can act on, rather than overwrite their edit.
 */
export const rewriteInvite = async (graph: UserGraph, { eventId, rewrite }: RewriteInviteOptions): Promise<RewriteInviteResult> => {
  for (let attempt = 1; ; attempt++) {
    const current = await graph.getEventBody(eventId);
    const next = rewrite(current.body);
    if (next.content === current.body.content && next.contentType === current.body.contentType) return { changed: false, body: current.body };
    try {
      const written = await graph.updateEventBody(eventId, next, current.etag);
      return { changed: true, body: written.body };
    } catch (error) {
      const isStale = error instanceof AppError && error.code === 'precondition_failed';
      if (!isStale) throw error;
      if (attempt >= 2) {
        throw new AppError('conflict', 'The invite changed in Outlook while Roundtable was updating it. Open it again and retry.', { cause: error });
      }
    }
  }
};
