// Leader reports over the viewer's calendar: their meetings in a range, one recurring series, one meeting, and "my
// team". What each person may see is decided by the privacy rules in server/domain/reports; the participant check is
// Graph's (an event outside the viewer's calendar is a 404).
import { Hono } from 'hono';
import { z } from 'zod';
import { parseReportRange, type ValidReportRange } from '../domain/reports/range';
import type { AppEnv } from '../http/context';
import { eventParam } from '../http/params';
import { validate } from '../http/validate';
import { getMeetingReport } from '../services/reports/get-meeting-report';
import { getMeetingsReport } from '../services/reports/get-meetings-report';
import { getSeriesReport } from '../services/reports/get-series-report';
import { getTeamReport } from '../services/reports/get-team-report';
import type { ReportDeps } from '../services/reports/report-deps';

/** `from` and `to` as YYYY-MM-DD (`to` not included), `timeZone` an IANA name: the viewer's days, at most a year. */
const rangeQuery = z
  .object({ from: z.string().max(40), to: z.string().max(40), timeZone: z.string().max(64).optional() })
  .transform((query, context): ValidReportRange => {
    const parsed = parseReportRange(query);
    if (parsed.ok) return parsed;
    context.addIssue({ code: 'custom', path: [parsed.error.field], message: parsed.error.message });
    return z.NEVER;
  });

export const reportRoutes = (deps: ReportDeps) =>
  new Hono<AppEnv>()
    .get('/meetings', validate('query', rangeQuery), async (c) => c.json(await getMeetingsReport(deps, { user: c.get('user'), range: c.req.valid('query') })))
    .get('/meetings/:eventId', validate('param', eventParam), async (c) =>
      c.json(await getMeetingReport(deps, { user: c.get('user'), eventId: c.req.valid('param').eventId })),
    )
    .get('/series/:eventId', validate('param', eventParam), validate('query', rangeQuery), async (c) =>
      c.json(await getSeriesReport(deps, { user: c.get('user'), seriesMasterId: c.req.valid('param').eventId, range: c.req.valid('query') })),
    )
    .get('/team', validate('query', rangeQuery), async (c) => c.json(await getTeamReport(deps, { user: c.get('user'), range: c.req.valid('query') })));
