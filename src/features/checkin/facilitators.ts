// Who can run the round: the meeting's people with the user id the round needs, where Roundtable knows it (from the
// server's participant list, or from their named answers).
import type { CheckinView, MeetingView } from '../../api';

export type Candidate = { key: string; name: string; email: string; userId: string | null };

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * Who the facilitator can hand over to: the organizer and the invited people (no rooms) other than the facilitator
 * themself, each with their user id when it is known.
 */
export const facilitatorCandidates = (meeting: MeetingView, view: CheckinView, myUserId: string): Candidate[] => {
  const people = [...(meeting.isOrganizer ? [] : [meeting.organizer]), ...meeting.attendees.filter((attendee) => attendee.type !== 'resource')];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const person of people) {
    const email = person.email.toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    const name = person.name || person.email;
    const known =
      view.participants?.find((participant) => participant.email?.toLowerCase() === email) ??
      view.answers.find((answer) => answer.author && sameName(answer.author.name, name))?.author;
    if (known?.id === myUserId || (meeting.isOrganizer && email === meeting.organizer.email.toLowerCase())) continue;
    candidates.push({ key: email, name, email: person.email, userId: known?.id ?? null });
  }
  return candidates;
};

/** The name of whoever runs the round now, when it can be told. */
export const facilitatorName = (meeting: MeetingView, view: CheckinView): string | null => {
  const id = view.round.facilitatorId;
  if (id === null) return meeting.organizer.name || meeting.organizer.email;
  return (
    view.participants?.find((participant) => participant.id === id)?.name ??
    view.answers.find((answer) => answer.author?.id === id)?.author?.name ??
    null
  );
};
