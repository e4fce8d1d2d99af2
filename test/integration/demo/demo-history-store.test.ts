// The demo history's storage (server/db/demo-history-store.ts) behaves the same on PGlite and PostgreSQL: rows keep
// their past times, writing the same history twice adds nothing, and an earlier layout's occurrences can be cleared.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { countDemoHistory, createDemoHistoryStore, type DemoHistoryStore, type HistoricPraise, type OccurrenceRef } from '../../../server/db/demo-history-store';
import { createStore } from '../../../server/db/store';
import type { Store } from '../../../server/services/ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const MEETING = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';
const START = new Date('2025-01-06T09:00:00Z');
const at = (minutes: number, from = START) => new Date(from.getTime() + minutes * 60_000);
const ref = (start = START): OccurrenceRef => ({ tenantId: TENANT, onlineMeetingId: MEETING, occurrenceStart: start });
const amara = { id: 'a1', name: 'Amara Okafor' };

const round = (start = START, roundId = '5f0c8a3e-1b2d-4c5e-8f70-1a2b3c4d5e6f') => ({
  ...ref(start),
  roundId,
  question: { promptId: 'pulse.freedomInclusion', customQuestion: null, anonymous: true },
  revealed: true,
  openedAt: at(2, start),
  closedAt: at(6, start),
});

const answers = [1, 2, 3].map((n) => ({
  submissionId: `7a1c0f5e-0000-4000-8000-00000000000${n}`,
  author: null,
  anonymousKey: `key-${n}`,
  text: null,
  scales: { freedom: n, inclusion: 3 },
  at: at(3 + n),
}));

const praiseOf = (praiseId: string, visibility: 'public' | 'private', start = START): HistoricPraise => ({
  ...ref(start),
  praiseId,
  eventSubject: 'Product staff meeting',
  giverEventId: 'AAMkADgiver',
  giver: { userId: amara.id, displayName: amara.name },
  recipient: { kind: 'person', userId: 'h1', displayName: 'Hiroshi Tanaka' },
  valueId: 'clarity',
  valueLabel: 'Clarity',
  message: 'Thank you for untangling the release plan.',
  visibility,
  at: at(55, start),
  delivery: visibility === 'public' ? { kind: 'chat_post', target: '19:meeting_x@thread.v2' } : { kind: 'activity_notification', target: 'h1' },
});

const session = (start = START) => ({
  ...ref(start),
  mode: 'self' as const,
  joined: [{ participantId: 'amara@contoso.com', name: amara.name, at: at(0, start) }],
  turns: [
    { participantId: 'amara@contoso.com', name: amara.name, startedAt: at(3, start), endedAt: at(5, start) },
    { participantId: 'hiroshi@contoso.com', name: 'Hiroshi Tanaka', startedAt: at(5, start), endedAt: at(6, start) },
  ],
});

describe.each(databaseKinds)('Demo history store on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;
  let history: DemoHistoryStore;

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
    history = createDemoHistoryStore(database.db);
    await store.meetings.upsert({ tenantId: TENANT, onlineMeetingId: MEETING, chatId: null, joinUrl: 'https://teams.microsoft.com/l/meetup-join/x', organizerEmail: 'amara@contoso.com', subject: 'Product staff meeting', iCalUId: null });
    await store.meetings.upsertOccurrence({ tenantId: TENANT, onlineMeetingId: MEETING, startsAt: START, endsAt: at(60) });
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a closed round with its answers at their past times, once', async () => {
    expect(await history.addRound(round(), answers)).toBe(true);
    expect(await history.addRound(round(), answers)).toBe(false);
    const stored = await store.checkin.findRound(TENANT, MEETING, START);
    expect(stored?.round).toMatchObject({ state: 'closed', revealed: true });
    const current = await store.checkin.currentAnswers(TENANT, stored!.roundId);
    expect(current.map((a) => [a.answer.scales, a.answer.updatedAt])).toEqual(answers.map((a) => [a.scales, a.at.toISOString()]));
  });

  it('stores delivered praise once, public to the chat and private to the recipient', async () => {
    const items = [praiseOf('0b6f2c1d-0000-4000-8000-000000000001', 'public'), praiseOf('0b6f2c1d-0000-4000-8000-000000000002', 'private')];
    expect(await history.addPraise(items, amara.id)).toBe(2);
    expect(await history.addPraise(items, amara.id)).toBe(0);
    expect(await history.existingPraise(TENANT, [items[0]!.praiseId, '0b6f2c1d-0000-4000-8000-000000000003'])).toEqual(new Set([items[0]!.praiseId]));
    const wall = await store.praise.listPublic(TENANT, MEETING, START);
    expect(wall.map((p) => [p.visibility, p.job.kind, p.job.state, p.createdAt.toISOString()])).toEqual([['public', 'chat_post', 'delivered', at(55).toISOString()]]);
    expect((await store.praise.find(TENANT, items[1]!.praiseId))?.job).toMatchObject({ kind: 'activity_notification', state: 'delivered' });
    expect(await store.praise.rounds.find(TENANT, MEETING, START)).toEqual({ isOpen: false });
  });

  it('stores a finished tracker session once, its turns in order', async () => {
    expect(await history.addTrackerSession(session())).toBe(true);
    expect(await history.addTrackerSession(session())).toBe(false);
    const state = await store.turns.read({ tenantId: TENANT, onlineMeetingId: MEETING, occurrenceStart: START });
    expect(state.segments.map((s) => [s.participantId, s.startedAt, s.endedAt])).toEqual(session().turns.map((t) => [t.participantId, t.startedAt.toISOString(), t.endedAt.toISOString()]));
    expect(state.joined).toHaveLength(1);
    expect(state.revision).toBe(5);
  });

  it('clears the occurrences of an earlier layout and everything stored about them, keeping the others', async () => {
    const earlier = at(-24 * 60);
    await store.meetings.upsertOccurrence({ tenantId: TENANT, onlineMeetingId: MEETING, startsAt: earlier, endsAt: at(60, earlier) });
    for (const start of [START, earlier]) {
      await history.addRound(round(start, start === START ? '5f0c8a3e-1b2d-4c5e-8f70-1a2b3c4d5e6f' : '5f0c8a3e-1b2d-4c5e-8f70-1a2b3c4d5e70'), start === START ? answers : []);
      await history.addPraise([praiseOf(start === START ? '0b6f2c1d-0000-4000-8000-000000000001' : '0b6f2c1d-0000-4000-8000-000000000009', 'public', start)], amara.id);
      await history.addTrackerSession(session(start));
    }
    expect(await countDemoHistory(database.db, TENANT, [MEETING])).toEqual({ rounds: 2, answers: 3, praise: 2, trackers: 2, segments: 4 });
    expect(await history.removeOccurrencesExcept(TENANT, MEETING, [START])).toBe(1);
    expect(await countDemoHistory(database.db, TENANT, [MEETING])).toEqual({ rounds: 1, answers: 3, praise: 1, trackers: 1, segments: 2 });
    expect(await history.removeOccurrencesExcept(TENANT, MEETING, [START])).toBe(0);
  });
});
