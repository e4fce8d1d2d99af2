// One meeting's report, by the viewer's own event id: reading the event through Graph with their token is the
// participant check (anyone else's id is a 404). It is there once the meeting has ended; the organizer's visit
// ingests the transcript on the spot if nothing final is stored yet, as their figures' visit does.
import { calendarMeetingOf, toMeetingReport } from '../../domain/reports/meeting-report';
import type { MeetingReport } from '../../domain/reports/types';
import { AppError } from '../../errors';
import { describeMeeting } from '../describe-meeting';
import type { VerifiedUser } from '../ports';
import { refreshSpeakingFigures } from '../refresh-speaking-figures';
import { occurrenceKeyString } from '../report-ports';
import { toMeetingDetail } from './meeting-detail';
import type { ReportDeps } from './report-deps';

export type GetMeetingReportOptions = { user: VerifiedUser; eventId: string };

export const getMeetingReport = async (deps: ReportDeps, { user, eventId }: GetMeetingReportOptions): Promise<MeetingReport> => {
  const graph = deps.graph.forUser(user);
  const event = await graph.getEvent(eventId);
  if (event.type === 'seriesMaster') throw new AppError('bad_request', 'A meeting report is about one occurrence: open an occurrence of this series, or the series view.');
  if (Date.parse(event.end) > deps.clock.now().getTime()) throw new AppError('conflict', 'This meeting has not ended yet: its report appears once it has.');
  const viewer = { id: user.id, upn: user.upn };
  const { onlineMeetingId, chatId } = await describeMeeting(deps, graph, user, event);
  if (!onlineMeetingId) {
    const empty = { speaking: { transcript: null, tracker: null }, checkin: null, praise: [] };
    return toMeetingReport(calendarMeetingOf(event, { status: 'not_online' }), null, empty, viewer);
  }
  await refreshSpeakingFigures(deps, { user, event, onlineMeetingId });
  const key = { onlineMeetingId, startsAt: event.start };
  const [figures, record] = await Promise.all([
    deps.store.reports.readOccurrenceFigures(user.tenantId, [key]),
    deps.store.reports.readMeetingDetail(user.tenantId, key),
  ]);
  const meeting = calendarMeetingOf(event, { status: 'resolved', onlineMeetingId, chatId });
  return toMeetingReport(meeting, figures.get(occurrenceKeyString(key)) ?? null, toMeetingDetail(record), viewer);
};
