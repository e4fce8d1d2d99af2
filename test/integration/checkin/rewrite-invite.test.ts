// Rewriting an invite through Graph (the emulator) with If-Match: a concurrent edit is never overwritten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphAdapter } from '../../../server/graph/user-graph';
import type { EventBody, UserGraph } from '../../../server/services/ports';
import { rewriteInvite } from '../../../server/services/rewrite-invite';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
let graph: UserGraph;
let eventId: string;

const appendNote = (note: string) => (body: EventBody): EventBody => ({ ...body, content: body.content.replace('</body>', `<p>${note}</p></body>`) });

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  const organizer = stack.people.find((p) => p.upn.startsWith('amara.'))!;
  graph = createGraphAdapter({ baseUrl: `${stack.emulatorUrl}/v1.0`, getUserToken: () => stack.running.emulator!.mintGraphToken(organizer.upn) }).forUser({
    id: organizer.id,
    tenantId: stack.running.emulator!.tenantId,
    displayName: organizer.displayName,
    upn: organizer.upn,
    ssoToken: '',
  });
  const events = await graph.listCalendarView({ start: new Date(), end: new Date(Date.now() + 3 * 86_400_000) });
  eventId = events.find((e) => e.subject === 'Roadmap review' && e.isOrganizer)!.eventId;
});
afterAll(() => stack.stop());

describe('[CHECKIN]: rewriting the invite in Graph', () => {
  it('writes the new body with the etag it read', async () => {
    const result = await rewriteInvite(graph, { eventId, rewrite: appendNote('first') });
    expect(result.changed).toBe(true);
    expect((await graph.getEventBody(eventId)).body.content).toContain('<p>first</p>');
  });

  it('does not write (nor mail attendees) when nothing changes', async () => {
    const before = await graph.getEventBody(eventId);
    const result = await rewriteInvite(graph, { eventId, rewrite: (body) => body });
    expect(result.changed).toBe(false);
    expect((await graph.getEventBody(eventId)).etag).toBe(before.etag);
  });

  it('re-reads and retries once when the invite changed under it', async () => {
    let edits = 0;
    const racing: UserGraph = {
      ...graph,
      updateEventBody: async (id, body, etag) => {
        // Someone edits the invite in Outlook between our read and our first write.
        if (edits++ === 0) await graph.updateEventBody(id, appendNote('organizer edit')((await graph.getEventBody(id)).body), (await graph.getEventBody(id)).etag);
        return graph.updateEventBody(id, body, etag);
      },
    };
    const result = await rewriteInvite(racing, { eventId, rewrite: appendNote('ours') });
    expect(result.changed).toBe(true);
    const content = (await graph.getEventBody(eventId)).body.content;
    expect(content).toContain('<p>organizer edit</p>');
    expect(content).toContain('<p>ours</p>');
  });

  it('gives up with a conflict, keeping the other edit, when the invite keeps changing', async () => {
    const alwaysRacing: UserGraph = {
      ...graph,
      updateEventBody: async (id, body, etag) => {
        const current = await graph.getEventBody(id);
        await graph.updateEventBody(id, appendNote('another edit')(current.body), current.etag);
        return graph.updateEventBody(id, body, etag);
      },
    };
    await expect(rewriteInvite(alwaysRacing, { eventId, rewrite: appendNote('lost?') })).rejects.toMatchObject({ code: 'conflict', status: 409 });
    expect((await graph.getEventBody(eventId)).body.content).not.toContain('<p>lost?</p>');
  });
});
