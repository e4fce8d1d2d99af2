// The ports of background transcript ingestion, in the product's words: Microsoft Graph as Roundtable itself sees it
// (application permissions, no signed-in person), and the storage of subscriptions, delta links and the inbox of
// notifications. server/graph/app-graph.ts and server/db/subscription-store.ts implement them.
import type { Logger } from 'pino';
import type { MeetingTranscript } from '../../domain/speakers/types';
import type { Clock, MeetingArtifactReader, Store } from '../ports';

export type SubscriptionRequest = {
  resource: string;
  notificationUrl: string;
  lifecycleNotificationUrl: string;
  expiresAt: Date;
  clientState: string;
};

export type GraphSubscription = { subscriptionId: string; expiresAt: Date };

/** A transcript Graph reports as added for one of the organizer's online meetings. */
export type AddedTranscript = MeetingTranscript & { onlineMeetingId: string };

export type TranscriptDelta = { transcripts: AddedTranscript[]; deltaLink: string };

/** Where a delta round starts: a stored @odata.deltaLink, or a first full round from a point in time. */
export type DeltaStart = { deltaLink: string } | { since: Date };

/** Microsoft Graph with Roundtable's application permissions in one tenant. */
export type AppGraph = {
  /** A user by object id or user principal name; null when the directory has no such user. */
  findUser(idOrUpn: string): Promise<{ id: string; upn: string } | null>;
  createSubscription(request: SubscriptionRequest): Promise<GraphSubscription>;
  /** PATCHes the expiry (which also reauthorizes); null when Graph no longer has the subscription (404). */
  renewSubscription(subscriptionId: string, expiresAt: Date): Promise<GraphSubscription | null>;
  /** Deletes it; one Graph no longer has counts as deleted. */
  deleteSubscription(subscriptionId: string): Promise<void>;
  /** The organizer's calendar, transcripts and attendance reports (what ingestion reads), read as the app. */
  artifactsOf(organizerId: string): MeetingArtifactReader;
  /** One transcript's times; null when Graph has no such transcript (404). */
  getTranscript(organizerId: string, onlineMeetingId: string, transcriptId: string): Promise<MeetingTranscript | null>;
  /** One whole delta round of the organizer's getAllTranscripts (every page followed). */
  readTranscriptDelta(organizerId: string, start: DeltaStart): Promise<TranscriptDelta>;
};

export type AppGraphPort = { forTenant(tenantId: string): AppGraph };

export type LifecycleEvent = 'reauthorizationRequired' | 'subscriptionRemoved' | 'missed';

/** A meeting organizer whose meeting someone opened in Roundtable; `userId` when the person is known here. */
export type KnownOrganizer = { tenantId: string; email: string; userId: string | null };

export type TranscriptSubscription = {
  tenantId: string;
  organizerId: string;
  organizerUpn: string;
  subscriptionId: string | null;
  resource: string;
  notificationUrl: string;
  clientStateHash: string | null;
  expiresAt: Date | null;
  status: 'active' | 'failed';
  lastError: string | null;
};

export type NewNotificationJob = {
  tenantId: string;
  subscriptionId: string;
  organizerId: string;
  kind: 'transcript' | 'lifecycle';
  lifecycleEvent: LifecycleEvent | null;
  onlineMeetingId: string | null;
  transcriptId: string | null;
  /** Jobs with the same key are queued once (null: never deduplicated). */
  dedupeKey: string | null;
};

export type NotificationJob = NewNotificationJob & { notificationId: string; attempts: number; receivedAt: Date };

export type TranscriptSyncStore = {
  /** Distinct organizers of the meetings Roundtable knows, with their user id when they signed in here. */
  listKnownOrganizers(): Promise<KnownOrganizer[]>;
  /** The known meeting's join URL; null when nobody has opened it in Roundtable. */
  findMeetingJoinUrl(tenantId: string, onlineMeetingId: string): Promise<string | null>;
  /** Whether the transcript is part of figures already final (computed against an attendance report). */
  isTranscriptFinal(tenantId: string, onlineMeetingId: string, transcriptId: string): Promise<boolean>;
  subscriptions: {
    list(): Promise<TranscriptSubscription[]>;
    findByOrganizer(tenantId: string, organizerId: string): Promise<TranscriptSubscription | null>;
    findById(tenantId: string, subscriptionId: string): Promise<TranscriptSubscription | null>;
    /** Insert or replace the organizer's subscription row. */
    save(subscription: TranscriptSubscription): Promise<void>;
  };
  deltaLinks: {
    find(tenantId: string, organizerId: string): Promise<string | null>;
    save(tenantId: string, organizerId: string, deltaLink: string, at: Date): Promise<void>;
  };
  notifications: {
    /** Records the jobs (in one statement) and returns how many were new. */
    enqueue(jobs: NewNotificationJob[], at: Date): Promise<number>;
    /** Takes up to `limit` due jobs, oldest first, and holds them for `leaseMs`. Safe across instances. */
    claimDue(now: Date, limit: number, leaseMs: number): Promise<NotificationJob[]>;
    complete(tenantId: string, notificationId: string, at: Date, outcome: string): Promise<void>;
    /** After a failure: due again at `retryAt`, or given up for good when `retryAt` is null. */
    fail(tenantId: string, notificationId: string, at: Date, error: string, retryAt: Date | null): Promise<void>;
    /** Jobs neither done nor given up (for health checks and tests). */
    countPending(): Promise<number>;
    /** Deletes jobs finished before `before`. */
    prune(before: Date): Promise<void>;
  };
};

/** Where Graph delivers change notifications and lifecycle notifications (the app's public webhook routes). */
export type WebhookUrls = { notificationUrl: string; lifecycleNotificationUrl: string };

export type TranscriptSyncDeps = {
  store: Store;
  appGraph: AppGraphPort;
  clock: Clock;
  logger: Logger;
  /** Read when a subscription is created: in demo mode the app's address is known only once it listens. */
  webhookUrls: () => WebhookUrls;
};
