// Merges the meeting's live praise events (praise.given, praise.delivery, praise.round) into the praise a panel or the
// stage shows, and the check-in round's hand-over (checkin.round) into who runs the praise round. Pure: the hook feeds it the snapshot (GET …/praise) and the stream's events, in either order.
import { isFacilitator } from '../../../server/domain/checkin-round';
import type { MeetingPraise, PraiseDelivery, PraiseView, StreamEvent } from '../../api';

export type LivePraise = {
  view: MeetingPraise;
  /** The id of the newest event already reflected in `view`; -1 when the snapshot did not say where it stands. */
  appliedThrough: bigint;
  /** Recent events, re-applied on top of a snapshot read again after them. */
  recent: StreamEvent[];
};

const RECENT_LIMIT = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const eventIdOf = (id: string | null | undefined): bigint => (id && /^\d{1,19}$/.test(id) ? BigInt(id) : -1n);

const isPraiseView = (value: unknown): value is PraiseView =>
  isObject(value) && typeof value.id === 'string' && typeof value.message === 'string' && isObject(value.giver) && isObject(value.recipient) && isObject(value.delivery);

const isDelivery = (value: unknown): value is PraiseDelivery => isObject(value) && typeof value.status === 'string';

/**
 * Adds a public praise to the wall, or leaves one already there as it is: a praise's delivery moves only through
 * praise.delivery events, so a replayed praise.given never takes a delivered praise back to pending.
 */
export const withPraise = (view: MeetingPraise, praise: PraiseView): MeetingPraise => {
  if (praise.visibility !== 'public') return view;
  if (view.praise.some((existing) => existing.id === praise.id)) return view;
  const recipient = praise.recipient;
  return {
    ...view,
    praise: [...view.praise, praise],
    // Praised in public now, so no longer "not praised in public lately".
    suggestions: recipient.kind === 'person' ? view.suggestions.filter((person) => person.userId !== recipient.userId) : view.suggestions,
  };
};

export const withDelivery = (view: MeetingPraise, id: string, delivery: PraiseDelivery): MeetingPraise =>
  view.praise.some((praise) => praise.id === id) ? { ...view, praise: view.praise.map((praise) => (praise.id === id ? { ...praise, delivery } : praise)) } : view;

/** The check-in round's facilitator as a checkin.round event carries it: a person's id, null (the organizer), or unknown. */
const facilitatorOf = (data: unknown): { facilitatorId: string | null } | null => {
  const round = isObject(data) ? data.round : null;
  if (!isObject(round) || !('facilitatorId' in round)) return null;
  const { facilitatorId } = round;
  return typeof facilitatorId === 'string' || facilitatorId === null ? { facilitatorId } : null;
};

/** One event on top of a view; other features' events (check-in answers, turns) share the stream and change nothing. */
export const reducePraiseEvent = (view: MeetingPraise, event: StreamEvent): MeetingPraise => {
  const data = event.data;
  switch (event.type) {
    case 'praise.given':
      return isPraiseView(data) ? withPraise(view, data) : view;
    case 'praise.delivery':
      return isObject(data) && typeof data.id === 'string' && isDelivery(data.delivery) ? withDelivery(view, data.id, data.delivery) : view;
    case 'praise.round':
      return isObject(data) && typeof data.isOpen === 'boolean' ? { ...view, round: { isOpen: data.isOpen } } : view;
    case 'checkin.round': {
      // Whoever runs the check-in runs the praise round: a hand-over moves the praise round's controls too.
      const round = facilitatorOf(data);
      return round ? { ...view, canFacilitate: isFacilitator(round, view.viewer) } : view;
    }
    default:
      return view;
  }
};

/** A snapshot, with the recent events it may predate applied on top. */
export const fromSnapshot = (snapshot: MeetingPraise, previous: LivePraise | null): LivePraise => {
  const since = eventIdOf(snapshot.lastEventId);
  let state: LivePraise = { view: snapshot, appliedThrough: since, recent: previous?.recent ?? [] };
  for (const event of state.recent) {
    const id = eventIdOf(event.id);
    if (since !== -1n && id <= since) continue;
    state = { ...state, view: reducePraiseEvent(state.view, event), appliedThrough: id > state.appliedThrough ? id : state.appliedThrough };
  }
  return state;
};

export const applyEvent = (state: LivePraise, event: StreamEvent): LivePraise => {
  const id = eventIdOf(event.id);
  if (id !== -1n && id <= state.appliedThrough) return state;
  return {
    view: reducePraiseEvent(state.view, event),
    appliedThrough: id === -1n ? state.appliedThrough : id,
    recent: event.type.startsWith('praise.') ? [...state.recent, event].slice(-RECENT_LIMIT) : state.recent,
  };
};

/** A change this panel made itself (its own praise, a round it opened) before the stream brings the event. */
export const applyLocal = (state: LivePraise, change: (view: MeetingPraise) => MeetingPraise): LivePraise => ({ ...state, view: change(state.view) });

/** Newest first, as the walls show it (the API lists oldest first; a praise that arrived later wins a tie). */
export const newestFirst = (praise: readonly PraiseView[]): PraiseView[] =>
  praise
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.createdAt) || 0 }))
    .sort((a, b) => b.at - a.at || b.index - a.index)
    .map(({ entry }) => entry);
