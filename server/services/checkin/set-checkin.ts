import type { CheckinChoice } from '../../domain/checkin-round';
import { writeCheckinBlock } from '../../domain/invite';
import { AppError } from '../../errors';
import type { InviteStatus, VerifiedUser } from '../ports';
import { rewriteInvite } from '../rewrite-invite';
import { toInviteCheckin } from '../../domain/checkin';
import { describeQuestion } from './describe-question';
import { questionForOccurrence } from './question-for-occurrence';
import { loadOccurrence, type CheckinDeps, type Occurrence } from './load-occurrence';

export type SetCheckinOptions = { user: VerifiedUser; eventId: string; choice: CheckinChoice };

/** Which event's body carries the block, and which occurrences the choice applies to. */
export const checkinTarget = ({ meeting, start }: Occurrence, scope: CheckinChoice['scope']) => {
  if (scope === 'occurrence') return { eventId: meeting.eventId, appliesTo: start.toISOString() };
  if (!meeting.seriesMasterId) throw new AppError('bad_request', 'This meeting is not part of a series; choose this occurrence.');
  return { eventId: meeting.seriesMasterId, appliesTo: 'series' };
};

/**
 * The organizer chooses the check-in. The choice is stored first, so a Graph failure loses nothing; then the block
 * is written into the invite in front of the agenda (the series master for the whole series, else this occurrence).
 * When the invite cannot be written, the answer says so and a repeat of the request retries it.
 */
export const setCheckin = async (deps: CheckinDeps, { user, eventId, choice }: SetCheckinOptions) => {
  const occurrence = await loadOccurrence(deps, user, eventId);
  if (!occurrence.meeting.isOrganizer) throw new AppError('forbidden', 'Only the organizer of this meeting can choose its check-in.');
  const question = describeQuestion(choice);
  const invite = toInviteCheckin(choice);
  if (!invite) throw new AppError('validation_failed', 'That check-in prompt is no longer in the library.');
  const { eventId: targetId, appliesTo } = checkinTarget(occurrence, choice.scope);
  const save = (invite: InviteStatus) =>
    deps.store.checkin.saveChoice({ tenantId: user.tenantId, onlineMeetingId: occurrence.onlineMeetingId, appliesTo, choice, setBy: user.id, invite });

  await save({ status: 'failed', message: 'The invite has not been updated yet.' });
  let written: InviteStatus;
  try {
    const graph = deps.graph.forUser(user);
    await rewriteInvite(graph, {
      eventId: targetId,
      rewrite: (body) => writeCheckinBlock(body, invite),
    });
    written = { status: 'written', message: null };
  } catch (error) {
    if (!(error instanceof AppError) || error.status < 409) throw error;
    deps.logger.warn({ err: error, eventId: targetId }, 'check-in saved, invite not updated');
    written = { status: 'failed', message: `The check-in is saved, but the invite was not updated: ${error.message} Try again.` };
  }
  await save(written);
  // This occurrence's round follows the choice in force for it (its own, else the series').
  const inForce = await deps.store.checkin.findChoice(user.tenantId, occurrence.onlineMeetingId, occurrence.start.toISOString());
  if (inForce) {
    const question = await questionForOccurrence(deps.store.checkin, { tenantId: user.tenantId, onlineMeetingId: occurrence.onlineMeetingId, start: occurrence.start, choice: inForce });
    await deps.store.checkin.ensureRound(user.tenantId, occurrence.onlineMeetingId, occurrence.start, question);
  }
  await deps.live.publish(user.tenantId, occurrence.stream, 'checkin.choice', {});
  return { choice: { ...choice, ...question }, invite: written };
};
