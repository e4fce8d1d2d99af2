// The turn tracker's storage, on PGlite and on PostgreSQL: actions decided under the occurrence's lock, one revision
// per change, and never two open turns, even when two taps arrive at once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../../server/db/client';
import { createStore } from '../../../server/db/store';
import { turnSegments } from '../../../server/db/tables';
import { applyTurnChanges, decideTurnAction, emptyTracker, type Actor, type Invitation, type TurnAction } from '../../../server/domain/turns';
import type { Store } from '../../../server/services/ports';
import type { TrackerKey } from '../../../server/services/turns/turn-ports';
import { databaseKinds } from '../../support/databases';

const TENANT = '11111111-2222-3333-4444-555555555555';
const key: TrackerKey = { tenantId: TENANT, onlineMeetingId: 'MSo1N2Y5ZGFjYy03MWJmLTQ3NDMtYjQxMy01M2EdFGkdRWHJlQ', occurrenceStart: new Date('2026-11-16T09:00:00Z') };
const invitation: Invitation = {
  organizer: { participantId: 'hiroshi@example.com', name: 'Hiroshi Tanaka' },
  invitees: [
    { participantId: 'lucia@example.com', name: 'Lucía Fernández', isDeclined: false },
    { participantId: 'priya@example.com', name: 'Priya Raman', isDeclined: false },
  ],
};
const organizer: Actor = { ...invitation.organizer, isOrganizer: true };
const lucia: Actor = { participantId: 'lucia@example.com', name: 'Lucía Fernández', isOrganizer: false };
const at = (second: number) => new Date(Date.parse('2026-11-16T09:00:00Z') + second * 1000);

describe.each(databaseKinds)('Turn tracker storage on $name', ({ open }) => {
  let database: OpenDatabase;
  let store: Store;

  /** One action as the service runs it: decided on the stored head, under the lock. */
  const perform = (actor: Actor, action: TurnAction, now: Date, where: TrackerKey = key) =>
    store.turns.act(where, (head) => {
      const decision = decideTurnAction(head, action, { invitation, actor, now });
      if (!decision.ok) throw new Error(decision.message);
      return { changes: decision.changes };
    });

  beforeEach(async () => {
    database = await open();
    store = createStore(database.db, database.close);
  });
  afterEach(async () => {
    await store.close();
  });

  it('reads a tracker nobody used yet as self mode with nothing in it', async () => {
    expect(await store.turns.read(key)).toEqual(emptyTracker());
  });

  it('stores what the rules decide, one revision per action, and reads back what the panels fold', async () => {
    const steps: [Actor, TurnAction, number][] = [
      [lucia, { action: 'join' }, 0],
      [organizer, { action: 'mode', mode: 'facilitator' }, 1],
      [lucia, { action: 'raise' }, 2],
      [organizer, { action: 'tap', participantId: 'priya@example.com' }, 3],
      [organizer, { action: 'tap', participantId: 'lucia@example.com' }, 33],
      [organizer, { action: 'handOver', participantId: 'lucia@example.com' }, 40],
    ];
    let folded = emptyTracker();
    for (const [actor, action, second] of steps) {
      const { changes, revision } = await perform(actor, action, at(second));
      folded = applyTurnChanges(folded, changes, revision);
    }
    const stored = await store.turns.read(key);
    expect(stored).toEqual(folded);
    expect(stored).toMatchObject({ mode: 'facilitator', facilitatorId: 'lucia@example.com', revision: 6, hands: [] });
    expect(stored.segments.map((s) => [s.participantId, s.startedAt, s.endedAt])).toEqual([
      ['priya@example.com', at(3).toISOString(), at(33).toISOString()],
      ['lucia@example.com', at(33).toISOString(), null],
    ]);
  });

  it('a no-op stores nothing and keeps the revision; a refusal stores nothing either', async () => {
    await perform(lucia, { action: 'start' }, at(0));
    expect(await perform(lucia, { action: 'start' }, at(5))).toEqual({ changes: [], revision: 1 });
    await expect(perform(lucia, { action: 'tap', participantId: 'priya@example.com' }, at(6))).rejects.toThrow(/facilitator/);
    const stored = await store.turns.read(key);
    expect(stored.revision).toBe(1);
    expect(stored.segments).toHaveLength(1);
  });

  it('gives the rules the last turn’s end, so an instance whose clock is behind starts no turn inside it', async () => {
    await perform(organizer, { action: 'start' }, at(60));
    await perform(organizer, { action: 'stop' }, at(61.5));
    await perform(lucia, { action: 'start' }, at(59));
    const stored = await store.turns.read(key);
    expect(stored.segments.map((s) => [s.participantId, s.startedAt, s.endedAt])).toEqual([
      ['hiroshi@example.com', at(60).toISOString(), at(61.5).toISOString()],
      ['lucia@example.com', at(61.5).toISOString(), null],
    ]);
  });

  it('two taps at once leave one open turn: the second decides on what the first stored', async () => {
    await perform(organizer, { action: 'tap', participantId: 'hiroshi@example.com' }, at(0));
    const results = await Promise.all([
      perform(organizer, { action: 'tap', participantId: 'lucia@example.com' }, at(10)),
      perform(organizer, { action: 'tap', participantId: 'priya@example.com' }, at(10)),
    ]);
    expect(results.map((r) => r.revision).sort()).toEqual([2, 3]);
    const stored = await store.turns.read(key);
    expect(stored.segments.filter((s) => s.endedAt === null)).toHaveLength(1);
    expect(stored.segments).toHaveLength(3);
    expect(stored.segments.every((s, i) => i === stored.segments.length - 1 || s.endedAt !== null)).toBe(true);
  });

  it('refuses a second open turn in an occurrence even when written around the rules', async () => {
    await perform(lucia, { action: 'start' }, at(0));
    await expect(
      database.db.insert(turnSegments).values({ ...key, participantId: 'priya@example.com', participantName: 'Priya Raman', startedAt: at(1) }),
    ).rejects.toThrow();
    // Another occurrence of the series has its own speaker.
    await perform(lucia, { action: 'start' }, at(0), { ...key, occurrenceStart: new Date('2026-11-23T09:00:00Z') });
    expect((await store.turns.read({ ...key, occurrenceStart: new Date('2026-11-23T09:00:00Z') })).segments).toHaveLength(1);
  });

  it('keeps trackers apart per tenant', async () => {
    await perform(lucia, { action: 'raise' }, at(0));
    expect(await store.turns.read({ ...key, tenantId: '99999999-8888-7777-6666-555555555555' })).toEqual(emptyTracker());
  });
});
