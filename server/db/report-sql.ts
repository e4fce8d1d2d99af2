// SQL pieces the report queries share (server/db/report-*.ts): each person's latest check-in answer, the live
// tracker's talk per person, praise per occurrence. Each is a CTE over the occurrences the query is about, a CTE `k`
// of (n, online_meeting_id, starts_at, ends_at; n numbers the occurrences, ends_at is null for one never recorded),
// so any number of occurrences costs one statement. Every table is joined through its (tenant_id, online_meeting_id,
// start) key once; from there on the occurrence is `n`, so grouping and joining the CTEs compares integers, not
// text. Ids that are grouped or sorted anyway go `collate "C"` (byte order): only their equality matters, and a
// language's collation makes each comparison many times dearer.
import { sql, type SQL } from 'drizzle-orm';
import { listPromptsOfKind } from '../domain/checkin/prompts';

/** Rows of a raw statement: node-postgres and PGlite both answer `{ rows }`. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** The pulse prompts' ids, as a JSON array for `jsonb_array_elements_text`. */
const pulsePromptIds = JSON.stringify(listPromptsOfKind('pulse').map((prompt) => prompt.id));

/** `<table> <alias>` joined to the occurrences in `k` by key (`startColumn`: the table's occurrence start). */
const ofK = (tenantId: string, table: string, alias: string, startColumn: string): SQL => {
  const [t, a, start] = [sql.identifier(table), sql.identifier(alias), sql.identifier(startColumn)];
  return sql`k join ${t} ${a} on ${a}.tenant_id = ${tenantId} and ${a}.online_meeting_id = k.online_meeting_id and ${a}.${start} = k.starts_at`;
};

/**
 * `rounds`: each occurrence's check-in round (held: opened at some point), whether it asked the pulse;
 * `latest`: each person's current answer in those rounds, as the check-in shows it (their newest row, ties by
 * insertion order), with its pulse scores; `person` is the author of a named answer, the keyed hash of an anonymous one;
 * `answered`: per round, the people who answered and the sums of their pulse scores.
 */
export const checkinCtes = (tenantId: string): SQL => sql`
  rounds as (
    select k.n, r.round_id, r.prompt_id,
           r.state <> 'waiting' as held,
           coalesce(r.prompt_id in (select jsonb_array_elements_text(${pulsePromptIds}::jsonb)), false) as is_pulse
      from ${ofK(tenantId, 'checkin_rounds', 'r', 'occurrence_start')}
  ),
  latest as (
    select distinct on (a.round_id, coalesce(a.author_id, a.anonymous_key) collate "C")
           a.round_id, coalesce(a.author_id, a.anonymous_key) collate "C" as person, a.author_id is not null as is_named,
           (a.scales ->> 'freedom')::float8 as freedom, (a.scales ->> 'inclusion')::float8 as inclusion
      from rounds join checkin_answers a on a.tenant_id = ${tenantId} and a.round_id = rounds.round_id
     order by a.round_id, coalesce(a.author_id, a.anonymous_key) collate "C", a.created_at desc, a.seq desc
  ),
  answered as (
    select l.round_id, count(*)::int as answers,
           count(l.freedom)::int as freedom_count, coalesce(sum(l.freedom), 0)::float8 as freedom_sum,
           count(l.inclusion)::int as inclusion_count, coalesce(sum(l.inclusion), 0)::float8 as inclusion_sum,
           count(*) filter (where l.freedom is not null or l.inclusion is not null)::int as pulse_people
      from latest l group by l.round_id
  )`;

/**
 * `talk`: the tracker's talk per participant of each occurrence (ms; a turn still open ends at the occurrence's
 * scheduled end, never before it began) and their first and last moment;
 * `joined`: how many people joined each occurrence's tracker;
 * `tracked`: the occurrences whose tracker was used at all.
 */
export const trackerCtes = (tenantId: string): SQL => sql`
  talk as (
    select k.n, g.participant_id collate "C" as participant_id,
           (extract(epoch from sum(coalesce(g.ended_at, greatest(k.ends_at, g.started_at)) - g.started_at)) * 1000)::float8 as talk_ms,
           min(g.started_at) as first_start, max(coalesce(g.ended_at, greatest(k.ends_at, g.started_at))) as last_end
      from ${ofK(tenantId, 'turn_segments', 'g', 'occurrence_start')}
     group by k.n, g.participant_id collate "C"
  ),
  joined as (
    select k.n, count(*)::int as participants
      from ${ofK(tenantId, 'turn_participants', 'p', 'occurrence_start')}
     group by k.n
  ),
  tracked as (
    select k.n from ${ofK(tenantId, 'turn_trackers', 't', 'occurrence_start')}
    union select n from talk
    union select n from joined
  )`;

/** `praised`: praise given in each occurrence, public and private, and the people praised in public. */
export const praiseCte = (tenantId: string): SQL => sql`
  praised as (
    select k.n,
           count(*) filter (where p.visibility = 'public')::int as public_count,
           count(*) filter (where p.visibility = 'private')::int as private_count,
           to_json(coalesce(array_agg(distinct p.recipient_id collate "C") filter (where p.visibility = 'public' and p.recipient_kind = 'person'), '{}')) as recipients
      from ${ofK(tenantId, 'praise', 'p', 'occurrence_start')}
     group by k.n
  )`;
