// What the reports are computed from: the viewer's calendar as Graph shows it (read by server/services/reports from
// server/graph), and per occurrence what Roundtable stored about it (read by server/db/report-store.ts in SQL).
// The domain joins the two into the shapes of ./types.ts.

/** One occurrence (or single meeting) in the viewer's calendar, with its Teams meeting when it has one. */
export type CalendarMeeting = {
  eventId: string;
  seriesMasterId: string | null;
  subject: string;
  organizer: { name: string; email: string };
  viewerIsOrganizer: boolean;
  start: string;
  end: string;
  outlookLink: string | null;
  /** The invite's attendees plus the organizer (rooms and resources left out). */
  invitees: number;
  /** `unavailable`: Graph could not tell which Teams meeting this is (a failed lookup); shown without figures. */
  teams: { status: 'resolved'; onlineMeetingId: string; chatId: string | null } | { status: 'not_online' } | { status: 'unavailable' };
};

/** An occurrence as Roundtable stores it: the Teams meeting and the occurrence's scheduled start. */
export type OccurrenceKey = { onlineMeetingId: string; startsAt: string };

/** Everything Roundtable stored about one occurrence that a report needs; counts only, never answers' text. */
export type OccurrenceFigures = {
  key: OccurrenceKey;
  checkin: {
    /** A round was opened in the meeting. */
    held: boolean;
    /** Distinct people whose latest answer exists (named and anonymous). */
    answers: number;
    promptId: string | null;
    /** Averages over the latest pulse answers, and how many people gave one; null when the prompt was no pulse. */
    pulse: { people: number; freedom: number | null; inclusion: number | null } | null;
  };
  /** From the ingested transcript (`state` null: not ingested). */
  transcript: {
    state: 'ready' | 'no_transcript' | 'attribution_disabled' | null;
    durationMs: number | null;
    entropy: number | null;
    topShare: number | null;
    peopleCounted: number | null;
    peopleHeard: number | null;
    /** `attendance`: counted against the attendance report (then peopleCounted are attendees). */
    roster: 'attendance' | 'invitees' | null;
  };
  /** The live turn tracker's talk time per person (ms), when it was used; open turns end at the occurrence's end. */
  tracker: { participants: number; talkMs: number[]; firstStartMs: number | null; lastEndMs: number | null } | null;
  praise: {
    public: number;
    private: number;
    /** Recipients of public praise to a person (user ids): praise spread. */
    publicRecipients: string[];
  };
};

/**
 * "My team", one week: sums over the occurrences organized by the team's members (direct and indirect reports) that
 * started in that week. Sums and counts only, so that weeks add up exactly and no row is ever about one person; the
 * domain (toTeamReport) turns them into rates and guards them. Answered by the store in SQL.
 */
export type TeamWeekFigures = {
  /** The week's Monday as `YYYY-MM-DD`, in the viewer's time zone (ISO weeks). */
  weekStart: string;
  /** Occurrences (a single meeting counts as one). */
  meetings: number;
  /** Occurrences in which a check-in round was opened. */
  checkinsHeld: number;
  /**
   * Over the occurrences with a check-in held and a known attendee count: people who answered, and attendees (the
   * meeting row's rule as far as the store knows it: attendance report, else the tracker's participants).
   */
  checkinAnswers: number;
  checkinAttendees: number;
  /** Pulse answers of the week: sums of the 1–5 scores and how many scores each sum holds. */
  pulse: { freedomSum: number; freedomCount: number; inclusionSum: number; inclusionCount: number };
  /** Speaking balance: the sum of the occurrences' entropies and how many occurrences had one. */
  entropySum: number;
  entropyCount: number;
  /** Over the occurrences with speaking figures: attendees who spoke, and attendees counted. */
  heard: number;
  heardAttendees: number;
  /** Praise given in the week's occurrences: public, and private (only ever a team total). */
  praisePublic: number;
  praisePrivate: number;
};

/** What the store answers for "my team" over a range: its weeks, and the distinct people who gave a pulse score. */
export type TeamFigures = { weeks: TeamWeekFigures[]; pulseRespondents: number };
