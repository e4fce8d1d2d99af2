// The storage port of the leader reports (server/db/report-store.ts implements it, in SQL): what Roundtable stored
// about occurrences, read many at a time, summed per week for a team, and in detail for one meeting view.
import type { Answer, RoundState } from '../domain/checkin-round';
import type { OccurrenceFigures, OccurrenceKey, TeamFigures } from '../domain/reports/inputs';
import type { TimelineTurn } from '../domain/reports/types';
import type { PersonFigures, SpeakingState } from '../domain/speakers/types';

/** The key of an occurrence in readOccurrenceFigures' answer: `${onlineMeetingId}|${startsAt as ISO 8601 UTC}`. */
export const occurrenceKeyString = ({ onlineMeetingId, startsAt }: OccurrenceKey): string => `${onlineMeetingId}|${new Date(startsAt).toISOString()}`;

/** "My team" over occurrences starting in [from, to), weeks (ISO, from Monday) in `timeZone` (an IANA name). */
export type TeamRange = { from: Date; to: Date; timeZone: string };

/** One person's speaking in a meeting view: transcript rows by person key, tracker rows by participant id (e-mail). */
export type DetailSpeaker = Pick<PersonFigures, 'name' | 'userId' | 'email' | 'talkMs' | 'share' | 'turns' | 'longestTurnMs'> & { key: string };

/** People most talk first; turns in time order, `person` indexing `people`, ms from the occurrence's scheduled start. */
export type DetailSpeaking = { people: DetailSpeaker[]; timeline: TimelineTurn[] };

export type MeetingDetailRecord = {
  key: OccurrenceKey;
  /** The occurrence's stored slot; null when Roundtable never recorded it. */
  endsAt: string | null;
  /** The ingested transcript (`state` other than ready: no people, no timeline); null when never ingested. */
  transcript: ({ state: SpeakingState; durationMs: number | null } & DetailSpeaking) | null;
  /** The live tracker's turns (open turns end at the occurrence's end) and everyone who joined it; null if unused. */
  tracker: DetailSpeaking | null;
  /** The round as asked, and the answers as the meeting saw them (checkin-round.ts' visibleAnswers), oldest first. */
  checkin: {
    question: { promptId: string | null; customQuestion: string | null };
    anonymous: boolean;
    state: RoundState;
    revealed: boolean;
    answers: Answer[];
    /** Anonymous answers the meeting never saw (not revealed, or fewer than 3). */
    hiddenAnonymous: number;
  } | null;
  /** Public praise only, oldest first. */
  praise: Array<{ giver: string; recipient: string | null; valueLabel: string; message: string; at: string }>;
};

export type ReportStore = {
  /** Figures per occurrence, keyed by occurrenceKeyString; an occurrence Roundtable stored nothing about is absent. */
  readOccurrenceFigures(tenantId: string, keys: readonly OccurrenceKey[]): Promise<Map<string, OccurrenceFigures>>;
  /** Weekly sums over the occurrences of meetings organized by these people (e-mails, any case); weeks without any absent. */
  readTeamWeeks(tenantId: string, organizerEmails: readonly string[], range: TeamRange): Promise<TeamFigures>;
  readMeetingDetail(tenantId: string, key: OccurrenceKey): Promise<MeetingDetailRecord>;
};
