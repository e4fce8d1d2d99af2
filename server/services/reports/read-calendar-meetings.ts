// The viewer's meetings in a report's range, each with its Teams meeting: the calendar from Graph, the Teams meetings
// from the stored join URL map, and only the join URLs not stored yet looked up in Graph (in batches) and then stored.
// So a second view of the same range costs Graph only the calendar pages. What Graph could not read is said, not hidden.
import type { CalendarMeeting } from '../../domain/reports/inputs';
import type { MeetingsReport } from '../../domain/reports/types';
import type { GraphPort, MeetingRecord, Store, TimeRange, VerifiedUser } from '../ports';
import type { OnlineMeetingLookup, ReportCalendarEvent } from './calendar-ports';

export type CalendarMeetingsDeps = { graph: GraphPort; store: Store };

/** Which of the calendar's events a report is about (default: all). */
export type CalendarFilter = (event: ReportCalendarEvent) => boolean;

export type ReadCalendarMeetingsOptions = { user: VerifiedUser; range: TimeRange; only?: CalendarFilter };

export type CalendarMeetings = { meetings: CalendarMeeting[]; incomplete: MeetingsReport['incomplete'] };

/** A join URL Graph shows this person no meeting for (`absent`: another tenant's meeting, say) has no figures: not online. */
const teamsOf = (event: ReportCalendarEvent, lookups: Map<string, OnlineMeetingLookup>): CalendarMeeting['teams'] => {
  if (!event.joinUrl) return { status: 'not_online' };
  const lookup = lookups.get(event.joinUrl);
  if (!lookup || lookup.status === 'unavailable') return { status: 'unavailable' };
  if (lookup.status === 'found') return { status: 'resolved', onlineMeetingId: lookup.meeting.onlineMeetingId, chatId: lookup.meeting.chatId };
  return { status: 'not_online' };
};

/** Meetings Graph resolved, to store: named after the first event of each join URL, as the meeting view stores them. */
const learnedMeetings = (tenantId: string, events: ReportCalendarEvent[], resolved: Map<string, OnlineMeetingLookup>): MeetingRecord[] =>
  [...resolved].flatMap(([joinUrl, lookup]) => {
    const event = events.find((e) => e.joinUrl === joinUrl);
    if (lookup.status !== 'found' || !event) return [];
    const { onlineMeetingId, chatId } = lookup.meeting;
    return [{ tenantId, onlineMeetingId, chatId, joinUrl, organizerEmail: event.organizer.email, subject: event.subject, iCalUId: null }];
  });

export const readCalendarMeetings = async (deps: CalendarMeetingsDeps, { user, range, only }: ReadCalendarMeetingsOptions): Promise<CalendarMeetings> => {
  const graph = deps.graph.forUser(user);
  const calendar = await graph.readReportCalendar(range);
  const events = only ? calendar.events.filter(only) : calendar.events;
  const joinUrls = [...new Set(events.flatMap((e) => e.joinUrl ?? []))];
  const lookups = new Map<string, OnlineMeetingLookup>();
  for (const known of await deps.store.meetings.findByJoinUrls(user.tenantId, joinUrls)) {
    lookups.set(known.joinUrl, { status: 'found', meeting: { onlineMeetingId: known.onlineMeetingId, chatId: known.chatId, joinUrl: known.joinUrl } });
  }
  const unknown = joinUrls.filter((joinUrl) => !lookups.has(joinUrl));
  if (unknown.length > 0) {
    const resolved = await graph.findOnlineMeetingsByJoinUrls(unknown);
    await deps.store.meetings.rememberMeetings(learnedMeetings(user.tenantId, events, resolved));
    for (const [joinUrl, lookup] of resolved) lookups.set(joinUrl, lookup);
  }
  const meetings = events.map((event): CalendarMeeting => {
    const { joinUrl: _joinUrl, ...row } = event;
    return { ...row, teams: teamsOf(event, lookups) };
  });
  const unavailableMeetings = meetings.filter((m) => m.teams.status === 'unavailable').length;
  const incomplete = unavailableMeetings > 0 || !calendar.isComplete ? { unavailableMeetings, calendar: !calendar.isComplete } : null;
  return { meetings, incomplete };
};
