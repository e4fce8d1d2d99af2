import type { Event } from '@microsoft/microsoft-graph-types';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { graphFor, NOW, startEmulator, UPN, type Clock, type Graph, type GraphErrorBody } from './harness';

const WEEK = 7 * 24 * 3600_000;
type Etagged = Event & { '@odata.etag': string };

let emulator: Emulator;
let clock: Clock;
let organizer: Graph;
let attendee: Graph;
beforeEach(async () => {
  ({ emulator, clock } = await startEmulator());
  organizer = await graphFor(emulator, UPN.hiroshi);
  attendee = await graphFor(emulator, UPN.lucia);
});

const weekly = async (graph: Graph, at: Date): Promise<Etagged> => {
  const { items } = await graph.all<Etagged>(`/me/calendarView?startDateTime=${at.toISOString()}&endDateTime=${new Date(at.getTime() + 1000).toISOString()}`);
  const found = items.find((e) => e.seriesMasterId && e.organizer?.emailAddress?.address === UPN.hiroshi);
  if (!found) throw new Error('no weekly occurrence');
  return found;
};

const master = async (graph: Graph): Promise<Etagged> => (await graph.get<Etagged>(`/me/events/${(await weekly(graph, NOW)).seriesMasterId}`)).body;

describe('PATCH /me/events/{id}', () => {
  it('a stale If-Match gets 412 and leaves the body unchanged', async () => {
    const series = await master(organizer);
    const fresh = await organizer.patch<Etagged>(`/me/events/${series.id}`, { subject: 'Weekly sync' }, { 'If-Match': series['@odata.etag'] });
    expect(fresh.status).toBe(200);
    const stale = await organizer.patch<GraphErrorBody>(`/me/events/${series.id}`, { body: { contentType: 'html', content: '<p>overwritten</p>' } }, { 'If-Match': series['@odata.etag'] });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('ErrorIrresolvableConflict');
    expect((await master(organizer)).body?.content).toBe(series.body?.content);
  });

  it('a successful PATCH returns the event with a new etag, changeKey and lastModifiedDateTime', async () => {
    const series = await master(organizer);
    clock.now = new Date(NOW.getTime() + 60_000);
    const res = await organizer.patch<Etagged>(`/me/events/${series.id}`, { body: { contentType: 'html', content: '<html><body><p>Check-in: one word for today?</p></body></html>' } }, { 'If-Match': series['@odata.etag'] });
    expect(res.status).toBe(200);
    expect(res.body['@odata.etag']).not.toBe(series['@odata.etag']);
    expect(res.body.changeKey).not.toBe(series.changeKey);
    expect(res.body.lastModifiedDateTime).toBe('2025-03-04T10:26:00.0000000Z');
    expect(res.body.body).toEqual({ contentType: 'html', content: '<html><body><p>Check-in: one word for today?</p></body></html>' });
    expect(res.body.bodyPreview).toBe('Check-in: one word for today?');
  });

  it('a PATCH on the series master changes every occurrence and reaches the attendees', async () => {
    const series = await master(organizer);
    await organizer.patch(`/me/events/${series.id}`, { subject: 'Weekly team meeting (with check-in)' });
    expect((await weekly(organizer, new Date(NOW.getTime() + 2 * WEEK))).subject).toBe('Weekly team meeting (with check-in)');
    expect((await weekly(attendee, new Date(NOW.getTime() - 3 * WEEK))).subject).toBe('Weekly team meeting (with check-in)');
  });

  it('a PATCH on an occurrence makes it an exception and leaves the others alone', async () => {
    const next = await weekly(organizer, new Date(NOW.getTime() + WEEK));
    const res = await organizer.patch<Etagged>(`/me/events/${next.id}`, { subject: 'Weekly team meeting: retro' });
    expect(res.body).toMatchObject({ id: next.id, type: 'exception', subject: 'Weekly team meeting: retro' });
    expect((await weekly(organizer, new Date(NOW.getTime() + 2 * WEEK))).subject).toBe('Weekly team meeting');
    const attendeeCopy = await weekly(attendee, new Date(NOW.getTime() + WEEK));
    expect(attendeeCopy).toMatchObject({ type: 'exception', subject: 'Weekly team meeting: retro' });
    await organizer.patch(`/me/events/${(await master(organizer)).id}`, { subject: 'Team sync' });
    expect((await weekly(organizer, new Date(NOW.getTime() + WEEK))).subject).toBe('Weekly team meeting: retro');
  });

  it("an attendee's change stays in the attendee's own copy", async () => {
    const theirs = await weekly(attendee, NOW);
    await attendee.patch(`/me/events/${theirs.id}`, { categories: ['Roundtable'] });
    expect((await weekly(attendee, NOW)).categories).toEqual(['Roundtable']);
    expect((await weekly(organizer, NOW)).categories).toEqual([]);
  });

  it('an unknown property is 400 like Graph', async () => {
    const series = await master(organizer);
    const res = await organizer.patch<GraphErrorBody>(`/me/events/${series.id}`, { subjekt: 'typo' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'RequestBodyRead', message: expect.stringContaining("The property 'subjekt' does not exist") });
  });

  it('If-Match: * always matches', async () => {
    const series = await master(organizer);
    expect((await organizer.patch(`/me/events/${series.id}`, { subject: 'x' }, { 'If-Match': '*' })).status).toBe(200);
  });

  it('a text body is stored as HTML, as Exchange does', async () => {
    const series = await master(organizer);
    const res = await organizer.patch<Event>(`/me/events/${series.id}`, { body: { contentType: 'text', content: 'Plain & simple' } });
    expect(res.body.body?.contentType).toBe('html');
    expect(res.body.body?.content).toContain('Plain &amp; simple');
  });
});
