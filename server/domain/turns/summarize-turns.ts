// What the tracker shows at an instant: who speaks and for how long, each participant's talk time, turns and share,
// the fair queue, who has not been heard yet, and the live balance. Talk time, turns and the balance figures are the
// transcript's (ARCHITECTURE.md, "Speaking-balance definitions"): each live segment is read as a cue of its speaker,
// the open one ending now, and participants who have not spoken count with 0.
import { computeBalance, tallySpeakers, type Balance, type TranscriptCue } from '../transcript';
import { listParticipants } from './participants';
import type { Invitation, ParticipantRole, RaisedHand, TrackerState } from './types';

export type TurnsPerson = {
  participantId: string;
  name: string;
  role: ParticipantRole;
  hasJoined: boolean;
  talkMs: number;
  share: number;
  turns: number;
  isSpeaking: boolean;
  raisedAt: string | null;
};

export type QueuedHand = RaisedHand & { talkMs: number };

export type TurnsSummary = {
  at: string;
  current: { participantId: string; name: string; since: string; elapsedMs: number } | null;
  /** The participants counted, most talk first, then in participant order. */
  people: TurnsPerson[];
  /** Raised hands, least talk time so far first, ties by who raised first. The current speaker is not waiting. */
  queue: QueuedHand[];
  /** Counted participants without a turn so far (and not speaking now), in participant order. */
  notHeard: { participantId: string; name: string }[];
  balance: Balance;
  /** The time covered by turns: every participant's talk time added up. */
  coveredMs: number;
};

/** Live segments as transcript cues keyed by participant id; the open one ends now (never before it began). */
export const segmentsAsCues = (segments: TrackerState['segments'], nowMs: number): TranscriptCue[] =>
  segments.map((segment) => {
    const startMs = Date.parse(segment.startedAt);
    const endMs = segment.endedAt === null ? Math.max(startMs, nowMs) : Date.parse(segment.endedAt);
    return { startMs, endMs, speaker: segment.participantId };
  });

/** The fair queue: least talk so far first; ties by who raised first, then by id so the order is total. */
export const orderQueue = (hands: readonly RaisedHand[], talkMsOf: (participantId: string) => number): QueuedHand[] =>
  hands
    .map((hand) => ({ ...hand, talkMs: talkMsOf(hand.participantId) }))
    .sort(
      (a, b) =>
        a.talkMs - b.talkMs ||
        Date.parse(a.raisedAt) - Date.parse(b.raisedAt) ||
        (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0),
    );

export const summarizeTurns = (state: TrackerState, invitation: Invitation, now: Date): TurnsSummary => {
  const nowMs = now.getTime();
  const participants = listParticipants(invitation, state);
  const counted = participants.filter((participant) => participant.isCounted);
  const tally = tallySpeakers(segmentsAsCues(state.segments, nowMs));
  const spoke = new Set(tally.speakers.map((speaker) => speaker.name));
  const { speakers, balance } = computeBalance(tally.speakers, {
    extraSilent: counted.filter((participant) => !spoke.has(participant.participantId)).map((participant) => participant.participantId),
  });
  const figures = new Map(speakers.map((speaker) => [speaker.name, speaker]));
  const open = state.segments.find((segment) => segment.endedAt === null) ?? null;
  const raisedAt = new Map(state.hands.map((hand) => [hand.participantId, hand.raisedAt]));
  const order = new Map(participants.map((participant, index) => [participant.participantId, index]));

  const people = counted
    .map((participant) => {
      const own = figures.get(participant.participantId);
      return {
        participantId: participant.participantId,
        name: participant.name,
        role: participant.role,
        hasJoined: participant.hasJoined,
        talkMs: own?.talkMs ?? 0,
        share: own?.share ?? 0,
        turns: own?.turns ?? 0,
        isSpeaking: open?.participantId === participant.participantId,
        raisedAt: raisedAt.get(participant.participantId) ?? null,
      };
    })
    .sort((a, b) => b.talkMs - a.talkMs || (order.get(a.participantId) ?? 0) - (order.get(b.participantId) ?? 0));

  return {
    at: now.toISOString(),
    current: open
      ? { participantId: open.participantId, name: participants.find((p) => p.participantId === open.participantId)?.name ?? open.name, since: open.startedAt, elapsedMs: Math.max(0, nowMs - Date.parse(open.startedAt)) }
      : null,
    people,
    queue: orderQueue(
      state.hands.filter((hand) => hand.participantId !== open?.participantId),
      (participantId) => figures.get(participantId)?.talkMs ?? 0,
    ),
    notHeard: counted
      .filter((participant) => (figures.get(participant.participantId)?.turns ?? 0) === 0 && participant.participantId !== open?.participantId)
      .map(({ participantId, name }) => ({ participantId, name })),
    balance,
    coveredMs: tally.speakers.reduce((sum, speaker) => sum + speaker.talkMs, 0),
  };
};
