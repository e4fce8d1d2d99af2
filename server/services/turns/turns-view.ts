// The turn tracker as the API answers it and its live events carry it. The panel folds each event's changes into the
// state it read (domain/turns applyTurnChanges) and computes what it shows with the same rules as the server.
import type { Actor, Invitation, TrackerState, TurnAction, TurnChange, TurnsSummary } from '../../domain/turns';

export type TurnsView = {
  occurrence: { eventId: string; subject: string; start: string; end: string };
  /** The person asking, as the tracker knows them. */
  me: Actor;
  invitation: Invitation;
  tracker: TrackerState;
  /** What the tracker shows, as of `serverTime` (the panel recomputes it every second with its own clock). */
  summary: TurnsSummary;
  serverTime: string;
  /** Where the live stream starts for this state. */
  lastEventId: string | null;
};

/** What an action stored: its changes (none for a no-op) and the tracker's revision after it. */
export type TurnsUpdate = { revision: number; changes: TurnChange[] };

/** The live event types, one per kind of action; each carries a TurnsUpdate. */
export const TURN_EVENT_TYPES = {
  start: 'turns.turn',
  stop: 'turns.turn',
  tap: 'turns.turn',
  raise: 'turns.hand',
  lower: 'turns.hand',
  mode: 'turns.settings',
  handOver: 'turns.settings',
  join: 'turns.joined',
} as const satisfies Record<TurnAction['action'], `turns.${string}`>;
