// Builders for the reports domain's inputs: a calendar occurrence as Graph gives it and the figures the store holds.
import type { CalendarMeeting, OccurrenceFigures, TeamWeekFigures } from '../../../server/domain/reports';

type FiguresOverrides = {
  checkin?: Partial<OccurrenceFigures['checkin']>;
  transcript?: Partial<OccurrenceFigures['transcript']>;
  tracker?: OccurrenceFigures['tracker'];
  praise?: Partial<OccurrenceFigures['praise']>;
};

export const aMeeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  eventId: 'evt-1',
  seriesMasterId: 'master-1',
  subject: 'Team sync',
  organizer: { name: 'Adele Vance', email: 'adele@contoso.example' },
  viewerIsOrganizer: true,
  start: '2026-03-02T09:00:00.000Z',
  end: '2026-03-02T09:30:00.000Z',
  outlookLink: 'https://outlook.office365.com/owa/?itemid=evt-1',
  invitees: 8,
  teams: { status: 'resolved', onlineMeetingId: 'om-1', chatId: '19:meeting_abc@thread.v2' },
  ...overrides,
});

export const someFigures = (overrides: FiguresOverrides = {}): OccurrenceFigures => {
  const base: OccurrenceFigures = {
    key: { onlineMeetingId: 'om-1', startsAt: '2026-03-02T09:00:00.000Z' },
    checkin: { held: true, answers: 5, promptId: 'pulse', pulse: null },
    transcript: { state: null, durationMs: null, entropy: null, topShare: null, peopleCounted: null, peopleHeard: null, roster: null },
    tracker: null,
    praise: { public: 0, private: 0, publicRecipients: [] },
  };
  return {
    key: base.key,
    checkin: { ...base.checkin, ...overrides.checkin },
    transcript: { ...base.transcript, ...overrides.transcript },
    tracker: overrides.tracker === undefined ? base.tracker : overrides.tracker,
    praise: { ...base.praise, ...overrides.praise },
  };
};

/** A transcript ingested against the attendance report. */
export const readyTranscript = (overrides: Partial<OccurrenceFigures['transcript']> = {}): OccurrenceFigures['transcript'] => ({
  state: 'ready',
  durationMs: 1_500_000,
  entropy: 0.8,
  topShare: 0.4,
  peopleCounted: 6,
  peopleHeard: 4,
  roster: 'attendance',
  ...overrides,
});

export const aWeek = (weekStart: string, overrides: Partial<TeamWeekFigures> = {}): TeamWeekFigures => ({
  weekStart,
  meetings: 0,
  checkinsHeld: 0,
  checkinAnswers: 0,
  checkinAttendees: 0,
  pulse: { freedomSum: 0, freedomCount: 0, inclusionSum: 0, inclusionCount: 0 },
  entropySum: 0,
  entropyCount: 0,
  heard: 0,
  heardAttendees: 0,
  praisePublic: 0,
  praisePrivate: 0,
  ...overrides,
});
