// The report table: the viewer's meetings in a range, from their calendar, each with its figures.
import { toMeetingRow } from '../../domain/reports/meeting-row';
import type { ValidReportRange } from '../../domain/reports/range';
import type { MeetingsReport } from '../../domain/reports/types';
import type { VerifiedUser } from '../ports';
import { readFiguredMeetings } from './read-report-rows';
import type { ReportDeps } from './report-deps';

export type GetMeetingsReportOptions = { user: VerifiedUser; range: ValidReportRange };

export const getMeetingsReport = async (deps: ReportDeps, { user, range }: GetMeetingsReportOptions): Promise<MeetingsReport> => {
  const { meetings, incomplete } = await readFiguredMeetings(deps, { user, range });
  return { range: range.range, meetings: meetings.map(({ meeting, figures }) => toMeetingRow(meeting, figures)), incomplete };
};
