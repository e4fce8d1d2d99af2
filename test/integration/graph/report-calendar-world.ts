// The world of the report calendar tests: the Graph emulator served over HTTP (as production's Graph client sees it),
// a leader's calendar of many meetings added to the demo tenant, a fresh store per test, and what Graph itself holds
// (read raw, so expectations come from the emulator, not from the code under test).
import type { Event } from '@microsoft/microsoft-graph-types';
import { createEmulator, DEMO_APP, type DemoMeetingPlan, type Emulator, type GraphResponseRecord } from '../../../server/emulator/index';
import { createStore } from '../../../server/db/store';
import { createGraphAdapter } from '../../../server/graph/user-graph';
import { listen, type Listening } from '../../../server/listen';
import type { GraphPort, Store, TimeRange, VerifiedUser } from '../../../server/services/ports';
import { openPglite } from '../../support/databases';

export const NOW = new Date('2025-03-04T10:25:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** The leader's added meetings lie in the 9 weeks before NOW. */
export const NINE_WEEKS: TimeRange = { start: new Date(NOW.getTime() - 9 * WEEK), end: NOW };

const COLLEAGUES = ['hiroshi.tanaka', 'priya.raman', 'lucia.fernandez', 'aroha.ngata', 'mei.lin', 'kwame.asante'];

/** 90 single Teams meetings (every third organized by a colleague), a weekly series Amara attends, 3 meetings without Teams. */
export const leaderPlans = (): DemoMeetingPlan[] => {
  const first = NOW.getTime() - 9 * WEEK + 8 * HOUR;
  const singles = Array.from({ length: 90 }, (_, i): DemoMeetingPlan => {
    const organizer = i % 3 === 2 ? (COLLEAGUES[i % COLLEAGUES.length] ?? 'hiroshi.tanaka') : 'amara.okafor';
    const others = COLLEAGUES.filter((handle) => handle !== organizer).slice(0, 2 + (i % 4));
    const invitees = organizer === 'amara.okafor' ? others : ['amara.okafor', ...others.slice(1)];
    const start = new Date(first + Math.floor(i / 2) * DAY + (i % 2) * 3 * HOUR);
    return plan(`report-single-${i}`, `Single ${i}`, organizer, invitees, start, false, true);
  });
  const series = plan('report-series', 'Platform sync', 'kwame.asante', ['amara.okafor', 'mei.lin'], new Date(first + 2 * HOUR), true, true);
  const offline = [0, 1, 2].map((i) => plan(`report-offline-${i}`, `Walk ${i}`, 'amara.okafor', ['priya.raman'], new Date(first + (10 * i + 1) * DAY), false, false));
  return [...singles, series, ...offline];
};

const plan = (key: string, subject: string, organizer: string, invitees: string[], start: Date, isWeeklySeries: boolean, isOnline: boolean): DemoMeetingPlan => ({
  key,
  subject,
  organizer,
  invitees: invitees.map((handle) => [handle, 'accepted']),
  start,
  durationMs: 30 * 60_000,
  isWeeklySeries,
  isOnline,
  intro: `<p>${subject}</p>`,
  createdDateTime: new Date(start.getTime() - 14 * DAY),
});

export type World = {
  emulator: Emulator;
  baseUrl: string;
  leader: VerifiedUser;
  records: GraphResponseRecord[];
  graph(pageSize?: number): GraphPort;
  freshStore(): Promise<Store>;
  /** The range's calendarView as Graph answers it in full (every property, big pages). */
  rawCalendar(range: TimeRange): Promise<Event[]>;
  close(): Promise<void>;
};

export const startWorld = async (): Promise<World> => {
  const server: Listening & { handle(fetch: (request: Request) => Response | Promise<Response>): void } = await listen(0);
  const records: GraphResponseRecord[] = [];
  const emulator = await createEmulator({
    origin: server.url,
    app: { ...DEMO_APP, appIdUri: `api://localhost:3978/${DEMO_APP.clientId}` },
    now: () => NOW,
    onGraphResponse: (record) => records.push(record),
  });
  server.handle(emulator.app.fetch);
  emulator.addMeetings(leaderPlans());
  const amara = emulator.people.find((p) => p.upn.startsWith('amara.'))!;
  const leader: VerifiedUser = { id: amara.id, tenantId: emulator.tenantId, displayName: amara.displayName, upn: amara.upn, ssoToken: '' };
  const baseUrl = `${server.url}/v1.0`;
  const stores: Store[] = [];
  return {
    emulator,
    baseUrl,
    leader,
    records,
    graph: (pageSize) => createGraphAdapter({ baseUrl, getUserToken: (user) => emulator.mintGraphToken(user.upn), ...(pageSize ? { pageSize } : {}) }),
    freshStore: async () => {
      const database = await openPglite();
      const store = createStore(database.db, database.close);
      stores.push(store);
      return store;
    },
    rawCalendar: async (range) => {
      const token = await emulator.mintGraphToken(leader.upn);
      const events: Event[] = [];
      let next: string | undefined = `${baseUrl}/me/calendarView?startDateTime=${range.start.toISOString()}&endDateTime=${range.end.toISOString()}&$top=500`;
      while (next) {
        const page = (await (await fetch(next, { headers: { Authorization: `Bearer ${token}` } })).json()) as { value: Event[]; '@odata.nextLink'?: string };
        events.push(...page.value);
        next = page['@odata.nextLink'];
      }
      return events;
    },
    close: async () => {
      await Promise.all(stores.map((store) => store.close()));
      await server.close();
    },
  };
};
