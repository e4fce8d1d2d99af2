// The emulator's in-memory state: the demo tenant's directory, mailboxes, Teams meetings and their artifacts.
import type { NotificationState } from '../notifications/state';
import type { DemoPerson } from '../types';

export type Person = DemoPerson & {
  givenName: string;
  surname: string;
  officeLocation: string;
  preferredLanguage: string;
  businessPhones: string[];
  mobilePhone: string | null;
};

export type ItemBody = { contentType: 'html' | 'text'; content: string };
export type EventLocation = { displayName: string; locationType: 'default'; uniqueId: string | null; uniqueIdType: 'unknown' | 'private' };

/** The properties of an event a PATCH may change (per mailbox copy, per exception). */
export type EventFields = {
  subject: string;
  body: ItemBody;
  categories: string[];
  importance: 'low' | 'normal' | 'high';
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  showAs: 'unknown' | 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere';
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  location: EventLocation;
};

export type AttendeeResponse = 'none' | 'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded';
export type Invitee = { userId: string; response: AttendeeResponse; respondedAt: Date | null };

/** A meeting as the organizer scheduled it; every invitee's mailbox holds its own copy. */
export type Meeting = {
  key: string;
  organizerId: string;
  invitees: Invitee[];
  /** Start of the single instance, or of the first occurrence of a series. */
  start: Date;
  durationMs: number;
  /** Weekly, every week, on the first start's UTC weekday, no end date. */
  isWeeklySeries: boolean;
  onlineMeetingId: string | null;
  createdDateTime: Date;
};

export type Revision = { fields: EventFields; changeKey: string; lastModified: Date; version: number };

/** One mailbox's copy of a meeting (a single instance or a series master) and its exceptions. */
export type MailboxCopy = Revision & {
  key: string;
  meetingKey: string;
  ownerId: string;
  createdDateTime: Date;
  exceptions: Map<number, Revision>;
};

export type OnlineMeeting = {
  id: string;
  meetingKey: string;
  threadId: string;
  joinUrl: string;
  conferenceId: string;
  joinMeetingId: string;
  passcode: string;
  organizerId: string;
  attendeeIds: string[];
  subject: string;
  startDateTime: Date;
  endDateTime: Date;
  creationDateTime: Date;
  isRecurring: boolean;
};

export type Transcript = {
  id: string;
  onlineMeetingId: string;
  occurrenceStart: Date;
  createdDateTime: Date;
  endDateTime: Date;
  callId: string;
  contentCorrelationId: string;
  content: string;
};

export type AttendanceInterval = { joinDateTime: Date; leaveDateTime: Date };
export type AttendanceRecord = { personId: string; role: 'Organizer' | 'Presenter' | 'Attendee'; intervals: AttendanceInterval[] };
export type AttendanceReport = {
  id: string;
  onlineMeetingId: string;
  occurrenceStart: Date;
  meetingStartDateTime: Date;
  meetingEndDateTime: Date;
  records: AttendanceRecord[];
};

export type ChatMessageRecord = Record<string, unknown> & { id: string; createdDateTime: string };
export type Chat = {
  id: string;
  topic: string;
  onlineMeetingId: string;
  memberIds: string[];
  createdDateTime: Date;
  lastUpdatedDateTime: Date;
  messages: ChatMessageRecord[];
};

export type Subscription = Record<string, unknown> & { id: string; expirationDateTime: string };

export type ActivityNotification = { recipientId: string; senderId: string | null; body: unknown; sentAt: Date };

export type Store = {
  tenant: { id: string; displayName: string; domain: string };
  people: Person[];
  meetings: Map<string, Meeting>;
  /** Mailbox copies by their item key. */
  copies: Map<string, MailboxCopy>;
  onlineMeetings: Map<string, OnlineMeeting>;
  transcripts: Transcript[];
  /** Tenant settings for transcripts: with speaker attribution off, text/vtt content is 403 SpeakerAttributionNotAllowed. */
  transcriptPolicy: { speakerAttribution: boolean };
  attendanceReports: AttendanceReport[];
  chats: Map<string, Chat>;
  subscriptions: Map<string, Subscription>;
  /** Change-notification delivery: artifacts not yet published, subscription lifetimes, outbox, delivery log. */
  notifications: NotificationState;
  /** People who have Roundtable's Teams app installed (activity notifications need it). */
  installedFor: Set<string>;
  activity: ActivityNotification[];
  refreshTokens: Map<string, { userId: string; clientId: string }>;
};
