// The ports a report's calendar read depends on, in the product's words: the viewer's calendar and the Teams meetings
// behind its events (server/graph/report-calendar.ts), and the stored join URL → Teams meeting map
// (server/db/meeting-map-store.ts). Part of UserGraph and Store (../ports.ts).
import type { OnlineMeeting } from '../../domain/meeting';
import type { CalendarMeeting } from '../../domain/reports/inputs';
import type { MeetingRecord, TimeRange } from '../ports';

/** One event of the viewer's calendar as a report reads it, with the join URL its Teams meeting is found by. */
export type ReportCalendarEvent = Omit<CalendarMeeting, 'teams'> & { joinUrl: string | null };

/** Occurrences and single meetings in a range (no series masters, nothing cancelled), in Graph's order. */
export type ReportCalendar = {
  events: ReportCalendarEvent[];
  /** false when a page after the first could not be read: `events` holds what was. */
  isComplete: boolean;
};

/**
 * `absent`: Graph shows this person no Teams meeting with that join URL (another tenant's meeting, or not a
 * participant); `unavailable`: Graph could not say (throttled or unavailable, also after retries).
 */
export type OnlineMeetingLookup = { status: 'found'; meeting: OnlineMeeting } | { status: 'absent' } | { status: 'unavailable' };

export type ReportCalendarGraph = {
  /** Fails (AppError) only when the first page cannot be read. */
  readReportCalendar(range: TimeRange): Promise<ReportCalendar>;
  /** Every join URL given gets an answer; they are looked up 20 to a $batch, at most 4 batches at once per mailbox. */
  findOnlineMeetingsByJoinUrls(joinUrls: readonly string[]): Promise<Map<string, OnlineMeetingLookup>>;
};

export type MeetingMapStore = {
  /** The Teams meetings stored under these join URLs (exact strings, as the calendar holds them). */
  findByJoinUrls(tenantId: string, joinUrls: readonly string[]): Promise<MeetingRecord[]>;
  /** Stores meetings learned from Graph; a meeting already stored (by its id) keeps what it has. */
  rememberMeetings(meetings: readonly MeetingRecord[]): Promise<void>;
};
