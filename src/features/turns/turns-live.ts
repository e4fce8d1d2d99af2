// Merges the meeting's live events into the turn tracker a panel shows. Pure: the hook feeds it snapshots (GET answers),
// events and the panel's own action results. Each `turns.*` event carries one action's changes and the revision they
// made: revision n + 1 is folded onto state n with the server's own rules, an older one is already in, and a gap (an
// event lost or out of order) makes the panel read the tracker again.
import { applyTurnChanges } from '../../../server/domain/turns';
import type { StreamEvent, TurnsUpdate, TurnsView } from '../../api';

export type LiveTurns = {
  view: TurnsView;
  /** The id of the newest event already reflected in `view`. */
  appliedThrough: bigint;
  /** Recent events, re-applied on top of a snapshot taken before them. */
  recent: StreamEvent[];
  needsRefetch: boolean;
  /** Server time minus this device's time when the snapshot arrived: elapsed times follow the server's clock. */
  clockOffsetMs: number;
};

const RECENT_LIMIT = 200;

const idOf = (id: string | null | undefined): bigint => (id && /^\d{1,19}$/.test(id) ? BigInt(id) : -1n);

const isTurnsUpdate = (data: unknown): data is TurnsUpdate =>
  typeof data === 'object' && data !== null && typeof (data as TurnsUpdate).revision === 'number' && Array.isArray((data as TurnsUpdate).changes);

/** One action's changes on top of a view; `refetch` when they do not follow the revision shown. */
export const applyUpdate = (view: TurnsView, update: TurnsUpdate): { view: TurnsView; refetch: boolean } => {
  const shown = view.tracker.revision;
  if (update.revision <= shown) return { view, refetch: false };
  if (update.revision > shown + 1) return { view, refetch: true };
  return { view: { ...view, tracker: applyTurnChanges(view.tracker, update.changes, update.revision) }, refetch: false };
};

const reduceEvent = (view: TurnsView, event: StreamEvent): { view: TurnsView; refetch: boolean } => {
  // Other features' events (check-in, praise) share the meeting's stream.
  if (!event.type.startsWith('turns.')) return { view, refetch: false };
  return isTurnsUpdate(event.data) ? applyUpdate(view, event.data) : { view, refetch: true };
};

export const fromSnapshot = (snapshot: TurnsView, previous: LiveTurns | null, receivedAt: number): LiveTurns => {
  const since = idOf(snapshot.lastEventId);
  let state: LiveTurns = {
    view: snapshot,
    appliedThrough: since,
    recent: previous?.recent ?? [],
    needsRefetch: false,
    clockOffsetMs: Date.parse(snapshot.serverTime) - receivedAt,
  };
  for (const event of state.recent) {
    if (idOf(event.id) <= since) continue;
    const { view, refetch } = reduceEvent(state.view, event);
    state = { ...state, view, appliedThrough: idOf(event.id), needsRefetch: state.needsRefetch || refetch };
  }
  return state;
};

export const applyEvent = (state: LiveTurns, event: StreamEvent): LiveTurns => {
  const id = idOf(event.id);
  if (id !== -1n && id <= state.appliedThrough) return state;
  const { view, refetch } = reduceEvent(state.view, event);
  return {
    ...state,
    view,
    appliedThrough: id === -1n ? state.appliedThrough : id,
    recent: [...state.recent, event].slice(-RECENT_LIMIT),
    needsRefetch: state.needsRefetch || refetch,
  };
};

/**
 * What this panel's own action stored, before (or after) the stream brings it: the revision keeps it from counting
 * twice. When someone else's change came in between, the stream brings both in order, so nothing is read again.
 */
export const applyOwnUpdate = (state: LiveTurns, update: TurnsUpdate): LiveTurns => {
  const { view, refetch } = applyUpdate(state.view, update);
  return refetch ? state : { ...state, view };
};
