// Meeting attendance in Microsoft Graph v1.0: GET /me (or /users/{id})/onlineMeetings/{id}/attendanceReports (one report per session;
// a series' occurrences share the list) and …/attendanceReports/{id}/attendanceRecords, both paged. Reports can be
// turned off by policy, so a 403 on the list is an answer (no attendance), not a failure.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { AttendanceRecord as GraphAttendanceRecord, MeetingAttendanceReport } from '@microsoft/microsoft-graph-types';
import type { AttendanceRecord, AttendanceReport, AttendanceReportListing } from '../domain/speakers/types';
import { toAppError } from './errors';
import { isForbidden, refusalReason, withGraphErrorBody, type GraphPage, type ReadPages } from './transcripts';

const toIso = (value: string | null | undefined): string => new Date(value ?? 0).toISOString();

const toReport = (report: MeetingAttendanceReport): AttendanceReport => ({
  reportId: report.id ?? '',
  startedAt: toIso(report.meetingStartDateTime),
  endedAt: toIso(report.meetingEndDateTime ?? report.meetingStartDateTime),
});

const toRecord = (record: GraphAttendanceRecord): AttendanceRecord => ({
  userId: record.identity?.id ?? null,
  displayName: record.identity?.displayName ?? '',
  email: record.emailAddress ?? null,
  role: record.role ?? null,
  intervals: (record.attendanceIntervals ?? [])
    .filter((interval) => interval.joinDateTime)
    .map((interval) => ({ joinedAt: toIso(interval.joinDateTime), leftAt: toIso(interval.leaveDateTime ?? interval.joinDateTime) })),
});

/** `mailbox` is /me (delegated) or /users/{id} (the app reading an organizer's meetings). */
const reportsPath = (mailbox: string, onlineMeetingId: string): string => `${mailbox}/onlineMeetings/${encodeURIComponent(onlineMeetingId)}/attendanceReports`;

export const createAttendanceGraph = (client: Client, options: { readPages: ReadPages; mailbox?: string }) => ({
  listAttendanceReports: async (onlineMeetingId: string): Promise<AttendanceReportListing> => {
    try {
      const first = (await client.api(reportsPath(options.mailbox ?? '/me', onlineMeetingId)).get()) as GraphPage<MeetingAttendanceReport>;
      const reports = (await options.readPages(first)).map(toReport).filter((report) => report.reportId !== '');
      return { access: 'granted', reports };
    } catch (error) {
      if (isForbidden(error)) return { access: 'denied', reason: refusalReason(error) };
      throw toAppError(withGraphErrorBody(error), 'read the meeting’s attendance reports');
    }
  },

  listAttendanceRecords: async (onlineMeetingId: string, reportId: string): Promise<AttendanceRecord[]> => {
    try {
      const path = `${reportsPath(options.mailbox ?? '/me', onlineMeetingId)}/${encodeURIComponent(reportId)}/attendanceRecords`;
      const first = (await client.api(path).get()) as GraphPage<GraphAttendanceRecord>;
      return (await options.readPages(first)).map(toRecord);
    } catch (error) {
      throw toAppError(withGraphErrorBody(error), 'read who attended the meeting');
    }
  },
});
