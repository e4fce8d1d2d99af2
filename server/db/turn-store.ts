// The live turn tracker's storage over Drizzle (schema/turns.ts). Every action runs in one transaction that first
// locks the occurrence's tracker row, so concurrent taps are decided one after the other; the unique partial index
// on open segments backs that up: two open turns in one occurrence cannot be stored.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { TrackerHead, TrackerMode, TrackerState, TurnChange } from '../domain/turns';
import type { TrackerKey, TurnStore } from '../services/turns/turn-ports';
import type { Database } from './client';
import { turnHands, turnParticipants, turnSegments, turnTrackers } from './tables';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type Reader = Database | Transaction;

const ofOccurrence = (table: typeof turnTrackers | typeof turnSegments | typeof turnHands | typeof turnParticipants, key: TrackerKey): SQL | undefined =>
  and(eq(table.tenantId, key.tenantId), eq(table.onlineMeetingId, key.onlineMeetingId), eq(table.occurrenceStart, key.occurrenceStart));

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

const readHands = async (db: Reader, key: TrackerKey) =>
  (await db.select().from(turnHands).where(ofOccurrence(turnHands, key)).orderBy(asc(turnHands.raisedAt), asc(turnHands.participantId))).map((row) => ({
    participantId: row.participantId,
    name: row.participantName,
    raisedAt: row.raisedAt.toISOString(),
  }));

const readJoined = async (db: Reader, key: TrackerKey) =>
  (await db.select().from(turnParticipants).where(ofOccurrence(turnParticipants, key)).orderBy(asc(turnParticipants.joinedAt), asc(turnParticipants.participantId))).map(
    (row) => ({ participantId: row.participantId, name: row.participantName, joinedAt: row.joinedAt.toISOString() }),
  );

const toSegment = (row: typeof turnSegments.$inferSelect) => ({
  participantId: row.participantId,
  name: row.participantName,
  startedAt: row.startedAt.toISOString(),
  endedAt: iso(row.endedAt),
});

type HeadRow = {
  open: { participantId: string; name: string; startedAt: string } | null;
  last_ended_at: string | null;
  hands: { participantId: string; name: string; raisedAt: string }[];
  joined: { participantId: string; name: string; joinedAt: string }[];
};

/**
 * The open turn, the raised hands and who joined, in one round trip (a tap is on the live path of every panel). JSON
 * carries timestamps as text, so they are read back into ISO instants here.
 */
const readHead = async (tx: Transaction, key: TrackerKey): Promise<Pick<TrackerHead, 'open' | 'lastEndedAt' | 'hands' | 'joined'>> => {
  const [s, h, p] = [turnSegments, turnHands, turnParticipants];
  const result = await tx.execute(sql`
    select
      (select json_build_object('participantId', ${s.participantId}, 'name', ${s.participantName}, 'startedAt', ${s.startedAt})
         from ${s} where ${ofOccurrence(s, key)} and ${s.endedAt} is null limit 1) as open,
      (select to_json(max(${s.endedAt})) from ${s} where ${ofOccurrence(s, key)}) as last_ended_at,
      coalesce((select json_agg(json_build_object('participantId', ${h.participantId}, 'name', ${h.participantName}, 'raisedAt', ${h.raisedAt}) order by ${h.raisedAt}, ${h.participantId})
         from ${h} where ${ofOccurrence(h, key)}), '[]'::json) as hands,
      coalesce((select json_agg(json_build_object('participantId', ${p.participantId}, 'name', ${p.participantName}, 'joinedAt', ${p.joinedAt}) order by ${p.joinedAt}, ${p.participantId})
         from ${p} where ${ofOccurrence(p, key)}), '[]'::json) as joined`);
  const [row] = (result as unknown as { rows: HeadRow[] }).rows;
  const instant = (text: string) => new Date(text).toISOString();
  return {
    open: row?.open ? { ...row.open, startedAt: instant(row.open.startedAt), endedAt: null } : null,
    lastEndedAt: row?.last_ended_at ? instant(row.last_ended_at) : null,
    hands: (row?.hands ?? []).map((hand) => ({ ...hand, raisedAt: instant(hand.raisedAt) })),
    joined: (row?.joined ?? []).map((person) => ({ ...person, joinedAt: instant(person.joinedAt) })),
  };
};

/** Stores one change; mode and facilitator changes go with the tracker row's update (see `act`). */
const storeChange = async (tx: Transaction, key: TrackerKey, change: TurnChange): Promise<void> => {
  switch (change.kind) {
    case 'turnStarted':
      await tx.insert(turnSegments).values({ ...key, participantId: change.participantId, participantName: change.name, startedAt: new Date(change.at) });
      return;
    case 'turnEnded':
      await tx
        .update(turnSegments)
        .set({ endedAt: new Date(change.at) })
        .where(and(ofOccurrence(turnSegments, key), eq(turnSegments.participantId, change.participantId), isNull(turnSegments.endedAt)));
      return;
    case 'handRaised':
      await tx.insert(turnHands).values({ ...key, participantId: change.participantId, participantName: change.name, raisedAt: new Date(change.at) }).onConflictDoNothing();
      return;
    case 'handLowered':
      await tx.delete(turnHands).where(and(ofOccurrence(turnHands, key), eq(turnHands.participantId, change.participantId)));
      return;
    case 'joined':
      await tx.insert(turnParticipants).values({ ...key, participantId: change.participantId, participantName: change.name, joinedAt: new Date(change.at) }).onConflictDoNothing();
      return;
    case 'modeChanged':
    case 'facilitatorChanged':
      return;
  }
};

export const createTurnStore = (db: Database): TurnStore => ({
  read: (key) =>
    db.transaction(async (tx): Promise<TrackerState> => {
      // Sharing the tracker row's lock waits for an action in progress and holds off the next one, so the segments,
      // hands and revision read here belong together.
      const [tracker] = await tx.select().from(turnTrackers).where(ofOccurrence(turnTrackers, key)).for('share');
      const segments = await tx.select().from(turnSegments).where(ofOccurrence(turnSegments, key)).orderBy(asc(turnSegments.seq));
      return {
        mode: (tracker?.mode ?? 'self') as TrackerMode,
        facilitatorId: tracker?.facilitatorId ?? null,
        revision: tracker?.revision ?? 0,
        segments: segments.map(toSegment),
        hands: await readHands(tx, key),
        joined: await readJoined(tx, key),
      };
    }),

  act: (key, decide) =>
    db.transaction(async (tx) => {
      // The upsert takes the tracker row's lock (creating the row the first time) and answers its latest version; what
      // the decision reads is read after it, so it includes whatever the action before this one stored.
      const [tracker] = await tx
        .insert(turnTrackers)
        .values(key)
        .onConflictDoUpdate({ target: [turnTrackers.tenantId, turnTrackers.onlineMeetingId, turnTrackers.occurrenceStart], set: { mode: sql`${turnTrackers.mode}` } })
        .returning();
      if (!tracker) throw new Error('turn tracker row not stored');
      const decision = decide({ mode: tracker.mode as TrackerMode, facilitatorId: tracker.facilitatorId, revision: tracker.revision, ...(await readHead(tx, key)) });
      if (decision.changes.length === 0) return { ...decision, revision: tracker.revision };
      for (const change of decision.changes) await storeChange(tx, key, change);
      const settings: { mode?: TrackerMode; facilitatorId?: string | null } = {};
      for (const change of decision.changes) {
        if (change.kind === 'modeChanged') settings.mode = change.mode;
        if (change.kind === 'facilitatorChanged') settings.facilitatorId = change.facilitatorId;
      }
      const revision = tracker.revision + 1;
      await tx.update(turnTrackers).set({ ...settings, revision, updatedAt: sql`now()` }).where(ofOccurrence(turnTrackers, key));
      return { ...decision, revision };
    }),
});
