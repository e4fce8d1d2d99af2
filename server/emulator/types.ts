// Public types of the Graph + Entra ID emulator (demo mode and tests code against these).
import type { Hono } from 'hono';
import type { LostResponseRule } from './graph/lost-responses';
import type { MeetingPlan } from './seed/meeting-plans';
import type { LifecycleEvent } from './notifications/change-notification';
import type { DeliveryRecord } from './notifications/state';

export type { DeliveryRecord, LifecycleEvent };

/** A meeting to add to the demo tenant: organizer and invitees by handle (`hiroshi.tanaka`), weekly series without end. */
export type DemoMeetingPlan = MeetingPlan;

export type EmulatorFaults = {
  rate429?: number;
  rate503?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
  random?: () => number;
  /** Only Graph requests whose path (e.g. /v1.0/me/onlineMeetings/…/content) matches fail; default all. */
  paths?: RegExp;
  /** Only requests with these methods (e.g. ['PATCH']) get faults; default all. */
  methods?: string[];
  /** Outlook's limit of one app's requests in flight per mailbox (4 in Microsoft 365); not enforced unless set. */
  mailboxConcurrency?: number;
  /** Graph's per-app Teams limits (chat posts 20/s, activity notifications 5/s): beyond them 429 with Retry-After. */
  enforceRateLimits?: boolean;
};

/** Per person (user principal name): the most Graph round trips in flight at once, and Outlook requests refused 429. */
export type MailboxConcurrencyStats = Record<string, { maxInFlight: number; throttled: number }>;

export type GraphResponseRecord = { method: string; path: string; status: number; body: unknown };

export type EmulatorOptions = {
  /** e.g. 'http://localhost:3979' — used in issuers, token endpoints and @odata.nextLink. */
  origin: string;
  /** Roundtable's Entra app registration in the demo tenant. */
  app: { clientId: string; clientSecret: string; appIdUri: string };
  /** Clock; the demo seed is laid out relative to it (deterministic for a given now). */
  now?: () => Date;
  /** Applied to Graph routes only (not Entra, not /demo). */
  faults?: EmulatorFaults;
  /** Default page size of collections (small, so paging is exercised). */
  pageSize?: number;
  /** Called with every JSON body a Graph route sends. */
  onGraphResponse?: (r: GraphResponseRecord) => void;
  /** Used for the subscription validation handshake and change-notification deliveries; defaults to global fetch. */
  fetch?: (input: Request) => Promise<Response>;
  /** Folder of the real Teams transcripts the demo serves; default ../shared/fixtures/transcripts beside the checkout. */
  transcriptsDir?: string;
};

export type DemoPerson = { id: string; upn: string; displayName: string; mail: string; jobTitle: string; managerId: string | null };

export type SsoTokenOverrides = {
  version?: '1.0' | '2.0';
  aud?: string;
  tid?: string;
  iss?: string;
  scp?: string;
  expiresInSeconds?: number;
  notBeforeSeconds?: number;
};

export type Emulator = {
  /** One Hono app serving Entra, Graph (/v1.0) and /demo. */
  app: Hono;
  tenantId: string;
  people: DemoPerson[];
  setFaults(f: EmulatorFaults): void;
  /** The tenant's speaker attribution in transcripts (Teams admin setting); on by default. */
  setSpeakerAttribution(allowed: boolean): void;
  /** As Teams' getAuthToken would issue for our app. */
  mintSsoToken(upn: string, overrides?: SsoTokenOverrides): Promise<string>;
  /** A delegated Graph token, as on-behalf-of would return. */
  mintGraphToken(upn: string): Promise<string>;
  /** Count of Graph requests served (a $batch counts once: benchmarks count round trips). */
  stats(): { graphRequests: number };
  /** Round trips in flight per person at most, and MailboxConcurrency refusals, since the last reset. */
  mailboxConcurrency(): MailboxConcurrencyStats;
  resetMailboxConcurrency(): void;
  /** Adds meetings to the demo tenant (tests and benchmarks): into every invitee's calendar, with Teams meeting and chat. */
  addMeetings(plans: readonly DemoMeetingPlan[]): void;
  /** The next `times` matching Graph requests are carried out, but their answers are lost (504 or a reset connection). */
  loseResponses(rule: LostResponseRule): void;
  /**
   * Ends an occurrence of the weekly team meeting now (default: the one in progress): its transcript and attendance
   * report are published and subscribers notified. Null when no such occurrence has artifacts waiting.
   */
  endMeeting(occurrenceStart?: Date): Promise<{ transcriptId: string; onlineMeetingId: string; occurrenceStart: Date } | null>;
  /** Publishes artifacts of meetings that ended by the emulator's clock and sends every due notification. */
  deliverNotifications(): Promise<DeliveryRecord[]>;
  /** Sends a lifecycle notification for a subscription now (subscriptionRemoved also removes it, as Graph does). */
  sendLifecycleNotification(subscriptionId: string, event: LifecycleEvent): Promise<DeliveryRecord[]>;
  /** Every delivery POSTed so far, oldest first. */
  notificationLog(): DeliveryRecord[];
  /** Delivers every `intervalMs` (demo mode); returns the function that stops it. */
  startNotificationDelivery(intervalMs: number): () => void;
};
