// The live turn tracker's rules (issue 4, item 5): who speaks, raised hands and the fair queue, "not heard yet" and the
// live balance, by the transcript's definitions. Pure: no I/O, no clock; the side panel runs the same code.
export { applyTurnChanges, emptyTracker, headOf } from './apply-turn-changes';
export { decideTurnAction, type TurnContext, type TurnDecision } from './decide-turn-action';
export { facilitatorOf, identifyActor, invitationOf, isFacilitator, isParticipant, listParticipants, nameOf, participantIdOf } from './participants';
export { orderQueue, segmentsAsCues, summarizeTurns, type QueuedHand, type TurnsPerson, type TurnsSummary } from './summarize-turns';
export { TRACKER_MODES } from './types';
export type {
  Actor,
  Invitation,
  JoinedPerson,
  Participant,
  ParticipantRef,
  ParticipantRole,
  RaisedHand,
  Segment,
  TrackerHead,
  TrackerMode,
  TrackerSettings,
  TrackerState,
  TurnAction,
  TurnChange,
} from './types';
