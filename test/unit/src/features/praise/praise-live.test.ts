import { describe, expect, it } from 'vitest';
import type { MeetingPraise, PraiseView, StreamEvent } from '../../../../../src/api';
import { applyEvent, applyLocal, fromSnapshot, newestFirst, withPraise, type LivePraise } from '../../../../../src/features/praise/praise-live';

// Event shapes as the praise API contract names them: praise.given { PraiseView } (public only), praise.delivery
// { id, delivery }, praise.round { isOpen }; the check-in's events share the stream.

const praiseFor = (id: string, recipient: PraiseView['recipient'], changes: Partial<PraiseView> = {}): PraiseView => ({
  id,
  meeting: { eventId: 'event-1', subject: 'Weekly sync', start: '2025-03-04T09:00:00Z' },
  giver: { userId: 'user-ana', displayName: 'Ana' },
  recipient,
  value: { id: 'courage', label: 'Courage' },
  message: `Thanks (${id})`,
  visibility: 'public',
  requestedVisibility: 'public',
  delivery: { status: 'pending', message: null },
  createdAt: '2025-03-04T09:10:00Z',
  ...changes,
});

const priya = { kind: 'person', userId: 'user-priya', displayName: 'Priya' } as const;
const team = { kind: 'team' } as const;

const snapshot = (changes: Partial<MeetingPraise> = {}): MeetingPraise => ({
  praise: [],
  round: { isOpen: false },
  people: [{ userId: 'user-priya', displayName: 'Priya', preference: 'either' }],
  suggestions: [
    { userId: 'user-priya', displayName: 'Priya' },
    { userId: 'user-dmitri', displayName: 'Dmitri' },
  ],
  canFacilitate: false,
  viewer: { id: 'user-ana', isOrganizer: false },
  lastEventId: null,
  ...changes,
});

const event = (id: string | null, type: string, data: unknown): StreamEvent => ({ id, type, data });
const live = (view: MeetingPraise = snapshot()): LivePraise => fromSnapshot(view, null);
const applyAll = (state: LivePraise, ...events: StreamEvent[]) => events.reduce(applyEvent, state);

describe('live praise wall', () => {
  it('a public praise event adds the praise to the wall and takes its recipient off the suggestions', () => {
    const praise = praiseFor('p1', priya);
    const state = applyEvent(live(), event('11', 'praise.given', praise));
    expect(state.view.praise).toEqual([praise]);
    expect(state.view.suggestions.map((person) => person.userId)).toEqual(['user-dmitri']);
    expect(state.appliedThrough).toBe(11n);
  });

  it('team praise goes on the wall and leaves the suggestions as they are', () => {
    const state = applyEvent(live(), event('11', 'praise.given', praiseFor('p1', team)));
    expect(state.view.praise).toHaveLength(1);
    expect(state.view.suggestions).toHaveLength(2);
  });

  it('a private praise never reaches the wall, even if an event carried one', () => {
    const state = applyEvent(live(), event('11', 'praise.given', praiseFor('p1', priya, { visibility: 'private', requestedVisibility: 'private' })));
    expect(state.view.praise).toEqual([]);
    expect(state.view.suggestions).toHaveLength(2);
  });

  it('a delivery event moves the status of the praise it names, and only that one', () => {
    const state = applyAll(
      live(),
      event('11', 'praise.given', praiseFor('p1', priya)),
      event('12', 'praise.given', praiseFor('p2', team)),
      event('13', 'praise.delivery', { id: 'p1', delivery: { status: 'delivered', message: null } }),
    );
    expect(state.view.praise.map((praise) => [praise.id, praise.delivery.status])).toEqual([
      ['p1', 'delivered'],
      ['p2', 'pending'],
    ]);
  });

  it('a delivery event for a praise the wall does not hold changes nothing', () => {
    const before = live();
    const after = applyEvent(before, event('11', 'praise.delivery', { id: 'elsewhere', delivery: { status: 'failed', message: 'gone' } }));
    expect(after.view).toEqual(before.view);
  });

  it('the round opens and closes with the round events', () => {
    const opened = applyEvent(live(), event('11', 'praise.round', { isOpen: true }));
    expect(opened.view.round).toEqual({ isOpen: true });
    expect(applyEvent(opened, event('12', 'praise.round', { isOpen: false })).view.round).toEqual({ isOpen: false });
  });

  it("other features' events and malformed praise events change nothing", () => {
    const before = live();
    const after = applyAll(
      before,
      event('11', 'checkin.answer', { answer: null, answerCount: 1 }),
      event('12', 'praise.given', { id: 'p1' }),
      event('13', 'praise.round', { isOpen: 'yes' }),
      event('14', 'praise.delivery', { id: 'p1' }),
    );
    expect(after.view).toEqual(before.view);
    expect(after.appliedThrough).toBe(14n);
  });
});

describe('snapshots and replays', () => {
  it('an event the snapshot already holds is skipped', () => {
    const praise = praiseFor('p1', priya, { delivery: { status: 'delivered', message: null } });
    const state = live(snapshot({ praise: [praise], lastEventId: '20' }));
    const replayed = applyAll(state, event('19', 'praise.delivery', { id: 'p1', delivery: { status: 'pending', message: null } }));
    expect(replayed.view.praise[0]!.delivery.status).toBe('delivered');
  });

  it('replaying the whole stream over a snapshot without a position ends where the snapshot stood, with no duplicates', () => {
    const delivered = praiseFor('p1', priya, { delivery: { status: 'delivered', message: null } });
    const state = applyAll(
      live(snapshot({ praise: [delivered], round: { isOpen: false } })),
      event('1', 'praise.round', { isOpen: true }),
      event('2', 'praise.given', praiseFor('p1', priya)),
      event('3', 'praise.delivery', { id: 'p1', delivery: { status: 'delivered', message: null } }),
      event('4', 'praise.round', { isOpen: false }),
    );
    expect(state.view.praise).toEqual([delivered]);
    expect(state.view.round.isOpen).toBe(false);
  });

  it('a replayed praise.given never takes a delivered praise back to pending', () => {
    const delivered = praiseFor('p1', priya, { delivery: { status: 'delivered', message: null } });
    const state = applyEvent(live(snapshot({ praise: [delivered] })), event('2', 'praise.given', praiseFor('p1', priya)));
    expect(state.view.praise).toEqual([delivered]);
  });

  it('a snapshot read again keeps the praise events that arrived after it', () => {
    const first = applyAll(live(snapshot({ lastEventId: '10' })), event('11', 'praise.given', praiseFor('p1', priya)), event('12', 'praise.round', { isOpen: true }));
    const reread = fromSnapshot(snapshot({ lastEventId: '11', praise: [praiseFor('p1', priya)] }), first);
    expect(reread.view.praise).toHaveLength(1);
    expect(reread.view.round.isOpen).toBe(true);
    expect(reread.appliedThrough).toBe(12n);
  });
});

describe('this panel’s own praise', () => {
  it('the praise this panel sent shows at once, and its stream event later does not add it twice', () => {
    const mine = praiseFor('p1', priya);
    const local = applyLocal(live(), (view) => withPraise(view, mine));
    expect(local.view.praise).toEqual([mine]);
    expect(applyEvent(local, event('11', 'praise.given', mine)).view.praise).toEqual([mine]);
  });

  it('a praise delivered privately by preference stays off the wall', () => {
    const madePrivate = praiseFor('p1', priya, { visibility: 'private', requestedVisibility: 'public' });
    expect(applyLocal(live(), (view) => withPraise(view, madePrivate)).view.praise).toEqual([]);
  });
});

describe('wall order', () => {
  it('shows the newest praise first; a later arrival wins a tie', () => {
    const early = praiseFor('early', priya, { createdAt: '2025-03-04T09:01:00Z' });
    const late = praiseFor('late', team, { createdAt: '2025-03-04T09:05:00Z' });
    const sameTime = praiseFor('same', team, { createdAt: '2025-03-04T09:05:00Z' });
    expect(newestFirst([early, late, sameTime]).map((praise) => praise.id)).toEqual(['same', 'late', 'early']);
  });
});

describe('who runs the praise round', () => {
  const handOver = (id: string, facilitatorId: string | null) => event(id, 'checkin.round', { round: { state: 'open', revealed: false, stepIndex: 0, facilitatorId } });

  it('follows the check-in hand-over: to this person, away from them, and back to the organizer', () => {
    const attendee = live();
    const given = applyEvent(attendee, handOver('5', 'user-ana'));
    expect(given.view.canFacilitate).toBe(true);
    expect(applyEvent(given, handOver('6', 'user-priya')).view.canFacilitate).toBe(false);
    expect(applyEvent(given, handOver('6', null)).view.canFacilitate).toBe(false);
    const organizer = live(snapshot({ canFacilitate: true, viewer: { id: 'user-hiroshi', isOrganizer: true } }));
    expect(applyEvent(organizer, handOver('5', 'user-ana')).view.canFacilitate).toBe(false);
    expect(applyAll(organizer, handOver('5', 'user-ana'), handOver('6', null)).view.canFacilitate).toBe(true);
  });

  it('ignores a check-in event that does not say who facilitates', () => {
    const organizer = live(snapshot({ canFacilitate: true, viewer: { id: 'user-hiroshi', isOrganizer: true } }));
    expect(applyEvent(organizer, event('5', 'checkin.round', { round: { state: 'closed' } })).view.canFacilitate).toBe(true);
    expect(applyEvent(organizer, event('6', 'checkin.round', { round: { facilitatorId: 42 } })).view.canFacilitate).toBe(true);
  });
});
