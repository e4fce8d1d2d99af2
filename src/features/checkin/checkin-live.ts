// Merges the meeting's live events into the check-in a panel shows. Pure: the hook feeds it snapshots (GET answers)
// and events, and it keeps the two consistent whichever arrives first.
import type { Answer, CheckinView, PulseSummary, Round, StreamEvent } from '../../api';

export type LiveCheckin = {
  view: CheckinView;
  /** The id of the newest event already reflected in `view`. */
  appliedThrough: bigint;
  /** Recent events, re-applied on top of a snapshot taken before them. */
  recent: StreamEvent[];
  /** An event said the panel must read the check-in again (a new choice, an answer it cannot place). */
  needsRefetch: boolean;
};

const RECENT_LIMIT = 200;

const idOf = (id: string | null | undefined): bigint => {
  if (!id || !/^\d{1,19}$/.test(id)) return -1n;
  return BigInt(id);
};

type AnswerEvent = { answer: Answer | null; answerCount: number; pulse?: PulseSummary | null };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const upsertAnswer = (answers: Answer[], answer: Answer): Answer[] => {
  const author = answer.author;
  const at = answers.findIndex((existing) => existing.submissionId === answer.submissionId || (author !== null && existing.author?.id === author.id));
  if (at === -1) return [...answers, answer];
  return answers.map((existing, index) => (index === at ? answer : existing));
};

/** Who runs the round after a move: the organizer unless it was handed over. */
const withFacilitator = (view: CheckinView, round: Round, userId: string): CheckinView['round'] => ({
  ...round,
  isFacilitator: round.facilitatorId === null ? view.meeting.isOrganizer : round.facilitatorId === userId,
});

/** One event on top of a view; `refetch` when the event cannot be merged from its data alone. */
export const reduceEvent = (view: CheckinView, event: StreamEvent, userId: string): { view: CheckinView; refetch: boolean } => {
  const data = event.data;
  switch (event.type) {
    case 'checkin.answer': {
      if (!isObject(data)) return { view, refetch: true };
      const { answer, answerCount, pulse } = data as AnswerEvent;
      let next: CheckinView = { ...view, answerCount: typeof answerCount === 'number' ? answerCount : view.answerCount };
      if (pulse !== undefined) next = { ...next, pulse };
      // An anonymous answer after the reveal has no author to match an edit on: read the answers again.
      if (answer && answer.author === null) return { view: next, refetch: true };
      if (answer) {
        next = { ...next, answers: upsertAnswer(next.answers, answer) };
        if (answer.author?.id === userId) next = { ...next, myAnswer: answer };
      }
      // Pulse figures are computed by the server (with its minimum group size): ask for them when they may have moved.
      const hasScales = view.choice?.answer.type === 'scales' || view.choice?.answer.type === 'scale';
      return { view: next, refetch: hasScales && pulse === undefined };
    }
    case 'checkin.round':
      if (!isObject(data) || !isObject(data.round)) return { view, refetch: true };
      return { view: { ...view, round: withFacilitator(view, data.round as Round, userId) }, refetch: false };
    case 'checkin.revealed':
      if (!isObject(data) || !Array.isArray(data.answers)) return { view, refetch: true };
      return { view: { ...view, answers: data.answers as Answer[], round: { ...view.round, revealed: true } }, refetch: false };
    case 'checkin.choice':
      return { view, refetch: true };
    default:
      // Other features' events (turns, praise) share the meeting's stream.
      return { view, refetch: false };
  }
};

export const fromSnapshot = (snapshot: CheckinView, previous: LiveCheckin | null, userId: string): LiveCheckin => {
  const since = idOf(snapshot.lastEventId);
  let state: LiveCheckin = { view: snapshot, appliedThrough: since, recent: previous?.recent ?? [], needsRefetch: false };
  for (const event of state.recent) {
    if (idOf(event.id) <= since) continue;
    const { view, refetch } = reduceEvent(state.view, event, userId);
    state = { ...state, view, appliedThrough: idOf(event.id), needsRefetch: state.needsRefetch || refetch };
  }
  return state;
};

export const applyEvent = (state: LiveCheckin, event: StreamEvent, userId: string): LiveCheckin => {
  const id = idOf(event.id);
  if (id !== -1n && id <= state.appliedThrough) return state;
  const { view, refetch } = reduceEvent(state.view, event, userId);
  return {
    view,
    appliedThrough: id === -1n ? state.appliedThrough : id,
    recent: [...state.recent, event].slice(-RECENT_LIMIT),
    needsRefetch: state.needsRefetch || refetch,
  };
};

/** A change this panel made itself (its own answer, a move it made), before the stream brings the event. */
export const applyLocal = (state: LiveCheckin, change: (view: CheckinView) => CheckinView): LiveCheckin => ({ ...state, view: change(state.view) });

export const withMyAnswer = (answer: Answer) => (view: CheckinView): CheckinView => ({
  ...view,
  myAnswer: answer,
  answers: answer.author ? upsertAnswer(view.answers, answer) : view.answers,
});

export const withRound = (round: Round, userId: string) => (view: CheckinView): CheckinView => ({ ...view, round: withFacilitator(view, round, userId) });
