import { describe, expect, it } from 'vitest';
import type { Answer, AnswerShape, CheckinView, Round, Scale, StreamEvent } from '../../../../../src/api';
import { applyEvent, applyLocal, fromSnapshot, withMyAnswer, withRound, type LiveCheckin } from '../../../../../src/features/checkin/checkin-live';

// Event shapes as the server publishes them (server/services/checkin/*): checkin.answer { answer, answerCount, pulse? },
// checkin.round { round }, checkin.revealed { answers }, checkin.choice {}.

const ME = 'user-me';
const round = (changes: Partial<Round> = {}): Round => ({ state: 'open', phase: 'checkin', revealed: false, agendaStep: 0, facilitatorId: null, ...changes });

const answerFrom = (author: string | null, text: string, submissionId = `sub-${author ?? 'anon'}-${text}`): Answer => ({
  submissionId,
  author: author === null ? null : { id: author, name: author.replace('user-', '') },
  text,
  scales: null,
  updatedAt: '2025-03-04T09:00:00Z',
});

const view = (changes: Partial<CheckinView> & { answerShape?: AnswerShape; anonymous?: boolean; isOrganizer?: boolean } = {}): CheckinView => {
  const { answerShape = { type: 'word', maxLength: 30 }, anonymous = false, isOrganizer = false, ...rest } = changes;
  return {
    meeting: { eventId: 'event-1', subject: 'Weekly sync', start: '2025-03-04T09:00:00Z', end: '2025-03-04T09:30:00Z', isOrganizer },
    choice: { promptId: 'one-word', customQuestion: null, anonymous, scope: 'occurrence', kind: 'mood', question: 'One word for today?', messageKey: null, answer: answerShape },
    invite: { status: 'written', message: null },
    round: { ...round(), isFacilitator: isOrganizer },
    answers: [],
    answerCount: 0,
    myAnswer: null,
    pulse: null,
    agenda: [],
    lastEventId: '10',
    ...rest,
  };
};

const energy: Scale = { id: 'energy', min: 1, max: 5, labelKey: 'checkin.scale.energy', lowKey: 'checkin.scale.energy.low', highKey: 'checkin.scale.energy.high' };

const event = (id: string | null, type: string, data: unknown): StreamEvent => ({ id, type, data });
const live = (snapshot: CheckinView = view()): LiveCheckin => fromSnapshot(snapshot, null, ME);
const applyAll = (state: LiveCheckin, ...events: StreamEvent[]) => events.reduce((next, e) => applyEvent(next, e, ME), state);

describe('live check-in answers', () => {
  it('an answer event adds the answer to the wall and bumps the count', () => {
    const ana = answerFrom('user-ana', 'sunny');
    const state = applyEvent(live(), event('11', 'checkin.answer', { answer: ana, answerCount: 1 }), ME);
    expect(state.view.answers).toEqual([ana]);
    expect(state.view.answerCount).toBe(1);
    expect(state.view.myAnswer).toBeNull();
    expect(state.needsRefetch).toBe(false);
  });

  it("a person's edited answer replaces their earlier one", () => {
    const first = answerFrom('user-ana', 'sunny');
    const edited = answerFrom('user-ana', 'cloudy');
    const ben = answerFrom('user-ben', 'calm');
    const state = applyAll(
      live(),
      event('11', 'checkin.answer', { answer: first, answerCount: 1 }),
      event('12', 'checkin.answer', { answer: ben, answerCount: 2 }),
      event('13', 'checkin.answer', { answer: edited, answerCount: 2 }),
    );
    expect(state.view.answers).toEqual([edited, ben]);
    expect(state.view.answerCount).toBe(2);
  });

  it('my answer sent from another device shows as mine', () => {
    const mine = answerFrom(ME, 'ready');
    const state = applyEvent(live(), event('11', 'checkin.answer', { answer: mine, answerCount: 1 }), ME);
    expect(state.view.myAnswer).toEqual(mine);
    expect(state.view.answers).toEqual([mine]);
  });

  it('an anonymous answer before reveal only bumps the count', () => {
    const before = view({ anonymous: true, answerCount: 2 });
    const state = applyEvent(live(before), event('11', 'checkin.answer', { answer: null, answerCount: 3 }), ME);
    expect(state.view.answerCount).toBe(3);
    expect(state.view.answers).toEqual([]);
    expect(state.view.myAnswer).toBeNull();
    expect(state.needsRefetch).toBe(false);
  });

  it('an anonymous answer after reveal asks to read the answers again', () => {
    const revealed = view({ anonymous: true, answers: [answerFrom(null, 'tired')], answerCount: 3, round: { ...round({ revealed: true }), isFacilitator: false } });
    const state = applyEvent(live(revealed), event('11', 'checkin.answer', { answer: answerFrom(null, 'sleepy'), answerCount: 4 }), ME);
    expect(state.view.answerCount).toBe(4);
    expect(state.view.answers).toEqual([answerFrom(null, 'tired')]);
    expect(state.needsRefetch).toBe(true);
  });

  it('a pulse answer shows the figures the server sent', () => {
    const pulse = { people: 5, averages: { freedom: 4.2, inclusion: 3.8 } };
    const before = view({ answerShape: { type: 'scales', scales: [] }, anonymous: true });
    const state = applyEvent(live(before), event('11', 'checkin.answer', { answer: null, answerCount: 5, pulse }), ME);
    expect(state.view.pulse).toEqual(pulse);
    expect(state.needsRefetch).toBe(false);
  });

  it.each<[string, AnswerShape]>([
    ['an energy (scale)', { type: 'scale', scale: energy }],
    ['a pulse (scales)', { type: 'scales', scales: [energy] }],
  ])('%s answer without figures asks to read the figures again', (_kind, answerShape) => {
    const state = applyEvent(live(view({ answerShape })), event('11', 'checkin.answer', { answer: answerFrom('user-ana', 'x'), answerCount: 1 }), ME);
    expect(state.view.answerCount).toBe(1);
    expect(state.needsRefetch).toBe(true);
  });

  it('an answer event it cannot read asks to read the check-in again', () => {
    const state = applyEvent(live(), event('11', 'checkin.answer', 'garbled'), ME);
    expect(state.view).toEqual(live().view);
    expect(state.needsRefetch).toBe(true);
  });
});

describe('live check-in round', () => {
  it('a revealed event shows the anonymous answers', () => {
    const answers = [answerFrom(null, 'tired'), answerFrom(null, 'keen'), answerFrom(null, 'calm')];
    const before = view({ anonymous: true, answerCount: 3 });
    const state = applyEvent(live(before), event('11', 'checkin.revealed', { answers }), ME);
    expect(state.view.answers).toEqual(answers);
    expect(state.view.round.revealed).toBe(true);
    expect(state.needsRefetch).toBe(false);
  });

  it('a round event replaces the round', () => {
    const state = applyEvent(live(), event('11', 'checkin.round', { round: round({ state: 'closed', phase: 'agenda', agendaStep: 2 }) }), ME);
    expect(state.view.round).toEqual({ ...round({ state: 'closed', phase: 'agenda', agendaStep: 2 }), isFacilitator: false });
  });

  it('a round handed over to me lets me run it, and handing it back returns it to the organizer', () => {
    const handedToMe = applyEvent(live(), event('11', 'checkin.round', { round: round({ facilitatorId: ME }) }), ME);
    expect(handedToMe.view.round.isFacilitator).toBe(true);

    const organizerView = live(view({ isOrganizer: true }));
    const handedAway = applyEvent(organizerView, event('11', 'checkin.round', { round: round({ facilitatorId: 'user-ana' }) }), ME);
    expect(handedAway.view.round.isFacilitator).toBe(false);
    const handedBack = applyEvent(handedAway, event('12', 'checkin.round', { round: round({ facilitatorId: null }) }), ME);
    expect(handedBack.view.round.isFacilitator).toBe(true);
  });

  it('a new check-in choice asks to read the check-in again', () => {
    const state = applyEvent(live(), event('11', 'checkin.choice', {}), ME);
    expect(state.needsRefetch).toBe(true);
    expect(state.view).toEqual(live().view);
  });

  it("other features' events leave the check-in as it is", () => {
    const state = applyEvent(live(), event('11', 'turn.started', { speaker: 'user-ana' }), ME);
    expect(state.view).toEqual(live().view);
    expect(state.needsRefetch).toBe(false);
  });
});

describe('keeping snapshots and events consistent', () => {
  it('an event the snapshot already includes is not applied again', () => {
    const snapshot = view({ lastEventId: '10', answerCount: 3 });
    const state = applyEvent(live(snapshot), event('9', 'checkin.answer', { answer: null, answerCount: 2 }), ME);
    expect(state.view.answerCount).toBe(3);
  });

  it('a replayed event is not applied twice', () => {
    const ana = answerFrom('user-ana', 'sunny');
    const once = applyEvent(live(), event('11', 'checkin.answer', { answer: ana, answerCount: 1 }), ME);
    const twice = applyEvent(once, event('11', 'checkin.answer', { answer: ana, answerCount: 1 }), ME);
    expect(twice).toBe(once);
  });

  it('events newer than a fresh snapshot are kept on top of it', () => {
    const ana = answerFrom('user-ana', 'sunny');
    const ben = answerFrom('user-ben', 'calm');
    const state = applyAll(live(), event('11', 'checkin.answer', { answer: ana, answerCount: 1 }), event('12', 'checkin.answer', { answer: ben, answerCount: 2 }));
    // A read started before event 12 answers after it: the snapshot knows Ana's answer, not yet Ben's.
    const reread = fromSnapshot(view({ lastEventId: '11', answers: [ana], answerCount: 1 }), state, ME);
    expect(reread.view.answers).toEqual([ana, ben]);
    expect(reread.view.answerCount).toBe(2);
    expect(reread.appliedThrough).toBe(12n);
  });

  it('a request to read again is kept until a snapshot arrives', () => {
    const asked = applyAll(live(), event('11', 'checkin.choice', {}), event('12', 'checkin.round', { round: round({ state: 'closed' }) }));
    expect(asked.needsRefetch).toBe(true);
  });

  it('a fresh snapshot settles an earlier request to read again', () => {
    const asked = applyEvent(live(), event('11', 'checkin.choice', {}), ME);
    const reread = fromSnapshot(view({ lastEventId: '11' }), asked, ME);
    expect(reread.needsRefetch).toBe(false);
  });
});

describe('changes this panel makes itself', () => {
  it('my answer shows right away and the stream echo does not duplicate it', () => {
    const mine = answerFrom(ME, 'ready');
    const local = applyLocal(live(), withMyAnswer(mine));
    expect(local.view.myAnswer).toEqual(mine);
    expect(local.view.answers).toEqual([mine]);

    const echoed = applyEvent(local, event('11', 'checkin.answer', { answer: mine, answerCount: 1 }), ME);
    expect(echoed.view.answers).toEqual([mine]);
    expect(echoed.view.answerCount).toBe(1);
  });

  it('my anonymous answer is mine to see but stays off the wall', () => {
    const mine = answerFrom(null, 'tired');
    const local = applyLocal(live(view({ anonymous: true })), withMyAnswer(mine));
    expect(local.view.myAnswer).toEqual(mine);
    expect(local.view.answers).toEqual([]);
  });

  it('a move I make shows before the stream brings it', () => {
    const local = applyLocal(live(view({ isOrganizer: true })), withRound(round({ state: 'closed' }), ME));
    expect(local.view.round).toEqual({ ...round({ state: 'closed' }), isFacilitator: true });
  });
});
