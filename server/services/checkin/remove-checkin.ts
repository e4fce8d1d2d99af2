import { removeCheckinBlock } from '../../domain/invite';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { rewriteInvite } from '../rewrite-invite';
import { checkinTarget } from './set-checkin';
import { loadOccurrence, type CheckinDeps } from './load-occurrence';

export type RemoveCheckinOptions = { user: VerifiedUser; eventId: string };

/**
 * The organizer removes the check-in in force for this occurrence: the block leaves the invite (which is then as it
 * was before), then the choice is forgotten. Graph first, so a failure changes nothing and a repeat finishes the job.
 */
export const removeCheckin = async (deps: CheckinDeps, { user, eventId }: RemoveCheckinOptions): Promise<void> => {
  const occurrence = await loadOccurrence(deps, user, eventId);
  if (!occurrence.meeting.isOrganizer) throw new AppError('forbidden', 'Only the organizer of this meeting can remove its check-in.');
  const choice = await deps.store.checkin.findChoice(user.tenantId, occurrence.onlineMeetingId, occurrence.start.toISOString());
  if (!choice) throw new AppError('not_found', 'This meeting has no check-in to remove.');
  const { eventId: targetId, appliesTo } = checkinTarget(occurrence, choice.scope);
  await rewriteInvite(deps.graph.forUser(user), { eventId: targetId, rewrite: removeCheckinBlock });
  await deps.store.checkin.deleteChoice(user.tenantId, occurrence.onlineMeetingId, appliesTo);
  await deps.live.publish(user.tenantId, occurrence.stream, 'checkin.choice', {});
};
