// A small meeting for the tracker's tests: an organizer, three invitees (one declined) and a guest who is not on the
// invite; helpers that run actions through the rules and fold their changes, as the store and the panels do.
import { applyTurnChanges, decideTurnAction, emptyTracker, headOf, type Actor, type Invitation, type TrackerState, type TurnAction, type TurnDecision } from '../../../../server/domain/turns';

export const invitation: Invitation = {
  organizer: { participantId: 'hiroshi@example.com', name: 'Hiroshi Tanaka' },
  invitees: [
    { participantId: 'lucia@example.com', name: 'Lucía Fernández', isDeclined: false },
    { participantId: 'priya@example.com', name: 'Priya Raman', isDeclined: false },
    { participantId: 'mateus@example.com', name: 'Mateus Silva', isDeclined: true },
  ],
};

export const organizer: Actor = { ...invitation.organizer, isOrganizer: true };
export const lucia: Actor = { participantId: 'lucia@example.com', name: 'Lucía Fernández', isOrganizer: false };
export const priya: Actor = { participantId: 'priya@example.com', name: 'Priya Raman', isOrganizer: false };
export const mateus: Actor = { participantId: 'mateus@example.com', name: 'Mateus Silva', isOrganizer: false };
export const guest: Actor = { participantId: 'dmitri@example.com', name: 'Dmitri Volkov', isOrganizer: false };

export const T0 = Date.parse('2026-03-02T09:00:00.000Z');
export const at = (seconds: number) => new Date(T0 + seconds * 1000);

/** One action at an instant: the decision, and the state after its changes (unchanged when refused or a no-op). */
export const act = (state: TrackerState, actor: Actor, action: TurnAction, now: Date): { decision: TurnDecision; state: TrackerState } => {
  const decision = decideTurnAction(headOf(state), action, { invitation, actor, now });
  if (!decision.ok || decision.changes.length === 0) return { decision, state };
  return { decision, state: applyTurnChanges(state, decision.changes, state.revision + 1) };
};

/** Runs actions in order, each at its second after T0; throws on a refusal (tests of refusals call `act`). */
export const run = (steps: [Actor, TurnAction, number][], from: TrackerState = emptyTracker()): TrackerState =>
  steps.reduce((state, [actor, action, second]) => {
    const { decision, state: next } = act(state, actor, action, at(second));
    if (!decision.ok) throw new Error(`${actor.name} ${action.action}: ${decision.message}`);
    return next;
  }, from);
