// The check-in store's answers, on PGlite and on PostgreSQL: append-only submissions, one current answer per person.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import type { Store, StoredRound } from '../../../server/services/ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const MEETING = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';
const START = new Date('2026-11-21T09:00:00Z');

describe.each(databaseKinds)('Check-in answers on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;
  let roundId: string;

  const submit = (submissionId: string, who: { named?: string; anonymousKey?: string }, text: string, round = roundId) =>
    store.checkin.addAnswer({
      tenantId: TENANT,
      roundId: round,
      submissionId,
      author: who.named ? { id: who.named, name: who.named.toUpperCase() } : null,
      anonymousKey: who.anonymousKey ?? null,
      text,
      scales: null,
    });

  /** Submits to an open round: what the store took. */
  const answer = async (submissionId: string, who: { named?: string; anonymousKey?: string }, text: string, round = roundId) => {
    const added = await submit(submissionId, who, text, round);
    if ('refused' in added) throw new Error(`refused: the round is ${added.refused}`);
    return added;
  };

  const moveRound = async (round: Partial<StoredRound['round']>, id = roundId) => {
    const stored = (await store.checkin.findRound(TENANT, MEETING, START))!;
    await store.checkin.updateRound(TENANT, id, { ...stored.round, ...round });
  };

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
    ({ roundId } = await store.checkin.ensureRound(TENANT, MEETING, START, { promptId: null, customQuestion: 'One word?', anonymous: false }));
    await moveRound({ state: 'open' });
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a submission once: a repeat answers with what is stored', async () => {
    const id = randomUUID();
    const first = await answer(id, { named: 'lucia' }, 'curious');
    const repeat = await answer(id, { named: 'lucia' }, 'changed in transit');
    expect(repeat).toEqual(first);
    expect(repeat.answer.text).toBe('curious');
    expect(repeat.isSamePerson).toBe(true);
  });

  it('tells when a submission id is already somebody else’s', async () => {
    const id = randomUUID();
    await answer(id, { named: 'lucia' }, 'curious');
    expect((await answer(id, { named: 'priya' }, 'calm')).isSamePerson).toBe(false);
  });

  it('counts people, not submissions, named and anonymous alike', async () => {
    const counts = [];
    counts.push((await answer(randomUUID(), { named: 'lucia' }, 'curious')).answererCount);
    counts.push((await answer(randomUUID(), { named: 'lucia' }, 'curious, then calm')).answererCount);
    counts.push((await answer(randomUUID(), { anonymousKey: 'k1' }, 'tired')).answererCount);
    counts.push((await answer(randomUUID(), { anonymousKey: 'k1' }, 'less tired')).answererCount);
    const last = randomUUID();
    counts.push((await answer(last, { named: 'priya' }, 'ready')).answererCount);
    expect(counts).toEqual([1, 1, 2, 2, 3]);
    // A repeated submission counts nobody again, and says how many have answered.
    expect((await answer(last, { named: 'priya' }, 'ready')).answererCount).toBe(3);
    const current = await store.checkin.currentAnswers(TENANT, roundId);
    expect(current.map((c) => c.answer.text).sort()).toEqual(['curious, then calm', 'less tired', 'ready']);
  });

  it('counts each person once when many answers, several per person, arrive at once', async () => {
    const people = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? { named: `person-${i}` } : { anonymousKey: `key-${i}` }));
    const submissions = people.flatMap((who) => Array.from({ length: 4 }, (_, edit) => () => answer(randomUUID(), who, `edit ${edit}`)));
    const results = await Promise.all(submissions.map((submit) => submit()));
    // Every count handed out is one the round really had at some point, and the last is everyone.
    expect(Math.max(...results.map((r) => r.answererCount))).toBe(people.length);
    expect(results.every((r) => r.answererCount >= 1 && r.answererCount <= people.length)).toBe(true);
    expect((await answer(randomUUID(), people[0]!, 'once more')).answererCount).toBe(people.length);
    expect(await store.checkin.currentAnswers(TENANT, roundId)).toHaveLength(people.length);
  });

  it('keeps answers of another round, and their count, apart', async () => {
    const other = await store.checkin.ensureRound(TENANT, MEETING, new Date('2026-11-28T09:00:00Z'), { promptId: null, customQuestion: 'Next week?', anonymous: false });
    await store.checkin.updateRound(TENANT, other.roundId, { ...other.round, state: 'open' });
    await answer(randomUUID(), { named: 'lucia' }, 'curious');
    expect((await answer(randomUUID(), { named: 'lucia' }, 'later', other.roundId)).answererCount).toBe(1);
    expect((await answer(randomUUID(), { named: 'priya' }, 'ready')).answererCount).toBe(2);
  });

  it('stores nothing in a round that has not opened or has closed, a repeat included, and says which', async () => {
    const id = randomUUID();
    await answer(id, { named: 'lucia' }, 'curious');
    await moveRound({ state: 'closed' });
    expect(await submit(randomUUID(), { named: 'priya' }, 'late')).toEqual({ refused: 'closed' });
    expect(await submit(id, { named: 'lucia' }, 'curious')).toEqual({ refused: 'closed' });
    const next = await store.checkin.ensureRound(TENANT, MEETING, new Date('2026-11-28T09:00:00Z'), { promptId: null, customQuestion: 'Next week?', anonymous: false });
    expect(await submit(randomUUID(), { named: 'priya' }, 'early', next.roundId)).toEqual({ refused: 'waiting' });
    expect(await store.checkin.currentAnswers(TENANT, roundId)).toHaveLength(1);
    expect(await store.checkin.currentAnswers(TENANT, next.roundId)).toHaveLength(0);
  });

  it('says whether the round’s answers are revealed as it stores one', async () => {
    expect((await answer(randomUUID(), { anonymousKey: 'k1' }, 'tired')).revealed).toBe(false);
    await moveRound({ revealed: true });
    expect((await answer(randomUUID(), { anonymousKey: 'k2' }, 'fine')).revealed).toBe(true);
  });
});
