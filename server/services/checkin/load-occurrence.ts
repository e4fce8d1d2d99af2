import type { Logger } from 'pino';
import { liveStreamOf, type MeetingView } from '../../domain/meeting';
import { AppError, isAppError } from '../../errors';
import type { MeetingDeps } from '../describe-meeting';
import { getMeeting } from '../get-meeting';
import type { TtlCache } from '../../lib/ttl-cache';
import type { LiveEvents, StoredRound, VerifiedUser } from '../ports';

export type CheckinDeps = MeetingDeps & {
  live: LiveEvents;
  /** Server secret for anonymous answers' keyed hashes (never stored in the database). */
  anonymousAnswerKey: string;
  logger: Logger;
  /**
   * Recently confirmed participations (tenant, person, event → meeting), so a live meeting's many answers and moves
   * don't each re-read the event from Graph. Short-lived: removing someone from the invite takes effect within it.
   * It holds the read in flight, so a burst of requests from one person waits for one Graph call, not one each.
   */
  participations: TtlCache<Promise<MeetingView>>;
  /** Open rounds' ids and questions, which never change once a round opens (see answer-checkin). */
  openRounds: TtlCache<OpenRound>;
};

export type OpenRound = Pick<StoredRound, 'roundId' | 'question'>;

export type Occurrence = { meeting: MeetingView; onlineMeetingId: string; start: Date; stream: string };

/**
 * The meeting as this person sees it, remembered for a short while (see `participations`). Reading the event through
 * Graph with the person's own token is the participant check: only the organizer's and invitees' mailboxes hold it
 * (anyone else gets 404).
 */
export const readParticipation = (deps: MeetingDeps & Pick<CheckinDeps, 'participations'>, user: VerifiedUser, eventId: string): Promise<MeetingView> => {
  const key = `${user.tenantId}\u0000${user.id}\u0000${eventId}`;
  let reading = deps.participations.get(key);
  if (!reading) {
    reading = getMeeting(deps, { user, eventId }).then(async (meeting) => {
      // Someone who opened a meeting's panel is someone the facilitator can hand the round over to: remember their id.
      await deps.store.users.upsert({ tenantId: user.tenantId, userId: user.id, displayName: user.displayName, upn: user.upn });
      return meeting;
    });
    deps.participations.set(key, reading);
    // Only confirmed participations are remembered: a refusal or a Graph failure is asked again next time.
    reading.catch(() => deps.participations.delete(key));
  }
  return reading;
};

/** The occurrence a check-in request is about, for one of its participants. */
export const loadOccurrence = async (deps: MeetingDeps & Pick<CheckinDeps, 'participations'>, user: VerifiedUser, eventId: string): Promise<Occurrence> => {
  const meeting = await readParticipation(deps, user, eventId);
  const stream = liveStreamOf(meeting);
  if (!meeting.onlineMeetingId || !stream) throw new AppError('not_found', 'This event is not a Teams meeting, so it has no check-in.');
  if (meeting.type === 'seriesMaster') throw new AppError('bad_request', 'Open one occurrence of the series, not the series itself.');
  return { meeting, onlineMeetingId: meeting.onlineMeetingId, start: new Date(meeting.start), stream };
};

/** Graph's own "no such item for you": the event is not in this person's mailbox. */
const isNotInCalendar = (error: unknown): boolean => {
  if (!isAppError(error) || error.code !== 'not_found') return false;
  const details = error.details as { graph?: { status?: number } } | undefined;
  return details?.graph?.status === 404;
};

/**
 * `loadOccurrence` for actions the issues ask to refuse with 403 when taken from outside the meeting (a turn tap,
 * giving praise): a meeting that is not in the person's calendar is "forbidden", `refusal` says why.
 */
export const loadOccurrenceForParticipant = async (
  deps: MeetingDeps & Pick<CheckinDeps, 'participations'>,
  user: VerifiedUser,
  eventId: string,
  refusal: string,
): Promise<Occurrence> => {
  try {
    return await loadOccurrence(deps, user, eventId);
  } catch (error) {
    if (isNotInCalendar(error)) throw new AppError('forbidden', refusal, { cause: error });
    throw error;
  }
};
