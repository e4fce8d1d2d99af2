// What a meeting leaves behind in Microsoft 365 (transcripts, attendance) and the speaking figures Roundtable makes of
// it, in the product's own words. The Graph adapter maps Graph's resources to these; nothing here knows Graph.
import type { Balance } from '../transcript';

/** A span of time, in milliseconds since the epoch, `[startMs, endMs)`. */
export type TimeSpan = { startMs: number; endMs: number };

/** One transcript of an online meeting (a series shares one online meeting, so its occurrences share the list). */
export type MeetingTranscript = {
  transcriptId: string;
  /** When transcription started: cue times in the file count from here. ISO 8601 UTC. */
  createdAt: string;
  /** When transcription ended; null while it is still running. */
  endedAt: string | null;
};

/** The transcripts Graph lists for a meeting, or its refusal (403) to show them to this caller. */
export type TranscriptListing = { access: 'granted'; transcripts: MeetingTranscript[] } | { access: 'denied'; reason: string | null };

/**
 * A transcript's WebVTT, or Graph's refusal to give it with speakers: 403 (SpeakerAttributionNotAllowed when the
 * tenant turned speaker attribution off; `reason` carries Graph's code).
 */
export type TranscriptDownload = { access: 'granted'; vtt: string } | { access: 'denied'; reason: string | null };

/** One attendance report: one session of the meeting (an occurrence of a series may have more than one). */
export type AttendanceReport = { reportId: string; startedAt: string; endedAt: string };

export type AttendanceReportListing = { access: 'granted'; reports: AttendanceReport[] } | { access: 'denied'; reason: string | null };

/** One person in an attendance report. `userId` is the Entra object id (null for anonymous and phone guests). */
export type AttendanceRecord = {
  userId: string | null;
  displayName: string;
  email: string | null;
  role: string | null;
  intervals: { joinedAt: string; leftAt: string }[];
};

/** Someone the speakers are matched against: who attended (from attendance) or, without a report, who was invited. */
export type RosterEntry = {
  userId: string | null;
  displayName: string;
  email: string | null;
  /** When they were in the meeting; empty when unknown (an invitee list). */
  presence: TimeSpan[];
};

export type Roster = {
  /** `attendance`: who attended, so those who never spoke count with 0; `invitees`: names only, nobody added. */
  kind: 'attendance' | 'invitees';
  entries: RosterEntry[];
};

/** What the occurrence's figures are: computed, or why there are none. */
export type SpeakingState = 'ready' | 'no_transcript' | 'attribution_disabled';

/** One row of an occurrence's figures: an attendee (matched or silent), a guest speaker, or an ambiguous name. */
export type PersonFigures = {
  /** Unique within the occurrence, stable across re-ingestion of the same inputs. */
  personKey: string;
  name: string;
  userId: string | null;
  email: string | null;
  talkMs: number;
  share: number;
  turns: number;
  longestTurnMs: number;
  backchannels: number;
  /** Spoke, but matches nobody in the roster. */
  isGuest: boolean;
  /** Shares a name with another attendee and could not be told apart from them. */
  isAmbiguous: boolean;
};

export type OccurrenceFigures = {
  /** Sum over the transcripts of each one's duration: the time the figures cover. */
  durationMs: number;
  unattributedMs: number;
  balance: Balance;
  roster: Roster['kind'];
  /** People counted (rows) and how many of them spoke: "voices heard". */
  peopleCounted: number;
  peopleHeard: number;
  /** Most talk first, then by name. */
  people: PersonFigures[];
};

/** The transcripts an occurrence's figures were computed from, for idempotent re-ingestion. */
export type TranscriptFingerprint = { transcriptId: string; createdAt: string; endedAt: string | null; sha256: string; cueCount: number; warningCount: number };
