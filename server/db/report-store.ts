// The ReportStore port (server/services/report-ports.ts) over Drizzle: the leader reports' reads, each answered in
// SQL by PostgreSQL or PGlite (report-occurrence-figures.ts, report-team-weeks.ts, report-meeting-detail.ts).
import type { ReportStore } from '../services/report-ports';
import type { Database } from './client';
import { readMeetingDetail } from './report-meeting-detail';
import { readOccurrenceFigures } from './report-occurrence-figures';
import { readTeamWeeks } from './report-team-weeks';

export const createReportStore = (db: Database): ReportStore => ({
  readOccurrenceFigures: (tenantId, keys) => readOccurrenceFigures(db, tenantId, keys),
  readTeamWeeks: (tenantId, organizerEmails, range) => readTeamWeeks(db, tenantId, organizerEmails, range),
  readMeetingDetail: (tenantId, key) => readMeetingDetail(db, tenantId, key),
});
