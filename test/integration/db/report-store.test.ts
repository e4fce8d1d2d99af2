// The leader reports' storage reads, on PGlite and on PostgreSQL: per-occurrence figures, "my team" per week and one
// meeting's detail, each computed in SQL from what the check-in, the speaking figures, the tracker and praise stored.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import { praise, turnParticipants, turnSegments, turnTrackers } from '../../../server/db/tables';
import type { PersonFigures } from '../../../server/domain/speakers/types';
import type { Store } from '../../../server/services/ports';
import { occurrenceKeyString } from '../../../server/services/report-ports';
import type { OccurrenceSpeakingRecord } from '../../../server/services/speaking-ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const WEEKLY = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';
const CRITIQUE = 'MSoyZGVzaWduLWNyaXRpcXVlLXNlcmllcw';
const OUTSIDE = 'MSozb3V0c2lkZS10aGUtdGVhbQ';
const HOUR = 3_600_000;
/** Monday 2 November 2026, 09:00 UTC. */
const MONDAY = Date.parse('2026-11-02T09:00:00Z');
const day = (n: number, hour = 9) => new Date(MONDAY + n * 86_400_000 + (hour - 9) * HOUR);
const key = (onlineMeetingId: string, startsAt: Date) => ({ onlineMeetingId, startsAt: startsAt.toISOString() });

const person = (userId: string, talkMs: number, share: number, turns: number): PersonFigures => ({
  personKey: `user:${userId}`,
  name: userId,
  userId,
  email: `${userId}@contoso.example`,
  talkMs,
  share,
  turns,
  longestTurnMs: talkMs,
  backchannels: 0,
  isGuest: false,
  isAmbiguous: false,
});

const transcriptRecord = (onlineMeetingId: string, startsAt: Date, overrides: Partial<OccurrenceSpeakingRecord> = {}): OccurrenceSpeakingRecord => ({
  tenantId: TENANT,
  onlineMeetingId,
  startsAt,
  state: 'ready',
  reason: null,
  figures: {
    durationMs: 2_400_000,
    unattributedMs: 0,
    balance: { entropy: 0.9, gini: 0.2, turnCv: 0.3, topShare: 0.6 },
    roster: 'attendance',
    peopleCounted: 6,
    peopleHeard: 4,
    people: [person('lucia', 60_000, 0.6, 2), person('hiroshi', 40_000, 0.4, 1), person('aroha', 0, 0, 0)],
  },
  transcripts: [],
  timeline: [
    { personKey: 'user:lucia', startMs: 5_000, endMs: 35_000 },
    { personKey: 'user:hiroshi', startMs: 36_000, endMs: 76_000 },
    { personKey: 'user:lucia', startMs: 80_000, endMs: 110_000 },
  ],
  inputsHash: `hash-${onlineMeetingId}-${startsAt.toISOString()}`,
  ingestedAt: new Date('2026-11-20T00:00:00Z'),
  ...overrides,
});

describe.each(databaseKinds)('report store on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  const addMeeting = async (onlineMeetingId: string, organizerEmail: string, starts: Date[], tenantId = TENANT) => {
    await store.meetings.upsert({ tenantId, onlineMeetingId, chatId: null, joinUrl: `https://teams.microsoft.com/l/meetup-join/${onlineMeetingId}`, organizerEmail, subject: onlineMeetingId, iCalUId: null });
    for (const startsAt of starts) await store.meetings.upsertOccurrence({ tenantId, onlineMeetingId, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) });
  };

  /** A round in the state given, its answers added in order: [author id or anonymous key, scales or text]. */
  const addRound = async (
    onlineMeetingId: string,
    startsAt: Date,
    question: { promptId: string | null; anonymous: boolean },
    answers: Array<[string, Record<string, number> | string]>,
    round: { state?: 'waiting' | 'open' | 'closed'; revealed?: boolean } = {},
    tenantId = TENANT,
  ) => {
    const stored = await store.checkin.ensureRound(tenantId, onlineMeetingId, startsAt, { ...question, customQuestion: question.promptId ? null : 'How are you arriving?' });
    // Answers are taken while the round is open; then it moves to the state given.
    await store.checkin.updateRound(tenantId, stored.roundId, { ...stored.round, state: 'open' });
    for (const [who, answer] of answers) {
      const added = await store.checkin.addAnswer({
        tenantId,
        roundId: stored.roundId,
        submissionId: randomUUID(),
        author: question.anonymous ? null : { id: who, name: `Name of ${who}` },
        anonymousKey: question.anonymous ? `hmac-${who}` : null,
        text: typeof answer === 'string' ? answer : null,
        scales: typeof answer === 'string' ? null : answer,
      });
      expect(added).not.toHaveProperty('refused');
    }
    await store.checkin.updateRound(tenantId, stored.roundId, { ...stored.round, state: round.state ?? 'closed', revealed: round.revealed ?? false });
  };

  const addPraise = async (onlineMeetingId: string, startsAt: Date, visibility: 'public' | 'private', recipientId: string | null, tenantId = TENANT) => {
    await database.db.insert(praise).values({
      tenantId,
      praiseId: randomUUID(),
      onlineMeetingId,
      occurrenceStart: startsAt,
      eventSubject: 'Weekly',
      giverEventId: 'AAMk-giver',
      giverId: 'giver',
      giverName: 'Giver Person',
      recipientKind: recipientId ? 'person' : 'team',
      recipientId,
      recipientName: recipientId ? `Name of ${recipientId}` : null,
      valueId: 'care',
      valueLabel: 'Care',
      message: `${visibility} thanks to ${recipientId ?? 'the team'}`,
      requestedVisibility: visibility,
      visibility,
      createdAt: new Date(startsAt.getTime() + 50 * 60_000),
    });
  };

  /** Tracker turns: [participant, start s, end s or null (still open)] from the occurrence's start. */
  const addTracker = async (onlineMeetingId: string, startsAt: Date, joined: string[], turns: Array<[string, number, number | null]>) => {
    const occurrence = { tenantId: TENANT, onlineMeetingId, occurrenceStart: startsAt };
    const at = (s: number) => new Date(startsAt.getTime() + s * 1000);
    await database.db.insert(turnTrackers).values(occurrence);
    for (const id of joined) await database.db.insert(turnParticipants).values({ ...occurrence, participantId: id, participantName: `Name of ${id}`, joinedAt: startsAt });
    for (const [id, start, end] of turns) {
      await database.db.insert(turnSegments).values({ ...occurrence, participantId: id, participantName: `Name of ${id}`, startedAt: at(start), endedAt: end === null ? null : at(end) });
    }
  };

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
    await addMeeting(WEEKLY, 'Hiroshi.Tanaka@contoso.example', [day(0), day(7), day(14)]);
    await addMeeting(CRITIQUE, 'priya@contoso.example', [day(2, 14), day(6, 23)]);
    await addMeeting(OUTSIDE, 'dmitri@contoso.example', [day(1)]);
  });
  afterEach(async () => {
    await store.close();
  });

  describe('readOccurrenceFigures', () => {
    it('counts each person once by their latest answer, anonymous ones too, and averages the pulse over latest answers', async () => {
      await addRound(WEEKLY, day(0), { promptId: 'pulse.freedomInclusion', anonymous: false }, [
        ['lucia', { freedom: 1, inclusion: 1 }],
        ['hiroshi', { freedom: 4, inclusion: 3 }],
        ['lucia', { freedom: 5, inclusion: 4 }],
      ]);
      await addRound(WEEKLY, day(7), { promptId: 'pulse.freedomInclusion', anonymous: true }, [
        ['a', { freedom: 2, inclusion: 2 }],
        ['b', { freedom: 4, inclusion: 5 }],
        ['a', { freedom: 3, inclusion: 2 }],
      ]);
      await addRound(WEEKLY, day(14), { promptId: 'mood.weather', anonymous: false }, [['lucia', 'Sunny']], { state: 'waiting' });
      const figures = await store.reports.readOccurrenceFigures(TENANT, [key(WEEKLY, day(0)), key(WEEKLY, day(7)), key(WEEKLY, day(14))]);

      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(0))))?.checkin).toEqual({
        held: true,
        answers: 2,
        promptId: 'pulse.freedomInclusion',
        pulse: { people: 2, freedom: 4.5, inclusion: 3.5 },
      });
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(7))))?.checkin).toEqual({
        held: true,
        answers: 2,
        promptId: 'pulse.freedomInclusion',
        pulse: { people: 2, freedom: 3.5, inclusion: 3.5 },
      });
      // A round never opened was not held; a mood prompt has no pulse.
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(14))))?.checkin).toEqual({ held: false, answers: 1, promptId: 'mood.weather', pulse: null });
    });

    it('sums the tracker’s talk per person, a turn still open ending at the occurrence’s end', async () => {
      await addTracker(WEEKLY, day(0), ['lucia@contoso.example', 'hiroshi@contoso.example', 'aroha@contoso.example'], [
        ['lucia@contoso.example', 0, 60],
        ['hiroshi@contoso.example', 60, 90],
        ['lucia@contoso.example', 90, 120],
        ['hiroshi@contoso.example', 3000, null],
      ]);
      const figures = await store.reports.readOccurrenceFigures(TENANT, [key(WEEKLY, day(0))]);
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(0))))?.tracker).toEqual({
        participants: 3,
        // Hiroshi: 30 s, then from 50 min to the scheduled end at 60 min.
        talkMs: [630_000, 90_000],
        firstStartMs: day(0).getTime(),
        lastEndMs: day(0).getTime() + HOUR,
      });
    });

    it('counts praise by visibility and lists the people praised in public, each once', async () => {
      await addPraise(WEEKLY, day(0), 'public', 'lucia');
      await addPraise(WEEKLY, day(0), 'public', 'lucia');
      await addPraise(WEEKLY, day(0), 'public', null);
      await addPraise(WEEKLY, day(0), 'private', 'aroha');
      const figures = await store.reports.readOccurrenceFigures(TENANT, [key(WEEKLY, day(0))]);
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(0))))?.praise).toEqual({ public: 3, private: 1, publicRecipients: ['lucia'] });
    });

    it('passes the transcript’s figures through, and leaves out occurrences it knows nothing about and other tenants’ data', async () => {
      await store.speaking.save(transcriptRecord(WEEKLY, day(0)));
      await addMeeting(WEEKLY, 'hiroshi.tanaka@contoso.example', [day(7)], OTHER_TENANT);
      await addPraise(WEEKLY, day(7), 'public', 'lucia', OTHER_TENANT);
      const unknown = key(WEEKLY, day(21));
      const figures = await store.reports.readOccurrenceFigures(TENANT, [key(WEEKLY, day(0)), key(WEEKLY, day(7)), unknown]);
      expect([...figures.keys()].sort()).toEqual([occurrenceKeyString(key(WEEKLY, day(0))), occurrenceKeyString(key(WEEKLY, day(7)))].sort());
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(0))))).toMatchObject({
        key: key(WEEKLY, day(0)),
        transcript: { state: 'ready', durationMs: 2_400_000, entropy: 0.9, topShare: 0.6, peopleCounted: 6, peopleHeard: 4, roster: 'attendance' },
        tracker: null,
      });
      expect(figures.get(occurrenceKeyString(key(WEEKLY, day(7))))).toEqual({
        key: key(WEEKLY, day(7)),
        checkin: { held: false, answers: 0, promptId: null, pulse: null },
        transcript: { state: null, durationMs: null, entropy: null, topShare: null, peopleCounted: null, peopleHeard: null, roster: null },
        tracker: null,
        praise: { public: 0, private: 0, publicRecipients: [] },
      });
      expect(await store.reports.readOccurrenceFigures(TENANT, [])).toEqual(new Map());
    });
  });

  describe('readTeamWeeks', () => {
    const range = { from: day(0, 0), to: day(14, 0), timeZone: 'Europe/Berlin' };

    it('sums per week over the given organizers’ occurrences in the range only, weeks in the viewer’s time zone', async () => {
      await addRound(WEEKLY, day(0), { promptId: 'pulse.freedomInclusion', anonymous: false }, [
        ['lucia', { freedom: 2, inclusion: 4 }],
        ['hiroshi', { freedom: 4, inclusion: 4 }],
        ['lucia', { freedom: 3, inclusion: 5 }],
      ]);
      await store.speaking.save(transcriptRecord(WEEKLY, day(0)));
      await addPraise(WEEKLY, day(0), 'public', 'lucia');
      await addPraise(WEEKLY, day(0), 'private', 'aroha');
      await addTracker(CRITIQUE, day(2, 14), ['priya@contoso.example', 'amara@contoso.example'], [
        ['priya@contoso.example', 0, 30],
        ['amara@contoso.example', 30, 60],
      ]);
      await addRound(CRITIQUE, day(2, 14), { promptId: 'mood.weather', anonymous: true }, [['x', 'Rain'], ['y', 'Sun'], ['z', 'Fog']]);
      // Outside the team, and outside the range: never counted.
      await addPraise(OUTSIDE, day(1), 'public', 'dmitri');
      await addPraise(WEEKLY, day(14), 'public', 'lucia');

      const team = await store.reports.readTeamWeeks(TENANT, ['hiroshi.tanaka@CONTOSO.example', 'PRIYA@contoso.example'], range);
      // Sunday 8 November 23:00 UTC is Monday 00:00 in Berlin: the second week.
      expect(team.weeks.map((week) => [week.weekStart, week.meetings])).toEqual([
        ['2026-11-02', 2],
        ['2026-11-09', 2],
      ]);
      const [first] = team.weeks;
      // The transcript's entropy, and the tracker's: two people who spoke equally long.
      expect(first?.entropySum).toBeCloseTo(1.9, 12);
      expect({ ...first, entropySum: null }).toEqual({
        weekStart: '2026-11-02',
        meetings: 2,
        checkinsHeld: 2,
        // The weekly: 2 answers of 6 attendees (attendance); the critique: 3 answers, capped at its 2 participants.
        checkinAnswers: 4,
        checkinAttendees: 8,
        pulse: { freedomSum: 7, freedomCount: 2, inclusionSum: 9, inclusionCount: 2 },
        entropySum: null,
        entropyCount: 2,
        heard: 6,
        heardAttendees: 8,
        praisePublic: 1,
        praisePrivate: 1,
      });
      expect(team.pulseRespondents).toBe(2);
    });

    it('answers no weeks for nobody, for an empty range, or for organizers without meetings', async () => {
      expect(await store.reports.readTeamWeeks(TENANT, [], range)).toEqual({ weeks: [], pulseRespondents: 0 });
      expect(await store.reports.readTeamWeeks(TENANT, ['hiroshi.tanaka@contoso.example'], { ...range, to: range.from })).toEqual({ weeks: [], pulseRespondents: 0 });
      expect(await store.reports.readTeamWeeks(TENANT, ['nobody@contoso.example'], range)).toEqual({ weeks: [], pulseRespondents: 0 });
      expect(await store.reports.readTeamWeeks(OTHER_TENANT, ['hiroshi.tanaka@contoso.example'], range)).toEqual({ weeks: [], pulseRespondents: 0 });
    });

    it('refuses a time zone that does not exist', async () => {
      await expect(store.reports.readTeamWeeks(TENANT, ['priya@contoso.example'], { ...range, timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
    });
  });

  describe('readMeetingDetail', () => {
    it('gives the transcript’s people and timeline, the named answers with their authors, and public praise only', async () => {
      await store.speaking.save(transcriptRecord(WEEKLY, day(0)));
      await addRound(WEEKLY, day(0), { promptId: 'mood.weather', anonymous: false }, [['lucia', 'Cloudy'], ['hiroshi', 'Sunny'], ['lucia', 'Clearing up']]);
      await addPraise(WEEKLY, day(0), 'public', 'lucia');
      await addPraise(WEEKLY, day(0), 'private', 'aroha');
      const detail = await store.reports.readMeetingDetail(TENANT, key(WEEKLY, day(0)));

      expect(detail.endsAt).toBe(new Date(day(0).getTime() + HOUR).toISOString());
      expect(detail.transcript?.people.map((p) => [p.key, p.talkMs, p.turns])).toEqual([
        ['user:lucia', 60_000, 2],
        ['user:hiroshi', 40_000, 1],
        ['user:aroha', 0, 0],
      ]);
      expect(detail.transcript?.timeline).toEqual([
        { person: 0, startMs: 5_000, endMs: 35_000 },
        { person: 1, startMs: 36_000, endMs: 76_000 },
        { person: 0, startMs: 80_000, endMs: 110_000 },
      ]);
      expect(detail.tracker).toBeNull();
      expect(detail.checkin?.answers.map((a) => [a.author?.name, a.text])).toEqual([
        ['Name of hiroshi', 'Sunny'],
        ['Name of lucia', 'Clearing up'],
      ]);
      expect(detail.checkin?.hiddenAnonymous).toBe(0);
      expect(detail.praise).toEqual([expect.objectContaining({ giver: 'Giver Person', recipient: 'Name of lucia', valueLabel: 'Care', message: 'public thanks to lucia' })]);
      expect(JSON.stringify(detail)).not.toContain('private thanks');
    });

    it('shows anonymous answers only once revealed with at least 3, never with their keys', async () => {
      await addRound(WEEKLY, day(0), { promptId: 'mood.weather', anonymous: true }, [['a', 'Rain'], ['b', 'Sun'], ['c', 'Fog']]);
      await addRound(WEEKLY, day(7), { promptId: 'mood.weather', anonymous: true }, [['a', 'Rain'], ['b', 'Sun'], ['c', 'Fog']], { revealed: true });
      await addRound(WEEKLY, day(14), { promptId: 'mood.weather', anonymous: true }, [['a', 'Rain'], ['b', 'Sun']], { revealed: true });
      const hidden = await store.reports.readMeetingDetail(TENANT, key(WEEKLY, day(0)));
      expect(hidden.checkin).toMatchObject({ anonymous: true, revealed: false, answers: [], hiddenAnonymous: 3 });
      const revealed = await store.reports.readMeetingDetail(TENANT, key(WEEKLY, day(7)));
      expect(revealed.checkin?.answers.map((a) => [a.author, a.text])).toEqual([[null, 'Rain'], [null, 'Sun'], [null, 'Fog']]);
      expect(revealed.checkin?.hiddenAnonymous).toBe(0);
      expect(JSON.stringify(revealed)).not.toContain('hmac-');
      expect((await store.reports.readMeetingDetail(TENANT, key(WEEKLY, day(14)))).checkin).toMatchObject({ answers: [], hiddenAnonymous: 2 });
    });

    it('takes the timeline of a tracker-only meeting from its turns, with everyone who joined', async () => {
      await addTracker(CRITIQUE, day(2, 14), ['priya@contoso.example', 'amara@contoso.example', 'ken@contoso.example'], [
        ['priya@contoso.example', 10, 70],
        ['amara@contoso.example', 70, 90],
        ['priya@contoso.example', 3500, null],
      ]);
      const detail = await store.reports.readMeetingDetail(TENANT, key(CRITIQUE, day(2, 14)));
      expect(detail.transcript).toBeNull();
      expect(detail.tracker?.people.map((p) => [p.email, p.talkMs, p.turns, p.longestTurnMs])).toEqual([
        ['priya@contoso.example', 160_000, 2, 100_000],
        ['amara@contoso.example', 20_000, 1, 20_000],
        ['ken@contoso.example', 0, 0, 0],
      ]);
      expect(detail.tracker?.timeline).toEqual([
        { person: 0, startMs: 10_000, endMs: 70_000 },
        { person: 1, startMs: 70_000, endMs: 90_000 },
        { person: 0, startMs: 3_500_000, endMs: HOUR },
      ]);
      expect(detail.checkin).toBeNull();
    });
  });

  describe('the timeline written with the speaking figures', () => {
    const timelineRows = async () =>
      ((await database.db.execute('select person_keys, turn_people, turn_starts_ms, turn_ends_ms from speaking_timelines order by starts_at')) as unknown as { rows: unknown[] }).rows;

    it('is stored with the figures, untouched by a save with the same inputs, and replaced with new inputs', async () => {
      await store.speaking.save(transcriptRecord(WEEKLY, day(0)));
      const before = await timelineRows();
      expect(before).toEqual([{ person_keys: ['user:lucia', 'user:hiroshi'], turn_people: [0, 1, 0], turn_starts_ms: [5_000, 36_000, 80_000], turn_ends_ms: [35_000, 76_000, 110_000] }]);
      expect(await store.speaking.save(transcriptRecord(WEEKLY, day(0), { timeline: [] }))).toEqual({ isWritten: false });
      expect(await timelineRows()).toEqual(before);

      await store.speaking.save(transcriptRecord(WEEKLY, day(0), { inputsHash: 'new', timeline: [{ personKey: 'user:aroha', startMs: -2_000, endMs: 1_000 }] }));
      expect(await timelineRows()).toEqual([{ person_keys: ['user:aroha'], turn_people: [0], turn_starts_ms: [-2_000], turn_ends_ms: [1_000] }]);
      await store.speaking.save(transcriptRecord(WEEKLY, day(0), { inputsHash: 'gone', state: 'no_transcript', figures: null }));
      expect(await timelineRows()).toEqual([]);
    });
  });
});
