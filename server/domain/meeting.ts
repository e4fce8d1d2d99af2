// The product's view of a Teams meeting as a person's calendar holds it. Pure types and rules, no I/O.

export type EventType = 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';

export type Person = { name: string; email: string };

export type AttendeeResponse = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export type Attendee = Person & { type: 'required' | 'optional' | 'resource'; response: AttendeeResponse };

/** One calendar event (a person's copy of it), as read from the calendar. */
export type CalendarEvent = {
  eventId: string;
  type: EventType;
  seriesMasterId: string | null;
  iCalUId: string | null;
  subject: string;
  /** ISO 8601 instants in UTC. */
  start: string;
  end: string;
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  isOrganizer: boolean;
  isCancelled: boolean;
  organizer: Person;
  attendees: Attendee[];
  webLink: string | null;
};

/** The Teams side of a meeting: one per meeting, shared by all occurrences of a series. */
export type OnlineMeeting = { onlineMeetingId: string; chatId: string | null; joinUrl: string };

/** What the API answers for a meeting: the event joined with its online meeting. */
export type MeetingView = Omit<CalendarEvent, 'iCalUId' | 'isCancelled'> & {
  onlineMeetingId: string | null;
  chatId: string | null;
};

export const toMeetingView = (event: CalendarEvent, online: OnlineMeeting | null): MeetingView => ({
  eventId: event.eventId,
  type: event.type,
  seriesMasterId: event.seriesMasterId,
  subject: event.subject,
  start: event.start,
  end: event.end,
  isOnlineMeeting: event.isOnlineMeeting,
  joinUrl: event.joinUrl,
  isOrganizer: event.isOrganizer,
  organizer: event.organizer,
  attendees: event.attendees,
  webLink: event.webLink,
  onlineMeetingId: online?.onlineMeetingId ?? null,
  chatId: online?.chatId ?? null,
});

/**
 * The meeting a person is in now, or else the next one to start: online, not cancelled, not a series master.
 * Among meetings in progress the one that started last wins (people join the newer of two overlapping meetings).
 */
export const pickCurrentOrNextMeeting = (events: readonly CalendarEvent[], now: Date): CalendarEvent | null => {
  const at = now.getTime();
  const candidates = events.filter((e) => e.isOnlineMeeting && !e.isCancelled && e.type !== 'seriesMaster' && Date.parse(e.end) > at);
  const inProgress = candidates.filter((e) => Date.parse(e.start) <= at).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  if (inProgress[0]) return inProgress[0];
  const upcoming = [...candidates].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  return upcoming[0] ?? null;
};

/** An occurrence as a pointer: which event, when. */
export type OccurrenceRef = Pick<CalendarEvent, 'eventId' | 'start' | 'end'>;

/** The meeting a tab is open in: the occurrence, and the series' latest occurrence that has ended before it (its report). */
export type TabMeetingView = MeetingView & { previousOccurrence: OccurrenceRef | null };

/**
 * Of the events behind one join URL (a series shares it), the one a meeting tab is about: the occurrence starting at
 * `start` when Teams told which, else the one in progress or next, else the latest past one.
 */
export const pickTabOccurrence = (events: readonly CalendarEvent[], now: Date, start?: string): CalendarEvent | null => {
  const usable = events.filter((e) => !e.isCancelled && e.type !== 'seriesMaster');
  const at = start === undefined ? Number.NaN : Date.parse(start);
  const named = usable.find((e) => Date.parse(e.start) === at);
  if (named) return named;
  const latestPast = [...usable].sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
  return pickCurrentOrNextMeeting(usable, now) ?? latestPast ?? null;
};

/** The latest occurrence of the same meeting that has ended and started before `event`: what the tab reports on. */
export const previousEndedOccurrence = (events: readonly CalendarEvent[], event: CalendarEvent, now: Date): OccurrenceRef | null => {
  const ended = events
    .filter((e) => !e.isCancelled && e.type !== 'seriesMaster' && e.eventId !== event.eventId)
    .filter((e) => Date.parse(e.end) <= now.getTime() && Date.parse(e.start) < Date.parse(event.start))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const last = ended[0];
  return last ? { eventId: last.eventId, start: last.start, end: last.end } : null;
};

/** Join URLs arrive re-encoded by different clients; compare them decoded. */
export const isSameJoinUrl = (a: string, b: string): boolean => normalizeJoinUrl(a) === normalizeJoinUrl(b);

const normalizeJoinUrl = (url: string): string => {
  let current = url.trim();
  for (let i = 0; i < 3; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      break;
    }
    if (decoded === current) break;
    current = decoded;
  }
  return current.toLowerCase();
};

/**
 * The live stream of one occurrence: every occurrence of a series shares the online meeting, so its start tells them
 * apart. null when the event is not a Teams meeting (nothing live to follow).
 */
export const liveStreamOf = (view: Pick<MeetingView, 'onlineMeetingId' | 'start'>): string | null =>
  view.onlineMeetingId ? `occurrence/${view.onlineMeetingId}/${view.start}` : null;
