// The praise store and its outbox behave the same on PGlite and PostgreSQL: the praise and its job in one
// transaction, idempotent ids, leases that one worker holds at a time, a dead worker's job claimable (and unsure)
// after its lease, chat posts only where the giver's sign-in is, parking and waking for the giver.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import type { NewPraise } from '../../../server/services/praise/praise-ports';
import type { Store } from '../../../server/services/ports';
import { databaseKinds, openPostgres } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const MEETING = 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ';
const START = new Date('2025-03-04T10:00:00Z');
const NOW = new Date('2025-03-04T10:30:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

const newPraise = (overrides: Partial<NewPraise> = {}): NewPraise => ({
  tenantId: TENANT,
  id: randomUUID(),
  onlineMeetingId: MEETING,
  occurrenceStart: START,
  eventSubject: 'Weekly team meeting',
  giverEventId: 'AAMk-lucia',
  giver: { userId: 'lucia', displayName: 'Lucía Fernández' },
  recipient: { kind: 'person', userId: 'priya', displayName: 'Priya Raman' },
  valueId: 'courage',
  valueLabel: 'Courage',
  message: 'Thank you for asking the hard question.',
  requestedVisibility: 'public',
  visibility: 'public',
  notice: null,
  createdAt: NOW,
  job: { kind: 'chat_post', target: '19:meeting_x@thread.v2' },
  ...overrides,
});

const claim = (store: Store, instanceId: string, now = NOW) =>
  store.praiseOutbox.claimDue({ instanceId, now, leaseMs: 60_000, limit: 10, usableUntil: new Date(now.getTime() + 120_000) });

describe.each(databaseKinds)('praise storage on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores a praise with its delivery job, and a repeated id changes nothing', async () => {
    const input = newPraise();
    const first = await store.praise.create(input);
    expect(first.created).toBe(true);
    expect(first.praise).toMatchObject({ id: input.id, message: input.message, job: { kind: 'chat_post', state: 'pending', lastError: null } });
    const again = await store.praise.create({ ...input, message: 'something else' });
    expect(again).toEqual({ created: false, praise: first.praise });
  });

  it('lists public praise of an occurrence oldest first, and each person’s received and given praise newest first', async () => {
    const a = await store.praise.create(newPraise({ createdAt: later(1) }));
    const b = await store.praise.create(newPraise({ createdAt: later(2), visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: 'priya' } }));
    const c = await store.praise.create(newPraise({ createdAt: later(3), recipient: { kind: 'team' } }));
    expect((await store.praise.listPublic(TENANT, MEETING, START)).map((p) => p.id)).toEqual([a.praise.id, c.praise.id]);
    expect((await store.praise.listReceived(TENANT, 'priya', 50)).map((p) => p.id)).toEqual([b.praise.id, a.praise.id]);
    expect((await store.praise.listGiven(TENANT, 'lucia', 50)).map((p) => p.id)).toEqual([c.praise.id, b.praise.id, a.praise.id]);
    expect(await store.praise.countGivenSince(TENANT, 'lucia', later(2))).toEqual({ count: 2, oldest: later(2) });
  });

  it('refuses team praise that is not public', async () => {
    await expect(store.praise.create(newPraise({ recipient: { kind: 'team' }, visibility: 'private' }))).rejects.toThrow();
    expect(await store.praise.listGiven(TENANT, 'lucia', 10)).toEqual([]);
  });

  it('keeps preferences, whether people have the app, rounds and a tenant’s values', async () => {
    await store.praise.preferences.set(TENANT, 'priya', 'private');
    await store.praise.preferences.setHasApp(TENANT, 'dmitri', false);
    const prefs = await store.praise.preferences.get(TENANT, ['priya', 'dmitri', 'jonas']);
    expect(Object.fromEntries(prefs)).toEqual({ priya: { preference: 'private', hasApp: null }, dmitri: { preference: 'either', hasApp: false }, jonas: { preference: 'either', hasApp: null } });
    expect(await store.praise.rounds.find(TENANT, MEETING, START)).toBeNull();
    await store.praise.rounds.set(TENANT, MEETING, START, true, 'hiroshi');
    expect(await store.praise.rounds.find(TENANT, MEETING, START)).toEqual({ isOpen: true });
    expect(await store.praise.values.list(TENANT)).toEqual([]);
    await store.praise.values.replace(TENANT, [{ id: 'b', label: 'Bravery' }, { id: 'a', label: 'Attention' }]);
    expect(await store.praise.values.list(TENANT)).toEqual([{ id: 'b', label: 'Bravery' }, { id: 'a', label: 'Attention' }]);
  });

  it('leases a notification job to one worker at a time', async () => {
    await store.praise.create(newPraise({ visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: 'priya' } }));
    const [mine] = await claim(store, 'worker-a');
    expect(mine).toMatchObject({ kind: 'activity_notification', target: 'priya', attempts: 0, unsure: false });
    expect(await claim(store, 'worker-b')).toEqual([]);
    const done = await store.praiseOutbox.finish(mine!, 'worker-a', { state: 'delivered', attempts: 1, nextAttemptAt: null, unsure: false, lastError: null, postedMessageId: null }, NOW);
    expect(done).toBe(true);
    expect((await store.praise.find(TENANT, mine!.praise.id))?.job.state).toBe('delivered');
    expect(await claim(store, 'worker-b', later(3_600_000))).toEqual([]);
  });

  it('gives a dead worker’s job to another after the lease, marked unsure; the dead one can no longer record', async () => {
    await store.praise.create(newPraise({ visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: 'priya' } }));
    const [lost] = await claim(store, 'worker-a');
    expect(await claim(store, 'worker-b', later(59_000))).toEqual([]);
    const [taken] = await claim(store, 'worker-b', later(61_000));
    expect(taken).toMatchObject({ jobId: lost!.jobId, unsure: true });
    expect(await store.praiseOutbox.finish(lost!, 'worker-a', { state: 'failed', attempts: 1, nextAttemptAt: null, unsure: false, lastError: 'x', postedMessageId: null }, NOW)).toBe(false);
  });

  it('hands chat posts only to the instance holding the giver’s usable sign-in', async () => {
    await store.praise.create(newPraise());
    expect(await claim(store, 'worker-a')).toEqual([]);
    await store.praiseOutbox.recordGiverSession(TENANT, 'lucia', 'worker-a', later(60_000));
    expect(await claim(store, 'worker-a')).toEqual([]); // expires before it is usable
    await store.praiseOutbox.recordGiverSession(TENANT, 'lucia', 'worker-a', later(3_600_000));
    expect(await claim(store, 'worker-b')).toEqual([]);
    expect(await claim(store, 'worker-a')).toHaveLength(1);
  });

  it('parks chat posts whose giver has no usable sign-in anywhere, and wakes them when the giver is back', async () => {
    const { praise } = await store.praise.create(newPraise());
    await store.praise.create(newPraise({ visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: 'priya' } }));
    const parked = await store.praiseOutbox.parkWithoutGiver(NOW, later(120_000));
    expect(parked.map((c) => [c.praise.id, c.praise.job.state])).toEqual([[praise.id, 'waiting_for_giver']]);
    expect(await store.praiseOutbox.parkWithoutGiver(NOW, later(120_000))).toEqual([]);
    const woken = await store.praiseOutbox.wakeGiver(TENANT, 'lucia', later(5_000));
    expect(woken.map((c) => [c.praise.id, c.praise.job.state])).toEqual([[praise.id, 'pending']]);
  });

  it('hands a job back untried, due later, and records retries with their next attempt', async () => {
    await store.praise.create(newPraise({ visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: 'priya' } }));
    const [job] = await claim(store, 'worker-a');
    await store.praiseOutbox.release(job!, 'worker-a', later(200), NOW);
    expect(await claim(store, 'worker-a', later(199))).toEqual([]);
    const [again] = await claim(store, 'worker-a', later(200));
    expect(again).toMatchObject({ attempts: 0, unsure: false });
    await store.praiseOutbox.finish(again!, 'worker-a', { state: 'pending', attempts: 1, nextAttemptAt: later(30_000), unsure: true, lastError: '503', postedMessageId: null }, later(200));
    expect(await claim(store, 'worker-a', later(29_999))).toEqual([]);
    expect(await claim(store, 'worker-a', later(30_000))).toMatchObject([{ attempts: 1, unsure: true }]);
  });
});

describe('two instances on one PostgreSQL', () => {
  it('never lease the same job to both, however their claims interleave', async () => {
    const first = await openPostgres();
    const second = await openDatabase({ url: first.url });
    const a = createStore(first.db, first.close);
    const b = createStore(second.db, second.close);
    try {
      for (let i = 0; i < 40; i++) await a.praise.create(newPraise({ visibility: 'private', requestedVisibility: 'private', job: { kind: 'activity_notification', target: `p${i}` } }));
      const rounds = await Promise.all(Array.from({ length: 8 }, (_, i) => claim(i % 2 === 0 ? a : b, i % 2 === 0 ? 'worker-a' : 'worker-b')));
      const ids = rounds.flat().map((j) => j.jobId);
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
