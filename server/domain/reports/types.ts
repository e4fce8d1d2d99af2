// The shapes of the leader reports (issue 6): what the reports API answers and the personal tab shows. One meaning
// everywhere: the speaking figures are ARCHITECTURE.md's "Speaking-balance definitions", the thresholds its
// "Privacy rules" (at least 5 people behind any aggregate over answers, pulse scores or a team).

/** The minimum group size behind an aggregate over people (Viva Insights' minimum). */
export const MIN_GROUP_SIZE = 5;

/** A figure over people that is withheld when fewer than MIN_GROUP_SIZE people are behind it. */
export type Guarded<T> = { shown: true; value: T; people: number } | { shown: false; people: number };

/** Where speaking figures come from: the Teams transcript, Roundtable's live turn tracker, or nowhere. */
export type FigureSource = 'transcript' | 'tracker' | 'none';

/** A report's date range: whole days in the viewer's time zone, `from` inclusive, `to` exclusive; at most a year. */
export type ReportRange = { from: string; to: string };

export type MeetingSpeaking = {
  source: FigureSource;
  /** Why there are no figures when source is 'none': no transcript, attribution turned off, not ingested yet. */
  missing: 'no_transcript' | 'attribution_disabled' | 'not_yet' | null;
  entropy: number | null;
  topShare: number | null;
  /** Attendees who spoke / attendees counted. */
  heard: number | null;
  attendees: number | null;
};

export type MeetingCheckin = {
  held: boolean;
  /** People who answered (named and anonymous alike). */
  answers: number;
  /** People the meeting counted (attendance report, else the tracker's participants, else the invite). */
  attendees: number | null;
  participation: number | null;
};

/** Averages of the pulse's two 1–5 scales, only when the occurrence asked the pulse. */
export type MeetingPulse = { freedom: Guarded<number>; inclusion: Guarded<number> };

/** One occurrence in the viewer's calendar, as the report table shows it. */
export type ReportMeetingRow = {
  /** The viewer's own event id (event ids differ per mailbox). */
  eventId: string;
  /** The series master's event id in the viewer's mailbox; null for a single meeting. */
  seriesMasterId: string | null;
  subject: string;
  organizer: { name: string; email: string };
  viewerIsOrganizer: boolean;
  start: string;
  end: string;
  scheduledMs: number;
  /** From the attendance report or transcript; null when unknown. */
  actualMs: number | null;
  /** Outlook on the web link to the event, from Graph's `webLink`. */
  outlookLink: string | null;
  /** Teams deep link to the meeting chat. */
  chatLink: string | null;
  /** `resolved`: the Teams meeting is known; `not_online`: no Teams meeting; `unavailable`: Graph could not say. */
  status: 'resolved' | 'not_online' | 'unavailable';
  checkin: MeetingCheckin;
  pulse: MeetingPulse | null;
  speaking: MeetingSpeaking;
  praise: { public: number };
};

export type MeetingsReport = {
  range: ReportRange;
  meetings: ReportMeetingRow[];
  /** Set when part of the calendar or of the meeting lookups could not be read: the rest is shown. */
  incomplete: { unavailableMeetings: number; calendar: boolean } | null;
};

/** A plain-language observation, computed by rules; `key` is an i18n message key, `values` its placeholders. */
export type Observation = { key: string; values: Record<string, number | string> };

export type SeriesOccurrencePoint = {
  eventId: string;
  start: string;
  speaking: MeetingSpeaking;
  checkin: MeetingCheckin;
  pulse: MeetingPulse | null;
  /** Share of attendees praised in public over this and the previous occurrences (window of 4); null without attendees. */
  praiseSpread: number | null;
  praise: { public: number };
};

export type SeriesReport = {
  seriesMasterId: string;
  subject: string;
  organizer: { name: string; email: string };
  viewerIsOrganizer: boolean;
  range: ReportRange;
  occurrences: SeriesOccurrencePoint[];
  /** Pulse over the whole range, over distinct people. */
  pulse: MeetingPulse | null;
  observations: Observation[];
};

export type TimelineTurn = { person: number; startMs: number; endMs: number };

export type MeetingReport = {
  meeting: ReportMeetingRow;
  speaking: {
    source: FigureSource;
    durationMs: number | null;
    /** Everyone for the organizer; for anyone else only their own row (`isViewer`). */
    people: Array<{ name: string; isViewer: boolean; talkMs: number; share: number; turns: number; longestTurnMs: number }>;
    /** Who spoke when, `person` indexing `people`; only for the organizer (else empty). */
    timeline: TimelineTurn[];
  };
  checkin: {
    question: { promptId: string | null; customQuestion: string | null } | null;
    anonymous: boolean;
    /** As the meeting saw them: named answers with their author, anonymous ones only if revealed and at least 3. */
    answers: Array<{ author: string | null; text: string | null; scales: Record<string, number> | null }>;
    hiddenAnonymous: number;
  };
  praise: Array<{ giver: string; recipient: string | null; valueLabel: string; message: string; at: string }>;
};

/** "My team": the viewer's direct and indirect reports' meetings, never naming anyone. */
export type TeamReport = {
  range: ReportRange;
  /** How many people are in the team (reports, all levels). */
  people: number;
  totals: Guarded<{
    meetings: number;
    checkinRate: number | null;
    participation: number | null;
    /** Withheld below MIN_GROUP_SIZE distinct respondents, even when the team is large enough. */
    pulse: Guarded<{ freedom: number | null; inclusion: number | null }>;
    entropy: number | null;
    voicesHeard: number | null;
    praise: { public: number; private: number };
  }>;
  weeks: Array<{ weekStart: string; meetings: number; entropy: number | null; voicesHeard: number | null; checkinRate: number | null }>;
};
