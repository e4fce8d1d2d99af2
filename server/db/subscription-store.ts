// The TranscriptSyncStore port (server/services/speaking-notifications/ports.ts) over Drizzle: which organizers to
// subscribe to, their Graph subscriptions and delta links. The notification inbox is in notification-inbox-store.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { TranscriptSubscription, TranscriptSyncStore } from '../services/speaking-notifications/ports';
import type { Database } from './client';
import { createNotificationInbox } from './notification-inbox-store';
import { graphSubscriptions, meetings, speakingOccurrences, speakingTranscripts, transcriptDeltaLinks, users } from './tables';

const toSubscription = (row: typeof graphSubscriptions.$inferSelect): TranscriptSubscription => ({
  tenantId: row.tenantId,
  organizerId: row.organizerId,
  organizerUpn: row.organizerUpn,
  subscriptionId: row.subscriptionId,
  resource: row.resource,
  notificationUrl: row.notificationUrl,
  clientStateHash: row.clientStateHash,
  expiresAt: row.expiresAt,
  status: row.status,
  lastError: row.lastError,
});

export const createTranscriptSyncStore = (db: Database): TranscriptSyncStore => ({
  listKnownOrganizers: async () => {
    // An organizer's e-mail is their UPN in most tenants: a person who signed in here resolves without Graph.
    const rows = await db
      .selectDistinct({ tenantId: meetings.tenantId, email: meetings.organizerEmail, userId: users.userId })
      .from(meetings)
      .leftJoin(users, and(eq(users.tenantId, meetings.tenantId), sql`lower(${users.upn}) = lower(${meetings.organizerEmail})`))
      .orderBy(meetings.tenantId, meetings.organizerEmail);
    return rows.filter((row) => row.email !== '');
  },

  findMeetingJoinUrl: async (tenantId, onlineMeetingId) => {
    const [row] = await db
      .select({ joinUrl: meetings.joinUrl })
      .from(meetings)
      .where(and(eq(meetings.tenantId, tenantId), eq(meetings.onlineMeetingId, onlineMeetingId)))
      .limit(1);
    return row?.joinUrl ?? null;
  },

  isTranscriptFinal: async (tenantId, onlineMeetingId, transcriptId) => {
    const [row] = await db
      .select({ roster: speakingOccurrences.roster })
      .from(speakingTranscripts)
      .innerJoin(
        speakingOccurrences,
        and(
          eq(speakingOccurrences.tenantId, speakingTranscripts.tenantId),
          eq(speakingOccurrences.onlineMeetingId, speakingTranscripts.onlineMeetingId),
          eq(speakingOccurrences.startsAt, speakingTranscripts.startsAt),
        ),
      )
      .where(and(eq(speakingTranscripts.tenantId, tenantId), eq(speakingTranscripts.onlineMeetingId, onlineMeetingId), eq(speakingTranscripts.transcriptId, transcriptId)))
      .limit(1);
    return row?.roster === 'attendance';
  },

  subscriptions: {
    list: async () => (await db.select().from(graphSubscriptions).orderBy(graphSubscriptions.tenantId, graphSubscriptions.organizerId)).map(toSubscription),

    findByOrganizer: async (tenantId, organizerId) => {
      const [row] = await db
        .select()
        .from(graphSubscriptions)
        .where(and(eq(graphSubscriptions.tenantId, tenantId), eq(graphSubscriptions.organizerId, organizerId)))
        .limit(1);
      return row ? toSubscription(row) : null;
    },

    findById: async (tenantId, subscriptionId) => {
      const [row] = await db
        .select()
        .from(graphSubscriptions)
        .where(and(eq(graphSubscriptions.tenantId, tenantId), eq(graphSubscriptions.subscriptionId, subscriptionId)))
        .limit(1);
      return row ? toSubscription(row) : null;
    },

    save: async (subscription) => {
      const { tenantId: _t, organizerId: _o, ...changes } = subscription;
      await db
        .insert(graphSubscriptions)
        .values(subscription)
        .onConflictDoUpdate({ target: [graphSubscriptions.tenantId, graphSubscriptions.organizerId], set: { ...changes, updatedAt: sql`now()` } });
    },
  },

  deltaLinks: {
    find: async (tenantId, organizerId) => {
      const [row] = await db
        .select({ deltaLink: transcriptDeltaLinks.deltaLink })
        .from(transcriptDeltaLinks)
        .where(and(eq(transcriptDeltaLinks.tenantId, tenantId), eq(transcriptDeltaLinks.organizerId, organizerId)))
        .limit(1);
      return row?.deltaLink ?? null;
    },

    save: async (tenantId, organizerId, deltaLink, at) => {
      await db
        .insert(transcriptDeltaLinks)
        .values({ tenantId, organizerId, deltaLink, syncedAt: at })
        .onConflictDoUpdate({ target: [transcriptDeltaLinks.tenantId, transcriptDeltaLinks.organizerId], set: { deltaLink, syncedAt: at, updatedAt: sql`now()` } });
    },
  },

  notifications: createNotificationInbox(db),
});
