// One meeting view's stored facts: the transcript's people and timeline, the live tracker's turns, the check-in as
// the meeting saw it and the public praise. One occurrence, so a few small statements; the check-in answers go
// through the check-in's own store and its visibility rule (checkin-round.ts), so the report never shows more than
// the meeting did.
import { and, asc, eq, sql } from 'drizzle-orm';
import { visibleAnswers } from '../domain/checkin-round';
import type { OccurrenceKey } from '../domain/reports/inputs';
import type { TimelineTurn } from '../domain/reports/types';
import type { SpeakingState } from '../domain/speakers/types';
import type { DetailSpeaker, DetailSpeaking, MeetingDetailRecord } from '../services/report-ports';
import { createCheckinStore } from './checkin-store';
import type { Database } from './client';
import { rowsOf } from './report-sql';
import { praise } from './tables';

type TranscriptRow = {
  ends_at: string | null;
  state: SpeakingState | null;
  duration_ms: number | null;
  people: DetailSpeaker[];
  person_keys: string[] | null;
  turn_people: number[] | null;
  turn_starts_ms: number[] | null;
  turn_ends_ms: number[] | null;
};

type Segment = { participantId: string; name: string; startMs: number; endMs: number };
type TrackerRow = { is_tracked: boolean; segments: Segment[]; joined: Array<{ participantId: string; name: string }> };

/** `alias.tenant_id = … and alias.online_meeting_id = … and alias.<start column> = …`: the occurrence in a table. */
const occurrenceIn = (tenantId: string, onlineMeetingId: string, startsAt: string) => (alias: string, startColumn = 'starts_at') =>
  sql`${sql.identifier(alias)}.tenant_id = ${tenantId} and ${sql.identifier(alias)}.online_meeting_id = ${onlineMeetingId}
      and ${sql.identifier(alias)}.${sql.identifier(startColumn)} = ${startsAt}::timestamptz`;

const readTranscript = async (db: Database, tenantId: string, onlineMeetingId: string, startsAt: string) => {
  const at = occurrenceIn(tenantId, onlineMeetingId, startsAt);
  const [row] = rowsOf<TranscriptRow>(
    await db.execute(sql`
      select (select o.ends_at from occurrences o where ${at('o')}) as ends_at, s.state, s.duration_ms::float8 as duration_ms,
             coalesce((select json_agg(json_build_object('key', p.person_key, 'name', p.name, 'userId', p.user_id, 'email', p.email,
                         'talkMs', p.talk_ms, 'share', p.share, 'turns', p.turns, 'longestTurnMs', p.longest_turn_ms) order by p.position)
                         from speaking_people p where ${at('p')}), '[]'::json) as people,
             to_json(t.person_keys) as person_keys, to_json(t.turn_people) as turn_people,
             to_json(t.turn_starts_ms) as turn_starts_ms, to_json(t.turn_ends_ms) as turn_ends_ms
        from (select 1) as one
        left join speaking_occurrences s on ${at('s')}
        left join speaking_timelines t on ${at('t')}`),
  );
  return row;
};

const timelineOf = (row: TranscriptRow, people: DetailSpeaker[]): TimelineTurn[] => {
  const indexOf = new Map(people.map((person, index) => [person.key, index]));
  const keys = row.person_keys ?? [];
  return (row.turn_people ?? []).flatMap((personIndex, i): TimelineTurn[] => {
    const person = indexOf.get(keys[personIndex] ?? '');
    return person === undefined ? [] : [{ person, startMs: row.turn_starts_ms?.[i] ?? 0, endMs: row.turn_ends_ms?.[i] ?? 0 }];
  });
};

const readTracker = async (db: Database, tenantId: string, onlineMeetingId: string, startsAt: string): Promise<DetailSpeaking | null> => {
  const at = occurrenceIn(tenantId, onlineMeetingId, startsAt);
  const [row] = rowsOf<TrackerRow>(
    await db.execute(sql`
      with seg as (
        select g.seq, g.participant_id, g.participant_name, g.started_at,
               coalesce(g.ended_at, greatest((select o.ends_at from occurrences o where ${at('o')}), g.started_at)) as ended_at
          from turn_segments g where ${at('g', 'occurrence_start')}
      )
      select exists (select 1 from turn_trackers t where ${at('t', 'occurrence_start')}) as is_tracked,
             coalesce((select json_agg(json_build_object('participantId', participant_id, 'name', participant_name,
                         'startMs', round(extract(epoch from started_at - ${startsAt}::timestamptz) * 1000),
                         'endMs', round(extract(epoch from ended_at - ${startsAt}::timestamptz) * 1000)) order by seq) from seg), '[]'::json) as segments,
             coalesce((select json_agg(json_build_object('participantId', p.participant_id, 'name', p.participant_name) order by p.joined_at, p.participant_id)
                         from turn_participants p where ${at('p', 'occurrence_start')}), '[]'::json) as joined`),
  );
  if (!row || (!row.is_tracked && row.segments.length === 0 && row.joined.length === 0)) return null;
  // The tracker knows people by their e-mail address in lower case (domain/turns/participants.ts).
  const byId = new Map<string, DetailSpeaker>();
  const personOf = (participantId: string, name: string): DetailSpeaker => {
    const known = byId.get(participantId) ?? { key: participantId, name, userId: null, email: participantId, talkMs: 0, share: 0, turns: 0, longestTurnMs: 0 };
    byId.set(participantId, known);
    return known;
  };
  for (const person of row.joined) personOf(person.participantId, person.name);
  for (const segment of row.segments) {
    const person = personOf(segment.participantId, segment.name);
    person.talkMs += segment.endMs - segment.startMs;
    person.turns += 1;
    person.longestTurnMs = Math.max(person.longestTurnMs, segment.endMs - segment.startMs);
  }
  const total = [...byId.values()].reduce((sum, person) => sum + person.talkMs, 0);
  const people = [...byId.values()]
    .map((person) => ({ ...person, share: total > 0 ? person.talkMs / total : 0 }))
    .sort((a, b) => b.talkMs - a.talkMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const indexOf = new Map(people.map((person, index) => [person.key, index]));
  const timeline = row.segments.map((segment) => ({ person: indexOf.get(segment.participantId) ?? 0, startMs: segment.startMs, endMs: segment.endMs }));
  return { people, timeline };
};

const readCheckin = async (db: Database, tenantId: string, onlineMeetingId: string, startsAt: Date): Promise<MeetingDetailRecord['checkin']> => {
  const checkin = createCheckinStore(db);
  const stored = await checkin.findRound(tenantId, onlineMeetingId, startsAt);
  if (!stored) return null;
  const current = (await checkin.currentAnswers(tenantId, stored.roundId)).map(({ answer }) => answer);
  const answers = visibleAnswers(current, stored.round, stored.question.anonymous);
  const anonymousOf = (list: typeof current) => list.filter((answer) => answer.author === null).length;
  return {
    question: { promptId: stored.question.promptId, customQuestion: stored.question.customQuestion },
    anonymous: stored.question.anonymous,
    state: stored.round.state,
    revealed: stored.round.revealed,
    answers,
    hiddenAnonymous: anonymousOf(current) - anonymousOf(answers),
  };
};

const readPublicPraise = async (db: Database, tenantId: string, onlineMeetingId: string, startsAt: Date): Promise<MeetingDetailRecord['praise']> => {
  const rows = await db
    .select()
    .from(praise)
    .where(and(eq(praise.tenantId, tenantId), eq(praise.onlineMeetingId, onlineMeetingId), eq(praise.occurrenceStart, startsAt), eq(praise.visibility, 'public')))
    .orderBy(asc(praise.createdAt), asc(praise.praiseId));
  return rows.map((row) => ({ giver: row.giverName, recipient: row.recipientName, valueLabel: row.valueLabel, message: row.message, at: row.createdAt.toISOString() }));
};

export const readMeetingDetail = async (db: Database, tenantId: string, key: OccurrenceKey): Promise<MeetingDetailRecord> => {
  const startsAt = new Date(key.startsAt);
  const iso = startsAt.toISOString();
  const row = await readTranscript(db, tenantId, key.onlineMeetingId, iso);
  const tracker = await readTracker(db, tenantId, key.onlineMeetingId, iso);
  const checkin = await readCheckin(db, tenantId, key.onlineMeetingId, startsAt);
  const praiseRows = await readPublicPraise(db, tenantId, key.onlineMeetingId, startsAt);
  const people = row?.state === 'ready' ? row.people : [];
  return {
    key: { onlineMeetingId: key.onlineMeetingId, startsAt: iso },
    endsAt: row?.ends_at ? new Date(row.ends_at).toISOString() : null,
    transcript: row?.state ? { state: row.state, durationMs: row.duration_ms, people, timeline: row.state === 'ready' ? timelineOf(row, people) : [] } : null,
    tracker,
    checkin,
    praise: praiseRows,
  };
};
