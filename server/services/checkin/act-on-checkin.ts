import { applyFacilitatorAction, isFacilitator, type FacilitatorAction, type Round } from '../../domain/checkin-round';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { loadOccurrence, type CheckinDeps } from './load-occurrence';

export type ActOnCheckinOptions = { user: VerifiedUser; eventId: string; move: FacilitatorAction; agendaLength: () => Promise<number> };

/** The facilitator (the organizer unless handed over) runs the round: open, close, reveal, agenda steps, hand over. */
export const actOnCheckin = async (deps: CheckinDeps, { user, eventId, move, agendaLength }: ActOnCheckinOptions): Promise<Round> => {
  const { meeting, onlineMeetingId, start, stream } = await loadOccurrence(deps, user, eventId);
  const stored = await deps.store.checkin.findRound(user.tenantId, onlineMeetingId, start);
  if (!stored) throw new AppError('conflict', 'There is no check-in in this meeting yet.');
  if (!isFacilitator(stored.round, { id: user.id, isOrganizer: meeting.isOrganizer })) {
    throw new AppError('forbidden', 'Only the facilitator of this meeting can do that.');
  }
  const answers = move.action === 'reveal' ? await deps.store.checkin.currentAnswers(user.tenantId, stored.roundId) : [];
  const outcome = applyFacilitatorAction(stored.round, move, {
    answerCount: answers.length,
    anonymous: stored.question.anonymous,
    agendaLength: move.action === 'agendaStep' ? await agendaLength() : 0,
  });
  if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
  await deps.store.checkin.updateRound(user.tenantId, stored.roundId, outcome.round);
  await deps.live.publish(user.tenantId, stream, 'checkin.round', { round: outcome.round });
  if (move.action === 'reveal') {
    await deps.live.publish(user.tenantId, stream, 'checkin.revealed', { answers: answers.map((a) => a.answer) });
  }
  return outcome.round;
};
