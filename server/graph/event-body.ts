// Reading and rewriting an event's body in Microsoft Graph (GET/PATCH /me/events/{id}) with optimistic concurrency:
// the PATCH carries the etag read before it, so a change made meanwhile in Outlook answers 412 instead of being lost.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import type { EventBody, VersionedEventBody } from '../services/ports';
import { callGraph } from './errors';

const toVersionedBody = (event: GraphEvent & { '@odata.etag'?: string }): VersionedEventBody => ({
  body: { contentType: event.body?.contentType === 'text' ? 'text' : 'html', content: event.body?.content ?? '' },
  etag: event['@odata.etag'] ?? '',
});

export const createEventBodyGraph = (client: Client) => ({
  getEventBody: (eventId: string) =>
    callGraph('read the invite', async () => {
      const event = (await client.api(`/me/events/${encodeURIComponent(eventId)}`).select('id,body').get()) as GraphEvent;
      return toVersionedBody(event);
    }),

  updateEventBody: (eventId: string, body: EventBody, etag: string) =>
    callGraph('update the invite', async () => {
      const event = (await client
        .api(`/me/events/${encodeURIComponent(eventId)}`)
        .header('If-Match', etag)
        .patch({ body: { contentType: body.contentType, content: body.content } })) as GraphEvent;
      return toVersionedBody(event);
    }),
});
