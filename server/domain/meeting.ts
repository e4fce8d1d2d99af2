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
