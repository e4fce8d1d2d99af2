import { applyRoundAction, type PraiseRound, type PraiseRoundAction } from '../../domain/praise';
import { loadOccurrence } from '../checkin/load-occurrence';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { canFacilitatePraise } from './get-meeting-praise';
import type { PraiseDeps } from './praise-deps';

/** The facilitator opens or closes the praise round; every panel of the meeting hears it live (`praise.round`). */
export const actOnPraiseRound = async (deps: PraiseDeps, { user, eventId, action }: { user: VerifiedUser; eventId: string; action: PraiseRoundAction }): Promise<PraiseRound> => {
  const { meeting, onlineMeetingId, start, stream } = await loadOccurrence(deps, user, eventId);
  if (!(await canFacilitatePraise(deps, user, meeting, onlineMeetingId, start))) throw new AppError('forbidden', 'Only the facilitator of this meeting can open or close the praise round.');
  const round = applyRoundAction(action);
  await deps.store.praise.rounds.set(user.tenantId, onlineMeetingId, start, round.isOpen, user.id);
  await deps.live.publish(user.tenantId, stream, 'praise.round', round);
  return round;
};
