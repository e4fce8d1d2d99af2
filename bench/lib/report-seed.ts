// Seeds a tenant with a year of meetings for the report benchmark (bench/report-aggregation.ts), set-based: a few
// INSERT … SELECT over generate_series, so seeding 100,000 rows takes seconds on PGlite as on PostgreSQL.
// Shape: SERIES weekly series of WEEKS occurrences each, organized by ORGANIZERS people; per occurrence a check-in
// round (a third of them the pulse, a quarter anonymous) with 4 people answering and one of them editing, one praise,
// and either an ingested transcript (4 in 5: 3 people counted, and a timeline) or the live tracker (4 participants,
// 8 turns, the last one left open).
import { sql } from 'drizzle-orm';
import type { Database } from '../../server/db/client';

export const SEED = { tenantId: 'bench-tenant', series: 480, weeks: 25, organizers: 120, firstWeek: '2026-01-05T09:00:00Z' } as const;

export const organizerEmail = (index: number): string => `organizer${index}@contoso.example`;

/** Every statement of the seed, in order (each one set-based). */
const statements = (tenantId: string) => [
  // A database given with BENCH_DATABASE_URL may hold an earlier run's seed: only the bench tenant's rows go.
  ...['checkin_answers', 'checkin_rounds', 'praise', 'turn_segments', 'turn_participants', 'turn_trackers', 'tenants'].map(
    (table) => sql`delete from ${sql.identifier(table)} where tenant_id = ${tenantId}`,
  ),
  sql`insert into tenants (tenant_id) values (${tenantId})`,
  sql`insert into meetings (tenant_id, online_meeting_id, join_url, organizer_email, subject)
      select ${tenantId}, 'meeting-' || s, 'https://teams.microsoft.com/l/meetup-join/' || s, 'Organizer' || (s % ${SEED.organizers}) || '@contoso.example', 'Series ' || s
        from generate_series(0, ${SEED.series - 1}) as s`,
  sql`insert into occurrences (tenant_id, online_meeting_id, starts_at, ends_at)
      select ${tenantId}, 'meeting-' || s, t, t + interval '1 hour'
        from generate_series(0, ${SEED.series - 1}) as s, generate_series(0, ${SEED.weeks - 1}) as w,
             lateral (select ${SEED.firstWeek}::timestamptz + w * interval '7 days' + (s % 5) * interval '1 day' + (s % 8) * interval '1 hour' as t) as slot`,
  sql`insert into checkin_rounds (tenant_id, online_meeting_id, occurrence_start, prompt_id, anonymous, state, revealed)
      select o.tenant_id, o.online_meeting_id, o.starts_at,
             case when split_part(o.online_meeting_id, '-', 2)::int % 3 = 0 then 'pulse.freedomInclusion' else 'mood.weather' end,
             split_part(o.online_meeting_id, '-', 2)::int % 4 = 0, 'closed', split_part(o.online_meeting_id, '-', 2)::int % 4 = 0
        from occurrences o where o.tenant_id = ${tenantId}`,
  sql`insert into checkin_answers (tenant_id, round_id, author_id, author_name, anonymous_key, submission_id, text, scales, created_at)
      select r.tenant_id, r.round_id,
             case when r.anonymous then null else 'user-' || ((hashtext(r.online_meeting_id) & 1023) + p) end,
             case when r.anonymous then null else 'Person ' || ((hashtext(r.online_meeting_id) & 1023) + p) end,
             case when r.anonymous then md5(r.round_id::text || p) end,
             gen_random_uuid(),
             case when r.prompt_id like 'mood.%' then 'Sunny ' || edit end,
             case when r.prompt_id like 'pulse.%' then jsonb_build_object('freedom', 1 + (p + edit + extract(week from r.occurrence_start)::int) % 5, 'inclusion', 1 + (2 * p + edit) % 5) end,
             r.occurrence_start + p * interval '1 minute' + edit * interval '10 minutes'
        from checkin_rounds r, generate_series(0, 3) as p, generate_series(0, 1) as edit
       where r.tenant_id = ${tenantId} and (edit = 0 or p = 0)`,
  sql`insert into speaking_occurrences (tenant_id, online_meeting_id, starts_at, state, duration_ms, unattributed_ms, entropy, gini, turn_cv, top_share, roster, people_counted, people_heard, inputs_hash, ingested_at)
      select o.tenant_id, o.online_meeting_id, o.starts_at, 'ready', 3000000, 0, 0.8 + (extract(week from o.starts_at)::int % 10) / 100.0, 0.2, 0.3, 0.5, 'attendance', 3, 2, 'seed', now()
        from occurrences o where o.tenant_id = ${tenantId} and (hashtext(o.online_meeting_id) + extract(week from o.starts_at)::int) % 5 <> 0`,
  sql`insert into speaking_people (tenant_id, online_meeting_id, starts_at, person_key, position, name, user_id, email, talk_ms, share, turns, longest_turn_ms, backchannels, is_guest, is_ambiguous)
      select s.tenant_id, s.online_meeting_id, s.starts_at, 'user:user-' || p, p, 'Person ' || p, 'user-' || p, 'user-' || p || '@contoso.example',
             (3 - p) * 500000, (3 - p) / 6.0, 5 - p, 120000, 1, false, false
        from speaking_occurrences s, generate_series(0, 2) as p where s.tenant_id = ${tenantId}`,
  sql`insert into speaking_timelines (tenant_id, online_meeting_id, starts_at, person_keys, turn_people, turn_starts_ms, turn_ends_ms)
      select s.tenant_id, s.online_meeting_id, s.starts_at, array['user:user-0', 'user:user-1', 'user:user-2'],
             array(select i % 3 from generate_series(0, 59) as i), array(select i * 50000 from generate_series(0, 59) as i), array(select i * 50000 + 45000 from generate_series(0, 59) as i)
        from speaking_occurrences s where s.tenant_id = ${tenantId}`,
  sql`insert into turn_trackers (tenant_id, online_meeting_id, occurrence_start)
      select o.tenant_id, o.online_meeting_id, o.starts_at from occurrences o
       where o.tenant_id = ${tenantId} and (hashtext(o.online_meeting_id) + extract(week from o.starts_at)::int) % 5 = 0`,
  sql`insert into turn_participants (tenant_id, online_meeting_id, occurrence_start, participant_id, participant_name, joined_at)
      select t.tenant_id, t.online_meeting_id, t.occurrence_start, 'user-' || p || '@contoso.example', 'Person ' || p, t.occurrence_start
        from turn_trackers t, generate_series(0, 3) as p where t.tenant_id = ${tenantId}`,
  sql`insert into turn_segments (tenant_id, online_meeting_id, occurrence_start, participant_id, participant_name, started_at, ended_at)
      select t.tenant_id, t.online_meeting_id, t.occurrence_start, 'user-' || (i % 3) || '@contoso.example', 'Person ' || (i % 3),
             t.occurrence_start + i * interval '5 minutes', case when i < 7 then t.occurrence_start + i * interval '5 minutes' + interval '4 minutes' end
        from turn_trackers t, generate_series(0, 7) as i where t.tenant_id = ${tenantId} order by t.occurrence_start, i`,
  sql`insert into praise (tenant_id, praise_id, online_meeting_id, occurrence_start, event_subject, giver_event_id, giver_id, giver_name, recipient_kind, recipient_id, recipient_name, value_id, value_label, message, requested_visibility, visibility, created_at)
      select o.tenant_id, gen_random_uuid(), o.online_meeting_id, o.starts_at, 'Series', 'AAMk', 'user-9', 'Person 9', 'person',
             'user-' || (extract(week from o.starts_at)::int % 4), 'Person', 'care', 'Care', 'Thank you',
             v, v, o.starts_at + interval '50 minutes'
        from occurrences o, lateral (select case when extract(week from o.starts_at)::int % 3 = 0 then 'private' else 'public' end as v) as visibility
       where o.tenant_id = ${tenantId}`,
  sql`analyze`,
];

export const seedReports = async (db: Database, tenantId: string = SEED.tenantId): Promise<void> => {
  for (const statement of statements(tenantId)) await db.execute(statement);
};
