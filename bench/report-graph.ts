// Graph cost of a leader report (issue 6, "Measured"): a quarter's calendar of ~500 meetings for one leader in the
// emulator (served over HTTP, 50 ms added to each Graph round trip, Outlook's 4-per-mailbox limit enforced), read by
// readCalendarMeetings twice on one store. Prints the round trips of the first view against the lower bound
// (calendar pages + ⌈Teams meetings / 20⌉), those of the second view (aim: the calendar pages alone), the time to the
// list of meetings for each, and the most round trips in flight for the mailbox. Baseline, same run: one
// onlineMeetings lookup per join URL (4 at a time), as the meeting view does it for one meeting.
// Usage: node --import tsx bench/report-graph.ts [--meetings 500] [--latency 50]
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../server/db/client';
import { createStore } from '../server/db/store';
import { createEmulator, DEMO_APP, type DemoMeetingPlan, type Emulator } from '../server/emulator/index';
import { BATCH_SIZE } from '../server/graph/online-meeting-batches';
import { REPORT_CALENDAR_PAGE_SIZE } from '../server/graph/report-calendar';
import { createGraphAdapter } from '../server/graph/user-graph';
import { listen } from '../server/listen';
import type { TimeRange, VerifiedUser } from '../server/services/ports';
import { readCalendarMeetings } from '../server/services/reports/read-calendar-meetings';
import { round, runIfMain } from './lib/report';

const { values } = parseArgs({ options: { meetings: { type: 'string', default: '500' }, latency: { type: 'string', default: '50' } } });
const MEETINGS = Number(values.meetings);
const LATENCY_MS = Number(values.latency);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const QUARTER_DAYS = 91;
const COLLEAGUES = ['hiroshi.tanaka', 'priya.raman', 'lucia.fernandez', 'aroha.ngata', 'mei.lin', 'kwame.asante', 'ingrid.johansson', 'jonas.weber'];

/** The leader's quarter: two weekly series, a few meetings without Teams, and distinct Teams meetings for the rest (`count` in all). */
const quarterPlans = (now: number, count: number): DemoMeetingPlan[] => {
  const start = Math.floor((now - QUARTER_DAYS * DAY) / DAY) * DAY + 2 * DAY;
  const plan = (key: string, organizer: string, at: number, isWeeklySeries: boolean, isOnline: boolean, size: number): DemoMeetingPlan => {
    const others = COLLEAGUES.filter((handle) => handle !== organizer).slice(0, size);
    const invitees = organizer === 'amara.okafor' ? others : ['amara.okafor', ...others.slice(1)];
    const subject = `Bench ${key}`;
    return { key, subject, organizer, invitees: invitees.map((h) => [h, 'accepted']), start: new Date(at), durationMs: 30 * 60_000, isWeeklySeries, isOnline, intro: `<p>${subject}</p>`, createdDateTime: new Date(at - 7 * DAY) };
  };
  const series = [plan('series-staff', 'amara.okafor', start + 7 * HOUR, true, true, 6), plan('series-platform', 'kwame.asante', start + 8 * HOUR, true, true, 4)];
  const offline = Array.from({ length: 4 }, (_, i) => plan(`offline-${i}`, 'amara.okafor', start + (20 * i + 1) * DAY + 12 * HOUR, false, false, 1));
  const singles = Math.max(0, count - offline.length - 2 * Math.floor((QUARTER_DAYS - 2) / 7) - 2);
  const perDay = Math.ceil(singles / (QUARTER_DAYS - 3));
  const teams = Array.from({ length: singles }, (_, i) =>
    plan(`single-${i}`, i % 3 === 2 ? (COLLEAGUES[i % COLLEAGUES.length] ?? 'hiroshi.tanaka') : 'amara.okafor', start + Math.floor(i / perDay) * DAY + (9 + (i % perDay)) * HOUR, false, true, 2 + (i % 6)),
  );
  return [...series, ...offline, ...teams];
};

const trips = (emulator: Emulator): number => emulator.stats().graphRequests;

/** Events the demo tenant already puts in the range (its own series), so the quarter holds MEETINGS in all. */
const countEvents = async (baseUrl: string, token: string, range: TimeRange): Promise<number> => {
  const url = `${baseUrl}/me/calendarView?startDateTime=${range.start.toISOString()}&endDateTime=${range.end.toISOString()}&$top=1000&$select=id`;
  const page = (await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json()) as { value: unknown[]; '@odata.nextLink'?: string };
  if (page['@odata.nextLink']) throw new Error('the demo tenant alone fills more than a page');
  return page.value.length;
};

export const run = async (): Promise<object> => {
  const server = await listen(0);
  const now = Date.now();
  const emulator = await createEmulator({ origin: server.url, app: { ...DEMO_APP, appIdUri: `api://localhost:3978/${DEMO_APP.clientId}` }, now: () => new Date(now) });
  server.handle(emulator.app.fetch);
  const database = await openDatabase({ pglite: await PGlite.create() });
  const store = createStore(database.db, database.close);
  try {
    const amara = emulator.people.find((p) => p.upn.startsWith('amara.'))!;
    const user: VerifiedUser = { id: amara.id, tenantId: emulator.tenantId, displayName: amara.displayName, upn: amara.upn, ssoToken: '' };
    const token = await emulator.mintGraphToken(amara.upn);
    const range: TimeRange = { start: new Date(now - QUARTER_DAYS * DAY), end: new Date(now) };
    emulator.addMeetings(quarterPlans(now, MEETINGS - (await countEvents(`${server.url}/v1.0`, token, range))));
    const graph = createGraphAdapter({ baseUrl: `${server.url}/v1.0`, getUserToken: async () => token });
    emulator.setFaults({ latencyMs: LATENCY_MS, mailboxConcurrency: 4 });

    const view = async () => {
      const before = trips(emulator);
      const started = performance.now();
      const result = await readCalendarMeetings({ graph, store }, { user, range });
      return { result, ms: performance.now() - started, roundTrips: trips(emulator) - before };
    };
    emulator.resetMailboxConcurrency();
    const first = await view();
    const second = await view();
    const gauge = emulator.mailboxConcurrency()[amara.upn];

    const meetings = first.result.meetings;
    const online = meetings.filter((m) => m.teams.status !== 'not_online').length;
    const pages = Math.max(1, Math.ceil(meetings.length / REPORT_CALENDAR_PAGE_SIZE));
    const lowerBound = pages + Math.ceil(online / BATCH_SIZE);
    const distinctJoinUrls = new Set(meetings.flatMap((m) => (m.teams.status === 'resolved' ? [m.teams.onlineMeetingId] : []))).size;

    // Baseline: the calendar, then one lookup per distinct join URL, 4 at a time.
    const baselineStarted = performance.now();
    const baselineBefore = trips(emulator);
    const viewer = graph.forUser(user);
    const joinUrls = [...new Set((await viewer.listCalendarView(range)).flatMap((e) => (e.type !== 'seriesMaster' && e.joinUrl ? [e.joinUrl] : [])))];
    for (let i = 0; i < joinUrls.length; i += 4) await Promise.all(joinUrls.slice(i, i + 4).map((url) => viewer.findOnlineMeetingByJoinUrl(url)));
    const baseline = { roundTrips: trips(emulator) - baselineBefore, ms: round(performance.now() - baselineStarted) };

    return {
      bench: 'report-graph',
      latencyMs: LATENCY_MS,
      meetings: meetings.length,
      teamsMeetings: online,
      distinctTeamsMeetings: distinctJoinUrls,
      calendarPages: pages,
      firstView: {
        roundTrips: first.roundTrips,
        lowerBound,
        ratio: Math.round((first.roundTrips / lowerBound) * 100) / 100,
        /** A series' occurrences share one join URL, looked up once: the bound over distinct meetings. */
        lowerBoundDistinct: pages + Math.ceil(distinctJoinUrls / BATCH_SIZE),
        msToList: round(first.ms),
        incomplete: first.result.incomplete,
      },
      secondView: { roundTrips: second.roundTrips, calendarPagesOnly: second.roundTrips === pages, msToList: round(second.ms), incomplete: second.result.incomplete },
      mailbox: { maxInFlight: gauge?.maxInFlight ?? 0, throttled: gauge?.throttled ?? 0 },
      baselinePerMeetingLookups: baseline,
    };
  } finally {
    await store.close();
    await server.close();
  }
};

await runIfMain(import.meta.url, run);
