// Meeting attendance reports (one per past occurrence of a series) and their attendance records.
import type { EmulatorContext } from '../context';
import type { AttendanceRecord, AttendanceReport } from '../store/types';
import { graphTimestamp } from '../time';
import type { GraphRouter } from './env';
import { GraphError } from './graph-error';
import { collection, contextUrl, paginate } from './odata';
import { organizedMeetingFor } from './online-meetings';
import { sendJson } from './respond';
import { onUserPaths, resolveOwnTarget } from './target';

const renderRecord = (ctx: EmulatorContext, record: AttendanceRecord): Record<string, unknown> => {
  const person = ctx.store.people.find((p) => p.id === record.personId);
  const intervals = record.intervals.map((interval) => ({
    joinDateTime: graphTimestamp(interval.joinDateTime),
    leaveDateTime: graphTimestamp(interval.leaveDateTime),
    durationInSeconds: Math.round((interval.leaveDateTime.getTime() - interval.joinDateTime.getTime()) / 1000),
  }));
  return {
    emailAddress: person?.mail ?? null,
    totalAttendanceInSeconds: intervals.reduce((total, interval) => total + interval.durationInSeconds, 0),
    role: record.role,
    identity: { id: record.personId, displayName: person?.displayName ?? null },
    attendanceIntervals: intervals,
  };
};

const renderReport = (report: AttendanceReport): Record<string, unknown> => ({
  id: report.id,
  totalParticipantCount: report.records.length,
  meetingStartDateTime: graphTimestamp(report.meetingStartDateTime),
  meetingEndDateTime: graphTimestamp(report.meetingEndDateTime),
});

export const registerAttendance = (router: GraphRouter, ctx: EmulatorContext): void => {
  const reportsOf = (meetingId: string): AttendanceReport[] =>
    ctx.store.attendanceReports.filter((r) => r.onlineMeetingId === meetingId).sort((a, b) => b.occurrenceStart.getTime() - a.occurrenceStart.getTime());

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/attendanceReports', (c) => {
    const target = resolveOwnTarget(ctx, c, 'teams');
    const meeting = organizedMeetingFor(ctx, target, c.req.param('meetingId') ?? '');
    const page = paginate(ctx, c, reportsOf(meeting.id));
    const items = page.items.map((report) => ({ ...renderReport(report), attendanceRecords: [] }));
    return sendJson(c, collection(contextUrl(ctx, `users(${target.contextKey})/onlineMeetings('${meeting.id}')/attendanceReports`), { items, nextLink: page.nextLink }));
  });

  const reportOf = (meetingId: string, reportId: string): AttendanceReport => {
    const report = reportsOf(meetingId).find((r) => r.id === reportId);
    if (!report) throw new GraphError(404, 'NotFound', 'The attendance report was not found.');
    return report;
  };

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/attendanceReports/:reportId', (c) => {
    const target = resolveOwnTarget(ctx, c, 'teams');
    const meeting = organizedMeetingFor(ctx, target, c.req.param('meetingId') ?? '');
    const report = reportOf(meeting.id, c.req.param('reportId') ?? '');
    const expand = (c.req.query('$expand') ?? '').split(',').map((name) => name.trim());
    const context = contextUrl(ctx, `users(${target.contextKey})/onlineMeetings('${meeting.id}')/attendanceReports/$entity`);
    const records = expand.includes('attendanceRecords') ? { attendanceRecords: report.records.map((record) => renderRecord(ctx, record)) } : {};
    return sendJson(c, { '@odata.context': context, ...renderReport(report), ...records });
  });

  onUserPaths(router, 'get', '/onlineMeetings/:meetingId/attendanceReports/:reportId/attendanceRecords', (c) => {
    const target = resolveOwnTarget(ctx, c, 'teams');
    const meeting = organizedMeetingFor(ctx, target, c.req.param('meetingId') ?? '');
    const report = reportOf(meeting.id, c.req.param('reportId') ?? '');
    const page = paginate(ctx, c, report.records);
    const context = contextUrl(ctx, `users(${target.contextKey})/onlineMeetings('${meeting.id}')/attendanceReports('${report.id}')/attendanceRecords`);
    return sendJson(c, collection(context, { items: page.items.map((record) => renderRecord(ctx, record)), nextLink: page.nextLink }));
  });
};
