// Folds stored changes into a tracker's state: what the store does in SQL, and what a side panel does with the changes
// a live event carries. Applying a change twice leaves the state as once, so a change seen both in a snapshot and in
// its event cannot count twice.
import type { TrackerHead, TrackerState, TurnChange } from './types';

const applyOne = (state: TrackerState, change: TurnChange): TrackerState => {
  switch (change.kind) {
    case 'turnStarted': {
      const isKnown = state.segments.some((s) => s.participantId === change.participantId && s.startedAt === change.at);
      if (isKnown) return state;
      return { ...state, segments: [...state.segments, { participantId: change.participantId, name: change.name, startedAt: change.at, endedAt: null }] };
    }
    case 'turnEnded':
      return {
        ...state,
        segments: state.segments.map((s) => (s.participantId === change.participantId && s.endedAt === null ? { ...s, endedAt: change.at } : s)),
      };
    case 'handRaised':
      if (state.hands.some((hand) => hand.participantId === change.participantId)) return state;
      return { ...state, hands: [...state.hands, { participantId: change.participantId, name: change.name, raisedAt: change.at }] };
    case 'handLowered':
      return { ...state, hands: state.hands.filter((hand) => hand.participantId !== change.participantId) };
    case 'modeChanged':
      return { ...state, mode: change.mode };
    case 'facilitatorChanged':
      return { ...state, facilitatorId: change.facilitatorId };
    case 'joined':
      if (state.joined.some((person) => person.participantId === change.participantId)) return state;
      return { ...state, joined: [...state.joined, { participantId: change.participantId, name: change.name, joinedAt: change.at }] };
  }
};

/** The state after one action's changes, at the revision the store gave them. */
export const applyTurnChanges = (state: TrackerState, changes: readonly TurnChange[], revision: number): TrackerState => ({
  ...changes.reduce(applyOne, state),
  revision,
});

/** What a decision reads of a full state. */
export const headOf = ({ segments, ...rest }: TrackerState): TrackerHead => ({
  ...rest,
  open: segments.find((segment) => segment.endedAt === null) ?? null,
  lastEndedAt: segments.reduce<string | null>((latest, s) => (s.endedAt !== null && (latest === null || Date.parse(s.endedAt) > Date.parse(latest)) ? s.endedAt : latest), null),
});

export const emptyTracker = (): TrackerState => ({ mode: 'self', facilitatorId: null, revision: 0, segments: [], hands: [], joined: [] });
