// Praise storage over Drizzle (see schema/praise.ts): praise with its delivery job written in one transaction,
// the lists people read, preferences, praise rounds and a tenant's own values.
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { PraisePreference } from '../domain/praise';
import type { PraiseStore, StoredPraise } from '../services/praise/praise-ports';
import type { Database } from './client';
import { jobOfPraise, praiseColumns, toStoredPraise } from './praise-rows';
import { occurrences, praise, praiseDeliveryJobs, praisePreferences, praiseRounds, praiseValues } from './tables';

const select = (db: Database) => db.select(praiseColumns).from(praise).innerJoin(praiseDeliveryJobs, jobOfPraise);
const toStored = (rows: { praise: typeof praise.$inferSelect; job: Parameters<typeof toStoredPraise>[1] }[]): StoredPraise[] =>
  rows.map((r) => toStoredPraise(r.praise, r.job));

export const createPraiseStore = (db: Database): PraiseStore => {
  const find = async (tenantId: string, praiseId: string): Promise<StoredPraise | null> => {
    const rows = await select(db).where(and(eq(praise.tenantId, tenantId), eq(praise.praiseId, praiseId))).limit(1);
    return toStored(rows)[0] ?? null;
  };

  return {
    create: async (input) => {
      const { job, giver, recipient, id, ...fields } = input;
      const created = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(praise)
          .values({
            ...fields,
            praiseId: id,
            giverId: giver.userId,
            giverName: giver.displayName,
            recipientKind: recipient.kind,
            recipientId: recipient.kind === 'person' ? recipient.userId : null,
            recipientName: recipient.kind === 'person' ? recipient.displayName : null,
          })
          .onConflictDoNothing()
          .returning({ id: praise.praiseId });
        if (!inserted) return false;
        await tx.insert(praiseDeliveryJobs).values({
          tenantId: input.tenantId,
          praiseId: id,
          kind: job.kind,
          target: job.target,
          giverId: giver.userId,
          nextAttemptAt: input.createdAt,
          createdAt: input.createdAt,
          updatedAt: input.createdAt,
        });
        return true;
      });
      const stored = await find(input.tenantId, id);
      if (!stored) throw new Error('praise not stored');
      return { created, praise: stored };
    },

    find,

    listPublic: async (tenantId, onlineMeetingId, occurrenceStart) =>
      toStored(
        await select(db)
          .where(and(eq(praise.tenantId, tenantId), eq(praise.onlineMeetingId, onlineMeetingId), eq(praise.occurrenceStart, occurrenceStart), eq(praise.visibility, 'public')))
          .orderBy(asc(praise.createdAt), asc(praise.praiseId)),
      ),

    listReceived: async (tenantId, userId, limit) =>
      toStored(await select(db).where(and(eq(praise.tenantId, tenantId), eq(praise.recipientId, userId))).orderBy(desc(praise.createdAt), desc(praise.praiseId)).limit(limit)),

    listGiven: async (tenantId, userId, limit) =>
      toStored(await select(db).where(and(eq(praise.tenantId, tenantId), eq(praise.giverId, userId))).orderBy(desc(praise.createdAt), desc(praise.praiseId)).limit(limit)),

    countGivenSince: async (tenantId, giverId, since) => {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | string | null>`min(${praise.createdAt})` })
        .from(praise)
        .where(and(eq(praise.tenantId, tenantId), eq(praise.giverId, giverId), gte(praise.createdAt, since)));
      return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
    },

    knownOccurrences: async (tenantId, onlineMeetingId) => {
      const opened = await db
        .select({ start: occurrences.startsAt })
        .from(occurrences)
        .where(and(eq(occurrences.tenantId, tenantId), eq(occurrences.onlineMeetingId, onlineMeetingId)));
      const praised = await db
        .selectDistinct({ start: praise.occurrenceStart })
        .from(praise)
        .where(and(eq(praise.tenantId, tenantId), eq(praise.onlineMeetingId, onlineMeetingId)));
      return [...opened, ...praised].map((r) => r.start);
    },

    recipientsIn: async (tenantId, onlineMeetingId, occurrenceStarts) => {
      if (occurrenceStarts.length === 0) return [];
      const rows = await db
        .select({ kind: praise.recipientKind, id: praise.recipientId, name: praise.recipientName, visibility: praise.visibility, start: praise.occurrenceStart })
        .from(praise)
        .where(and(eq(praise.tenantId, tenantId), eq(praise.onlineMeetingId, onlineMeetingId), inArray(praise.occurrenceStart, occurrenceStarts)));
      return rows.map((r) => ({
        recipient: r.kind === 'person' ? { kind: 'person' as const, userId: r.id ?? '', displayName: r.name ?? '' } : { kind: 'team' as const },
        visibility: r.visibility,
        occurrenceStart: r.start.toISOString(),
      }));
    },

    values: {
      list: async (tenantId) =>
        (await db.select().from(praiseValues).where(eq(praiseValues.tenantId, tenantId)).orderBy(asc(praiseValues.position))).map((r) => ({ id: r.valueId, label: r.label })),
      replace: async (tenantId, values) => {
        await db.transaction(async (tx) => {
          await tx.delete(praiseValues).where(eq(praiseValues.tenantId, tenantId));
          if (values.length > 0) await tx.insert(praiseValues).values(values.map((v, position) => ({ tenantId, valueId: v.id, label: v.label, position })));
        });
      },
    },

    preferences: {
      get: async (tenantId, userIds) => {
        const found = userIds.length === 0 ? [] : await db.select().from(praisePreferences).where(and(eq(praisePreferences.tenantId, tenantId), inArray(praisePreferences.userId, userIds)));
        const byId = new Map(found.map((r) => [r.userId, { preference: r.preference as PraisePreference, hasApp: r.hasApp }]));
        return new Map(userIds.map((id) => [id, byId.get(id) ?? { preference: 'either' as const, hasApp: null }]));
      },
      set: async (tenantId, userId, preference) => {
        await db
          .insert(praisePreferences)
          .values({ tenantId, userId, preference })
          .onConflictDoUpdate({ target: [praisePreferences.tenantId, praisePreferences.userId], set: { preference, updatedAt: sql`now()` } });
      },
      setHasApp: async (tenantId, userId, hasApp) => {
        await db
          .insert(praisePreferences)
          .values({ tenantId, userId, hasApp })
          .onConflictDoUpdate({ target: [praisePreferences.tenantId, praisePreferences.userId], set: { hasApp, updatedAt: sql`now()` } });
      },
    },

    rounds: {
      find: async (tenantId, onlineMeetingId, occurrenceStart) => {
        const [row] = await db
          .select({ isOpen: praiseRounds.isOpen })
          .from(praiseRounds)
          .where(and(eq(praiseRounds.tenantId, tenantId), eq(praiseRounds.onlineMeetingId, onlineMeetingId), eq(praiseRounds.occurrenceStart, occurrenceStart)))
          .limit(1);
        return row ?? null;
      },
      set: async (tenantId, onlineMeetingId, occurrenceStart, isOpen, changedBy) => {
        await db
          .insert(praiseRounds)
          .values({ tenantId, onlineMeetingId, occurrenceStart, isOpen, changedBy })
          .onConflictDoUpdate({ target: [praiseRounds.tenantId, praiseRounds.onlineMeetingId, praiseRounds.occurrenceStart], set: { isOpen, changedBy, updatedAt: sql`now()` } });
      },
    },
  };
};
