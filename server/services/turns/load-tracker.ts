// The occurrence a turn-tracker request is about, and who the person asking is in it. Participation is proven as the
// check-in proves it (services/checkin/load-occurrence.ts: the event read through Graph with the person's own token);
// a meeting that is not in the person's calendar is refused with 403, as the issue asks of a tap from outside.
import { identifyActor, invitationOf, type Actor, type Invitation } from '../../domain/turns';
import type { MeetingDeps } from '../describe-meeting';
import { loadOccurrenceForParticipant, type CheckinDeps, type Occurrence } from '../checkin/load-occurrence';
import type { LiveEvents, VerifiedUser } from '../ports';
import type { TrackerKey } from './turn-ports';

export type TurnDeps = MeetingDeps & Pick<CheckinDeps, 'participations'> & { live: LiveEvents };

export type LoadedTracker = Occurrence & { key: TrackerKey; invitation: Invitation; actor: Actor };

export const loadTracker = async (deps: TurnDeps, user: VerifiedUser, eventId: string): Promise<LoadedTracker> => {
  const occurrence = await loadOccurrenceForParticipant(deps, user, eventId, "This meeting isn't in your calendar, so you can't take part in its turns.");
  const invitation = invitationOf(occurrence.meeting);
  return {
    ...occurrence,
    key: { tenantId: user.tenantId, onlineMeetingId: occurrence.onlineMeetingId, occurrenceStart: occurrence.start },
    invitation,
    actor: identifyActor({ upn: user.upn, displayName: user.displayName, isOrganizer: occurrence.meeting.isOrganizer }, invitation),
  };
};
