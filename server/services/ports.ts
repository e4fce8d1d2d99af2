// The ports use cases depend on, in the product's own words. Adapters (server/graph, server/db) implement them.
import type { CalendarEvent, OnlineMeeting } from '../domain/meeting';

/** The signed-in person, from a verified Teams SSO token. */
export type VerifiedUser = {
  id: string;
  tenantId: string;
  displayName: string;
  upn: string;
  /** The raw SSO token: the on-behalf-of exchange needs it to call Graph as this person. */
  ssoToken: string;
};

export type TimeRange = { start: Date; end: Date };

/** Microsoft Graph, as one signed-in person sees it. */
export type UserGraph = {
  getMe(): Promise<{ id: string; displayName: string; upn: string }>;
  listCalendarView(range: TimeRange): Promise<CalendarEvent[]>;
  getEvent(eventId: string): Promise<CalendarEvent>;
  /** null when no online meeting with that join URL is visible to this person. */
  findOnlineMeetingByJoinUrl(joinUrl: string): Promise<OnlineMeeting | null>;
  getEventBody(eventId: string): Promise<VersionedEventBody>;
  /** PATCH with If-Match: a stale etag fails with AppError 'precondition_failed'. Organizers' edits mail attendees. */
  updateEventBody(eventId: string, body: EventBody, etag: string): Promise<VersionedEventBody>;
};

export type EventBody = { contentType: 'html' | 'text'; content: string };
export type VersionedEventBody = { body: EventBody; etag: string };

export type GraphPort = { forUser(user: VerifiedUser): UserGraph };

export type MeetingRecord = {
  tenantId: string;
  onlineMeetingId: string;
  chatId: string | null;
  joinUrl: string;
  organizerEmail: string;
  subject: string;
  iCalUId: string | null;
};

export type OccurrenceRecord = { tenantId: string; onlineMeetingId: string; startsAt: Date; endsAt: Date };

export type UserRecord = { tenantId: string; userId: string; displayName: string; upn: string };

/** Roundtable's own storage. */
export type Store = {
  ping(): Promise<void>;
  users: { upsert(user: UserRecord): Promise<void>; find(tenantId: string, userId: string): Promise<UserRecord | null> };
  meetings: {
    upsert(meeting: MeetingRecord): Promise<void>;
    upsertOccurrence(occurrence: OccurrenceRecord): Promise<void>;
    findByJoinUrl(tenantId: string, joinUrl: string): Promise<MeetingRecord | null>;
  };
  close(): Promise<void>;
};

/** One change in a meeting's live state, as its Server-Sent Events stream carries it. */
export type LiveEvent = { id: string; stream: string; type: string; data: unknown; at: string };

/** The durable log behind live streams: what a reconnecting panel replays from its Last-Event-ID. */
export type LiveEventLog = {
  publish(tenantId: string, stream: string, type: string, data: unknown): Promise<LiveEvent>;
  /** Events of a stream after `afterId` (null: from the start), oldest first. */
  since(tenantId: string, stream: string, afterId: string | null, limit?: number): Promise<LiveEvent[]>;
  latestId(tenantId: string, stream: string): Promise<string | null>;
};

/** Live delivery to connected panels, on this instance and (through the database) on every other one. */
export type LiveEvents = {
  publish: LiveEventLog['publish'];
  /**
   * Sends every event of the stream after `lastEventId` (the replay), then each new one as it is published anywhere,
   * in id order without gaps or repeats, until the returned function is called. A subscriber that falls too far
   * behind, or whose send fails, is dropped: `onDropped` tells it to close, and its client reconnects and replays.
   */
  subscribe(tenantId: string, stream: string, lastEventId: string | null, subscriber: LiveSubscriber): Promise<() => void>;
};

export type LiveSubscriber = { send: (event: LiveEvent) => Promise<void> | void; onDropped?: () => void };

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
