import { describe, expect, it } from 'vitest';
import { isSameJoinUrl, pickCurrentOrNextMeeting, pickTabOccurrence, previousEndedOccurrence, toMeetingView, type CalendarEvent } from '../../../server/domain/meeting';

const event = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  eventId: 'AAMkAD-1',
  type: 'singleInstance',
  seriesMasterId: null,
  iCalUId: null,
  subject: 'Weekly team meeting',
  start: '2026-11-21T09:00:00.000Z',
  end: '2026-11-21T10:00:00.000Z',
  isOnlineMeeting: true,
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
  isOrganizer: false,
  isCancelled: false,
  organizer: { name: 'Amara Okafor', email: 'amara@example.com' },
  attendees: [],
  webLink: null,
  ...overrides,
});

const at = (iso: string) => new Date(iso);

describe('pickCurrentOrNextMeeting', () => {
  it('picks the meeting in progress over a later one', () => {
    const now = event({ eventId: 'now' });
    const later = event({ eventId: 'later', start: '2026-11-21T11:00:00.000Z', end: '2026-11-21T12:00:00.000Z' });
    expect(pickCurrentOrNextMeeting([later, now], at('2026-11-21T09:30:00Z'))?.eventId).toBe('now');
  });

  it('picks the next meeting to start when none is in progress', () => {
    const a = event({ eventId: 'a', start: '2026-11-22T09:00:00.000Z', end: '2026-11-22T10:00:00.000Z' });
    const b = event({ eventId: 'b', start: '2026-11-21T15:00:00.000Z', end: '2026-11-21T16:00:00.000Z' });
    expect(pickCurrentOrNextMeeting([a, b], at('2026-11-21T12:00:00Z'))?.eventId).toBe('b');
  });

  it('prefers the meeting that started last when two overlap now', () => {
    const early = event({ eventId: 'early', start: '2026-11-21T08:00:00.000Z', end: '2026-11-21T11:00:00.000Z' });
    const late = event({ eventId: 'late', start: '2026-11-21T09:00:00.000Z', end: '2026-11-21T10:00:00.000Z' });
    expect(pickCurrentOrNextMeeting([early, late], at('2026-11-21T09:15:00Z'))?.eventId).toBe('late');
  });

  it('ignores meetings that ended, are cancelled, are not online, or are series masters', () => {
    const ended = event({ eventId: 'ended', end: '2026-11-21T09:30:00.000Z' });
    const cancelled = event({ eventId: 'cancelled', isCancelled: true });
    const offline = event({ eventId: 'offline', isOnlineMeeting: false });
    const master = event({ eventId: 'master', type: 'seriesMaster' });
    expect(pickCurrentOrNextMeeting([ended, cancelled, offline, master], at('2026-11-21T09:30:00Z'))).toBeNull();
  });

  it('treats the end as exclusive: a meeting ending now is over', () => {
    expect(pickCurrentOrNextMeeting([event({})], at('2026-11-21T10:00:00Z'))).toBeNull();
  });
});

describe('isSameJoinUrl', () => {
  const url = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg0%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';

  it('matches a join URL with itself and with a re-encoded copy', () => {
    expect(isSameJoinUrl(url, url)).toBe(true);
    expect(isSameJoinUrl(url, encodeURIComponent(url))).toBe(true);
    expect(isSameJoinUrl(url, decodeURIComponent(url))).toBe(true);
  });

  it('tells different meetings apart', () => {
    expect(isSameJoinUrl(url, url.replace('NTg0', 'OTk5'))).toBe(false);
  });

  it('survives malformed percent-encoding', () => {
    expect(isSameJoinUrl('https://x/%E0%A4%A', 'https://x/%E0%A4%A')).toBe(true);
  });
});

describe('toMeetingView', () => {
  it('joins the event with its online meeting, without internal fields', () => {
    const view = toMeetingView(event({ iCalUId: 'ical' }), { onlineMeetingId: 'm1', chatId: '19:meeting_x@thread.v2', joinUrl: 'j' });
    expect(view).toMatchObject({ eventId: 'AAMkAD-1', onlineMeetingId: 'm1', chatId: '19:meeting_x@thread.v2' });
    expect(view).not.toHaveProperty('iCalUId');
    expect(view).not.toHaveProperty('isCancelled');
  });

  it('says plainly when no online meeting was found', () => {
    expect(toMeetingView(event({}), null)).toMatchObject({ onlineMeetingId: null, chatId: null });
  });
});

describe('pickTabOccurrence and previousEndedOccurrence: which occurrence of a series a meeting tab is about', () => {
  const WEEK = 7 * 86_400_000;
  const weekly = (weeksFromNow: number, overrides: Partial<CalendarEvent> = {}) => {
    const start = Date.parse('2026-11-21T09:00:00.000Z') + weeksFromNow * WEEK;
    return event({ eventId: `week${weeksFromNow}`, type: 'occurrence', seriesMasterId: 'master', start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString(), ...overrides });
  };
  const series = [weekly(-2), weekly(-1), weekly(0), weekly(1), event({ eventId: 'master', type: 'seriesMaster' })];
  const now = at('2026-11-21T09:30:00Z');

  it('takes the occurrence Teams named by its start, past or future, written in any offset', () => {
    expect(pickTabOccurrence(series, now, '2026-11-07T09:00:00Z')?.eventId).toBe('week-2');
    expect(pickTabOccurrence(series, now, '2026-11-28T10:00:00+01:00')?.eventId).toBe('week1');
  });

  it('without a start (or one that matches nothing): the occurrence in progress, else the next, else the latest past', () => {
    expect(pickTabOccurrence(series, now)?.eventId).toBe('week0');
    expect(pickTabOccurrence(series, now, '2026-11-22T09:00:00Z')?.eventId).toBe('week0');
    expect(pickTabOccurrence(series, at('2026-11-25T09:00:00Z'))?.eventId).toBe('week1');
    expect(pickTabOccurrence(series.slice(0, 2), now)?.eventId).toBe('week-1');
  });

  it('never picks a series master or a cancelled occurrence, even when named', () => {
    const cancelled = [weekly(-1), weekly(0, { isCancelled: true }), weekly(1)];
    expect(pickTabOccurrence(cancelled, now, '2026-11-21T09:00:00Z')?.eventId).toBe('week1');
    expect(pickTabOccurrence([event({ type: 'seriesMaster' })], now)).toBeNull();
  });

  it('the previous ended occurrence is the latest one that ended before now and started before the tab’s', () => {
    expect(previousEndedOccurrence(series, weekly(0), now)).toEqual({ eventId: 'week-1', start: weekly(-1).start, end: weekly(-1).end });
    expect(previousEndedOccurrence(series, weekly(-1), now)?.eventId).toBe('week-2');
    expect(previousEndedOccurrence(series, weekly(-2), now)).toBeNull();
    // A cancelled one is skipped; a one-off meeting has none.
    expect(previousEndedOccurrence([weekly(-2), weekly(-1, { isCancelled: true }), weekly(0)], weekly(0), now)?.eventId).toBe('week-2');
    expect(previousEndedOccurrence([event({})], event({}), now)).toBeNull();
  });
});
