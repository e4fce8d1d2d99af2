// Check-in storage over Drizzle: choices, rounds, answers (see schema/checkin.ts).
import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Answer, CheckinChoice, Round } from '../domain/checkin-round';
import type { CheckinStore, StoredChoice, StoredRound } from '../services/ports';
import type { Database } from './client';
import { checkinAnswerers, checkinAnswers, checkinChoices, checkinRounds } from './tables';

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

/** An answer row as a raw statement returns it (column names as stored; drivers differ in how they hand back a time). */
type RawAnswerRow = {
  submission_id: string;
  author_id: string | null;
  author_name: string | null;
  anonymous_key: string | null;
  text: string | null;
  scales: Record<string, number> | null;
  created_at: Date | string;
  answerer_count: number | string;
  revealed: boolean;
};

type AnswerRow = Pick<typeof checkinAnswers.$inferSelect, 'submissionId' | 'authorId' | 'authorName' | 'anonymousKey' | 'text' | 'scales' | 'createdAt'>;

const fromRawAnswer = (raw: RawAnswerRow): AnswerRow => ({
  submissionId: raw.submission_id,
  authorId: raw.author_id,
  authorName: raw.author_name,
  anonymousKey: raw.anonymous_key,
  text: raw.text,
  scales: raw.scales,
  createdAt: new Date(raw.created_at),
});

const toAnswer = (row: AnswerRow): Answer => ({
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
    // One statement (one round trip): if the round is open, store the submission, and if it is this person's first
    // answer, note them as an answerer and add one to the round's count. The answerers' key decides "first" even for
    // two of a person's answers arriving at once; the count is then one read whatever the number of answers.
    const isSamePersonAs = (row: { authorId: string | null; anonymousKey: string | null }) => (author ? row.authorId === author.id : row.anonymousKey === anonymousKey);
    const result = await db.execute(sql`
      with round as (
        select revealed, answerer_count from ${checkinRounds} where tenant_id = ${tenantId} and round_id = ${roundId} and state = 'open'
      ),
      answer as (
        insert into ${checkinAnswers} (tenant_id, round_id, submission_id, author_id, author_name, anonymous_key, text, scales)
        select ${tenantId}, ${roundId}, ${submissionId}, ${author?.id ?? null}, ${author?.name ?? null}, ${anonymousKey}, ${text}, ${scales === null ? null : JSON.stringify(scales)}::jsonb
        from round
        on conflict do nothing
        returning submission_id, author_id, author_name, anonymous_key, text, scales, created_at
      ),
      answerer as (
        insert into ${checkinAnswerers} (tenant_id, round_id, person)
        select ${tenantId}, ${roundId}, coalesce(author_id, anonymous_key) from answer
        on conflict do nothing
        returning person
      ),
      counted as (
        update ${checkinRounds} set answerer_count = answerer_count + 1
        where tenant_id = ${tenantId} and round_id = ${roundId} and exists (select from answerer)
        returning answerer_count
      )
      select answer.*, round.revealed, coalesce((select answerer_count from counted), round.answerer_count) as answerer_count
      from answer, round`);
    const [added] = (result as unknown as { rows: RawAnswerRow[] }).rows;
    if (added) {
      const row = fromRawAnswer(added);
      return { answer: toAnswer(row), isSamePerson: isSamePersonAs(row), answererCount: Number(added.answerer_count), revealed: added.revealed };
    }
    // Nothing stored: the round is not open, or the submission is a repeat (then answer with what is stored).
    const [found] = await db
      .select({ round: checkinRounds, answer: checkinAnswers })
      .from(checkinRounds)
      .leftJoin(
        checkinAnswers,
        and(eq(checkinAnswers.tenantId, checkinRounds.tenantId), eq(checkinAnswers.roundId, checkinRounds.roundId), eq(checkinAnswers.submissionId, submissionId)),
      )
      .where(and(eq(checkinRounds.tenantId, tenantId), eq(checkinRounds.roundId, roundId)));
    if (!found) throw new Error('check-in round not found');
    const state = found.round.state as Round['state'];
    if (state !== 'open') return { refused: state };
    // A round only ever moves from waiting to open to closed: open now and nothing stored means the insert found it
    // open too, so the submission was a repeat.
    if (!found.answer) throw new Error('answer not stored');
    return { answer: toAnswer(found.answer), isSamePerson: isSamePersonAs(found.answer), answererCount: found.round.answererCount, revealed: found.round.revealed };
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
