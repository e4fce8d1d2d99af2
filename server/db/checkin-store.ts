// Check-in storage over Drizzle: choices, rounds, answers (see schema/checkin.ts).
import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Answer, CheckinChoice, Round } from '../domain/checkin-round';
import type { CheckinStore, StoredChoice, StoredRound } from '../services/ports';
import type { Database } from './client';
import { checkinAnswers, checkinChoices, checkinRounds } from './tables';

const toChoice = (row: typeof checkinChoices.$inferSelect): StoredChoice => ({
  // Exactly one is set (the route's schema guarantees it on the way in).
  ...(row.customQuestion !== null ? { promptId: null, customQuestion: row.customQuestion } : { promptId: row.promptId ?? '', customQuestion: null }),
  anonymous: row.anonymous,
  scope: row.appliesTo === 'series' ? 'series' : 'occurrence',
  invite: { status: row.inviteStatus as StoredChoice['invite']['status'], message: row.inviteMessage },
});

const toRound = (row: typeof checkinRounds.$inferSelect): StoredRound => ({
  roundId: row.roundId,
  question: { promptId: row.promptId, customQuestion: row.customQuestion, anonymous: row.anonymous },
  round: {
    state: row.state as Round['state'],
    phase: row.phase as Round['phase'],
    revealed: row.revealed,
    agendaStep: row.agendaStep,
    facilitatorId: row.facilitatorId,
  },
});

const toAnswer = (row: typeof checkinAnswers.$inferSelect): Answer => ({
  submissionId: row.submissionId,
  author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null,
  text: row.text,
  scales: row.scales ?? null,
  updatedAt: row.createdAt.toISOString(),
});

const roundKey = (tenantId: string, onlineMeetingId: string, occurrenceStart: Date) =>
  and(eq(checkinRounds.tenantId, tenantId), eq(checkinRounds.onlineMeetingId, onlineMeetingId), eq(checkinRounds.occurrenceStart, occurrenceStart));

export const createCheckinStore = (db: Database): CheckinStore => ({
  findChoice: async (tenantId, onlineMeetingId, occurrenceStart) => {
    const rows = await db
      .select()
      .from(checkinChoices)
      .where(and(eq(checkinChoices.tenantId, tenantId), eq(checkinChoices.onlineMeetingId, onlineMeetingId), sql`${checkinChoices.appliesTo} in ('series', ${occurrenceStart})`));
    // An occurrence's own choice wins over the series'.
    const row = rows.find((r) => r.appliesTo !== 'series') ?? rows[0];
    return row ? toChoice(row) : null;
  },

  saveChoice: async ({ tenantId, onlineMeetingId, appliesTo, choice, setBy, invite }) => {
    const values = { promptId: choice.promptId, customQuestion: choice.customQuestion, anonymous: choice.anonymous, setBy, inviteStatus: invite.status, inviteMessage: invite.message };
    await db
      .insert(checkinChoices)
      .values({ tenantId, onlineMeetingId, appliesTo, ...values })
      .onConflictDoUpdate({ target: [checkinChoices.tenantId, checkinChoices.onlineMeetingId, checkinChoices.appliesTo], set: { ...values, updatedAt: sql`now()` } });
  },

  deleteChoice: async (tenantId, onlineMeetingId, appliesTo) => {
    await db
      .delete(checkinChoices)
      .where(and(eq(checkinChoices.tenantId, tenantId), eq(checkinChoices.onlineMeetingId, onlineMeetingId), eq(checkinChoices.appliesTo, appliesTo)));
  },

  findRound: async (tenantId, onlineMeetingId, occurrenceStart) => {
    const [row] = await db.select().from(checkinRounds).where(roundKey(tenantId, onlineMeetingId, occurrenceStart)).limit(1);
    return row ? toRound(row) : null;
  },

  ensureRound: async (tenantId, onlineMeetingId, occurrenceStart, question: Pick<CheckinChoice, 'promptId' | 'customQuestion' | 'anonymous'>) => {
    const [row] = await db
      .insert(checkinRounds)
      .values({ tenantId, onlineMeetingId, occurrenceStart, ...question })
      // Until the round opens, it follows the organizer's latest choice; once open, the question stays as asked.
      .onConflictDoUpdate({
        target: [checkinRounds.tenantId, checkinRounds.onlineMeetingId, checkinRounds.occurrenceStart],
        set: { ...question, updatedAt: sql`now()` },
        setWhere: sql`${checkinRounds.state} = 'waiting'`,
      })
      .returning();
    if (row) return toRound(row);
    const [existing] = await db.select().from(checkinRounds).where(roundKey(tenantId, onlineMeetingId, occurrenceStart)).limit(1);
    if (!existing) throw new Error('check-in round vanished');
    return toRound(existing);
  },

  updateRound: async (tenantId, roundId, round) => {
    await db
      .update(checkinRounds)
      .set({ ...round, updatedAt: sql`now()` })
      .where(and(eq(checkinRounds.tenantId, tenantId), eq(checkinRounds.roundId, roundId)));
  },

  addAnswer: async ({ tenantId, roundId, submissionId, author, anonymousKey, text, scales }) => {
    const [inserted] = await db
      .insert(checkinAnswers)
      .values({ tenantId, roundId, submissionId, authorId: author?.id ?? null, authorName: author?.name ?? null, anonymousKey, text, scales })
      .onConflictDoNothing()
      .returning();
    // A repeated submission inserts nothing: answer with what is stored under its id.
    const [row] = inserted
      ? [inserted]
      : await db
          .select()
          .from(checkinAnswers)
          .where(and(eq(checkinAnswers.tenantId, tenantId), eq(checkinAnswers.roundId, roundId), eq(checkinAnswers.submissionId, submissionId)));
    if (!row) throw new Error('answer not stored');
    return { answer: toAnswer(row), isSamePerson: author ? row.authorId === author.id : row.anonymousKey === anonymousKey };
  },

  countAnswerers: async (tenantId, roundId) => {
    const [row] = await db
      .select({ count: sql<number>`count(distinct coalesce(${checkinAnswers.authorId}, ${checkinAnswers.anonymousKey}))::int` })
      .from(checkinAnswers)
      .where(and(eq(checkinAnswers.tenantId, tenantId), eq(checkinAnswers.roundId, roundId)));
    return row?.count ?? 0;
  },

  currentAnswers: async (tenantId, roundId) => {
    const rows = await db
      .selectDistinctOn([sql`coalesce(${checkinAnswers.authorId}, ${checkinAnswers.anonymousKey})`])
      .from(checkinAnswers)
      .where(and(eq(checkinAnswers.tenantId, tenantId), eq(checkinAnswers.roundId, roundId)))
      .orderBy(sql`coalesce(${checkinAnswers.authorId}, ${checkinAnswers.anonymousKey})`, desc(checkinAnswers.createdAt), desc(checkinAnswers.seq));
    return rows
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || Number(a.seq - b.seq))
      .map((row) => ({ answer: toAnswer(row), anonymousKey: row.anonymousKey }));
  },

  promptHistory: async (tenantId, onlineMeetingId, before) => {
    const rows = await db
      .select({ promptId: checkinRounds.promptId })
      .from(checkinRounds)
      .where(
        and(
          eq(checkinRounds.tenantId, tenantId),
          eq(checkinRounds.onlineMeetingId, onlineMeetingId),
          isNotNull(checkinRounds.promptId),
          lt(checkinRounds.occurrenceStart, before),
        ),
      )
      .orderBy(asc(checkinRounds.occurrenceStart));
    return rows.map((r) => r.promptId ?? '');
  },
});
