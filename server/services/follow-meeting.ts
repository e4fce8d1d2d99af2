import { liveStreamOf } from '../domain/meeting';
import { AppError } from '../errors';
import type { MeetingDeps } from './describe-meeting';
import { readParticipation, type CheckinDeps } from './checkin/load-occurrence';
import type { LiveEvents, LiveSubscriber, VerifiedUser } from './ports';

export type FollowMeetingOptions = { user: VerifiedUser; eventId: string };

export type MeetingFollower = { subscribe(lastEventId: string | null, subscriber: LiveSubscriber): Promise<() => void> };

/**
 * Opens a panel's view of its meeting's live events. Reading the event through Graph with the person's own token is
 * the authorization (only the organizer's and invitees' mailboxes hold it), done before any stream is opened, so a
 * refusal is an ordinary JSON error. The participation it confirms is remembered, so the panel's first answers and
 * moves need no Graph call of their own.
 */
export const followMeeting = async (
  deps: MeetingDeps & Pick<CheckinDeps, 'participations'> & { live: LiveEvents },
  { user, eventId }: FollowMeetingOptions,
): Promise<MeetingFollower> => {
  const meeting = await readParticipation(deps, user, eventId);
  const stream = liveStreamOf(meeting);
  if (!stream) throw new AppError('not_found', 'This event is not a Teams meeting, so it has nothing live to follow.');
  return { subscribe: (lastEventId, subscriber) => deps.live.subscribe(user.tenantId, stream, lastEventId, subscriber) };
};
