// The Outlook path's removal: the task pane has already taken the block out of the appointment body; the server
// forgets the choice that body carried. Nothing here writes to Graph.
import type { VerifiedUser } from '../ports';
import { describeQuestion } from './describe-question';
import type { CheckinDeps } from './load-occurrence';
import { loadOutlookItem } from './register-outlook-checkin';

export type UnregisterOutlookCheckinOptions = { user: VerifiedUser; eventId: string };

/**
 * Forgets the check-in of what Outlook has open: the series' choice for the series master, this occurrence's own
 * choice otherwise. Idempotent: nothing to forget is not an error (the block may have been pasted in by hand). Answers
 * the check-in still in force for the meeting — an occurrence follows its series' check-in once its own is gone —
 * so the organizer can be told.
 */
export const unregisterOutlookCheckin = async (deps: CheckinDeps, { user, eventId }: UnregisterOutlookCheckinOptions) => {
  const item = await loadOutlookItem(deps, user, eventId, 'remove');
  await deps.store.checkin.deleteChoice(user.tenantId, item.onlineMeetingId, item.appliesTo);
  if (!item.stream) return { choice: null };
  await deps.live.publish(user.tenantId, item.stream, 'checkin.choice', {});
  const inForce = await deps.store.checkin.findChoice(user.tenantId, item.onlineMeetingId, item.appliesTo);
  if (!inForce) return { choice: null };
  const { promptId, customQuestion, anonymous, scope } = inForce;
  return { choice: { promptId, customQuestion, anonymous, scope, ...describeQuestion(inForce) } };
};
