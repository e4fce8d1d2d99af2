// The tracker's rules: what an action by one person changes, or why it is refused. One person speaks at a time, so
// a turn starting ends the one before it at the same instant. Facilitator mode: the facilitator taps who speaks (a tap
// on the current speaker ends the turn). Self mode: each person starts and stops their own turn. Repeating an action
// that is already true (a second start while speaking, a second raise) changes nothing.
import { isFacilitator, isParticipant } from './participants';
import type { Actor, Invitation, TrackerHead, TurnAction, TurnChange } from './types';

export type TurnContext = { invitation: Invitation; actor: Actor; now: Date };

export type TurnDecision = { ok: true; changes: TurnChange[] } | { ok: false; code: 'forbidden' | 'bad_request'; message: string };

const refuse = (code: 'forbidden' | 'bad_request', message: string): TurnDecision => ({ ok: false, code, message });
const accept = (...changes: TurnChange[]): TurnDecision => ({ ok: true, changes });

/**
 * The instant a change happens: now, but never before the open turn began nor before the last turn ended (two
 * instances' clocks may disagree; a turn must not end before it started, nor start inside the one before it).
 */
const instantOf = (head: TrackerHead, now: Date): string => {
  const startedMs = head.open ? Date.parse(head.open.startedAt) : -Infinity;
  const endedMs = head.lastEndedAt ? Date.parse(head.lastEndedAt) : -Infinity;
  return new Date(Math.max(now.getTime(), startedMs, endedMs)).toISOString();
};

/** Gives the turn to someone: ends the open turn, starts theirs and lowers their hand (they have the floor now). */
const giveTurn = (head: TrackerHead, to: { participantId: string; name: string }, at: string): TurnChange[] => {
  const changes: TurnChange[] = [];
  if (head.open) changes.push({ kind: 'turnEnded', participantId: head.open.participantId, at });
  changes.push({ kind: 'turnStarted', participantId: to.participantId, name: to.name, at });
  if (head.hands.some((hand) => hand.participantId === to.participantId)) changes.push({ kind: 'handLowered', participantId: to.participantId });
  return changes;
};

const nameFor = (context: TurnContext, head: TrackerHead, participantId: string): string => {
  const { organizer, invitees } = context.invitation;
  const known = [organizer, ...invitees, ...head.joined].find((person) => person.participantId === participantId);
  return known?.name ?? participantId;
};

export const decideTurnAction = (head: TrackerHead, action: TurnAction, context: TurnContext): TurnDecision => {
  const { actor } = context;
  const at = instantOf(head, context.now);
  const isRunning = isFacilitator(head.facilitatorId, actor);
  const isSpeaking = head.open?.participantId === actor.participantId;
  const hasHand = (participantId: string) => head.hands.some((hand) => hand.participantId === participantId);

  switch (action.action) {
    case 'start':
      if (head.mode === 'facilitator' && !isRunning) return refuse('forbidden', 'In facilitator mode the facilitator gives the turns.');
      return isSpeaking ? accept() : accept(...giveTurn(head, actor, at));
    case 'stop':
      if (head.mode === 'facilitator' && !isRunning) return refuse('forbidden', 'In facilitator mode the facilitator ends the turns.');
      return isSpeaking ? accept({ kind: 'turnEnded', participantId: actor.participantId, at }) : accept();
    case 'tap': {
      if (!isRunning) return refuse('forbidden', 'Only the facilitator can give someone the turn.');
      if (!isParticipant(context.invitation, head.joined, action.participantId)) return refuse('bad_request', 'That person is not in this meeting.');
      if (head.open?.participantId === action.participantId) return accept({ kind: 'turnEnded', participantId: action.participantId, at });
      return accept(...giveTurn(head, { participantId: action.participantId, name: nameFor(context, head, action.participantId) }, at));
    }
    case 'raise':
      return hasHand(actor.participantId) ? accept() : accept({ kind: 'handRaised', participantId: actor.participantId, name: actor.name, at });
    case 'lower': {
      const participantId = action.participantId ?? actor.participantId;
      if (participantId !== actor.participantId && !isRunning) return refuse('forbidden', "Only the facilitator can lower someone else's hand.");
      return hasHand(participantId) ? accept({ kind: 'handLowered', participantId }) : accept();
    }
    case 'mode':
      if (!isRunning) return refuse('forbidden', 'Only the facilitator can change how turns are given.');
      return head.mode === action.mode ? accept() : accept({ kind: 'modeChanged', mode: action.mode });
    case 'handOver': {
      if (!isRunning) return refuse('forbidden', 'Only the facilitator can hand the tracker over.');
      if (!isParticipant(context.invitation, head.joined, action.participantId)) return refuse('bad_request', 'That person is not in this meeting.');
      // Handing it to the organizer is the default again: null keeps following the organizer.
      const facilitatorId = action.participantId === context.invitation.organizer.participantId ? null : action.participantId;
      return facilitatorId === head.facilitatorId ? accept() : accept({ kind: 'facilitatorChanged', facilitatorId });
    }
    case 'join':
      return head.joined.some((person) => person.participantId === actor.participantId)
        ? accept()
        : accept({ kind: 'joined', participantId: actor.participantId, name: actor.name, at });
  }
};
