// Property tests of the tracker over random meetings: any sequence of actions by anyone, at any pace, keeps one voice
// at a time, talk times that add up to the time covered, a queue in fair order, and the same state when replayed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTurnChanges, emptyTracker, summarizeTurns, type Actor, type TrackerState, type TurnAction, type TurnChange } from '../../../../server/domain/turns';
import { act, guest, invitation, lucia, mateus, organizer, priya, T0 } from './turn-fixtures';

const actors = [organizer, lucia, priya, mateus, guest];
const ids = [...actors.map((a) => a.participantId), 'stranger@example.com'];

const actionArbitrary: fc.Arbitrary<TurnAction> = fc.oneof(
  fc.constant({ action: 'start' as const }),
  fc.constant({ action: 'stop' as const }),
  fc.constantFrom(...ids).map((participantId) => ({ action: 'tap' as const, participantId })),
  fc.constant({ action: 'raise' as const }),
  fc.option(fc.constantFrom(...ids), { nil: undefined }).map((participantId) => ({ action: 'lower' as const, participantId })),
  fc.constantFrom('facilitator' as const, 'self' as const).map((mode) => ({ action: 'mode' as const, mode })),
  fc.constantFrom(...ids).map((participantId) => ({ action: 'handOver' as const, participantId })),
  fc.constant({ action: 'join' as const }),
);

// Steps of 0–3 s, so that simultaneous actions (0 ms apart) and equal talk times are common; a few clocks run back.
const stepArbitrary = fc.record({ actor: fc.constantFrom(...actors), action: actionArbitrary, advanceMs: fc.integer({ min: -500, max: 3000 }) });
const meetingArbitrary = fc.array(stepArbitrary, { maxLength: 80 });

type Step = { actor: Actor; action: TurnAction; advanceMs: number };

/** Plays the steps; returns the final state, the instant after the last step and the log of stored changes. */
const play = (steps: readonly Step[]) => {
  let state = emptyTracker();
  let nowMs = T0;
  const log: TurnChange[][] = [];
  for (const { actor, action, advanceMs } of steps) {
    nowMs += advanceMs;
    const speakingBefore = state.segments.find((s) => s.endedAt === null)?.participantId;
    const { decision, state: next } = act(state, actor, action, new Date(nowMs));
    if (decision.ok && action.action === 'start' && speakingBefore === actor.participantId) expect(decision.changes).toEqual([]);
    if (decision.ok && decision.changes.length > 0) log.push(decision.changes);
    state = next;
  }
  return { state, now: new Date(Math.max(nowMs, T0) + 1000), log };
};

const segmentLength = (segment: TrackerState['segments'][number], nowMs: number) =>
  (segment.endedAt === null ? Math.max(nowMs, Date.parse(segment.startedAt)) : Date.parse(segment.endedAt)) - Date.parse(segment.startedAt);

describe('turn tracker properties', () => {
  it('one voice at a time: at most one open turn, no turn ends before it began, turns never overlap', () => {
    fc.assert(
      fc.property(meetingArbitrary, (steps) => {
        const { state } = play(steps);
        expect(state.segments.filter((s) => s.endedAt === null).length).toBeLessThanOrEqual(1);
        state.segments.forEach((segment, i) => {
          if (segment.endedAt !== null) expect(Date.parse(segment.endedAt)).toBeGreaterThanOrEqual(Date.parse(segment.startedAt));
          const next = state.segments[i + 1];
          if (next) expect(segment.endedAt !== null && Date.parse(segment.endedAt) <= Date.parse(next.startedAt)).toBe(true);
        });
      }),
    );
  });

  it("talk times add up to the time the turns cover, and each is the sum of that person's turns", () => {
    fc.assert(
      fc.property(meetingArbitrary, (steps) => {
        const { state, now } = play(steps);
        const summary = summarizeTurns(state, invitation, now);
        const covered = state.segments.reduce((sum, s) => sum + segmentLength(s, now.getTime()), 0);
        expect(summary.coveredMs).toBe(covered);
        expect(summary.people.reduce((sum, p) => sum + p.talkMs, 0)).toBe(covered);
        for (const person of summary.people) {
          const own = state.segments.filter((s) => s.participantId === person.participantId);
          expect(person.talkMs).toBe(own.reduce((sum, s) => sum + segmentLength(s, now.getTime()), 0));
        }
        if (covered > 0) expect(summary.people.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('the queue holds every raised hand but the speaker’s, least talk first, then who raised first', () => {
    fc.assert(
      fc.property(meetingArbitrary, (steps) => {
        const { state, now } = play(steps);
        const summary = summarizeTurns(state, invitation, now);
        const speaker = summary.current?.participantId;
        expect(summary.queue.map((h) => h.participantId).sort()).toEqual(state.hands.map((h) => h.participantId).filter((id) => id !== speaker).sort());
        for (let i = 1; i < summary.queue.length; i++) {
          const [a, b] = [summary.queue[i - 1]!, summary.queue[i]!];
          expect(a.talkMs < b.talkMs || (a.talkMs === b.talkMs && Date.parse(a.raisedAt) <= Date.parse(b.raisedAt))).toBe(true);
        }
        for (const hand of summary.queue) expect(hand.talkMs).toBe(summary.people.find((p) => p.participantId === hand.participantId)?.talkMs ?? 0);
      }),
    );
  });

  it('"not heard yet" is exactly the counted people without a turn who are not speaking', () => {
    fc.assert(
      fc.property(meetingArbitrary, (steps) => {
        const { state, now } = play(steps);
        const summary = summarizeTurns(state, invitation, now);
        const expected = summary.people.filter((p) => p.turns === 0 && !p.isSpeaking).map((p) => p.participantId).sort();
        expect(summary.notHeard.map((p) => p.participantId).sort()).toEqual(expected);
        if (summary.balance.entropy !== null) expect(summary.balance.entropy).toBeGreaterThanOrEqual(0);
        if (summary.balance.entropy !== null) expect(summary.balance.entropy).toBeLessThanOrEqual(1);
        if (summary.balance.topShare !== null) expect(summary.balance.topShare).toBe(Math.max(...summary.people.map((p) => p.share)));
      }),
    );
  });

  it('replaying the same actions, or the stored changes, gives the same state; a change applied twice counts once', () => {
    fc.assert(
      fc.property(meetingArbitrary, (steps) => {
        const first = play(steps);
        expect(play(steps).state).toEqual(first.state);
        const replayed = first.log.reduce((state, changes, i) => applyTurnChanges(state, changes, i + 1), emptyTracker());
        expect(replayed).toEqual(first.state);
        const twice = first.log.reduce((state, changes, i) => applyTurnChanges(applyTurnChanges(state, changes, i + 1), changes, i + 1), emptyTracker());
        expect(twice).toEqual(first.state);
        expect(first.state.revision).toBe(first.log.length);
      }),
    );
  });
});
