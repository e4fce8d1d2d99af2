// Words for an attendee's answer to the invite.
import type { MeetingView } from '../../api';
import type { MessageKey } from '../../i18n';

type Response = MeetingView['attendees'][number]['response'];

export const responseMessages: Record<Response, MessageKey> = {
  none: 'meeting.response.none',
  notResponded: 'meeting.response.none',
  organizer: 'meeting.response.organizer',
  accepted: 'meeting.response.accepted',
  tentativelyAccepted: 'meeting.response.tentative',
  declined: 'meeting.response.declined',
};

/**
 * Only the organizer's copy of an event carries everyone's answers; an attendee's copy says "none" for the others.
 * So an unknown answer is shown only to the organizer, where it really means "no response yet".
 */
export const shownResponse = (meeting: MeetingView, response: Response): MessageKey | undefined =>
  response === 'none' || response === 'notResponded' ? (meeting.isOrganizer ? responseMessages.none : undefined) : responseMessages[response];

/** The people invited, without rooms and without the organizer (shown on their own), in the invite's order. */
export const invitedPeople = (meeting: MeetingView): MeetingView['attendees'] => {
  const organizer = meeting.organizer.email.toLowerCase();
  return meeting.attendees.filter((attendee) => attendee.type !== 'resource' && attendee.email.toLowerCase() !== organizer);
};
