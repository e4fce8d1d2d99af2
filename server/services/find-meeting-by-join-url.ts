import { isSameJoinUrl, pickCurrentOrNextMeeting, type MeetingView } from '../domain/meeting';
import { AppError } from '../errors';
import { describeMeeting, type MeetingDeps } from './describe-meeting';
import type { VerifiedUser } from './ports';

const DAY = 86_400_000;
/** A meeting tab opens during the meeting or before it; occurrences are looked for in this window around now. */
export const JOIN_URL_WINDOW = { backMs: 7 * DAY, aheadMs: 35 * DAY };

export type FindMeetingByJoinUrlOptions = { user: VerifiedUser; joinUrl: string };

/**
 * The occurrence a meeting tab is about, from the join URL Teams gives the tab. Graph only shows the online meeting
 * to its organizer and attendees, so anyone else is refused (Graph answers 403); of a series, the occurrence in progress or next wins.
 */
export const findMeetingByJoinUrl = async (deps: MeetingDeps, { user, joinUrl }: FindMeetingByJoinUrlOptions): Promise<MeetingView> => {
  const graph = deps.graph.forUser(user);
  const online = await graph.findOnlineMeetingByJoinUrl(joinUrl).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'forbidden') throw new AppError('forbidden', 'You are not a participant of this Teams meeting.', { cause: error });
    throw error;
  });
  if (!online) throw new AppError('not_found', 'This Teams meeting is not one of yours.');
  const now = deps.clock.now();
  const events = await graph.listCalendarView({
    start: new Date(now.getTime() - JOIN_URL_WINDOW.backMs),
    end: new Date(now.getTime() + JOIN_URL_WINDOW.aheadMs),
  });
  const matching = events.filter((e) => e.joinUrl !== null && isSameJoinUrl(e.joinUrl, joinUrl));
  const latestPast = [...matching].sort((a, b) => Date.parse(b.start) - Date.parse(a.start))[0];
  const event = pickCurrentOrNextMeeting(matching, now) ?? latestPast;
  if (!event) throw new AppError('not_found', 'This meeting is not in your calendar around today.');
  return describeMeeting(deps, graph, user, event, online);
};
