// The occurrence a turn-tracker request is about, and who the person asking is in it. Participation is proven as the
// check-in proves it (services/checkin/load-occurrence.ts: the event read through Graph with the person's own token);
// a meeting that is not in the person's calendar is refused with 403, as the issue asks of a tap from outside.
import { identifyActor, invitationOf, type Actor, type Invitation } from '../../domain/turns';
import { AppError, isAppError } from '../../errors';
import type { MeetingDeps } from '../describe-meeting';
import { loadOccurrence, type CheckinDeps, type Occurrence } from '../checkin/load-occurrence';
import type { LiveEvents, VerifiedUser } from '../ports';
import type { TrackerKey } from './turn-ports';

export type TurnDeps = MeetingDeps & Pick<CheckinDeps, 'participations'> & { live: LiveEvents };

export type LoadedTracker = Occurrence & { key: TrackerKey; invitation: Invitation; actor: Actor };

/** Graph's own "no such item for you": the event is not in this person's mailbox. */
const isNotInCalendar = (error: unknown): boolean => {
  if (!isAppError(error) || error.code !== 'not_found') return false;
  const details = error.details as { graph?: { status?: number } } | undefined;
  return details?.graph?.status === 404;
};

export const loadTracker = async (deps: TurnDeps, user: VerifiedUser, eventId: string): Promise<LoadedTracker> => {
  let occurrence: Occurrence;
  try {
    occurrence = await loadOccurrence(deps, user, eventId);
  } catch (error) {
    if (isNotInCalendar(error)) {
      throw new AppError('forbidden', "This meeting isn't in your calendar, so you can't take part in its turns.", { cause: error });
    }
    throw error;
  }
  const invitation = invitationOf(occurrence.meeting);
  return {
    ...occurrence,
    key: { tenantId: user.tenantId, onlineMeetingId: occurrence.onlineMeetingId, occurrenceStart: occurrence.start },
    invitation,
    actor: identifyActor({ upn: user.upn, displayName: user.displayName, isOrganizer: occurrence.meeting.isOrganizer }, invitation),
  };
};
