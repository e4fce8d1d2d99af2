// What one person may see of an occurrence's speaking figures (ARCHITECTURE.md, "Privacy rules"): the organizer ran
// the meeting and sees everyone's row; any other participant sees the meeting-level figures and only their own row.
import type { Balance } from '../transcript';
import type { OccurrenceFigures, PersonFigures, SpeakingState } from './types';

/** `pending`: nothing is stored yet and this person cannot fetch it (only the organizer's token reads transcripts). */
export type SpeakingViewState = SpeakingState | 'pending';

/** A row as the API shows it: no e-mail address, no internal key. */
export type SpeakerRow = Omit<PersonFigures, 'personKey' | 'email'>;

export type MeetingSpeakingFigures = {
  durationMs: number;
  unattributedMs: number;
  balance: Balance;
  /** Of the people counted (attendees, guests who spoke), how many spoke. */
  voicesHeard: { heard: number; counted: number };
  /** Where the figures come from: the Teams transcripts, counted against attendance or (without a report) invitees. */
  source: { kind: 'transcript'; transcripts: number; roster: OccurrenceFigures['roster']; ingestedAt: string };
};

export type MeetingSpeakingView = {
  state: SpeakingViewState;
  occurrence: { onlineMeetingId: string; start: string; end: string };
  audience: 'organizer' | 'participant';
  /** null unless `ready`. */
  meeting: MeetingSpeakingFigures | null;
  /** Everyone's row, for the organizer only; null for anyone else. */
  people: SpeakerRow[] | null;
  /** The viewer's own row; null when they did not attend, cannot be told apart from a namesake, or nothing is ready. */
  me: SpeakerRow | null;
};

export type SpeakingViewer = { userId: string; upn: string; isOrganizer: boolean };

export type StoredSpeaking = { state: SpeakingState; figures: OccurrenceFigures | null; transcriptCount: number; ingestedAt: Date };

export const toSpeakerRow = ({ personKey: _key, email: _email, ...row }: PersonFigures): SpeakerRow => row;

/** The viewer's row: by Entra id, or by e-mail where the roster had no id (invitees); never an ambiguous row. */
export const findOwnRow = (people: readonly PersonFigures[], viewer: Pick<SpeakingViewer, 'userId' | 'upn'>): PersonFigures | null =>
  people.find((person) => person.userId === viewer.userId) ??
  people.find((person) => person.userId === null && !person.isAmbiguous && person.email !== null && person.email.toLowerCase() === viewer.upn.toLowerCase()) ??
  null;

export const toMeetingSpeakingView = (
  occurrence: MeetingSpeakingView['occurrence'],
  stored: StoredSpeaking | null,
  viewer: SpeakingViewer,
): MeetingSpeakingView => {
  const audience = viewer.isOrganizer ? 'organizer' : 'participant';
  const figures = stored?.state === 'ready' ? stored.figures : null;
  if (!stored || !figures) return { state: stored?.state ?? 'pending', occurrence, audience, meeting: null, people: null, me: null };
  const own = findOwnRow(figures.people, viewer);
  return {
    state: 'ready',
    occurrence,
    audience,
    meeting: {
      durationMs: figures.durationMs,
      unattributedMs: figures.unattributedMs,
      balance: figures.balance,
      voicesHeard: { heard: figures.peopleHeard, counted: figures.peopleCounted },
      source: { kind: 'transcript', transcripts: stored.transcriptCount, roster: figures.roster, ingestedAt: stored.ingestedAt.toISOString() },
    },
    people: viewer.isOrganizer ? figures.people.map(toSpeakerRow) : null,
    me: own ? toSpeakerRow(own) : null,
  };
};
