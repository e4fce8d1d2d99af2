import { describe, expect, it } from 'vitest';
import { emptyTracker, summarizeTurns, type TurnChange } from '../../../../../server/domain/turns';
import type { StreamEvent, TurnsUpdate, TurnsView } from '../../../../../src/api';
import { applyEvent, applyOwnUpdate, fromSnapshot } from '../../../../../src/features/turns/turns-live';

// Event shapes as the server publishes them (server/services/turns/act-on-turns.ts): turns.* { revision, changes }.

const invitation = { organizer: { participantId: 'hiroshi@example.com', name: 'Hiroshi Tanaka' }, invitees: [{ participantId: 'lucia@example.com', name: 'Lucía Fernández', isDeclined: false }] };
const snapshot = (changes: Partial<TurnsView> = {}): TurnsView => ({
  occurrence: { eventId: 'event-1', subject: 'Weekly', start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T10:00:00.000Z' },
  me: { participantId: 'lucia@example.com', name: 'Lucía Fernández', isOrganizer: false },
  invitation,
  tracker: emptyTracker(),
  summary: summarizeTurns(emptyTracker(), invitation, new Date('2026-03-02T09:05:00.000Z')),
  serverTime: '2026-03-02T09:05:00.000Z',
  lastEventId: '10',
  ...changes,
});
const started = (participantId: string, at: string): TurnChange => ({ kind: 'turnStarted', participantId, name: participantId, at });
const update = (revision: number, ...changes: TurnChange[]): TurnsUpdate => ({ revision, changes });
const event = (id: string, data: unknown, type = 'turns.turn'): StreamEvent => ({ id, type, data });

describe('turns-live', () => {
  it('folds the next revision and skips what the snapshot already holds', () => {
    let live = fromSnapshot(snapshot(), null, Date.parse('2026-03-02T09:05:00.000Z'));
    live = applyEvent(live, event('11', update(1, started('lucia@example.com', '2026-03-02T09:05:01.000Z'))));
    live = applyEvent(live, event('12', update(1, started('lucia@example.com', '2026-03-02T09:05:01.000Z'))));
    expect(live.view.tracker.segments).toHaveLength(1);
    expect(live.view.tracker.revision).toBe(1);
    expect(live.needsRefetch).toBe(false);
  });

  it('asks to read again when a revision is missing', () => {
    const live = applyEvent(fromSnapshot(snapshot(), null, 0), event('11', update(2, started('lucia@example.com', '2026-03-02T09:05:01.000Z'))));
    expect(live.needsRefetch).toBe(true);
    expect(live.view.tracker.segments).toHaveLength(0);
  });

  it("ignores other features' events and events already replayed", () => {
    let live = fromSnapshot(snapshot(), null, 0);
    live = applyEvent(live, event('9', update(1, started('lucia@example.com', '2026-03-02T09:05:01.000Z'))));
    live = applyEvent(live, event('11', { answer: null, answerCount: 1 }, 'checkin.answer'));
    expect(live.view.tracker.revision).toBe(0);
    expect(live.needsRefetch).toBe(false);
  });

  it('applies its own action once, whether the answer or the event comes first', () => {
    const mine = update(1, started('lucia@example.com', '2026-03-02T09:05:01.000Z'));
    const answerFirst = applyEvent(applyOwnUpdate(fromSnapshot(snapshot(), null, 0), mine), event('11', mine));
    const eventFirst = applyOwnUpdate(applyEvent(fromSnapshot(snapshot(), null, 0), event('11', mine)), mine);
    expect(answerFirst.view.tracker).toEqual(eventFirst.view.tracker);
    expect(answerFirst.view.tracker.segments).toHaveLength(1);
    // Someone else's change in between: the stream brings both, so the answer waits for it.
    const behind = applyOwnUpdate(fromSnapshot(snapshot(), null, 0), update(2, started('hiroshi@example.com', '2026-03-02T09:05:02.000Z')));
    expect(behind.view.tracker.revision).toBe(0);
    expect(behind.needsRefetch).toBe(false);
  });

  it('re-applies recent events on top of a snapshot read before them, and keeps the server clock offset', () => {
    let live = fromSnapshot(snapshot(), null, Date.parse('2026-03-02T09:04:58.000Z'));
    live = applyEvent(live, event('11', update(1, started('lucia@example.com', '2026-03-02T09:05:01.000Z'))));
    const refreshed = fromSnapshot(snapshot(), live, Date.parse('2026-03-02T09:05:00.000Z'));
    expect(refreshed.view.tracker.segments).toHaveLength(1);
    expect(live.clockOffsetMs).toBe(2000);
  });
});
