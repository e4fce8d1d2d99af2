// One contract, every implementation: the speaking figures are stored the same on PGlite and on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import type { PersonFigures } from '../../../server/domain/speakers/types';
import type { Store } from '../../../server/services/ports';
import type { OccurrenceSpeakingRecord } from '../../../server/services/speaking-ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-8888-7777-6666-555555555555';
const MEETING = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';
const WEEK = 7 * 86_400_000;
const FIRST = new Date('2026-11-02T09:00:00Z');
const startOf = (week: number) => new Date(FIRST.getTime() + week * WEEK);

const person = (name: string, userId: string | null, talkMs: number, share: number, extra: Partial<PersonFigures> = {}): PersonFigures => ({
  personKey: userId ? `user:${userId}` : `voice:${name}`,
  name,
  userId,
  email: userId ? `${userId}@contoso.example` : null,
  talkMs,
  share,
  turns: talkMs > 0 ? 3 : 0,
  longestTurnMs: Math.round(talkMs / 2),
  backchannels: 1,
  isGuest: userId === null,
  isAmbiguous: false,
  ...extra,
});

const ready = (week: number, overrides: Partial<OccurrenceSpeakingRecord> = {}): OccurrenceSpeakingRecord => ({
  tenantId: TENANT,
  onlineMeetingId: MEETING,
  startsAt: startOf(week),
  state: 'ready',
  reason: null,
  figures: {
    durationMs: 3_000_000,
    unattributedMs: 760,
    balance: { entropy: 0.81, gini: 0.25, turnCv: 1 / 3, topShare: 0.75 },
    roster: 'attendance',
    peopleCounted: 3,
    peopleHeard: 2,
    people: [person('Lucía Fernández', 'lucia', 1_500_000, 0.75), person('Dial-in user', null, 500_000, 0.25), person('Aroha Ngata', 'aroha', 0, 0)],
  },
  transcripts: [{ transcriptId: 'MSMjMCMjYWJj', createdAt: '2026-11-02T09:00:21.000Z', endedAt: '2026-11-02T09:51:00.000Z', sha256: 'a'.repeat(64), cueCount: 812, warningCount: 0 }],
  inputsHash: `inputs-${week}`,
  ingestedAt: new Date('2026-11-02T10:05:00Z'),
  ...overrides,
});

describe.each(databaseKinds)('speaking figures on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  const rowsOf = async (table: string) =>
    ((await database.db.execute(`select * from ${table} order by starts_at, 1, 2, 3, 4`)) as unknown as { rows: Record<string, unknown>[] }).rows;

  const dump = async () => ({
    occurrences: await rowsOf('speaking_occurrences'),
    transcripts: await rowsOf('speaking_transcripts'),
    people: await rowsOf('speaking_people'),
  });

  const addMeeting = async (tenantId: string, weeks: number[]) => {
    await store.meetings.upsert({ tenantId, onlineMeetingId: MEETING, chatId: null, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', organizerEmail: 'hiroshi@contoso.example', subject: 'Weekly team meeting', iCalUId: null });
    for (const week of weeks) await store.meetings.upsertOccurrence({ tenantId, onlineMeetingId: MEETING, startsAt: startOf(week), endsAt: new Date(startOf(week).getTime() + 3_600_000) });
  };

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
    await addMeeting(TENANT, [0, 1, 2]);
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores an occurrence’s figures whole and reads them back as saved', async () => {
    expect(await store.speaking.save(ready(0))).toEqual({ isWritten: true });
    expect(await store.speaking.find({ tenantId: TENANT, onlineMeetingId: MEETING, startsAt: startOf(0) })).toEqual(ready(0));
    expect(await store.speaking.find({ tenantId: OTHER_TENANT, onlineMeetingId: MEETING, startsAt: startOf(0) })).toBeNull();
  });

  it('saving the same inputs again writes nothing', async () => {
    await store.speaking.save(ready(0));
    const before = await dump();
    expect(await store.speaking.save(ready(0, { ingestedAt: new Date('2026-11-03T08:00:00Z') }))).toEqual({ isWritten: false });
    expect(await dump()).toEqual(before);
    expect(before.people).toHaveLength(3);
  });

  it('new inputs replace the figures in place', async () => {
    await store.speaking.save(ready(0));
    const fewer = ready(0, { inputsHash: 'inputs-0-again', figures: { ...ready(0).figures!, peopleCounted: 1, peopleHeard: 1, people: [person('Lucía Fernández', 'lucia', 10, 1)] } });
    expect(await store.speaking.save(fewer)).toEqual({ isWritten: true });
    expect(await store.speaking.find({ tenantId: TENANT, onlineMeetingId: MEETING, startsAt: startOf(0) })).toEqual(fewer);
    expect((await dump()).people).toHaveLength(1);
  });

  it('a save that fails half-way leaves what was stored before', async () => {
    await store.speaking.save(ready(0));
    const before = await dump();
    const lucia = person('Lucía Fernández', 'lucia', 10, 1);
    // Two rows with one key: the second insert fails after the summary was updated and the old rows deleted.
    const broken = ready(0, { inputsHash: 'broken', figures: { ...ready(0).figures!, people: [lucia, lucia] } });
    await expect(store.speaking.save(broken)).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('a state without figures stores no people', async () => {
    const none = ready(1, { state: 'no_transcript', figures: null, transcripts: [] });
    await store.speaking.save(none);
    expect(await store.speaking.find({ tenantId: TENANT, onlineMeetingId: MEETING, startsAt: startOf(1) })).toEqual(none);
    expect((await dump()).people).toHaveLength(0);
  });

  it('refuses figures for an occurrence it does not know', async () => {
    await expect(store.speaking.save(ready(9))).rejects.toThrow();
  });

  it('lists one person’s rows across occurrences, within the range and their tenant only, newest first', async () => {
    await addMeeting(OTHER_TENANT, [0]);
    await store.speaking.save(ready(0));
    await store.speaking.save(ready(1, { figures: { ...ready(1).figures!, people: [person('Lucía Fernández', 'lucia', 7, 1)] } }));
    await store.speaking.save(ready(2));
    await store.speaking.save({ ...ready(0), tenantId: OTHER_TENANT });
    const mine = await store.speaking.listForPerson({ tenantId: TENANT, userId: 'lucia', upn: 'lucia@contoso.example', from: startOf(0), to: startOf(2) });
    expect(mine.map((m) => [m.startsAt.toISOString(), m.person.talkMs])).toEqual([
      [startOf(1).toISOString(), 7],
      [startOf(0).toISOString(), 1_500_000],
    ]);
    expect(mine[1]).toMatchObject({ subject: 'Weekly team meeting', durationMs: 3_000_000, peopleCounted: 3, peopleHeard: 2, balance: { topShare: 0.75 } });
    expect(mine[1]?.endsAt.toISOString()).toBe('2026-11-02T10:00:00.000Z');
    expect(await store.speaking.listForPerson({ tenantId: TENANT, userId: 'nobody', upn: 'nobody@contoso.example', from: startOf(0), to: startOf(3) })).toEqual([]);
  });

  it('finds a person by e-mail where the roster had no ids (invitees), but never in an ambiguous row', async () => {
    const people = [person('Priya Raman', null, 9, 0.9, { email: 'Priya@Contoso.example', isGuest: false }), person('Alex Kim', null, 1, 0.1, { email: 'alex@contoso.example', isAmbiguous: true })];
    await store.speaking.save(ready(0, { figures: { ...ready(0).figures!, roster: 'invitees', people } }));
    const range = { tenantId: TENANT, from: startOf(0), to: startOf(1) };
    expect((await store.speaking.listForPerson({ ...range, userId: 'priya', upn: 'priya@contoso.example' })).map((m) => m.person.name)).toEqual(['Priya Raman']);
    expect(await store.speaking.listForPerson({ ...range, userId: 'alex', upn: 'alex@contoso.example' })).toEqual([]);
  });
});
