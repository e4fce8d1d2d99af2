import { describe, expect, it } from 'vitest';
import {
  applyFacilitatorAction,
  isFacilitator,
  summarizeScales,
  visibleAnswers,
  type Answer,
  type Round,
} from '../../../server/domain/checkin-round';

const round: Round = { state: 'waiting', phase: 'checkin', revealed: false, agendaStep: 0, facilitatorId: null };
const ctx = { answerCount: 0, anonymous: false, agendaLength: 3 };
const answer = (n: number, overrides: Partial<Answer> = {}): Answer => ({
  submissionId: `s${n}`,
  author: null,
  text: `answer ${n}`,
  scales: null,
  updatedAt: '2026-11-21T15:00:00.000Z',
  ...overrides,
});

describe('the facilitator’s moves', () => {
  it('opens, closes, and never reopens a closed round', () => {
    const open = applyFacilitatorAction(round, { action: 'open' }, ctx);
    expect(open).toEqual({ ok: true, round: { ...round, state: 'open' } });
    const closed = applyFacilitatorAction({ ...round, state: 'open' }, { action: 'close' }, ctx);
    expect(closed.ok && closed.round.state).toBe('closed');
    expect(applyFacilitatorAction({ ...round, state: 'closed' }, { action: 'open' }, ctx)).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('reveals anonymous answers only once at least 3 exist', () => {
    const anonymous = { ...ctx, anonymous: true };
    expect(applyFacilitatorAction(round, { action: 'reveal' }, { ...anonymous, answerCount: 2 })).toMatchObject({ ok: false, code: 'conflict', message: expect.stringMatching(/at least 3/) });
    expect(applyFacilitatorAction(round, { action: 'reveal' }, { ...anonymous, answerCount: 3 })).toMatchObject({ ok: true, round: { revealed: true } });
    expect(applyFacilitatorAction(round, { action: 'reveal' }, { ...ctx, answerCount: 5 })).toMatchObject({ ok: false, code: 'bad_request' });
  });

  it('moves through the agenda within its items', () => {
    expect(applyFacilitatorAction(round, { action: 'toAgenda' }, ctx)).toMatchObject({ ok: true, round: { phase: 'agenda' } });
    expect(applyFacilitatorAction(round, { action: 'agendaStep', step: 2 }, ctx)).toMatchObject({ ok: true, round: { phase: 'agenda', agendaStep: 2 } });
    expect(applyFacilitatorAction(round, { action: 'agendaStep', step: 3 }, ctx)).toMatchObject({ ok: false, code: 'bad_request' });
  });

  it('hands the round over, after which only the new facilitator runs it', () => {
    const moved = applyFacilitatorAction(round, { action: 'handOver', userId: 'u2' }, ctx);
    expect(moved.ok && moved.round.facilitatorId).toBe('u2');
    const handed = { ...round, facilitatorId: 'u2' };
    expect(isFacilitator(handed, { id: 'u2', isOrganizer: false })).toBe(true);
    expect(isFacilitator(handed, { id: 'u1', isOrganizer: true })).toBe(false);
    expect(isFacilitator(round, { id: 'u1', isOrganizer: true })).toBe(true);
    expect(isFacilitator(round, { id: 'u3', isOrganizer: false })).toBe(false);
  });
});

describe('who sees which answers', () => {
  const three = [answer(1), answer(2), answer(3)];

  it('shows named answers as they come', () => {
    expect(visibleAnswers(three.slice(0, 1), round, false)).toHaveLength(1);
  });

  it('hides anonymous answers until revealed, and while fewer than 3 exist', () => {
    expect(visibleAnswers(three, round, true)).toEqual([]);
    expect(visibleAnswers(three.slice(0, 2), { revealed: true }, true)).toEqual([]);
    expect(visibleAnswers(three, { revealed: true }, true)).toEqual(three);
  });
});

describe('pulse averages', () => {
  const pulse = (freedom: number, inclusion: number, n: number) => answer(n, { scales: { freedom, inclusion } });

  it('withholds averages below 5 people', () => {
    expect(summarizeScales([pulse(1, 2, 1), pulse(3, 4, 2), pulse(5, 5, 3), pulse(2, 2, 4)])).toEqual({ people: 4, averages: null });
  });

  it('averages each scale over the people who gave it', () => {
    const answers = [pulse(1, 5, 1), pulse(2, 4, 2), pulse(3, 3, 3), pulse(4, 2, 4), pulse(5, 1, 5), answer(6)];
    expect(summarizeScales(answers)).toEqual({ people: 5, averages: { freedom: 3, inclusion: 3 } });
  });
});
