// Who takes part in a meeting's turn tracker: the organizer and the people on the invite, plus whoever opened the
// side panel (or spoke) without being on it. A person is known by their e-mail address in lower case, the one
// identity the invite, the sign-in and the tracker share.
import type { Attendee, Person } from '../meeting';
import type { Actor, Invitation, JoinedPerson, Participant, ParticipantRef, RaisedHand, Segment } from './types';

export const participantIdOf = (emailOrUpn: string): string => emailOrUpn.trim().toLowerCase();

/** The invite as the tracker counts it: rooms and equipment are not people; each address once. */
export const invitationOf = (meeting: { organizer: Person; attendees: readonly Attendee[] }): Invitation => {
  const organizer = { participantId: participantIdOf(meeting.organizer.email), name: meeting.organizer.name || meeting.organizer.email };
  const seen = new Set([organizer.participantId]);
  const invitees: Invitation['invitees'] = [];
  for (const attendee of meeting.attendees) {
    const participantId = participantIdOf(attendee.email);
    if (attendee.type === 'resource' || !participantId || seen.has(participantId)) continue;
    seen.add(participantId);
    invitees.push({ participantId, name: attendee.name || attendee.email, isDeclined: attendee.response === 'declined' });
  }
  return { organizer, invitees };
};

/**
 * The signed-in person as a participant: the organizer's own entry; else the invitee whose address is their sign-in
 * name; else the one invitee with their display name (sign-in names and mail addresses can differ); else a guest
 * known by their sign-in name.
 */
export const identifyActor = (person: { upn: string; displayName: string; isOrganizer: boolean }, invitation: Invitation): Actor => {
  if (person.isOrganizer) return { ...invitation.organizer, isOrganizer: true };
  const upn = participantIdOf(person.upn);
  const byAddress = invitation.invitees.find((invitee) => invitee.participantId === upn);
  const namesakes = invitation.invitees.filter((invitee) => invitee.name === person.displayName);
  const invitee = byAddress ?? (namesakes.length === 1 ? namesakes[0] : undefined);
  return invitee ? { participantId: invitee.participantId, name: invitee.name, isOrganizer: false } : { participantId: upn, name: person.displayName || person.upn, isOrganizer: false };
};

/** Everyone in the tracker, in a stable order: organizer, invitees as invited, then guests as they came. */
export const listParticipants = (
  invitation: Invitation,
  state: { segments: readonly Segment[]; hands: readonly RaisedHand[]; joined: readonly JoinedPerson[] },
): Participant[] => {
  const joined = new Set(state.joined.map((person) => person.participantId));
  const active = new Set([...state.segments, ...state.hands].map((entry) => entry.participantId));
  const participants: Participant[] = [];
  const byId = new Map<string, Participant>();
  const add = (person: ParticipantRef, role: Participant['role'], isDeclined: boolean) => {
    if (byId.has(person.participantId)) return;
    const hasJoined = joined.has(person.participantId);
    const participant = { participantId: person.participantId, name: person.name, role, hasJoined, isCounted: !isDeclined || hasJoined || active.has(person.participantId) };
    byId.set(person.participantId, participant);
    participants.push(participant);
  };
  add(invitation.organizer, 'organizer', false);
  for (const invitee of invitation.invitees) add(invitee, 'invitee', invitee.isDeclined);
  // Guests: joined in the order they came; anyone who spoke or raised a hand is in the meeting too.
  for (const person of [...state.joined].sort((a, b) => Date.parse(a.joinedAt) - Date.parse(b.joinedAt))) add(person, 'guest', false);
  for (const entry of [...state.segments, ...state.hands]) add(entry, 'guest', false);
  return participants;
};

export const isParticipant = (invitation: Invitation, joined: readonly JoinedPerson[], participantId: string): boolean =>
  invitation.organizer.participantId === participantId ||
  invitation.invitees.some((invitee) => invitee.participantId === participantId) ||
  joined.some((person) => person.participantId === participantId);

/** The facilitator's participant id: the organizer unless the tracker was handed over. */
export const facilitatorOf = (facilitatorId: string | null, invitation: Invitation): string => facilitatorId ?? invitation.organizer.participantId;

export const isFacilitator = (facilitatorId: string | null, actor: Actor): boolean =>
  facilitatorId === null ? actor.isOrganizer : facilitatorId === actor.participantId;

/** The name to show for a participant id (the invite's, else the one they joined or spoke with). */
export const nameOf = (participants: readonly Participant[], participantId: string): string =>
  participants.find((participant) => participant.participantId === participantId)?.name ?? participantId;
