// The ports use cases depend on, in the product's own words. Adapters (server/graph, server/db) implement them.
import type { Answer, CheckinChoice, Round } from '../domain/checkin-round';
import type { CalendarEvent, OnlineMeeting } from '../domain/meeting';
import type { AttendanceRecord, AttendanceReportListing, TranscriptDownload, TranscriptListing } from '../domain/speakers/types';
import type { TranscriptSyncStore } from './speaking-notifications/ports';
import type { SpeakingStore } from './speaking-ports';
import type { TurnStore } from './turns/turn-ports';
import type { OutboxStore, PraiseStore } from './praise/praise-ports';
import type { ReportStore } from './report-ports';
import type { MeetingMapStore, ReportCalendarGraph } from './reports/calendar-ports';

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

/** Microsoft Graph, as one signed-in person sees it (with a report's calendar read: reports/calendar-ports.ts). */
export type UserGraph = ReportCalendarGraph & {
  getMe(): Promise<{ id: string; displayName: string; upn: string }>;
  listCalendarView(range: TimeRange): Promise<CalendarEvent[]>;
  getEvent(eventId: string): Promise<CalendarEvent>;
  /** null when no online meeting with that join URL is visible to this person. */
  findOnlineMeetingByJoinUrl(joinUrl: string): Promise<OnlineMeeting | null>;
  /** The online meeting's transcripts (a series' occurrences share them); `denied` when Graph answers 403. */
  listTranscripts(onlineMeetingId: string): Promise<TranscriptListing>;
  /** A transcript as WebVTT with speakers; `denied` on 403 (SpeakerAttributionNotAllowed when attribution is off). */
  getTranscriptContent(onlineMeetingId: string, transcriptId: string): Promise<TranscriptDownload>;
  /** The meeting's attendance reports, one per session, without records; `denied` when Graph answers 403. */
  listAttendanceReports(onlineMeetingId: string): Promise<AttendanceReportListing>;
  listAttendanceRecords(onlineMeetingId: string, reportId: string): Promise<AttendanceRecord[]>;
  getEventBody(eventId: string): Promise<VersionedEventBody>;
  /** PATCH with If-Match: a stale etag fails with AppError 'precondition_failed'. Organizers' edits mail attendees. */
  updateEventBody(eventId: string, body: EventBody, etag: string): Promise<VersionedEventBody>;
  /** Everyone below this person in the org chart (direct and indirect reports); empty for someone with no reports. */
  listTeam(): Promise<TeamMember[]>;
};

/** A person in a manager's org chart: only what a team aggregate needs, never shown. */
export type TeamMember = { id: string; email: string };

export type EventBody = { contentType: 'html' | 'text'; content: string };
export type VersionedEventBody = { body: EventBody; etag: string };

export type GraphPort = { forUser(user: VerifiedUser): UserGraph };

/** What transcript ingestion reads of an organizer's Microsoft 365: with their delegated token, or as the app. */
export type MeetingArtifactReader = Pick<UserGraph, 'listCalendarView' | 'listTranscripts' | 'getTranscriptContent' | 'listAttendanceReports' | 'listAttendanceRecords'>;

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

export type InviteStatus = { status: 'written' | 'failed' | 'outlook'; message: string | null };

export type StoredChoice = CheckinChoice & { invite: InviteStatus };

export type StoredRound = {
  roundId: string;
  /** The question as asked in this occurrence. */
  question: Pick<CheckinChoice, 'promptId' | 'customQuestion' | 'anonymous'>;
  round: Round;
};

export type AddedAnswer = { answer: Answer; isSamePerson: boolean; answererCount: number; revealed: boolean };

export type CheckinStore = {
  /** The choice in force for an occurrence: its own, else the series'. `occurrenceStart` is the ISO start. */
  findChoice(tenantId: string, onlineMeetingId: string, occurrenceStart: string): Promise<StoredChoice | null>;
  saveChoice(options: { tenantId: string; onlineMeetingId: string; appliesTo: string; choice: CheckinChoice; setBy: string; invite: InviteStatus }): Promise<void>;
  deleteChoice(tenantId: string, onlineMeetingId: string, appliesTo: string): Promise<void>;
  findRound(tenantId: string, onlineMeetingId: string, occurrenceStart: Date): Promise<StoredRound | null>;
  ensureRound(tenantId: string, onlineMeetingId: string, occurrenceStart: Date, question: StoredRound['question']): Promise<StoredRound>;
  updateRound(tenantId: string, roundId: string, round: Round): Promise<void>;
  /**
   * Stores a submission once (repeats are no-ops) while the round is open, and returns what is stored under its id,
   * how many people have answered the round so far (each person once, whatever their edits) and whether the round's
   * answers are revealed. A round that is not open (any more) stores nothing: `refused` is its state.
   */
  addAnswer(options: {
    tenantId: string;
    roundId: string;
    submissionId: string;
    author: { id: string; name: string } | null;
    anonymousKey: string | null;
    text: string | null;
    scales: Record<string, number> | null;
  }): Promise<AddedAnswer | { refused: Exclude<Round['state'], 'open'> }>;
  /** Each person's latest answer, oldest first. */
  currentAnswers(tenantId: string, roundId: string): Promise<{ answer: Answer; anonymousKey: string | null }[]>;
  /** The library prompts the series' occurrences before `before` asked, in occurrence order (for rotation). */
  promptHistory(tenantId: string, onlineMeetingId: string, before: Date): Promise<string[]>;
};

/** Roundtable's own storage. */
export type Store = {
  ping(): Promise<void>;
  users: {
    upsert(user: UserRecord): Promise<void>;
    find(tenantId: string, userId: string): Promise<UserRecord | null>;
    /** The people Roundtable has met among these user principal names (case-insensitive). */
    findByUpns(tenantId: string, upns: readonly string[]): Promise<UserRecord[]>;
  };
  meetings: MeetingMapStore & {
    upsert(meeting: MeetingRecord): Promise<void>;
    upsertOccurrence(occurrence: OccurrenceRecord): Promise<void>;
    findByJoinUrl(tenantId: string, joinUrl: string): Promise<MeetingRecord | null>;
  };
  speaking: SpeakingStore;
  /** The live turn tracker per occurrence. */
  turns: TurnStore;
  /** Graph subscriptions, delta links and notification inbox behind background transcript ingestion. */
  transcriptSync: TranscriptSyncStore;
  checkin: CheckinStore;
  /** Praise, preferences, praise rounds; and the outbox its deliveries go through. */
  praise: PraiseStore;
  praiseOutbox: OutboxStore;
  /** The leader reports' reads (issue 6), aggregated in SQL. */
  reports: ReportStore;
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
  /** The id a panel starts its stream from, read together with the state it shows. */
  latestId: LiveEventLog['latestId'];
  /**
   * Sends every event of the stream after `lastEventId` (the replay), then each new one as it is published anywhere,
   * in id order without gaps or repeats, until the returned function is called. A subscriber that falls too far
   * behind, or whose send fails, is dropped: `onDropped` tells it to close, and its client reconnects and replays.
   */
  subscribe(tenantId: string, stream: string, lastEventId: string | null, subscriber: LiveSubscriber): Promise<() => void>;
};

export type LiveSubscriber = {
  send: (event: LiveEvent) => Promise<void> | void;
  /**
   * When given, events that go out together come as one call (in id order). The array may be the one every
   * subscriber of the stream gets: read it, never change it.
   */
  sendBatch?: (events: readonly LiveEvent[]) => void;
  onDropped?: () => void;
};

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };
