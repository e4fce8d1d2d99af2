// Demo mode only (server/demo): writes a past quarter of Roundtable history — closed check-in rounds and their answers,
// delivered praise, finished turn-tracker sessions — with the times they would have had, which the live stores (always
// "now") cannot. Every row has a key the caller derives from the occurrence, and every insert is "on conflict do
// nothing", so seeding again adds nothing. Production never imports this module.
import { and, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from './client';
import {
  checkinAnswerers,
  checkinAnswers,
  checkinRounds,
  occurrences,
  praise,
  praiseDeliveryJobs,
  praiseRounds,
  turnHands,
  turnParticipants,
  turnSegments,
  turnTrackers,
} from './tables';

export type OccurrenceRef = { tenantId: string; onlineMeetingId: string; occurrenceStart: Date };

export type HistoricRound = OccurrenceRef & {
  roundId: string;
  question: { promptId: string | null; customQuestion: string | null; anonymous: boolean };
  revealed: boolean;
  openedAt: Date;
  closedAt: Date;
};

export type HistoricAnswer = {
  submissionId: string;
  author: { id: string; name: string } | null;
  anonymousKey: string | null;
  text: string | null;
  scales: Record<string, number> | null;
  at: Date;
};

export type HistoricPraise = OccurrenceRef & {
  praiseId: string;
  eventSubject: string;
  giverEventId: string;
  giver: { userId: string; displayName: string };
  recipient: { kind: 'person'; userId: string; displayName: string } | { kind: 'team' };
  valueId: string;
  valueLabel: string;
  message: string;
  visibility: 'public' | 'private';
  at: Date;
  /** Where it was delivered: the meeting chat (public) or the recipient's activity feed (private). */
  delivery: { kind: 'chat_post' | 'activity_notification'; target: string };
};

export type HistoricTrackerSession = OccurrenceRef & {
  mode: 'facilitator' | 'self';
  joined: { participantId: string; name: string; at: Date }[];
  /** Finished turns, in the order they were taken. */
  turns: { participantId: string; name: string; startedAt: Date; endedAt: Date }[];
};

export type DemoHistoryStore = {
  /** Stores a closed round with its answers; false when the occurrence already had a round (nothing written). */
  addRound(round: HistoricRound, answers: HistoricAnswer[]): Promise<boolean>;
  /** Stores delivered praise (and the occurrence's closed praise round); returns how many were new. */
  addPraise(items: HistoricPraise[], closedBy: string): Promise<number>;
  /** Which of these praise ids are stored already. */
  existingPraise(tenantId: string, praiseIds: string[]): Promise<Set<string>>;
  /** Stores a finished tracker session; false when the occurrence already had a tracker (nothing written). */
  addTrackerSession(session: HistoricTrackerSession): Promise<boolean>;
  /** Removes what is stored about the meeting's occurrences other than `keep` (the demo calendar moved); returns how many occurrences. */
  removeOccurrencesExcept(tenantId: string, onlineMeetingId: string, keep: Date[]): Promise<number>;
};

type OccurrenceColumns = { tenantId: PgColumn; onlineMeetingId: PgColumn; start: PgColumn };

/** Rows of the meeting whose occurrence start is not one of `keep`. */
const staleRows = (columns: OccurrenceColumns, tenantId: string, onlineMeetingId: string, keep: Date[]): SQL | undefined =>
  and(eq(columns.tenantId, tenantId), eq(columns.onlineMeetingId, onlineMeetingId), keep.length > 0 ? notInArray(columns.start, keep) : undefined);

export const createDemoHistoryStore = (db: Database): DemoHistoryStore => ({
  addRound: (round, answers) =>
    db.transaction(async (tx) => {
      const { tenantId, onlineMeetingId, occurrenceStart, roundId, question } = round;
      const answerers = [...new Set(answers.map((answer) => answer.author?.id ?? answer.anonymousKey ?? ''))];
      const [inserted] = await tx
        .insert(checkinRounds)
        .values({
          tenantId,
          onlineMeetingId,
          occurrenceStart,
          roundId,
          ...question,
          state: 'closed',
          phase: 'agenda',
          revealed: round.revealed,
          answererCount: answerers.length,
          createdAt: round.openedAt,
          updatedAt: round.closedAt,
        })
        .onConflictDoNothing()
        .returning({ roundId: checkinRounds.roundId });
      if (!inserted) return false;
      if (answers.length > 0) {
        await tx.insert(checkinAnswers).values(
          answers.map((answer) => ({
            tenantId,
            roundId,
            submissionId: answer.submissionId,
            authorId: answer.author?.id ?? null,
            authorName: answer.author?.name ?? null,
            anonymousKey: answer.anonymousKey,
            text: answer.text,
            scales: answer.scales,
            createdAt: answer.at,
            updatedAt: answer.at,
          })),
        );
        await tx.insert(checkinAnswerers).values(answerers.map((person) => ({ tenantId, roundId, person })));
      }
      return true;
    }),

  addPraise: (items, closedBy) =>
    db.transaction(async (tx) => {
      let added = 0;
      for (const item of items) {
        const { delivery, giver, recipient, at, praiseId, ...fields } = item;
        const [inserted] = await tx
          .insert(praise)
          .values({
            ...fields,
            praiseId,
            giverId: giver.userId,
            giverName: giver.displayName,
            recipientKind: recipient.kind,
            recipientId: recipient.kind === 'person' ? recipient.userId : null,
            recipientName: recipient.kind === 'person' ? recipient.displayName : null,
            requestedVisibility: item.visibility,
            createdAt: at,
          })
          .onConflictDoNothing()
          .returning({ praiseId: praise.praiseId });
        if (!inserted) continue;
        added += 1;
        const deliveredAt = new Date(at.getTime() + 2_000);
        await tx.insert(praiseDeliveryJobs).values({
          tenantId: item.tenantId,
          praiseId,
          kind: delivery.kind,
          state: 'delivered',
          target: delivery.target,
          giverId: giver.userId,
          attempts: 1,
          nextAttemptAt: at,
          createdAt: at,
          updatedAt: deliveredAt,
        });
        await tx
          .insert(praiseRounds)
          .values({ tenantId: item.tenantId, onlineMeetingId: item.onlineMeetingId, occurrenceStart: item.occurrenceStart, isOpen: false, changedBy: closedBy, updatedAt: deliveredAt })
          .onConflictDoNothing();
      }
      return added;
    }),

  existingPraise: async (tenantId, praiseIds) => {
    if (praiseIds.length === 0) return new Set();
    const rows = await db.select({ praiseId: praise.praiseId }).from(praise).where(and(eq(praise.tenantId, tenantId), inArray(praise.praiseId, praiseIds)));
    return new Set(rows.map((row) => row.praiseId));
  },

  addTrackerSession: (session) =>
    db.transaction(async (tx) => {
      const key = { tenantId: session.tenantId, onlineMeetingId: session.onlineMeetingId, occurrenceStart: session.occurrenceStart };
      const firstAt = session.joined[0]?.at ?? session.occurrenceStart;
      const lastAt = session.turns.at(-1)?.endedAt ?? firstAt;
      // Each join, turn start and turn end was one stored action.
      const revision = session.joined.length + 2 * session.turns.length;
      const [inserted] = await tx
        .insert(turnTrackers)
        .values({ ...key, mode: session.mode, revision, createdAt: firstAt, updatedAt: lastAt })
        .onConflictDoNothing()
        .returning({ revision: turnTrackers.revision });
      if (!inserted) return false;
      if (session.joined.length > 0) {
        await tx.insert(turnParticipants).values(session.joined.map((person) => ({ ...key, participantId: person.participantId, participantName: person.name, joinedAt: person.at })));
      }
      // One insert keeps the turns' order in their storage sequence.
      if (session.turns.length > 0) {
        await tx.insert(turnSegments).values(session.turns.map((turn) => ({ ...key, participantId: turn.participantId, participantName: turn.name, startedAt: turn.startedAt, endedAt: turn.endedAt })));
      }
      return true;
    }),

  removeOccurrencesExcept: (tenantId, onlineMeetingId, keep) =>
    db.transaction(async (tx) => {
      const stale = (table: { tenantId: PgColumn; onlineMeetingId: PgColumn }, start: PgColumn) => staleRows({ ...table, start }, tenantId, onlineMeetingId, keep);
      const rounds = await tx.select({ roundId: checkinRounds.roundId }).from(checkinRounds).where(stale(checkinRounds, checkinRounds.occurrenceStart));
      if (rounds.length > 0) {
        const roundIds = rounds.map((r) => r.roundId);
        await tx.delete(checkinAnswers).where(and(eq(checkinAnswers.tenantId, tenantId), inArray(checkinAnswers.roundId, roundIds)));
        await tx.delete(checkinAnswerers).where(and(eq(checkinAnswerers.tenantId, tenantId), inArray(checkinAnswerers.roundId, roundIds)));
      }
      await tx.delete(checkinRounds).where(stale(checkinRounds, checkinRounds.occurrenceStart));
      const praised = await tx.select({ praiseId: praise.praiseId }).from(praise).where(stale(praise, praise.occurrenceStart));
      if (praised.length > 0) {
        await tx.delete(praiseDeliveryJobs).where(and(eq(praiseDeliveryJobs.tenantId, tenantId), inArray(praiseDeliveryJobs.praiseId, praised.map((p) => p.praiseId))));
      }
      await tx.delete(praise).where(stale(praise, praise.occurrenceStart));
      await tx.delete(praiseRounds).where(stale(praiseRounds, praiseRounds.occurrenceStart));
      await tx.delete(turnSegments).where(stale(turnSegments, turnSegments.occurrenceStart));
      await tx.delete(turnParticipants).where(stale(turnParticipants, turnParticipants.occurrenceStart));
      await tx.delete(turnHands).where(stale(turnHands, turnHands.occurrenceStart));
      await tx.delete(turnTrackers).where(stale(turnTrackers, turnTrackers.occurrenceStart));
      // Speaking figures go with their occurrence (foreign keys, on delete cascade).
      const removed = await tx.delete(occurrences).where(stale(occurrences, occurrences.startsAt)).returning({ startsAt: occurrences.startsAt });
      return removed.length;
    }),
});

export type DemoHistoryCounts = { rounds: number; answers: number; praise: number; trackers: number; segments: number };

/** How many rows of each kind are stored for these meetings (for the log line and tests). */
export const countDemoHistory = async (db: Database, tenantId: string, onlineMeetingIds: string[]): Promise<DemoHistoryCounts> => {
  if (onlineMeetingIds.length === 0) return { rounds: 0, answers: 0, praise: 0, trackers: 0, segments: 0 };
  const n = sql<number>`count(*)::int`;
  const ofThese = (table: { tenantId: PgColumn; onlineMeetingId: PgColumn }) => and(eq(table.tenantId, tenantId), inArray(table.onlineMeetingId, onlineMeetingIds));
  const [[rounds], [answers], [praised], [trackers], [segments]] = await Promise.all([
    db.select({ n }).from(checkinRounds).where(ofThese(checkinRounds)),
    db
      .select({ n })
      .from(checkinAnswers)
      .innerJoin(checkinRounds, and(eq(checkinRounds.tenantId, checkinAnswers.tenantId), eq(checkinRounds.roundId, checkinAnswers.roundId)))
      .where(ofThese(checkinRounds)),
    db.select({ n }).from(praise).where(ofThese(praise)),
    db.select({ n }).from(turnTrackers).where(ofThese(turnTrackers)),
    db.select({ n }).from(turnSegments).where(ofThese(turnSegments)),
  ]);
  return { rounds: rounds?.n ?? 0, answers: answers?.n ?? 0, praise: praised?.n ?? 0, trackers: trackers?.n ?? 0, segments: segments?.n ?? 0 };
};
