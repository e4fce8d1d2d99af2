import { toMeetingSpeakingView, type MeetingSpeakingView } from '../domain/speakers/speaking-view';
import { AppError } from '../errors';
import { describeMeeting, type MeetingDeps } from './describe-meeting';
import type { VerifiedUser } from './ports';
import { refreshSpeakingFigures } from './refresh-speaking-figures';

export type GetMeetingSpeakingOptions = { user: VerifiedUser; eventId: string };

/**
 * An occurrence's speaking figures, by the id of the person's own calendar event: reading the event through Graph
 * with their token is the authorization (anyone else's id is a 404). When the organizer asks after the meeting and
 * nothing final is stored, the transcripts are ingested on the spot with their token; anyone else then sees what is
 * stored, or `pending`. What each sees follows the privacy rules (domain/speakers/speaking-view.ts).
 */
export const getMeetingSpeaking = async (deps: MeetingDeps, { user, eventId }: GetMeetingSpeakingOptions): Promise<MeetingSpeakingView> => {
  const graph = deps.graph.forUser(user);
  const event = await graph.getEvent(eventId);
  if (event.type === 'seriesMaster') {
    throw new AppError('bad_request', 'Speaking figures belong to one occurrence: open an occurrence of this series, not the series.');
  }
  const { onlineMeetingId } = await describeMeeting(deps, graph, user, event);
  if (!onlineMeetingId) throw new AppError('not_found', 'This event is not a Teams meeting, so it has no speaking figures.');

  const stored = await refreshSpeakingFigures(deps, { user, event, onlineMeetingId });
  return toMeetingSpeakingView(
    { onlineMeetingId, start: event.start, end: event.end },
    stored && { state: stored.state, figures: stored.figures, transcriptCount: stored.transcripts.length, ingestedAt: stored.ingestedAt },
    { userId: user.id, upn: user.upn, isOrganizer: event.isOrganizer },
  );
};
