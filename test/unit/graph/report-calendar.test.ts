// The pure parts of a report's calendar read: which events a report shows and how many people an invite has, the
// join URL filter a batch item carries, and the mailbox gate that keeps 4 calls in flight per mailbox.
import type { Event } from '@microsoft/microsoft-graph-types';
import { describe, expect, it } from 'vitest';
import { createMailboxGates } from '../../../server/graph/mailbox-gate';
import { lookupUrl } from '../../../server/graph/online-meeting-batches';
import { toReportEvent } from '../../../server/graph/report-calendar';

const event = (overrides: Partial<Event> = {}): Event => ({
  id: 'AAMkADevent',
  type: 'occurrence',
  seriesMasterId: 'AAMkADmaster',
  subject: 'Design critique',
  start: { dateTime: '2025-03-04T10:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2025-03-04T10:45:00.0000000', timeZone: 'UTC' },
  isOrganizer: false,
  isCancelled: false,
  isOnlineMeeting: true,
  onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0' },
  organizer: { emailAddress: { name: 'Priya Raman', address: 'Priya.Raman@contoso.com' } },
  attendees: [
    { type: 'required', emailAddress: { name: 'Amara Okafor', address: 'amara.okafor@contoso.com' } },
    { type: 'optional', emailAddress: { name: 'Lucía Fernández', address: 'lucia.fernandez@contoso.com' } },
    { type: 'resource', emailAddress: { name: 'Room 4.01', address: 'room401@contoso.com' } },
    { type: 'required', emailAddress: { name: 'Priya Raman', address: 'priya.raman@contoso.com' } },
  ],
  webLink: 'https://outlook.office365.com/owa/?itemid=AAMkADevent',
  ...overrides,
});

describe('a calendar event as a report reads it', () => {
  it('keeps what a report row needs, in UTC, and counts the invite’s people once each without rooms', () => {
    expect(toReportEvent(event())).toEqual({
      eventId: 'AAMkADevent',
      seriesMasterId: 'AAMkADmaster',
      subject: 'Design critique',
      organizer: { name: 'Priya Raman', email: 'Priya.Raman@contoso.com' },
      viewerIsOrganizer: false,
      start: '2025-03-04T10:00:00.000Z',
      end: '2025-03-04T10:45:00.000Z',
      outlookLink: 'https://outlook.office365.com/owa/?itemid=AAMkADevent',
      invitees: 3,
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
    });
  });

  it('leaves out cancelled occurrences and series masters', () => {
    expect(toReportEvent(event({ isCancelled: true }))).toBeNull();
    expect(toReportEvent(event({ type: 'seriesMaster', seriesMasterId: null }))).toBeNull();
  });

  it('a meeting without Teams has no join URL; one without attendees still has its organizer', () => {
    expect(toReportEvent(event({ isOnlineMeeting: false, onlineMeeting: null, attendees: [] }))).toMatchObject({ joinUrl: null, invitees: 1 });
  });

  it('refuses times in another zone than the UTC it asked for', () => {
    expect(() => toReportEvent(event({ start: { dateTime: '2025-03-04T11:00:00', timeZone: 'W. Europe Standard Time' } }))).toThrow(/UTC/);
  });
});

describe('the lookup of one join URL inside a batch', () => {
  it('sends the join URL as the calendar has it, quotes doubled, the option encoded once', () => {
    const url = lookupUrl("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=it's");
    const filter = new URL(`https://graph.microsoft.com/v1.0${url}`).searchParams.get('$filter');
    expect(url.startsWith('/me/onlineMeetings?$filter=JoinWebUrl%20eq%20')).toBe(true);
    expect(filter).toBe("JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=it''s'");
  });
});

describe('the mailbox gate', () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('lets 4 calls per mailbox run at once and the next start as one ends, in order', async () => {
    const gates = createMailboxGates(4);
    const calls = Array.from({ length: 6 }, () => deferred());
    const started: number[] = [];
    const runs = calls.map((call, i) => gates.gateFor('tenant/amara').run(async () => (started.push(i), call.promise)));
    const other = gates.gateFor('tenant/hiroshi').run(async () => 'not waiting');
    await expect(other).resolves.toBe('not waiting');
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2, 3]);
    calls[2]!.resolve();
    await runs[2];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    for (const call of calls) call.resolve();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('a call that fails frees its slot', async () => {
    const gate = createMailboxGates(1).gateFor('tenant/amara');
    await expect(gate.run(async () => Promise.reject(new Error('Graph said no')))).rejects.toThrow('Graph said no');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});
