// The viewer's calendar in a range joined with what Roundtable stored about each occurrence, in one read of each.
import type { CalendarMeeting, OccurrenceFigures, OccurrenceKey } from '../../domain/reports/inputs';
import type { ValidReportRange } from '../../domain/reports/range';
import type { MeetingsReport } from '../../domain/reports/types';
import type { VerifiedUser } from '../ports';
import { occurrenceKeyString } from '../report-ports';
import { readCalendarMeetings, type CalendarFilter } from './read-calendar-meetings';
import type { ReportDeps } from './report-deps';

export type FiguredMeeting = { meeting: CalendarMeeting; figures: OccurrenceFigures | null };

const keyOf = (meeting: CalendarMeeting): OccurrenceKey | null =>
  meeting.teams.status === 'resolved' ? { onlineMeetingId: meeting.teams.onlineMeetingId, startsAt: meeting.start } : null;

/** `only`: the events wanted (a series' occurrences); Teams meetings and figures are read for those alone. */
export const readFiguredMeetings = async (
  deps: ReportDeps,
  { user, range, only }: { user: VerifiedUser; range: ValidReportRange; only?: CalendarFilter },
): Promise<{ meetings: FiguredMeeting[]; incomplete: MeetingsReport['incomplete'] }> => {
  const calendar = await readCalendarMeetings(deps, { user, range: { start: new Date(range.start), end: new Date(range.end) }, only });
  const keys = calendar.meetings.flatMap((meeting) => keyOf(meeting) ?? []);
  const figures = keys.length > 0 ? await deps.store.reports.readOccurrenceFigures(user.tenantId, keys) : new Map<string, OccurrenceFigures>();
  const meetings = calendar.meetings.map((meeting) => {
    const key = keyOf(meeting);
    return { meeting, figures: key ? (figures.get(occurrenceKeyString(key)) ?? null) : null };
  });
  return { meetings, incomplete: calendar.incomplete };
};
