import type { Event } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { first, graphFor, NOW, startEmulator, UPN, type Collection, type Graph, type GraphErrorBody } from './harness';

const WEEK = 7 * 24 * 3600_000;
const window = (from: Date, to: Date): string => `startDateTime=${from.toISOString()}&endDateTime=${to.toISOString()}`;

let emulator: Emulator;
let organizer: Graph;
let attendee: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator({ pageSize: 3 }));
  organizer = await graphFor(emulator, UPN.hiroshi);
  attendee = await graphFor(emulator, UPN.lucia);
});

const weeklyIn = async (graph: Graph, from: Date, to: Date): Promise<Event[]> =>
  (await graph.all<Event>(`/me/calendarView?${window(from, to)}`)).items.filter((e) => e.subject === 'Weekly team meeting');

describe('calendarView', () => {
  it('the weekly team meeting has an occurrence in progress at now, on the hour, one hour long', async () => {
    const [current] = await weeklyIn(organizer, NOW, new Date(NOW.getTime() + 1000));
    expect(current).toMatchObject({
      type: 'occurrence',
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      start: { dateTime: '2025-03-04T10:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2025-03-04T11:00:00.0000000', timeZone: 'UTC' },
      originalStart: '2025-03-04T10:00:00Z',
      isOrganizer: true,
      responseStatus: { response: 'organizer' },
    });
    expect(current?.seriesMasterId).toMatch(/^AAMkAD/);
    expect(current?.['@odata.etag' as keyof Event]).toBe(`W/"${current?.changeKey}"`);
  });

  it('calendarView pages with @odata.nextLink until every occurrence is returned', async () => {
    const from = new Date(NOW.getTime() - 12 * WEEK);
    const { items, pages } = await organizer.all<Event>(`/me/calendarView?${window(from, new Date(NOW.getTime() + WEEK))}`);
    const weekly = items.filter((e) => e.subject === 'Weekly team meeting');
    expect(weekly).toHaveLength(12); // ten past, the one in progress, next week's
    expect(pages).toBeGreaterThan(3);
    const starts = items.map((e) => e.start?.dateTime ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
  });

  it('the series began at least eight weeks ago and has no end', async () => {
    const series = (await organizer.all<Event>('/me/events')).items.find((e) => e.subject === 'Weekly team meeting');
    expect(series?.type).toBe('seriesMaster');
    expect(series?.recurrence?.range).toMatchObject({ type: 'noEnd', startDate: '2024-12-24' });
    expect(series?.recurrence?.pattern).toMatchObject({ type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] });
  });

  it('calendarView without a time window is 400 ErrorInvalidParameter', async () => {
    const res = await organizer.get<GraphErrorBody>('/me/calendarView');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'ErrorInvalidParameter', message: 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.' });
  });

  it('$top sets the page size and $select keeps id and @odata.etag', async () => {
    const res = await organizer.get<Collection<Record<string, unknown>>>(`/me/calendarView?${window(new Date(NOW.getTime() - 4 * WEEK), NOW)}&$top=2&$select=subject,start`);
    expect(res.body.value).toHaveLength(2);
    expect(Object.keys(first(res.body.value)).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    expect(res.body['@odata.nextLink']).toMatch(/\$skiptoken=/);
    expect(res.body['@odata.nextLink']).toContain('$top=2');
  });

  it('honours Prefer: outlook.timezone', async () => {
    const res = await organizer.get<Collection<Event>>(`/me/calendarView?${window(NOW, new Date(NOW.getTime() + 1000))}`, { Prefer: 'outlook.timezone="Tokyo Standard Time"' });
    expect(first(res.body.value).start).toEqual({ dateTime: '2025-03-04T19:00:00.0000000', timeZone: 'Tokyo Standard Time' });
    expect(res.headers.get('Preference-Applied')).toBe('outlook.timezone="Tokyo Standard Time"');
  });

  it("a delegated caller cannot read someone else's calendar", async () => {
    const res = await attendee.get<GraphErrorBody>(`/users/${UPN.hiroshi}/calendarView?${window(NOW, new Date(NOW.getTime() + 1000))}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ErrorAccessDenied');
  });
});

describe('per-mailbox copies', () => {
  it("each attendee's mailbox has its own copy with its own id", async () => {
    const [mine] = await weeklyIn(organizer, NOW, new Date(NOW.getTime() + 1000));
    const [theirs] = await weeklyIn(attendee, NOW, new Date(NOW.getTime() + 1000));
    expect(theirs?.id).not.toBe(mine?.id);
    expect(theirs?.iCalUId).toBe(mine?.iCalUId);
    expect(theirs).toMatchObject({ isOrganizer: false, responseStatus: { response: 'accepted' } });
    expect((await attendee.get(`/me/events/${mine?.id}`)).status).toBe(404);
  });

  it('only the organizer copy tracks attendee responses', async () => {
    const [mine] = await weeklyIn(organizer, NOW, new Date(NOW.getTime() + 1000));
    const [theirs] = await weeklyIn(attendee, NOW, new Date(NOW.getTime() + 1000));
    expect(mine?.attendees?.map((a) => a.status?.response)).toContain('tentativelyAccepted');
    expect(theirs?.attendees?.every((a) => a.status?.response === 'none')).toBe(true);
  });
});

describe('events', () => {
  it('/events lists single instances and series masters, not occurrences', async () => {
    const { items } = await organizer.all<Event>('/me/events');
    expect(new Set(items.map((e) => e.type))).toEqual(new Set(['seriesMaster', 'singleInstance']));
  });

  it('an occurrence id reads back as that occurrence', async () => {
    const [current] = await weeklyIn(organizer, NOW, new Date(NOW.getTime() + 1000));
    const res = await organizer.get<Event>(`/me/events/${current?.id}`);
    expect(res.body).toMatchObject({ id: current?.id, type: 'occurrence', originalStart: '2025-03-04T10:00:00Z' });
  });

  it('instances lists a series master’s occurrences in a window', async () => {
    const [current] = await weeklyIn(organizer, NOW, new Date(NOW.getTime() + 1000));
    const from = new Date(NOW.getTime() - 3 * WEEK);
    const { items } = await organizer.all<Event>(`/me/events/${current?.seriesMasterId}/instances?${window(from, NOW)}`);
    expect(items.map((e) => e.originalStart)).toEqual(['2025-02-11T10:00:00Z', '2025-02-18T10:00:00Z', '2025-02-25T10:00:00Z', '2025-03-04T10:00:00Z']);
  });

  it('an unknown event id is 404 ErrorItemNotFound', async () => {
    const res = await organizer.get<GraphErrorBody>('/me/events/AAMkADdoesnotexist');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ErrorItemNotFound');
  });

  it('a non-online event has no meeting', async () => {
    const focus = (await organizer.all<Event>('/me/events')).items.find((e) => e.subject === 'Focus time');
    expect(focus).toMatchObject({ isOnlineMeeting: false, onlineMeeting: null, onlineMeetingProvider: 'unknown' });
  });
});
