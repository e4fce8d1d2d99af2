// "My team": the meetings organized by the viewer's direct and indirect reports (the org chart read through Graph
// with the viewer's token — Graph is the authority on who reports to whom), summed per week in SQL and guarded by the
// domain so that no figure has fewer than five people behind it and none names anyone.
import type { ValidReportRange } from '../../domain/reports/range';
import { toTeamReport } from '../../domain/reports/team-report';
import type { TeamReport } from '../../domain/reports/types';
import type { VerifiedUser } from '../ports';
import type { ReportDeps } from './report-deps';

export type GetTeamReportOptions = { user: VerifiedUser; range: ValidReportRange };

export const getTeamReport = async (deps: ReportDeps, { user, range }: GetTeamReportOptions): Promise<TeamReport> => {
  const team = await deps.graph.forUser(user).listTeam();
  const figures = await deps.store.reports.readTeamWeeks(
    user.tenantId,
    team.map((member) => member.email),
    { from: new Date(range.start), to: new Date(range.end), timeZone: range.timeZone },
  );
  return toTeamReport({ range: range.range, people: team.length, figures });
};
