import { pickCurrentOrNextMeeting, type MeetingView } from '../domain/meeting';
import { AppError } from '../errors';
import { describeMeeting, type MeetingDeps } from './describe-meeting';
import type { VerifiedUser } from './ports';

const HOUR = 3_600_000;
/** How far back a meeting may have started and still be "current", and how far ahead "next" looks. */
export const NEXT_MEETING_WINDOW = { backMs: 12 * HOUR, aheadMs: 14 * 24 * HOUR };

export type FindNextMeetingOptions = { user: VerifiedUser };

/** The person's Teams meeting in progress now, or else their next one within two weeks. */
export const findNextMeeting = async (deps: MeetingDeps, { user }: FindNextMeetingOptions): Promise<MeetingView> => {
  const graph = deps.graph.forUser(user);
  const now = deps.clock.now();
  const events = await graph.listCalendarView({
    start: new Date(now.getTime() - NEXT_MEETING_WINDOW.backMs),
    end: new Date(now.getTime() + NEXT_MEETING_WINDOW.aheadMs),
  });
  const event = pickCurrentOrNextMeeting(events, now);
  if (!event) throw new AppError('not_found', 'You have no Teams meeting now or in the next two weeks.');
  return describeMeeting(deps, graph, user, event);
};
