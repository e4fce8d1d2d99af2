// The SpeakingStore port (server/services/speaking-ports.ts) over Drizzle: an occurrence's speaking figures (and its
// timeline) are written whole in one transaction, and not at all when the inputs they were computed from have not
// changed.
import { and, asc, desc, eq, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { OccurrenceFigures, PersonFigures } from '../domain/speakers/types';
import type { OccurrenceKey, OccurrenceSpeakingRecord, PersonSpeakingRecord, SpeakingStore } from '../services/speaking-ports';
import type { Database } from './client';
import { meetings, occurrences, speakingOccurrences, speakingPeople, speakingTimelines, speakingTranscripts } from './tables';

type OccurrenceRow = typeof speakingOccurrences.$inferSelect;
type PersonRow = typeof speakingPeople.$inferSelect;

const ofOccurrence = (
  table: typeof speakingOccurrences | typeof speakingTranscripts | typeof speakingPeople | typeof speakingTimelines,
  { tenantId, onlineMeetingId, startsAt }: OccurrenceKey,
): SQL | undefined => and(eq(table.tenantId, tenantId), eq(table.onlineMeetingId, onlineMeetingId), eq(table.startsAt, startsAt));

const toPerson = (row: PersonRow): PersonFigures => ({
  personKey: row.personKey,
  name: row.name,
  userId: row.userId,
  email: row.email,
  talkMs: row.talkMs,
  share: row.share,
  turns: row.turns,
  longestTurnMs: row.longestTurnMs,
  backchannels: row.backchannels,
  isGuest: row.isGuest,
  isAmbiguous: row.isAmbiguous,
});

const balanceOf = (row: OccurrenceRow) => ({ entropy: row.entropy, gini: row.gini, turnCv: row.turnCv, topShare: row.topShare });

const toFigures = (row: OccurrenceRow, people: PersonRow[]): OccurrenceFigures | null =>
  row.state !== 'ready'
    ? null
    : {
        durationMs: row.durationMs ?? 0,
        unattributedMs: row.unattributedMs ?? 0,
        balance: balanceOf(row),
        roster: row.roster ?? 'attendance',
        peopleCounted: row.peopleCounted ?? people.length,
        peopleHeard: row.peopleHeard ?? 0,
        people: people.map(toPerson),
      };

/** Whole milliseconds within the column's range (±24 days around the occurrence's start: transcripts are within a day). */
const toInt4 = (ms: number): number => Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, Math.round(ms)));

/** The timeline as its row stores it: the people once, each turn naming one by index (schema/speaking-timeline.ts). */
const timelineColumns = (turns: NonNullable<OccurrenceSpeakingRecord['timeline']>) => {
  const personKeys = [...new Set(turns.map((turn) => turn.personKey))];
  const indexOf = new Map(personKeys.map((key, index) => [key, index]));
  return {
    personKeys,
    turnPeople: turns.map((turn) => indexOf.get(turn.personKey) ?? 0),
    turnStartsMs: turns.map((turn) => toInt4(turn.startMs)),
    turnEndsMs: turns.map((turn) => toInt4(turn.endMs)),
  };
};

const summaryColumns = (record: OccurrenceSpeakingRecord) => {
  const figures = record.figures;
  return {
    state: record.state,
    reason: record.reason,
    durationMs: figures?.durationMs ?? null,
    unattributedMs: figures?.unattributedMs ?? null,
    entropy: figures?.balance.entropy ?? null,
    gini: figures?.balance.gini ?? null,
    turnCv: figures?.balance.turnCv ?? null,
    topShare: figures?.balance.topShare ?? null,
    roster: figures?.roster ?? null,
    peopleCounted: figures?.peopleCounted ?? null,
    peopleHeard: figures?.peopleHeard ?? null,
    inputsHash: record.inputsHash,
    ingestedAt: record.ingestedAt,
  };
};

export const createSpeakingStore = (db: Database): SpeakingStore => ({
  find: async (key) => {
    const [row] = await db.select().from(speakingOccurrences).where(ofOccurrence(speakingOccurrences, key)).limit(1);
    if (!row) return null;
    const transcripts = await db.select().from(speakingTranscripts).where(ofOccurrence(speakingTranscripts, key)).orderBy(asc(speakingTranscripts.createdAt), asc(speakingTranscripts.transcriptId));
    const people = await db.select().from(speakingPeople).where(ofOccurrence(speakingPeople, key)).orderBy(asc(speakingPeople.position));
    return {
      ...key,
      state: row.state,
      reason: row.reason,
      figures: toFigures(row, people),
      transcripts: transcripts.map((t) => ({
        transcriptId: t.transcriptId,
        createdAt: t.createdAt.toISOString(),
        endedAt: t.endedAt?.toISOString() ?? null,
        sha256: t.contentSha256,
        cueCount: t.cueCount,
        warningCount: t.warningCount,
      })),
      inputsHash: row.inputsHash,
      ingestedAt: row.ingestedAt,
    };
  },

  save: (record) =>
    db.transaction(async (tx) => {
      const key: OccurrenceKey = { tenantId: record.tenantId, onlineMeetingId: record.onlineMeetingId, startsAt: record.startsAt };
      // Lock the occurrence's row (when there is one) so that concurrent ingestions of it write one after the other.
      const [stored] = await tx.select({ inputsHash: speakingOccurrences.inputsHash }).from(speakingOccurrences).where(ofOccurrence(speakingOccurrences, key)).for('update');
      if (stored?.inputsHash === record.inputsHash) return { isWritten: false };
      const summary = summaryColumns(record);
      await tx
        .insert(speakingOccurrences)
        .values({ ...key, ...summary })
        .onConflictDoUpdate({ target: [speakingOccurrences.tenantId, speakingOccurrences.onlineMeetingId, speakingOccurrences.startsAt], set: summary });
      await tx.delete(speakingTranscripts).where(ofOccurrence(speakingTranscripts, key));
      await tx.delete(speakingPeople).where(ofOccurrence(speakingPeople, key));
      await tx.delete(speakingTimelines).where(ofOccurrence(speakingTimelines, key));
      if (record.transcripts.length > 0) {
        await tx.insert(speakingTranscripts).values(
          record.transcripts.map((t) => ({
            ...key,
            transcriptId: t.transcriptId,
            createdAt: new Date(t.createdAt),
            endedAt: t.endedAt ? new Date(t.endedAt) : null,
            contentSha256: t.sha256,
            cueCount: t.cueCount,
            warningCount: t.warningCount,
          })),
        );
      }
      const people = record.figures?.people ?? [];
      if (people.length > 0) {
        await tx.insert(speakingPeople).values(people.map(({ personKey, ...person }, position) => ({ ...key, personKey, position, ...person })));
      }
      if (record.state === 'ready' && record.timeline) await tx.insert(speakingTimelines).values({ ...key, ...timelineColumns(record.timeline) });
      return { isWritten: true };
    }),

  listForPerson: async ({ tenantId, userId, upn, from, to }) => {
    const isThisPerson = or(
      eq(speakingPeople.userId, userId),
      and(isNull(speakingPeople.userId), eq(speakingPeople.isAmbiguous, false), eq(sql`lower(${speakingPeople.email})`, upn.toLowerCase())),
    );
    const rows = await db
      .select({ person: speakingPeople, occurrence: speakingOccurrences, subject: meetings.subject, endsAt: occurrences.endsAt })
      .from(speakingPeople)
      .innerJoin(
        speakingOccurrences,
        and(
          eq(speakingOccurrences.tenantId, speakingPeople.tenantId),
          eq(speakingOccurrences.onlineMeetingId, speakingPeople.onlineMeetingId),
          eq(speakingOccurrences.startsAt, speakingPeople.startsAt),
        ),
      )
      .innerJoin(
        occurrences,
        and(eq(occurrences.tenantId, speakingPeople.tenantId), eq(occurrences.onlineMeetingId, speakingPeople.onlineMeetingId), eq(occurrences.startsAt, speakingPeople.startsAt)),
      )
      .innerJoin(meetings, and(eq(meetings.tenantId, speakingPeople.tenantId), eq(meetings.onlineMeetingId, speakingPeople.onlineMeetingId)))
      .where(and(eq(speakingPeople.tenantId, tenantId), gte(speakingPeople.startsAt, from), lt(speakingPeople.startsAt, to), isThisPerson))
      .orderBy(desc(speakingPeople.startsAt), asc(speakingPeople.onlineMeetingId));
    return rows.map(
      ({ person, occurrence, subject, endsAt }): PersonSpeakingRecord => ({
        onlineMeetingId: person.onlineMeetingId,
        subject,
        startsAt: person.startsAt,
        endsAt,
        durationMs: occurrence.durationMs ?? 0,
        balance: balanceOf(occurrence),
        peopleCounted: occurrence.peopleCounted ?? 0,
        peopleHeard: occurrence.peopleHeard ?? 0,
        person: toPerson(person),
      }),
    );
  },
});
