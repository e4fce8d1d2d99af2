// The viewer's calendar as a leader report reads it from Microsoft Graph: GET /me/calendarView over the range with a
// $select of only what a report row needs, times in UTC (Prefer: outlook.timezone), Outlook's largest page, following
// @odata.nextLink. The invitee count needs `attendees` whole (Outlook cannot count a complex collection); the body,
// the biggest part of an event, is never read. A page after the first that fails ends the read: what was read is
// returned with `isComplete: false`. Every call waits for a slot of the mailbox gate (4 per mailbox). The Teams
// meetings behind the events are looked up in ./online-meeting-batches.ts.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import { countInvitees } from '../domain/reports/invitees';
import type { TimeRange } from '../services/ports';
import type { ReportCalendar, ReportCalendarEvent, ReportCalendarGraph } from '../services/reports/calendar-ports';
import { toRelativeGraphPath } from './client';
import { callGraph } from './errors';
import type { MailboxGate } from './mailbox-gate';
import { createOnlineMeetingBatches, type BatchTiming } from './online-meeting-batches';

/** Only what a report row needs (isCancelled and type to leave events out). */
export const REPORT_EVENT_SELECT = [
  'id', 'type', 'seriesMasterId', 'subject', 'start', 'end', 'isOrganizer', 'isCancelled', 'isOnlineMeeting',
  'onlineMeeting', 'organizer', 'attendees', 'webLink',
].join(',');

/** Outlook's largest page ($top 1 … 1000); Graph may still answer smaller pages, which are followed. */
export const REPORT_CALENDAR_PAGE_SIZE = 1000;

const PREFER_UTC = 'outlook.timezone="UTC"';

type Page = { value: GraphEvent[]; '@odata.nextLink'?: string };

const toIsoUtc = (value: GraphEvent['start']): string => {
  const dateTime = value?.dateTime;
  if (!dateTime) throw new Error('Graph event without start/end');
  if ((value?.timeZone ?? 'UTC') !== 'UTC') throw new Error(`Graph answered times in ${value?.timeZone}; UTC was asked for`);
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`).toISOString();
};

/** A calendarView event as a report row's input; null for what a report leaves out (cancelled, a series master). */
export const toReportEvent = (event: GraphEvent): ReportCalendarEvent | null => {
  if (event.isCancelled || event.type === 'seriesMaster') return null;
  const organizer = { name: event.organizer?.emailAddress?.name ?? '', email: event.organizer?.emailAddress?.address ?? '' };
  return {
    eventId: event.id ?? '',
    seriesMasterId: event.seriesMasterId ?? null,
    subject: event.subject ?? '',
    organizer,
    viewerIsOrganizer: event.isOrganizer ?? false,
    start: toIsoUtc(event.start),
    end: toIsoUtc(event.end),
    outlookLink: event.webLink ?? null,
    invitees: countInvitees(
      (event.attendees ?? []).map((a) => ({ type: a.type ?? 'required', email: a.emailAddress?.address ?? '' })),
      organizer.email,
    ),
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
  };
};

const toReportEvents = (page: Page): ReportCalendarEvent[] => page.value.flatMap((event) => toReportEvent(event) ?? []);

export type ReportCalendarOptions = { baseUrl: string; gate: MailboxGate; pageSize?: number; timing?: BatchTiming };

export const createReportCalendarGraph = (client: Client, options: ReportCalendarOptions): ReportCalendarGraph => ({
  readReportCalendar: async (range: TimeRange): Promise<ReportCalendar> => {
    const first = await options.gate.run(() =>
      callGraph('read your calendar', async () =>
        (await client
          .api('/me/calendarView')
          .query({ startDateTime: range.start.toISOString(), endDateTime: range.end.toISOString() })
          .select(REPORT_EVENT_SELECT)
          .top(options.pageSize ?? REPORT_CALENDAR_PAGE_SIZE)
          .header('Prefer', PREFER_UTC)
          .get()) as Page,
      ),
    );
    const events = toReportEvents(first);
    let next = first['@odata.nextLink'];
    while (next) {
      const path = toRelativeGraphPath(next, options.baseUrl);
      let page: Page;
      try {
        // Graph does not remember Prefer across pages: each page asks again.
        page = await options.gate.run(async () => (await client.api(path).header('Prefer', PREFER_UTC).get()) as Page);
      } catch {
        return { events, isComplete: false };
      }
      events.push(...toReportEvents(page));
      next = page['@odata.nextLink'];
    }
    return { events, isComplete: true };
  },

  findOnlineMeetingsByJoinUrls: createOnlineMeetingBatches(client, options.gate, options.timing),
});
