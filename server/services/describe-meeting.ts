// Joins a calendar event with its Teams online meeting, remembering the pair so later reads skip the Graph lookup.
import { toMeetingView, type CalendarEvent, type MeetingView, type OnlineMeeting } from '../domain/meeting';
import type { Clock, GraphPort, Store, UserGraph, VerifiedUser } from './ports';

export type MeetingDeps = { graph: GraphPort; store: Store; clock: Clock };

const findOnlineMeeting = async (deps: MeetingDeps, graph: UserGraph, user: VerifiedUser, joinUrl: string): Promise<OnlineMeeting | null> => {
  const known = await deps.store.meetings.findByJoinUrl(user.tenantId, joinUrl);
  if (known) return { onlineMeetingId: known.onlineMeetingId, chatId: known.chatId, joinUrl: known.joinUrl };
  return graph.findOnlineMeetingByJoinUrl(joinUrl);
};

export const describeMeeting = async (
  deps: MeetingDeps,
  graph: UserGraph,
  user: VerifiedUser,
  event: CalendarEvent,
  online?: OnlineMeeting | null,
): Promise<MeetingView> => {
  const meeting = online ?? (event.joinUrl ? await findOnlineMeeting(deps, graph, user, event.joinUrl) : null);
  if (meeting && event.joinUrl) {
    await deps.store.meetings.upsert({
      tenantId: user.tenantId,
      onlineMeetingId: meeting.onlineMeetingId,
      chatId: meeting.chatId,
      joinUrl: event.joinUrl,
      organizerEmail: event.organizer.email,
      subject: event.subject,
      iCalUId: event.iCalUId,
    });
    if (event.type !== 'seriesMaster') {
      await deps.store.meetings.upsertOccurrence({
        tenantId: user.tenantId,
        onlineMeetingId: meeting.onlineMeetingId,
        startsAt: new Date(event.start),
        endsAt: new Date(event.end),
      });
    }
  }
  return toMeetingView(event, meeting);
};
