// The report's figures of many occurrences at once (the meetings table of a quarter, a series' trend), in one SQL
// statement whatever their number: the keys travel as one JSON parameter, every aggregate (latest answer per person,
// pulse averages, tracker talk per person, praise counts) is computed by PostgreSQL, and JavaScript only shapes one
// row per occurrence.
import { sql, type SQL } from 'drizzle-orm';
import type { OccurrenceFigures, OccurrenceKey } from '../domain/reports/inputs';
import { occurrenceKeyString } from '../services/report-ports';
import type { Database } from './client';
import { checkinCtes, praiseCte, rowsOf, trackerCtes } from './report-sql';

type FiguresRow = {
  online_meeting_id: string;
  starts_at: string;
  held: boolean | null;
  prompt_id: string | null;
  is_pulse: boolean | null;
  answers: number | null;
  pulse_people: number | null;
  freedom: number | null;
  inclusion: number | null;
  speaking_state: OccurrenceFigures['transcript']['state'];
  duration_ms: number | null;
  entropy: number | null;
  top_share: number | null;
  people_counted: number | null;
  people_heard: number | null;
  roster: OccurrenceFigures['transcript']['roster'];
  is_tracked: boolean;
  participants: number | null;
  talk: number[] | null;
  first_start_ms: number | null;
  last_end_ms: number | null;
  public_count: number | null;
  private_count: number | null;
  recipients: string[] | null;
};

const toFigures = (row: FiguresRow): OccurrenceFigures => ({
  key: { onlineMeetingId: row.online_meeting_id, startsAt: new Date(row.starts_at).toISOString() },
  checkin: {
    held: row.held ?? false,
    answers: row.answers ?? 0,
    promptId: row.prompt_id,
    pulse: row.is_pulse ? { people: row.pulse_people ?? 0, freedom: row.freedom, inclusion: row.inclusion } : null,
  },
  transcript: {
    state: row.speaking_state,
    durationMs: row.duration_ms,
    entropy: row.entropy,
    topShare: row.top_share,
    peopleCounted: row.people_counted,
    peopleHeard: row.people_heard,
    roster: row.roster,
  },
  tracker: row.is_tracked
    ? { participants: row.participants ?? 0, talkMs: row.talk ?? [], firstStartMs: row.first_start_ms, lastEndMs: row.last_end_ms }
    : null,
  praise: { public: row.public_count ?? 0, private: row.private_count ?? 0, publicRecipients: row.recipients ?? [] },
});

/** The statement (exported so the benchmark can EXPLAIN it). */
export const occurrenceFiguresSql = (tenantId: string, keys: readonly OccurrenceKey[]): SQL => {
  const keysJson = JSON.stringify(keys.map((key) => ({ online_meeting_id: key.onlineMeetingId, starts_at: new Date(key.startsAt).toISOString() })));
  return sql`
    with k as (
      select (row_number() over ())::int as n, keys.online_meeting_id, keys.starts_at, o.ends_at
        from (select distinct online_meeting_id, starts_at
                from jsonb_to_recordset(${keysJson}::jsonb) as given(online_meeting_id text, starts_at timestamptz)) as keys
        left join occurrences o on o.tenant_id = ${tenantId} and o.online_meeting_id = keys.online_meeting_id and o.starts_at = keys.starts_at
    ),
    ${checkinCtes(tenantId)},
    ${trackerCtes(tenantId)},
    ${praiseCte(tenantId)},
    tracker as (
      select t.n, json_agg(round(t.talk_ms) order by t.talk_ms desc, t.participant_id) as talk,
             (extract(epoch from min(t.first_start)) * 1000)::float8 as first_start_ms,
             (extract(epoch from max(t.last_end)) * 1000)::float8 as last_end_ms
        from talk t group by t.n
    )
    select k.online_meeting_id, k.starts_at,
           r.held, r.prompt_id, r.is_pulse,
           a.answers, a.pulse_people,
           a.freedom_sum / nullif(a.freedom_count, 0) as freedom, a.inclusion_sum / nullif(a.inclusion_count, 0) as inclusion,
           s.state as speaking_state, s.duration_ms::float8 as duration_ms, s.entropy, s.top_share, s.people_counted, s.people_heard, s.roster,
           tracked.n is not null as is_tracked, j.participants, tr.talk, tr.first_start_ms, tr.last_end_ms,
           p.public_count, p.private_count, p.recipients
      from k
      left join rounds r on r.n = k.n
      left join answered a on a.round_id = r.round_id
      left join speaking_occurrences s on s.tenant_id = ${tenantId} and s.online_meeting_id = k.online_meeting_id and s.starts_at = k.starts_at
      left join tracked on tracked.n = k.n
      left join joined j on j.n = k.n
      left join tracker tr on tr.n = k.n
      left join praised p on p.n = k.n
     where k.ends_at is not null or r.round_id is not null or s.state is not null or tracked.n is not null or p.n is not null`;
};

export const readOccurrenceFigures = async (db: Database, tenantId: string, keys: readonly OccurrenceKey[]): Promise<Map<string, OccurrenceFigures>> => {
  if (keys.length === 0) return new Map();
  const result = await db.execute(occurrenceFiguresSql(tenantId, keys));
  return new Map(rowsOf<FiguresRow>(result).map((row) => {
    const figures = toFigures(row);
    return [occurrenceKeyString(figures.key), figures];
  }));
};
