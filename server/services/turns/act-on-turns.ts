// Takes one action on an occurrence's turn tracker (start, stop, tap, hands, mode, hand over, join) and tells every panel.
import { decideTurnAction, type TurnAction } from '../../domain/turns';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { loadTracker, type TurnDeps } from './load-tracker';
import { TURN_EVENT_TYPES, type TurnsUpdate } from './turns-view';

export type ActOnTurnsOptions = { user: VerifiedUser; eventId: string; action: TurnAction };

/**
 * One person's action on the occurrence's tracker: decided by the rules on the stored state under the occurrence's
 * lock (the time is read there too, so actions stored one after the other are in time order), stored, then told to
 * every panel. A no-op (a second start while speaking) stores and tells nothing.
 */
export const actOnTurns = async (deps: TurnDeps, { user, eventId, action }: ActOnTurnsOptions): Promise<TurnsUpdate> => {
  const { key, stream, invitation, actor } = await loadTracker(deps, user, eventId);
  const { changes, revision } = await deps.store.turns.act(key, (head) => {
    const decision = decideTurnAction(head, action, { invitation, actor, now: deps.clock.now() });
    if (!decision.ok) throw new AppError(decision.code, decision.message);
    return { changes: decision.changes };
  });
  const update: TurnsUpdate = { revision, changes };
  if (changes.length > 0) await deps.live.publish(user.tenantId, stream, TURN_EVENT_TYPES[action.action], update);
  return update;
};
