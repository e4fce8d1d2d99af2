// The demo's report history (server/demo): seeded in the background of a demo-mode start on PGlite, against the Graph
// emulator, speaking figures through the real ingestion path; a second run adds nothing, and an earlier calendar
// layout's rows are cleared.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { createDemoHistoryStore } from '../../../server/db/demo-history-store';
import { seedReportHistory, type DemoHistorySummary } from '../../../server/demo/seed-report-history';
import { demoHistoryDeps } from '../../../server/demo/start-demo-history';
import { loadConfig } from '../../../server/env';
import { manualTimer } from '../../../server/jobs/transcripts/periodic-job';
import { startRoundtable, type Running } from '../../../server/start';
import { freshPglite } from '../../support/databases';

const WEEK = 7 * 86_400_000;
const STAFF = 'Product staff meeting';
const REVIEW = 'Research and design review';
const STANDUP = 'Platform standup';

let running: Running;
let pglite: PGlite;
let dataDir: string;
let summary: DemoHistorySummary | null;

const rows = async <T>(query: string, params: unknown[] = []): Promise<T[]> => (await pglite.query<T>(query, params)).rows;
/** Per series subject: `select m.subject as subject, …` over a table joined with its meeting. */
const perSeries = async <T>(select: string, from: string, rest = ''): Promise<Record<string, T>> =>
  Object.fromEntries(
    (await rows<{ subject: string; value: T }>(`select m.subject, ${select} as value from ${from} join meetings m using (tenant_id, online_meeting_id) ${rest} group by m.subject`)).map((r) => [r.subject, r.value]),
  );

const graphGet = async (upn: string, path: string): Promise<Response> =>
  fetch(`${running.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await running.emulator!.mintGraphToken(upn)}` } });

const upnOf = (handle: string) => running.emulator!.people.find((p) => p.upn.startsWith(`${handle}@`))!.upn;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'roundtable-demo-history-'));
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  pglite = await freshPglite();
  running = await startRoundtable(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    pglite,
    staticRoot: null,
    jobTimer: manualTimer,
    praiseDelivery: 'manual',
    emulator: { deliverNotifications: false },
    demoHistory: true,
  });
  summary = await running.demoHistory;
}, 180_000);

afterAll(async () => {
  await running?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('[REPORTS]: the demo tenant’s quarter of history', () => {
  it('records three series as their organizers would: sixteen past occurrences each, back more than a quarter', async () => {
    expect(summary).toMatchObject({ series: 3, occurrences: 48, ingested: 48, removed: 0 });
    expect(await perSeries<number>('count(*)::int', 'occurrences')).toEqual({ [STAFF]: 16, [REVIEW]: 16, [STANDUP]: 16 });
    const [oldest] = await rows<{ at: Date }>('select min(starts_at) as at from occurrences');
    expect(oldest!.at.getTime()).toBeLessThanOrEqual(Date.now() - 13 * WEEK);
    expect(await perSeries<string>('min(m.organizer_email)', 'occurrences')).toEqual({ [STAFF]: upnOf('amara.okafor'), [REVIEW]: upnOf('priya.raman'), [STANDUP]: upnOf('kwame.asante') });
  });

  it('stores speaking figures computed by the real ingestion path from the emulator’s transcripts and attendance', async () => {
    const states = await perSeries<string>("string_agg(s.state || '=' || n, ',' order by s.state)", '(select tenant_id, online_meeting_id, state, count(*) as n from speaking_occurrences group by 1, 2, 3) s');
    expect(states).toEqual({ [STAFF]: 'no_transcript=3,ready=13', [REVIEW]: 'no_transcript=2,ready=14', [STANDUP]: 'no_transcript=16' });
    expect(await rows("select distinct roster from speaking_occurrences where state = 'ready'")).toEqual([{ roster: 'attendance' }]);
    // The transcript stored is the one the organizer downloads from Graph, byte for byte.
    const [stored] = await rows<{ online_meeting_id: string; transcript_id: string; content_sha256: string }>(
      `select t.online_meeting_id, t.transcript_id, t.content_sha256 from speaking_transcripts t join meetings m using (tenant_id, online_meeting_id) where m.subject = $1 order by t.starts_at limit 1`,
      [STAFF],
    );
    const vtt = await (await graphGet(upnOf('amara.okafor'), `/me/onlineMeetings/${stored!.online_meeting_id}/transcripts/${stored!.transcript_id}/content?$format=text/vtt`)).text();
    expect(createHash('sha256').update(vtt).digest('hex')).toBe(stored!.content_sha256);
  });

  it('tells its story in the speaking figures: one voice dominates the staff meeting, the design review is balanced', async () => {
    const ready = "where s.state = 'ready'";
    expect((await perSeries<number>('min(s.top_share)', 'speaking_occurrences s', ready))[STAFF]).toBeGreaterThan(0.7);
    expect((await perSeries<number>('max(s.top_share)', 'speaking_occurrences s', ready))[REVIEW]).toBeLessThan(0.4);
    expect((await perSeries<number>('min(s.entropy)', 'speaking_occurrences s', ready))[REVIEW]).toBeGreaterThan(0.9);
    const [leader] = await rows<{ name: string }>(
      `select p.name from speaking_people p join meetings m using (tenant_id, online_meeting_id) where m.subject = $1 and p.position = 0 group by p.name`,
      [STAFF],
    );
    expect(leader).toEqual({ name: 'Amara Okafor' });
  });

  it('holds closed check-in rounds across the quarter, named and anonymous, each answered by people who attended', async () => {
    expect(await perSeries<number>('count(*)::int', 'checkin_rounds')).toEqual({ [STAFF]: 16, [REVIEW]: 16, [STANDUP]: 13 });
    expect(await rows("select distinct state from checkin_rounds")).toEqual([{ state: 'closed' }]);
    const answers = await rows<{ anonymous: boolean; author_id: string | null; anonymous_key: string | null; at: Date; starts_at: Date; ends_at: Date }>(
      `select r.anonymous, a.author_id, a.anonymous_key, a.created_at as at, o.starts_at, o.ends_at from checkin_answers a
         join checkin_rounds r using (tenant_id, round_id)
         join occurrences o on o.tenant_id = r.tenant_id and o.online_meeting_id = r.online_meeting_id and o.starts_at = r.occurrence_start`,
    );
    expect(answers.length).toBeGreaterThan(150);
    expect(answers.some((a) => a.anonymous) && answers.some((a) => !a.anonymous)).toBe(true);
    expect(answers.every((a) => (a.anonymous ? a.author_id === null && a.anonymous_key !== null : a.author_id !== null && a.anonymous_key === null))).toBe(true);
    expect(answers.every((a) => a.at >= a.starts_at && a.at < a.ends_at)).toBe(true);
  });

  it('asks the freedom/inclusion pulse with five or more answers in some occurrences and fewer in others', async () => {
    const pulse = await rows<{ subject: string; n: number }>(
      `select m.subject, count(distinct coalesce(a.author_id, a.anonymous_key))::int as n from checkin_rounds r
         join meetings m using (tenant_id, online_meeting_id) join checkin_answers a using (tenant_id, round_id)
        where r.prompt_id like 'pulse.%' group by m.subject, r.round_id`,
    );
    expect(pulse.filter((p) => p.n >= 5).length).toBeGreaterThanOrEqual(10);
    expect(pulse.filter((p) => p.n < 5).length).toBeGreaterThanOrEqual(2);
    const scales = await rows<{ scales: Record<string, number> }>(`select a.scales from checkin_answers a join checkin_rounds r using (tenant_id, round_id) where r.prompt_id like 'pulse.%'`);
    expect(scales.every(({ scales: s }) => Object.keys(s).sort().join() === 'freedom,inclusion' && Object.values(s).every((v) => v >= 1 && v <= 5))).toBe(true);
  });

  it('shows the staff meeting’s check-in participation falling over the last month', async () => {
    const perRound = await rows<{ n: number }>(
      `select count(a.*)::int as n from checkin_rounds r join meetings m using (tenant_id, online_meeting_id)
         left join checkin_answers a using (tenant_id, round_id) where m.subject = $1 group by r.occurrence_start order by r.occurrence_start`,
      [STAFF],
    );
    const mean = (list: { n: number }[]) => list.reduce((sum, r) => sum + r.n, 0) / list.length;
    expect(mean(perRound.slice(-4))).toBeLessThan(0.6 * mean(perRound.slice(0, -4)));
  });

  it('has public and private praise, delivered, the public praise concentrated in the staff meeting and spread in the review', async () => {
    const kinds = await rows<{ visibility: string; recipient_kind: string; kind: string; state: string; on_target: boolean }>(
      `select p.visibility, p.recipient_kind, j.kind, j.state,
              j.target = case when j.kind = 'chat_post' then m.chat_id else p.recipient_id end as on_target
         from praise p join praise_delivery_jobs j using (tenant_id, praise_id) join meetings m using (tenant_id, online_meeting_id)`,
    );
    expect(kinds.some((k) => k.visibility === 'public') && kinds.some((k) => k.visibility === 'private') && kinds.some((k) => k.recipient_kind === 'team')).toBe(true);
    expect(kinds.every((k) => k.state === 'delivered' && k.on_target && (k.kind === 'chat_post') === (k.visibility === 'public'))).toBe(true);
    const spread = await perSeries<number>("count(distinct p.recipient_id) filter (where p.visibility = 'public')::int", 'praise p');
    expect(spread[STAFF]).toBeLessThanOrEqual(3);
    expect(spread[REVIEW]).toBeGreaterThanOrEqual(5);
  });

  it('gives each praise its giver’s own event id of the occurrence', async () => {
    const [given] = await rows<{ giver_event_id: string; giver_id: string; subject: string }>(
      `select p.giver_event_id, p.giver_id, m.subject from praise p join meetings m using (tenant_id, online_meeting_id) where p.giver_name = 'Priya Raman' and m.subject = $1 limit 1`,
      [STAFF],
    );
    const event = (await (await graphGet(upnOf('priya.raman'), `/me/events/${given!.giver_event_id}`)).json()) as { subject: string; isOrganizer: boolean };
    expect(event).toMatchObject({ subject: STAFF, isOrganizer: false });
  });

  it('ran the live turn tracker only where Teams had no transcript, its turns one after the other within the meeting', async () => {
    const tracked = await perSeries<number>('count(*)::int', 'turn_trackers t', `join speaking_occurrences s on s.tenant_id = t.tenant_id and s.online_meeting_id = t.online_meeting_id and s.starts_at = t.occurrence_start and s.state = 'no_transcript'`);
    expect(tracked).toEqual({ [STAFF]: 2, [REVIEW]: 2, [STANDUP]: 6 });
    expect(await rows('select count(*)::int as n from turn_trackers')).toEqual([{ n: 10 }]);
    const turns = await rows<{ key: string; started_at: Date; ended_at: Date; starts_at: Date; ends_at: Date }>(
      `select t.online_meeting_id || t.occurrence_start as key, t.started_at, t.ended_at, o.starts_at, o.ends_at from turn_segments t
         join occurrences o on o.tenant_id = t.tenant_id and o.online_meeting_id = t.online_meeting_id and o.starts_at = t.occurrence_start order by t.seq`,
    );
    expect(turns.every((t, i) => t.started_at >= t.starts_at && t.ended_at <= t.ends_at && t.ended_at >= t.started_at && (i === 0 || turns[i - 1]!.key !== t.key || turns[i - 1]!.ended_at <= t.started_at))).toBe(true);
  });
});

describe('[REPORTS]: seeding the demo history again', () => {
  const TABLES = ['meetings', 'occurrences', 'users', 'speaking_occurrences', 'speaking_transcripts', 'speaking_people', 'checkin_rounds', 'checkin_answers', 'praise', 'praise_delivery_jobs', 'praise_rounds', 'turn_trackers', 'turn_participants', 'turn_segments'];
  const countAll = async (): Promise<Record<string, number>> =>
    Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, (await rows<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n] as const)));
  const seedAgain = async (signal?: AbortSignal) => {
    const { db } = await openDatabase({ pglite });
    const { emulator, deps } = running;
    const historyDeps = demoHistoryDeps({ db, emulator: emulator!, graph: deps.graph, store: deps.store, clock: deps.clock, anonymousAnswerKey: deps.anonymousAnswerKey });
    return { db, result: await seedReportHistory(historyDeps, signal ? { signal } : {}) };
  };

  it('stops at once when the server stops (an aborted run)', async () => {
    const before = await countAll();
    await expect(seedAgain(AbortSignal.abort())).rejects.toThrow(/abort/i);
    expect(await countAll()).toEqual(before);
  });

  it('adds nothing (a restart with the same data folder)', async () => {
    const before = await countAll();
    const { result } = await seedAgain();
    expect(result).toEqual({ series: 3, occurrences: 48, ingested: 0, rounds: 0, praise: 0, trackers: 0, removed: 0 });
    expect(await countAll()).toEqual(before);
  });

  it('clears what an earlier calendar layout left, so no meeting is counted twice', async () => {
    const before = await countAll();
    const [staff] = await rows<{ tenant_id: string; online_meeting_id: string; starts_at: Date; ends_at: Date }>(
      `select o.tenant_id, o.online_meeting_id, o.starts_at, o.ends_at from occurrences o join meetings m using (tenant_id, online_meeting_id) where m.subject = $1 order by o.starts_at limit 1`,
      [STAFF],
    );
    const { db } = await openDatabase({ pglite });
    const moved = { tenantId: staff!.tenant_id, onlineMeetingId: staff!.online_meeting_id, occurrenceStart: new Date(staff!.starts_at.getTime() - 86_400_000) };
    await running.deps.store.meetings.upsertOccurrence({ tenantId: moved.tenantId, onlineMeetingId: moved.onlineMeetingId, startsAt: moved.occurrenceStart, endsAt: new Date(staff!.ends_at.getTime() - 86_400_000) });
    const history = createDemoHistoryStore(db);
    await history.addRound({ ...moved, roundId: '00000000-0000-4000-8000-000000000001', question: { promptId: 'mood.weather', customQuestion: null, anonymous: false }, revealed: false, openedAt: moved.occurrenceStart, closedAt: moved.occurrenceStart }, []);
    await history.addTrackerSession({ ...moved, mode: 'self', joined: [], turns: [] });
    expect((await countAll()).occurrences).toBe((before.occurrences ?? 0) + 1);
    const { result } = await seedAgain();
    expect(result.removed).toBe(1);
    expect(await countAll()).toEqual(before);
  });
});
