// The tracker's rules, action by action: who may do what in facilitator and self mode, and what each action changes.
import { describe, expect, it } from 'vitest';
import { emptyTracker, headOf } from '../../../../server/domain/turns';
import { act, at, guest, lucia, mateus, organizer, priya, run } from './turn-fixtures';

const facilitatorMode = () => run([[organizer, { action: 'mode', mode: 'facilitator' }, 0]]);

describe('facilitator mode', () => {
  it('a tap gives the turn and ends the previous one at the same instant', () => {
    const state = run(
      [
        [organizer, { action: 'tap', participantId: lucia.participantId }, 10],
        [organizer, { action: 'tap', participantId: priya.participantId }, 40],
      ],
      facilitatorMode(),
    );
    expect(state.segments).toEqual([
      { participantId: lucia.participantId, name: 'Lucía Fernández', startedAt: at(10).toISOString(), endedAt: at(40).toISOString() },
      { participantId: priya.participantId, name: 'Priya Raman', startedAt: at(40).toISOString(), endedAt: null },
    ]);
  });

  it('tapping the current speaker ends their turn', () => {
    const state = run(
      [
        [organizer, { action: 'tap', participantId: lucia.participantId }, 10],
        [organizer, { action: 'tap', participantId: lucia.participantId }, 25],
      ],
      facilitatorMode(),
    );
    expect(headOf(state).open).toBeNull();
    expect(state.segments.at(-1)?.endedAt).toBe(at(25).toISOString());
  });

  it('a tap lowers the hand of the person who gets the turn', () => {
    const raised = run([[priya, { action: 'raise' }, 5]], facilitatorMode());
    const { decision, state } = act(raised, organizer, { action: 'tap', participantId: priya.participantId }, at(9));
    expect(decision).toEqual({
      ok: true,
      changes: [
        { kind: 'turnStarted', participantId: priya.participantId, name: 'Priya Raman', at: at(9).toISOString() },
        { kind: 'handLowered', participantId: priya.participantId },
      ],
    });
    expect(state.hands).toEqual([]);
  });

  it('refuses taps, starts and mode changes from anyone but the facilitator', () => {
    const state = facilitatorMode();
    for (const action of [{ action: 'tap', participantId: lucia.participantId }, { action: 'start' }, { action: 'stop' }, { action: 'mode', mode: 'self' }] as const) {
      const { decision } = act(state, lucia, action, at(5));
      expect(decision, action.action).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('refuses a tap on someone who is not in the meeting', () => {
    const { decision } = act(facilitatorMode(), organizer, { action: 'tap', participantId: 'stranger@example.com' }, at(5));
    expect(decision).toMatchObject({ ok: false, code: 'bad_request' });
  });

  it('a guest who joined can be given the turn', () => {
    const state = run([[guest, { action: 'join' }, 1], [organizer, { action: 'tap', participantId: guest.participantId }, 2]], facilitatorMode());
    expect(headOf(state).open).toMatchObject({ participantId: guest.participantId, name: 'Dmitri Volkov' });
  });

  it('hands over: the new facilitator taps, the organizer no longer can; handing back to the organizer is the default again', () => {
    const handed = run([[organizer, { action: 'handOver', participantId: lucia.participantId }, 1]], facilitatorMode());
    expect(handed.facilitatorId).toBe(lucia.participantId);
    expect(act(handed, lucia, { action: 'tap', participantId: priya.participantId }, at(2)).decision.ok).toBe(true);
    expect(act(handed, organizer, { action: 'tap', participantId: priya.participantId }, at(2)).decision).toMatchObject({ ok: false, code: 'forbidden' });
    const back = run([[lucia, { action: 'handOver', participantId: organizer.participantId }, 3]], handed);
    expect(back.facilitatorId).toBeNull();
  });
});

describe('self mode', () => {
  it('is the mode a new tracker starts in: each person starts and stops their own turn', () => {
    const state = run([
      [lucia, { action: 'start' }, 0],
      [lucia, { action: 'stop' }, 30],
    ]);
    expect(state.mode).toBe('self');
    expect(state.segments).toEqual([{ participantId: lucia.participantId, name: 'Lucía Fernández', startedAt: at(0).toISOString(), endedAt: at(30).toISOString() }]);
  });

  it('a second start while speaking changes nothing', () => {
    const speaking = run([[lucia, { action: 'start' }, 0]]);
    const { decision, state } = act(speaking, lucia, { action: 'start' }, at(12));
    expect(decision).toEqual({ ok: true, changes: [] });
    expect(state).toBe(speaking);
  });

  it("stop ends only one's own turn", () => {
    const speaking = run([[lucia, { action: 'start' }, 0]]);
    expect(act(speaking, priya, { action: 'stop' }, at(5)).decision).toEqual({ ok: true, changes: [] });
  });

  it('starting ends whoever was speaking: one voice at a time', () => {
    const state = run([
      [lucia, { action: 'start' }, 0],
      [priya, { action: 'start' }, 20],
    ]);
    expect(state.segments.map((s) => [s.participantId, s.endedAt])).toEqual([
      [lucia.participantId, at(20).toISOString()],
      [priya.participantId, null],
    ]);
  });

  it('the facilitator may still tap, to correct a turn someone forgot to stop', () => {
    const state = run([[lucia, { action: 'start' }, 0], [organizer, { action: 'tap', participantId: lucia.participantId }, 90]]);
    expect(headOf(state).open).toBeNull();
  });
});

describe('hands', () => {
  it('raising twice keeps the first raise (and its place in the queue)', () => {
    const state = run([[priya, { action: 'raise' }, 1]]);
    expect(act(state, priya, { action: 'raise' }, at(9)).decision).toEqual({ ok: true, changes: [] });
    expect(state.hands).toEqual([{ participantId: priya.participantId, name: 'Priya Raman', raisedAt: at(1).toISOString() }]);
  });

  it("only the facilitator lowers someone else's hand", () => {
    const state = run([[priya, { action: 'raise' }, 1]]);
    expect(act(state, lucia, { action: 'lower', participantId: priya.participantId }, at(2)).decision).toMatchObject({ ok: false, code: 'forbidden' });
    expect(act(state, organizer, { action: 'lower', participantId: priya.participantId }, at(2)).state.hands).toEqual([]);
    expect(act(state, priya, { action: 'lower' }, at(2)).state.hands).toEqual([]);
  });
});

describe('joining and time', () => {
  it('joins once', () => {
    const joined = run([[mateus, { action: 'join' }, 1]]);
    expect(joined.joined).toHaveLength(1);
    expect(act(joined, mateus, { action: 'join' }, at(2)).decision).toEqual({ ok: true, changes: [] });
  });

  it('never ends a turn before it began, whatever the clock says', () => {
    const speaking = run([[lucia, { action: 'start' }, 60]]);
    const { state } = act(speaking, lucia, { action: 'stop' }, at(50));
    expect(state.segments[0]?.endedAt).toBe(at(60).toISOString());
  });

  it('never starts a turn inside the one before it, whatever the clock says (found by the property test)', () => {
    const spoke = run([
      [organizer, { action: 'start' }, 60],
      [organizer, { action: 'stop' }, 61],
    ]);
    const { state } = act(spoke, lucia, { action: 'start' }, at(59));
    expect(state.segments[1]).toMatchObject({ participantId: lucia.participantId, startedAt: at(61).toISOString(), endedAt: null });
    expect(headOf(state).lastEndedAt).toBe(at(61).toISOString());
  });

  it('a fresh tracker has nothing open', () => {
    expect(headOf(emptyTracker())).toEqual({ mode: 'self', facilitatorId: null, revision: 0, open: null, lastEndedAt: null, hands: [], joined: [] });
  });
});
