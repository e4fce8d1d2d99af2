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
};

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
  users: { upsert(user: UserRecord): Promise<void> };
  meetings: {
    upsert(meeting: MeetingRecord): Promise<void>;
    upsertOccurrence(occurrence: OccurrenceRecord): Promise<void>;
    findByJoinUrl(tenantId: string, joinUrl: string): Promise<MeetingRecord | null>;
  };
  close(): Promise<void>;
};

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
