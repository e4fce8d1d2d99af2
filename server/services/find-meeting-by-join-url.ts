import { isSameJoinUrl, pickTabOccurrence, previousEndedOccurrence, type CalendarEvent, type TabMeetingView } from '../domain/meeting';
import { AppError } from '../errors';
import { describeMeeting, type MeetingDeps } from './describe-meeting';
import type { VerifiedUser } from './ports';

const DAY = 86_400_000;
/** A meeting tab opens during the meeting or before it; occurrences are looked for in this window around now. */
export const JOIN_URL_WINDOW = { backMs: 7 * DAY, aheadMs: 35 * DAY };

/** `start`: the occurrence's start as Teams gave it to the tab, when it did. */
export type FindMeetingByJoinUrlOptions = { user: VerifiedUser; joinUrl: string; start?: string };

/**
 * The occurrence a meeting tab is about, from the join URL Teams gives the tab. Graph only shows the online meeting
 * to its organizer and attendees, so anyone else is refused (Graph answers 403). Of a series: the occurrence starting
 * at `start` (looked for around it when it is outside the usual window), else the one in progress or next; with it,
 * the series' latest ended occurrence, whose report the details tab shows before the next one has happened.
 */
export const findMeetingByJoinUrl = async (deps: MeetingDeps, { user, joinUrl, start }: FindMeetingByJoinUrlOptions): Promise<TabMeetingView> => {
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
  const ofJoinUrl = (list: readonly CalendarEvent[]) => list.filter((e) => e.joinUrl !== null && isSameJoinUrl(e.joinUrl, joinUrl));
  const matching = ofJoinUrl(events);
  const startsAt = start === undefined ? null : Date.parse(start);
  if (startsAt !== null && !matching.some((e) => Date.parse(e.start) === startsAt)) {
    // An occurrence Teams named outside the window (a details tab opened weeks later): read around it, as far back
    // as the window reaches behind today, so a weekly series' previous occurrence is found too.
    const around = { start: new Date(startsAt - JOIN_URL_WINDOW.backMs - DAY), end: new Date(startsAt + DAY) };
    matching.push(...ofJoinUrl(await graph.listCalendarView(around)));
  }
  const event = pickTabOccurrence(matching, now, start);
  if (!event) throw new AppError('not_found', 'This meeting is not in your calendar around today.');
  return { ...(await describeMeeting(deps, graph, user, event, online)), previousOccurrence: previousEndedOccurrence(matching, event, now) };
};
