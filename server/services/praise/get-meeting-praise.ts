import { isPraiseFacilitator, recentOccurrences, suggestForPraiseRound, type PraiseParticipant, type PraisePreference } from '../../domain/praise';
import type { VerifiedUser } from '../ports';
import { loadPraiseValues } from './list-praise-values';
import { loadPraiseMeeting } from './load-praise-meeting';
import type { PraiseDeps } from './praise-deps';
import { toPraiseView, type PraiseView } from './praise-view';

export type MeetingPraise = {
  praise: PraiseView[];
  round: { isOpen: boolean };
  people: (PraiseParticipant & { preference: PraisePreference })[];
  suggestions: PraiseParticipant[];
  canFacilitate: boolean;
  /** Who reads this, as the facilitator rule needs it: a check-in hand-over on the stream updates `canFacilitate`. */
  viewer: { id: string; isOrganizer: boolean };
  /** Where the live stream starts for this state. */
  lastEventId: string | null;
};

/** How far back the series' occurrences are read for the suggestions (enough for monthly meetings). */
const LOOK_BACK_MS = 180 * 86_400_000;

/**
 * The series' occurrence starts up to this one, from the person's calendar; when Graph cannot say, the occurrences
 * Roundtable has seen (opened by someone, or with praise).
 */
const seriesStarts = async (deps: PraiseDeps, user: VerifiedUser, seriesMasterId: string | null, onlineMeetingId: string, start: Date): Promise<string[]> => {
  if (!seriesMasterId) return [start.toISOString()];
  try {
    return await deps.praiseGraph.listOccurrenceStarts(user, seriesMasterId, { start: new Date(start.getTime() - LOOK_BACK_MS), end: new Date(start.getTime() + 60_000) });
  } catch (error) {
    deps.logger.warn({ err: error }, 'series occurrences unreadable; suggestions use the occurrences Roundtable has seen');
    return (await deps.store.praise.knownOccurrences(user.tenantId, onlineMeetingId)).map((d) => d.toISOString());
  }
};

/** Whether the person runs this occurrence's rounds: whom the check-in hand-over named, else the organizer. */
export const canFacilitatePraise = async (deps: PraiseDeps, user: VerifiedUser, meeting: { isOrganizer: boolean }, onlineMeetingId: string, start: Date): Promise<boolean> => {
  const checkin = await deps.store.checkin.findRound(user.tenantId, onlineMeetingId, start);
  return isPraiseFacilitator({ id: user.id, isOrganizer: meeting.isOrganizer }, checkin?.round.facilitatorId ?? null);
};

/**
 * A meeting panel's praise: the occurrence's public praise (never private praise, whoever asks), the praise round,
 * the people who can be praised with how they like it, and the round's suggestions — attendees nobody praised in
 * public in the series' recent occurrences.
 */
export const getMeetingPraise = async (deps: PraiseDeps, { user, eventId }: { user: VerifiedUser; eventId: string }): Promise<MeetingPraise> => {
  const { meeting, onlineMeetingId, start, stream, participants } = await loadPraiseMeeting(deps, user, eventId);
  const lastEventId = await deps.live.latestId(user.tenantId, stream);
  const [values, stored, round, starts] = await Promise.all([
    loadPraiseValues(deps.store, user.tenantId),
    deps.store.praise.listPublic(user.tenantId, onlineMeetingId, start),
    deps.store.praise.rounds.find(user.tenantId, onlineMeetingId, start),
    seriesStarts(deps, user, meeting.seriesMasterId, onlineMeetingId, start),
  ]);
  const others = participants.filter((p) => p.userId !== user.id);
  const preferences = await deps.store.praise.preferences.get(user.tenantId, others.map((p) => p.userId));
  const occurrences = recentOccurrences(starts, start.toISOString());
  const history = await deps.store.praise.recipientsIn(user.tenantId, onlineMeetingId, occurrences.map((s) => new Date(s)));
  return {
    praise: stored.map((p) => toPraiseView(p, values, eventId)),
    round: { isOpen: round?.isOpen ?? false },
    people: others.map((p) => ({ ...p, preference: preferences.get(p.userId)?.preference ?? 'either' })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
    suggestions: suggestForPraiseRound({ attendees: participants, viewerId: user.id, occurrences, praise: history }),
    canFacilitate: await canFacilitatePraise(deps, user, meeting, onlineMeetingId, start),
    viewer: { id: user.id, isOrganizer: meeting.isOrganizer },
    lastEventId,
  };
};
