// "My team" in SQL: per week (ISO weeks from Monday, in the viewer's time zone), sums and counts over the occurrences
// of the meetings the team's members organized that started in the range, in one statement grouped by week. Only
// sums and counts leave the database, never a row about one meeting or one person; the domain turns them into
// rates and withholds what fewer than 5 people are behind.
//
// Per occurrence, as the meeting row counts it as far as the store knows (meeting-speaking.ts, meeting-row.ts):
// attendees are the attendance report's people, else the tracker's participants (invite lists are Graph's, not
// stored: an occurrence known only by its invite counts no attendees); speaking figures come from the transcript
// when ready, else from the tracker's talk, its entropy scored as scoreBalance does over max(participants, speakers)
// people; answers and voices heard are capped at the attendees, as the row's ratios are at 1.
import { sql, type SQL } from 'drizzle-orm';
import type { TeamFigures, TeamWeekFigures } from '../domain/reports/inputs';
import type { TeamRange } from '../services/report-ports';
import type { Database } from './client';
import { checkinCtes, praiseCte, rowsOf, trackerCtes } from './report-sql';

type WeekRow = {
  week_start: string;
  meetings: number;
  checkins_held: number;
  checkin_answers: number;
  checkin_attendees: number;
  freedom_sum: number;
  freedom_count: number;
  inclusion_sum: number;
  inclusion_count: number;
  entropy_sum: number;
  entropy_count: number;
  heard: number;
  heard_attendees: number;
  praise_public: number;
  praise_private: number;
  pulse_respondents: number;
};

const toWeek = (row: WeekRow): TeamWeekFigures => ({
  weekStart: row.week_start,
  meetings: row.meetings,
  checkinsHeld: row.checkins_held,
  checkinAnswers: row.checkin_answers,
  checkinAttendees: row.checkin_attendees,
  pulse: { freedomSum: row.freedom_sum, freedomCount: row.freedom_count, inclusionSum: row.inclusion_sum, inclusionCount: row.inclusion_count },
  entropySum: row.entropy_sum,
  entropyCount: row.entropy_count,
  heard: row.heard,
  heardAttendees: row.heard_attendees,
  praisePublic: row.praise_public,
  praisePrivate: row.praise_private,
});

/** Throws a RangeError for a name that is no IANA time zone, before PostgreSQL would refuse it. */
const assertTimeZone = (timeZone: string): void => {
  new Intl.DateTimeFormat('en', { timeZone });
};

/** The statement (exported so the benchmark can EXPLAIN it). */
export const teamWeeksSql = (tenantId: string, organizerEmails: readonly string[], range: TeamRange): SQL => {
  const emails = [...new Set(organizerEmails.map((email) => email.toLowerCase()))];
  return sql`
    with k as (
      select (row_number() over ())::int as n, o.online_meeting_id, o.starts_at, o.ends_at,
             date_trunc('week', o.starts_at at time zone ${range.timeZone}) as week_start
        from meetings m
        join occurrences o on o.tenant_id = m.tenant_id and o.online_meeting_id = m.online_meeting_id
       where m.tenant_id = ${tenantId} and lower(m.organizer_email) = any(${sql.param(emails)}::text[])
         and o.starts_at >= ${range.from.toISOString()}::timestamptz and o.starts_at < ${range.to.toISOString()}::timestamptz
    ),
    ${checkinCtes(tenantId)},
    ${trackerCtes(tenantId)},
    ${praiseCte(tenantId)},
    tracker as (
      select t.n, count(*)::int as speakers, count(*) filter (where t.talk_ms > 0)::int as heard,
             sum(t.talk_ms) as total_ms, sum(case when t.talk_ms > 0 then t.talk_ms * ln(t.talk_ms) else 0 end) as talk_ln_talk
        from talk t group by t.n
    ),
    occurrence as (
      select k.week_start, coalesce(r.held, false) as held, coalesce(a.answers, 0) as answers,
             case when r.is_pulse then a.freedom_sum end as freedom_sum, case when r.is_pulse then a.freedom_count end as freedom_count,
             case when r.is_pulse then a.inclusion_sum end as inclusion_sum, case when r.is_pulse then a.inclusion_count end as inclusion_count,
             case when s.roster = 'attendance' and s.people_counted > 0 then s.people_counted when j.participants > 0 then j.participants end as attendees,
             case when s.state = 'ready' then 'transcript' when tr.total_ms > 0 then 'tracker' end as source,
             s.entropy as transcript_entropy, s.people_heard, greatest(j.participants, tr.speakers) as tracker_counted, tr.heard as tracker_heard,
             tr.total_ms, tr.talk_ln_talk,
             coalesce(p.public_count, 0) as praise_public, coalesce(p.private_count, 0) as praise_private
        from k
        left join rounds r on r.n = k.n
        left join answered a on a.round_id = r.round_id
        left join speaking_occurrences s on s.tenant_id = ${tenantId} and s.online_meeting_id = k.online_meeting_id and s.starts_at = k.starts_at
        left join joined j on j.n = k.n
        left join tracker tr on tr.n = k.n
        left join praised p on p.n = k.n
    ),
    speaking as (
      select o.*,
             case o.source
               when 'transcript' then o.transcript_entropy
               when 'tracker' then case when o.tracker_counted >= 2
                 then least(1, greatest(0, (ln(o.total_ms) - o.talk_ln_talk / o.total_ms) / ln(o.tracker_counted::float8))) end
             end as entropy,
             case o.source when 'transcript' then o.people_heard when 'tracker' then o.tracker_heard end as heard,
             case o.source when 'transcript' then o.attendees when 'tracker' then coalesce(o.attendees, o.tracker_counted) end as heard_attendees
        from occurrence o
    ),
    pulse_respondents as (
      -- Distinct people behind the range's pulse scores, as a lower bound: named answers by author, anonymous ones
      -- only within a round (their keyed hash changes from round to round, so no one is ever counted twice).
      select greatest(
               (select count(distinct l.person) from latest l join rounds r on r.round_id = l.round_id
                 where r.is_pulse and l.is_named and (l.freedom is not null or l.inclusion is not null)),
               (select coalesce(max(a.pulse_people), 0) from answered a join rounds r on r.round_id = a.round_id where r.is_pulse)
             )::int as people
    )
    select to_char(w.week_start, 'YYYY-MM-DD') as week_start, count(*)::int as meetings, count(*) filter (where w.held)::int as checkins_held,
           coalesce(sum(least(w.answers, w.attendees)) filter (where w.held and w.attendees is not null), 0)::int as checkin_answers,
           coalesce(sum(w.attendees) filter (where w.held), 0)::int as checkin_attendees,
           coalesce(sum(w.freedom_sum), 0)::float8 as freedom_sum, coalesce(sum(w.freedom_count), 0)::int as freedom_count,
           coalesce(sum(w.inclusion_sum), 0)::float8 as inclusion_sum, coalesce(sum(w.inclusion_count), 0)::int as inclusion_count,
           coalesce(sum(w.entropy), 0)::float8 as entropy_sum, count(w.entropy)::int as entropy_count,
           coalesce(sum(least(w.heard, w.heard_attendees)) filter (where w.heard is not null and w.heard_attendees is not null), 0)::int as heard,
           coalesce(sum(w.heard_attendees) filter (where w.heard is not null), 0)::int as heard_attendees,
           sum(w.praise_public)::int as praise_public, sum(w.praise_private)::int as praise_private,
           (select people from pulse_respondents) as pulse_respondents
      from speaking w
     group by w.week_start
     order by w.week_start`;
};

export const readTeamWeeks = async (db: Database, tenantId: string, organizerEmails: readonly string[], range: TeamRange): Promise<TeamFigures> => {
  if (organizerEmails.length === 0 || range.to <= range.from) return { weeks: [], pulseRespondents: 0 };
  assertTimeZone(range.timeZone);
  // A year of a large team sorts every answer once (each person's latest): with PostgreSQL's default 4 MB per sort
  // that spills to disk. This statement alone may use more; `set local` ends with its transaction.
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return tx.execute(teamWeeksSql(tenantId, organizerEmails, range));
  });
  const rows = rowsOf<WeekRow>(result);
  return { weeks: rows.map(toWeek), pulseRespondents: rows[0]?.pulse_respondents ?? 0 };
};
