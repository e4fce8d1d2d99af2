// The live turn tracker of one meeting occurrence, in the product's words: who spoke when (live segments), raised
// hands, who has the panel open, and how turns are given (facilitator or self mode). Times are ISO 8601 instants in
// UTC, the same on the wire as here, so the side panel folds the server's changes with these very types.

/** facilitator: the facilitator taps who speaks. self: each person starts and stops their own turn. */
export type TrackerMode = 'facilitator' | 'self';

export const TRACKER_MODES = ['facilitator', 'self'] as const satisfies readonly TrackerMode[];

/** Someone in the meeting. The id is their e-mail address (or sign-in name) in lower case: the invite knows no more. */
export type ParticipantRef = { participantId: string; name: string };

/** One turn as the tracker recorded it: `[startedAt, endedAt)`, open (endedAt null) while the person speaks. */
export type Segment = ParticipantRef & { startedAt: string; endedAt: string | null };

export type RaisedHand = ParticipantRef & { raisedAt: string };

/** Someone who opened the side panel (an invitee, or a guest the invite does not list). */
export type JoinedPerson = ParticipantRef & { joinedAt: string };

export type TrackerSettings = {
  mode: TrackerMode;
  /** Who runs the tracker: null means the organizer. */
  facilitatorId: string | null;
  /** Counts the changes stored so far: a panel applies change n + 1 on top of state n, and reads again on a gap. */
  revision: number;
};

/** Everything stored about an occurrence's tracker. */
export type TrackerState = TrackerSettings & { segments: Segment[]; hands: RaisedHand[]; joined: JoinedPerson[] };

/** What a decision needs: the settings, the open segment (at most one), hands and who joined; not the history. */
/** `lastEndedAt`: when the latest ended turn ended (no turn may start before it). */
export type TrackerHead = TrackerSettings & { open: Segment | null; lastEndedAt: string | null; hands: RaisedHand[]; joined: JoinedPerson[] };

/** The meeting's invite: its organizer and the people invited (rooms and equipment left out). */
export type Invitation = { organizer: ParticipantRef; invitees: (ParticipantRef & { isDeclined: boolean })[] };

/** organizer and invitee come from the invite; guest: opened the panel (or spoke) without being on it. */
export type ParticipantRole = 'organizer' | 'invitee' | 'guest';

export type Participant = ParticipantRef & {
  role: ParticipantRole;
  hasJoined: boolean;
  /** Counted in the balance and in "not heard yet": everyone but invitees who declined and never showed up. */
  isCounted: boolean;
};

/** The person acting, as the tracker knows them. */
export type Actor = ParticipantRef & { isOrganizer: boolean };

export type TurnAction =
  | { action: 'start' }
  | { action: 'stop' }
  | { action: 'tap'; participantId: string }
  | { action: 'raise' }
  | { action: 'lower'; participantId?: string | undefined }
  | { action: 'mode'; mode: TrackerMode }
  | { action: 'handOver'; participantId: string }
  | { action: 'join' };

/** One stored change; a live event carries the changes of one action, so panels follow without reading again. */
export type TurnChange =
  | { kind: 'turnStarted'; participantId: string; name: string; at: string }
  | { kind: 'turnEnded'; participantId: string; at: string }
  | { kind: 'handRaised'; participantId: string; name: string; at: string }
  | { kind: 'handLowered'; participantId: string }
  | { kind: 'modeChanged'; mode: TrackerMode }
  | { kind: 'facilitatorChanged'; facilitatorId: string | null }
  | { kind: 'joined'; participantId: string; name: string; at: string };
