// The Store port (server/services/ports.ts) over Drizzle: the only SQL the use cases reach.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MeetingRecord, Store } from '../services/ports';
import { createCheckinStore } from './checkin-store';
import { createMeetingMapStore } from './meeting-map-store';
import { createOutboxStore } from './praise-outbox-store';
import { createPraiseStore } from './praise-store';
import { createReportStore } from './report-store';
import type { Database } from './client';
import { createSpeakingStore } from './speaking-store';
import { createTurnStore } from './turn-store';
import { createTranscriptSyncStore } from './subscription-store';
import { meetings, occurrences, tenants, users } from './tables';

const ensureTenant = (db: Database, tenantId: string) =>
  db.insert(tenants).values({ tenantId }).onConflictDoNothing();

export const createStore = (db: Database, close: () => Promise<void>): Store => ({
  ping: async () => {
    await db.execute(sql`select 1`);
  },

  users: {
    upsert: async (user) => {
      await ensureTenant(db, user.tenantId);
      await db
        .insert(users)
        .values(user)
        .onConflictDoUpdate({
          target: [users.tenantId, users.userId],
          set: { displayName: user.displayName, upn: user.upn, updatedAt: sql`now()` },
        });
    },

    find: async (tenantId, userId) => {
      const [row] = await db
        .select({ tenantId: users.tenantId, userId: users.userId, displayName: users.displayName, upn: users.upn })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.userId, userId)))
        .limit(1);
      return row ?? null;
    },

    findByUpns: async (tenantId, upns) => {
      if (upns.length === 0) return [];
      return db
        .select({ tenantId: users.tenantId, userId: users.userId, displayName: users.displayName, upn: users.upn })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), inArray(sql`lower(${users.upn})`, upns.map((upn) => upn.toLowerCase()))));
    },
  },

  meetings: {
    ...createMeetingMapStore(db),

    upsert: async (meeting) => {
      await ensureTenant(db, meeting.tenantId);
      const { tenantId: _t, onlineMeetingId: _m, ...changes } = meeting;
      await db
        .insert(meetings)
        .values(meeting)
        .onConflictDoUpdate({ target: [meetings.tenantId, meetings.onlineMeetingId], set: { ...changes, updatedAt: sql`now()` } });
    },

    upsertOccurrence: async (occurrence) => {
      await db
        .insert(occurrences)
        .values(occurrence)
        .onConflictDoUpdate({
          target: [occurrences.tenantId, occurrences.onlineMeetingId, occurrences.startsAt],
          set: { endsAt: occurrence.endsAt, updatedAt: sql`now()` },
        });
    },

    findByJoinUrl: async (tenantId, joinUrl): Promise<MeetingRecord | null> => {
      const [row] = await db
        .select()
        .from(meetings)
        .where(and(eq(meetings.tenantId, tenantId), eq(meetings.joinUrl, joinUrl)))
        .limit(1);
      if (!row) return null;
      return {
        tenantId: row.tenantId,
        onlineMeetingId: row.onlineMeetingId,
        chatId: row.chatId,
        joinUrl: row.joinUrl,
        organizerEmail: row.organizerEmail,
        subject: row.subject,
        iCalUId: row.iCalUId,
      };
    },
  },

  checkin: createCheckinStore(db),

  speaking: createSpeakingStore(db),

  turns: createTurnStore(db),

  transcriptSync: createTranscriptSyncStore(db),

  praise: createPraiseStore(db),

  praiseOutbox: createOutboxStore(db),

  reports: createReportStore(db),

  close,
});
