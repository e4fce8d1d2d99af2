// What the demo history reads of the demo tenant's Microsoft 365 (the emulator), as the people themselves — their
// delegated tokens through the same Graph adapter every request uses: an organizer's past occurrences of a series,
// who attended each (the attendance reports), and a person's own event id of an occurrence (ids differ per mailbox).
import { isSameJoinUrl, type CalendarEvent } from '../domain/meeting';
import type { TimeRange, UserGraph } from '../services/ports';

/** The organizer's occurrences of the series (by subject) that ended within the range, oldest first. */
export const pastOccurrencesOf = async (graph: UserGraph, subject: string, range: TimeRange): Promise<CalendarEvent[]> =>
  (await graph.listCalendarView(range))
    .filter((e) => e.subject === subject && e.isOrganizer && e.type !== 'seriesMaster' && !e.isCancelled && e.joinUrl !== null && Date.parse(e.end) <= range.end.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

type Session = { startMs: number; endMs: number; userIds: string[] };

/** Every attendance report of the meeting (one per session) with who attended. */
export const readAttendance = async (graph: UserGraph, onlineMeetingId: string): Promise<Session[]> => {
  const listing = await graph.listAttendanceReports(onlineMeetingId);
  if (listing.access !== 'granted') return [];
  const sessions: Session[] = [];
  for (const report of listing.reports) {
    const records = await graph.listAttendanceRecords(onlineMeetingId, report.reportId);
    sessions.push({ startMs: Date.parse(report.startedAt), endMs: Date.parse(report.endedAt), userIds: records.flatMap((r) => (r.userId ? [r.userId] : [])) });
  }
  return sessions;
};

/** Who attended the occurrence (the sessions that began during it); null when Teams has no report of it. */
export const attendeesOf = (sessions: Session[], event: CalendarEvent): Set<string> | null => {
  const [startMs, endMs] = [Date.parse(event.start), Date.parse(event.end)];
  const own = sessions.filter((s) => s.startMs >= startMs - 15 * 60_000 && s.startMs < endMs);
  return own.length > 0 ? new Set(own.flatMap((s) => s.userIds)) : null;
};

/** Finds a person's own event id of an occurrence, reading each person's calendar once. */
export const createEventIdFinder = (range: TimeRange, graphOf: (upn: string) => Promise<UserGraph>) => {
  const calendars = new Map<string, Promise<CalendarEvent[]>>();
  return async (upn: string, joinUrl: string, start: string): Promise<string | null> => {
    if (!calendars.has(upn)) calendars.set(upn, graphOf(upn).then((graph) => graph.listCalendarView(range)));
    const events = (await calendars.get(upn)) ?? [];
    const own = events.find((e) => e.type !== 'seriesMaster' && e.joinUrl !== null && isSameJoinUrl(e.joinUrl, joinUrl) && Date.parse(e.start) === Date.parse(start));
    return own?.eventId ?? null;
  };
};
