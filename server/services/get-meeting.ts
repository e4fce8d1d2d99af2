import type { MeetingView } from '../domain/meeting';
import { describeMeeting, type MeetingDeps } from './describe-meeting';
import type { VerifiedUser } from './ports';

export type GetMeetingOptions = { user: VerifiedUser; eventId: string };

/** A meeting by the id of the person's own calendar event; Graph refuses ids from other mailboxes (404). */
export const getMeeting = async (deps: MeetingDeps, { user, eventId }: GetMeetingOptions): Promise<MeetingView> => {
  const graph = deps.graph.forUser(user);
  const event = await graph.getEvent(eventId);
  return describeMeeting(deps, graph, user, event);
};
