// A report's calendar read against the Graph emulator over HTTP: calendar pages with $select, Teams meetings resolved
// 20 to a $batch with at most 4 batches in flight, throttled items retried in later batches, failures shown as
// unavailable, and a second view that costs Graph only the calendar pages. Round trips are the emulator's count.
import type { Event } from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../../server/graph/client';
import { createSingleMailboxGate } from '../../../server/graph/mailbox-gate';
import { BATCH_SIZE } from '../../../server/graph/online-meeting-batches';
import { createReportCalendarGraph, REPORT_EVENT_SELECT } from '../../../server/graph/report-calendar';
import { readCalendarMeetings } from '../../../server/services/reports/read-calendar-meetings';
import type { Store, TimeRange } from '../../../server/services/ports';
import { graphTypeFor, validateGraphBody } from '../../support/graph-conformance';
import { NINE_WEEKS, NOW, startWorld, WEEK, type World } from './report-calendar-world';

let world: World;
let store: Store;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());
beforeEach(async () => {
  world.emulator.setFaults({});
  store = await world.freshStore();
});

const roundTrips = async <T>(work: () => Promise<T>): Promise<{ result: T; trips: number }> => {
  const before = world.emulator.stats().graphRequests;
  const result = await work();
  return { result, trips: world.emulator.stats().graphRequests - before };
};

/** What the calendar holds for the range, read raw: the events a report shows and their distinct join URLs. */
const expected = async (range: TimeRange) => {
  const events = (await world.rawCalendar(range)).filter((e) => !e.isCancelled && e.type !== 'seriesMaster');
  const joinUrls = new Set(events.flatMap((e) => e.onlineMeeting?.joinUrl ?? []));
  return { events, joinUrls, batches: Math.ceil(joinUrls.size / BATCH_SIZE) };
};

/** Scripted draws for the emulator's faults: the listed values first, then `rest`. */
const draws = (values: number[], rest: number) => () => values.shift() ?? rest;

const ONE_WEEK: TimeRange = { start: new Date(NOW.getTime() - 9 * WEEK), end: new Date(NOW.getTime() - 8 * WEEK) };

describe('[REPORTS]: reading a leader’s calendar for a report', () => {
  it('reads every page of the range, only the selected properties, and shows each event once', async () => {
    const { events } = await expected(NINE_WEEKS);
    world.records.length = 0;
    const { result } = await roundTrips(() => readCalendarMeetings({ graph: world.graph(25), store }, { user: world.leader, range: NINE_WEEKS }));
    expect(result.meetings.map((m) => m.eventId)).toEqual(events.map((e) => e.id));
    expect(result.incomplete).toBeNull();
    const pages = world.records.filter((r) => r.path.endsWith('/calendarView'));
    expect(pages).toHaveLength(Math.ceil(events.length / 25));
    const selected = new Set([...REPORT_EVENT_SELECT.split(','), '@odata.etag']);
    for (const event of pages.flatMap((page) => (page.body as { value: Event[] }).value)) {
      expect(Object.keys(event).filter((name) => !selected.has(name))).toEqual([]);
      expect(event.start?.timeZone).toBe('UTC');
    }
    const single = result.meetings.find((m) => m.subject === 'Single 0')!;
    expect(single).toMatchObject({ viewerIsOrganizer: true, invitees: 3, organizer: { email: world.leader.upn }, seriesMasterId: null });
    expect(single.outlookLink).toMatch(/^https:\/\/outlook\.office365\.com\/owa\//);
    expect(result.meetings.filter((m) => m.subject === 'Platform sync').every((m) => m.seriesMasterId && !m.viewerIsOrganizer)).toBe(true);
    expect(result.meetings.filter((m) => m.subject.startsWith('Walk')).map((m) => m.teams)).toEqual([{ status: 'not_online' }, { status: 'not_online' }, { status: 'not_online' }]);
  });

  it('resolves the Teams meetings 20 to a batch: round trips are the calendar pages plus ⌈join URLs / 20⌉', async () => {
    const { events, joinUrls, batches } = await expected(NINE_WEEKS);
    const { result, trips } = await roundTrips(() => readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS }));
    expect(joinUrls.size).toBeGreaterThan(4 * BATCH_SIZE);
    expect(trips).toBe(1 + batches);
    const online = result.meetings.filter((_, i) => events[i]?.onlineMeeting?.joinUrl);
    expect(online.length).toBeGreaterThan(90);
    for (const meeting of online) {
      expect(meeting.teams).toEqual({ status: 'resolved', onlineMeetingId: expect.stringMatching(/^MS/), chatId: expect.stringMatching(/^19:meeting_/) });
    }
    const series = new Set(result.meetings.filter((m) => m.subject === 'Platform sync').map((m) => (m.teams.status === 'resolved' ? m.teams.onlineMeetingId : null)));
    expect(series.size).toBe(1);
  });

  it('a second view of the same range asks Graph only for the calendar pages', async () => {
    const first = await readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS });
    const { result, trips } = await roundTrips(() => readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS }));
    expect(trips).toBe(1);
    expect(result).toEqual(first);
  });

  it('keeps at most 4 batches in flight for the mailbox, so Outlook never refuses one', async () => {
    world.emulator.setFaults({ latencyMs: 30, mailboxConcurrency: 4 });
    world.emulator.resetMailboxConcurrency();
    // Two views at once (two tabs) on one Graph adapter, as the server has one: they share the mailbox's 4 slots.
    const graph = world.graph();
    const otherStore = await world.freshStore();
    const [viewA, viewB] = await Promise.all([
      readCalendarMeetings({ graph, store }, { user: world.leader, range: NINE_WEEKS }),
      readCalendarMeetings({ graph, store: otherStore }, { user: world.leader, range: NINE_WEEKS }),
    ]);
    const gauge = world.emulator.mailboxConcurrency()[world.leader.upn];
    expect(gauge?.maxInFlight).toBeLessThanOrEqual(4);
    expect(gauge?.maxInFlight).toBeGreaterThan(1);
    expect(gauge?.throttled).toBe(0);
    expect([viewA.incomplete, viewB.incomplete]).toEqual([null, null]);
  });

  it('a lookup Graph throttles waits for its Retry-After and is resolved in a later batch', async () => {
    const { joinUrls } = await expected(ONE_WEEK);
    expect(joinUrls.size).toBeLessThanOrEqual(BATCH_SIZE);
    world.emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 0, paths: /\/onlineMeetings$/, random: draws([0, 0, 0], 0.9) });
    const { result, trips } = await roundTrips(() => readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: ONE_WEEK }));
    expect(trips).toBe(1 + 1 + 1);
    expect(result.incomplete).toBeNull();
    expect(result.meetings.filter((m) => m.teams.status === 'resolved')).toHaveLength(result.meetings.filter((m) => !m.subject.startsWith('Walk')).length);
  });

  it('lookups that keep failing show as unavailable, the report says so, and nothing about them is stored', async () => {
    await readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: ONE_WEEK });
    const known = (await readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: ONE_WEEK })).meetings.filter((m) => m.teams.status === 'resolved');
    const { joinUrls: weekUrls } = await expected(ONE_WEEK);
    const { events, joinUrls: allUrls } = await expected(NINE_WEEKS);
    const notKnown = events.filter((e) => e.onlineMeeting?.joinUrl && !weekUrls.has(e.onlineMeeting.joinUrl)).map((e) => e.id);
    world.emulator.setFaults({ rate503: 1, retryAfterSeconds: 0, paths: /\/onlineMeetings$/ });
    const failing = await readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS });
    const unavailable = failing.meetings.filter((m) => m.teams.status === 'unavailable').map((m) => m.eventId);
    expect(unavailable).toEqual(notKnown);
    expect(failing.incomplete).toEqual({ unavailableMeetings: notKnown.length, calendar: false });
    expect(failing.meetings.filter((m) => known.some((k) => k.eventId === m.eventId)).map((m) => m.teams.status)).toEqual(known.map(() => 'resolved'));
    world.emulator.setFaults({});
    const { result, trips } = await roundTrips(() => readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS }));
    expect(result.incomplete).toBeNull();
    expect(trips).toBe(1 + Math.ceil((allUrls.size - weekUrls.size) / BATCH_SIZE));
  });

  it('a calendar page that fails after the first shows what was read and says the calendar is incomplete', async () => {
    world.emulator.setFaults({ rate503: 0.5, retryAfterSeconds: 0, paths: /\/calendarView$/, random: draws([0.9], 0) });
    const result = await readCalendarMeetings({ graph: world.graph(20), store }, { user: world.leader, range: NINE_WEEKS });
    expect(result.meetings).toHaveLength(20);
    expect(result.incomplete).toEqual({ unavailableMeetings: 0, calendar: true });
  });

  it('a calendar whose first page cannot be read is an error, not an empty report', async () => {
    world.emulator.setFaults({ rate503: 1, retryAfterSeconds: 0, paths: /\/calendarView$/ });
    await expect(readCalendarMeetings({ graph: world.graph(), store }, { user: world.leader, range: NINE_WEEKS })).rejects.toMatchObject({ code: 'graph_unavailable' });
  });
});

describe('[REPORTS]: waiting as Graph asks', () => {
  const timing = () => {
    const clock = { now: NOW.getTime(), waits: [] as number[] };
    const wait = async (ms: number): Promise<void> => {
      clock.waits.push(ms);
      clock.now += ms;
    };
    return { clock, timing: { now: () => clock.now, wait } };
  };
  const lookups = async (timingOf: ReturnType<typeof timing>['timing']) => {
    const client = createGraphClient({ baseUrl: world.baseUrl, getAccessToken: () => world.emulator.mintGraphToken(world.leader.upn) });
    const graph = createReportCalendarGraph(client, { baseUrl: world.baseUrl, gate: createSingleMailboxGate(), timing: timingOf });
    const { joinUrls } = await expected(ONE_WEEK);
    return graph.findOnlineMeetingsByJoinUrls([...joinUrls]);
  };

  it('a throttled item is sent again no sooner than its Retry-After', async () => {
    const { clock, timing: timingOf } = timing();
    world.emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 3, paths: /\/onlineMeetings$/, random: draws([0], 0.9) });
    const found = await lookups(timingOf);
    expect(clock.waits).toEqual([3000]);
    expect([...found.values()].every((lookup) => lookup.status === 'found')).toBe(true);
  });

  it('a Retry-After longer than the viewer should wait makes the item unavailable at once', async () => {
    const { clock, timing: timingOf } = timing();
    world.emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 30, paths: /\/onlineMeetings$/, random: draws([0], 0.9) });
    const found = await lookups(timingOf);
    expect(clock.waits).toEqual([]);
    expect([...found.values()].filter((lookup) => lookup.status === 'unavailable')).toHaveLength(1);
  });
});

describe('[REPORTS]: what the emulator answered', () => {
  it('every JSON body of these reads validates against Graph’s schema', () => {
    expect(world.records.some((r) => r.path.endsWith('/onlineMeetings'))).toBe(true);
    const problems = world.records.flatMap((record) => {
      const type = graphTypeFor(record.method, record.path, record.status);
      return type ? validateGraphBody(type, record.body).map((p) => `${record.method} ${record.path} → ${record.status}: ${p}`) : [];
    });
    expect(problems).toEqual([]);
  });
});
