// Who an invite counts: its attendees and the organizer, each address once, rooms and equipment left out.

export type InviteeAddress = { type: 'required' | 'optional' | 'resource'; email: string };

export const countInvitees = (attendees: readonly InviteeAddress[], organizerEmail: string): number => {
  const people = new Set(attendees.filter((a) => a.type !== 'resource').map((a) => a.email.toLowerCase()));
  people.add(organizerEmail.toLowerCase());
  people.delete('');
  return Math.max(1, people.size);
};
