// Microsoft Graph v1.0 as one signed-in person sees it: /me, calendarView, events, onlineMeetings, and (in their own
// modules) event bodies, meeting transcripts and attendance reports.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event as GraphEvent, OnlineMeeting as GraphOnlineMeeting, User } from '@microsoft/microsoft-graph-types';
import type { OnlineMeeting } from '../domain/meeting';
import type { GraphPort, TimeRange, UserGraph, VerifiedUser } from '../services/ports';
import { createAttendanceGraph } from './attendance';
import { createGraphClient, toRelativeGraphPath } from './client';
import { callGraph } from './errors';
import { createEventBodyGraph } from './event-body';
import { createMailboxGates, createSingleMailboxGate, type MailboxGate } from './mailbox-gate';
import { eventSelect, mapEvent } from './map-event';
import { createReportCalendarGraph } from './report-calendar';
import { createTeamDirectoryGraph } from './team-directory';
import { createTranscriptGraph, type ReadPages } from './transcripts';

type Page<T> = { value: T[]; '@odata.nextLink'?: string };

export type GraphAdapterOptions = {
  baseUrl: string;
  /** A delegated Graph token for this person (on-behalf-of their SSO token). */
  getUserToken: (user: VerifiedUser) => Promise<string>;
  pageSize?: number;
};

/** Reads every page of a collection; Graph decides the page size, $top only asks. */
export const readAllPages = async <T>(client: Client, baseUrl: string, first: Page<T>): Promise<T[]> => {
  const items = [...first.value];
  let next = first['@odata.nextLink'];
  while (next) {
    const page = (await client.api(toRelativeGraphPath(next, baseUrl)).get()) as Page<T>;
    items.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return items;
};

/** OData string literal inside a URL: quotes doubled, then the whole value URL-encoded once, as Graph's docs show. */
const odataString = (value: string): string => `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;

const toOnlineMeeting = (meeting: GraphOnlineMeeting): OnlineMeeting => ({
  onlineMeetingId: meeting.id ?? '',
  chatId: meeting.chatInfo?.threadId ?? null,
  joinUrl: meeting.joinWebUrl ?? '',
});

const pagerFor = (client: Client, baseUrl: string): ReadPages => (first) => readAllPages(client, baseUrl, first);

/** `gate`: this person's mailbox gate (at most 4 calls in flight), shared by their concurrent requests. */
export const createUserGraph = (client: Client, options: Pick<GraphAdapterOptions, 'baseUrl' | 'pageSize'> & { gate?: MailboxGate }): UserGraph => {
  const readPages = pagerFor(client, options.baseUrl);
  return {
    ...createReportCalendarGraph(client, { baseUrl: options.baseUrl, pageSize: options.pageSize, gate: options.gate ?? createSingleMailboxGate() }),
    ...createEventBodyGraph(client),
    ...createTranscriptGraph(client, { pageSize: options.pageSize, readPages }),
    ...createAttendanceGraph(client, { readPages }),
    ...createTeamDirectoryGraph(client, readPages),
    getMe: () =>
      callGraph('read your profile', async () => {
        const me = (await client.api('/me').select('id,displayName,userPrincipalName').get()) as User;
        return { id: me.id ?? '', displayName: me.displayName ?? '', upn: me.userPrincipalName ?? '' };
      }),

    listCalendarView: (range: TimeRange) =>
      callGraph('read your calendar', async () => {
        const first = (await client
          .api('/me/calendarView')
          .query({ startDateTime: range.start.toISOString(), endDateTime: range.end.toISOString() })
          .select(eventSelect)
          .top(options.pageSize ?? 50)
          .get()) as Page<GraphEvent>;
        return (await readAllPages(client, options.baseUrl, first)).map(mapEvent);
      }),

    getEvent: (eventId: string) =>
      callGraph('read this meeting', async () => {
        const event = (await client.api(`/me/events/${encodeURIComponent(eventId)}`).select(eventSelect).get()) as GraphEvent;
        return mapEvent(event);
      }),

    findOnlineMeetingByJoinUrl: (joinUrl: string) =>
      callGraph('find the Teams meeting', async () => {
        const page = (await client.api('/me/onlineMeetings').filter(`JoinWebUrl eq ${odataString(joinUrl)}`).get()) as Page<GraphOnlineMeeting>;
        const meeting = page.value[0];
        return meeting ? toOnlineMeeting(meeting) : null;
      }),
  };
};

export const createGraphAdapter = (options: GraphAdapterOptions): GraphPort => {
  const gates = createMailboxGates();
  return {
    forUser: (user) => {
      const client = createGraphClient({ baseUrl: options.baseUrl, getAccessToken: () => options.getUserToken(user) });
      return createUserGraph(client, { ...options, gate: gates.gateFor(`${user.tenantId}/${user.id}`) });
    },
  };
};
