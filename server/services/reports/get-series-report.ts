// One recurring series over a range: the series master read through Graph with the viewer's token (anyone else's id
// is a 404), its occurrences from the viewer's calendar, and the trends and observations the domain computes.
import type { ValidReportRange } from '../../domain/reports/range';
import { seriesHeadingOf, toSeriesReport } from '../../domain/reports/series-report';
import type { SeriesReport } from '../../domain/reports/types';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { readFiguredMeetings } from './read-report-rows';
import type { ReportDeps } from './report-deps';

export type GetSeriesReportOptions = { user: VerifiedUser; seriesMasterId: string; range: ValidReportRange };

export const getSeriesReport = async (deps: ReportDeps, { user, seriesMasterId, range }: GetSeriesReportOptions): Promise<SeriesReport> => {
  const master = await deps.graph.forUser(user).getEvent(seriesMasterId);
  if (master.type !== 'seriesMaster') throw new AppError('bad_request', 'This event is not a recurring series: open its meeting report instead.');
  const only = (event: { seriesMasterId: string | null }) => event.seriesMasterId === master.eventId;
  const { meetings: occurrences } = await readFiguredMeetings(deps, { user, range, only });
  const latest = occurrences.at(-1)?.meeting;
  const heading = latest
    ? { ...seriesHeadingOf(latest), seriesMasterId: master.eventId }
    : { seriesMasterId: master.eventId, subject: master.subject, organizer: master.organizer, viewerIsOrganizer: master.isOrganizer };
  return toSeriesReport({ range: range.range, series: heading, occurrences, now: deps.clock.now().toISOString() });
};
