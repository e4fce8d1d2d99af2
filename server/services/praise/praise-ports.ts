// The ports praise use cases and the delivery worker depend on, in the product's words: praise storage with its
// outbox, and Microsoft Graph for the chat and the activity feed. Adapters: server/db/praise-*.ts, server/graph/.
import type {
  AttemptOutcome,
  DeliveryKind,
  JobState,
  JobUpdate,
  PraiseChatMessage,
  PraiseNotice,
  PraiseNotification,
  PraiseParticipant,
  PraisePreference,
  PraiseRecipient,
  PraiseRecord,
  PraiseVisibility,
  TenantValue,
} from '../../domain/praise';
import type { TimeRange, VerifiedUser } from '../ports';

/** A praise as stored, with how its delivery stands. */
export type StoredPraise = {
  tenantId: string;
  id: string;
  onlineMeetingId: string;
  occurrenceStart: Date;
  eventSubject: string;
  giverEventId: string;
  giver: PraiseParticipant;
  recipient: PraiseRecipient;
  valueId: string;
  valueLabel: string;
  message: string;
  requestedVisibility: PraiseVisibility;
  visibility: PraiseVisibility;
  notice: PraiseNotice | null;
  createdAt: Date;
  job: { kind: DeliveryKind; state: JobState; lastError: string | null };
};

export type NewPraise = Omit<StoredPraise, 'job'> & { job: { kind: DeliveryKind; target: string } };

export type PraiseStore = {
  /** Stores the praise and its delivery job in one transaction; a repeated id changes nothing and returns what is stored. */
  create(praise: NewPraise): Promise<{ created: boolean; praise: StoredPraise }>;
  find(tenantId: string, praiseId: string): Promise<StoredPraise | null>;
  /** An occurrence's public praise, oldest first. */
  listPublic(tenantId: string, onlineMeetingId: string, occurrenceStart: Date): Promise<StoredPraise[]>;
  /** Praise a person received (addressed to them, public or private; not team praise), newest first. */
  listReceived(tenantId: string, userId: string, limit: number): Promise<StoredPraise[]>;
  listGiven(tenantId: string, userId: string, limit: number): Promise<StoredPraise[]>;
  /** How many praises a person gave since `since`, and when the oldest of them was given. */
  countGivenSince(tenantId: string, giverId: string, since: Date): Promise<{ count: number; oldest: Date | null }>;
  /** The occurrences of a meeting Roundtable knows of (opened by someone, or with praise), any order. */
  knownOccurrences(tenantId: string, onlineMeetingId: string): Promise<Date[]>;
  /** Who was praised, how, in those occurrences (for the praise round's suggestions). */
  recipientsIn(tenantId: string, onlineMeetingId: string, occurrenceStarts: Date[]): Promise<PraiseRecord[]>;
  values: { list(tenantId: string): Promise<TenantValue[]>; replace(tenantId: string, values: TenantValue[]): Promise<void> };
  preferences: {
    /** Each person's preference ('either' when never set) and whether the app was installed at the last private praise. */
    get(tenantId: string, userIds: string[]): Promise<Map<string, { preference: PraisePreference; hasApp: boolean | null }>>;
    set(tenantId: string, userId: string, preference: PraisePreference): Promise<void>;
    setHasApp(tenantId: string, userId: string, hasApp: boolean): Promise<void>;
  };
  rounds: {
    find(tenantId: string, onlineMeetingId: string, occurrenceStart: Date): Promise<{ isOpen: boolean } | null>;
    set(tenantId: string, onlineMeetingId: string, occurrenceStart: Date, isOpen: boolean, changedBy: string): Promise<void>;
  };
};

/** A job a worker holds the lease on, with the praise it delivers. */
export type ClaimedJob = {
  tenantId: string;
  jobId: string;
  kind: DeliveryKind;
  target: string;
  giverId: string;
  attempts: number;
  /** An earlier attempt may have reached Teams (or a worker died mid-send): look before sending. */
  unsure: boolean;
  praise: StoredPraise;
};

/** A praise whose delivery changed without an attempt (parked for its giver, or woken). */
export type DeliveryChange = { praise: StoredPraise };

export type OutboxStore = {
  /**
   * Leases up to `limit` due jobs to `instanceId` for `leaseMs`: notifications always, chat posts only when this
   * instance holds the giver's sign-in, usable past `usableUntil`. A job leased to a worker that died is due again
   * once its lease expires (and is then marked unsure).
   */
  claimDue(options: { instanceId: string; now: Date; leaseMs: number; limit: number; usableUntil: Date }): Promise<ClaimedJob[]>;
  /** Records an attempt's result, only while the lease is still this instance's; false when it was lost. */
  finish(job: ClaimedJob, instanceId: string, update: JobUpdate, now: Date): Promise<boolean>;
  /** Hands a claimed job back untried (e.g. the rate limit is used up), due at `nextAttemptAt`. */
  release(job: ClaimedJob, instanceId: string, nextAttemptAt: Date, now: Date): Promise<void>;
  /** Due chat posts whose giver has no usable sign-in on any instance: now waiting for the giver. */
  parkWithoutGiver(now: Date, usableUntil: Date): Promise<DeliveryChange[]>;
  /** The giver is back: their waiting posts are due now. */
  wakeGiver(tenantId: string, giverId: string, now: Date): Promise<DeliveryChange[]>;
  recordGiverSession(tenantId: string, userId: string, instanceId: string, tokenExpiresAt: Date): Promise<void>;
  dropGiverSession(tenantId: string, userId: string, instanceId: string): Promise<void>;
};

/** A chat message as the worker needs to recognise its own post. */
export type ListedChatMessage = { id: string; createdDateTime: string | null; fromUserId: string | null; attachments: { id: string | null; content: string | null }[] };

/**
 * Microsoft Graph for praise delivery. Every answer is classified: delivery never throws for a Graph failure. A send's
 * `goAhead` is awaited just before the request leaves, its token in hand: Graph's rate limit counts it from then.
 */
export type DeliveryGraph = {
  /** POST /chats/{id}/messages as the giver (delegated, on-behalf-of): the message id, or why not. */
  postChatMessage(giver: VerifiedUser, chatId: string, message: PraiseChatMessage, goAhead?: () => Promise<void>): Promise<AttemptOutcome>;
  /** The chat's messages back to `since`, newest first, as the giver sees them (to find an earlier post after an ambiguous failure). */
  listChatMessagesSince(giver: VerifiedUser, chatId: string, since: Date): Promise<ListedChatMessage[] | AttemptOutcome>;
  /** POST /users/{id}/teamwork/sendActivityNotification with the app's own token (application permission). */
  sendActivityNotification(tenantId: string, recipientId: string, notification: PraiseNotification, goAhead?: () => Promise<void>): Promise<AttemptOutcome>;
};

/** Graph reads the praise routes need, as the signed-in person. */
export type PraiseGraph = {
  /** The meeting chat's members: the participants who can be praised. */
  listChatMembers(user: VerifiedUser, chatId: string): Promise<PraiseParticipant[]>;
  /** The starts (ISO) of a series' occurrences in a range, as the person's calendar holds them. */
  listOccurrenceStarts(user: VerifiedUser, seriesMasterId: string, range: TimeRange): Promise<string[]>;
};
