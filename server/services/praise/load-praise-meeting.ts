import type { PraiseParticipant } from '../../domain/praise';
import { loadOccurrenceForParticipant, type Occurrence } from '../checkin/load-occurrence';
import type { VerifiedUser } from '../ports';
import type { PraiseDeps } from './praise-deps';

export type PraiseMeeting = Occurrence & {
  /** The people of the meeting who can be praised (the meeting chat's members), the caller among them. */
  participants: PraiseParticipant[];
};

/**
 * The occurrence a praise request is about, with its people. Reading the event with the caller's token is the
 * participant check (403 for a meeting not in the caller's calendar); the people come from the meeting chat, which
 * knows their user ids.
 */
export const loadPraiseMeeting = async (deps: PraiseDeps, user: VerifiedUser, eventId: string): Promise<PraiseMeeting> => {
  const occurrence = await loadOccurrenceForParticipant(deps, user, eventId, "This meeting isn't in your calendar, so you can't give or read praise in it.");
  const chatId = occurrence.meeting.chatId;
  if (!chatId) return { ...occurrence, participants: [{ userId: user.id, displayName: user.displayName }] };
  const key = `${user.tenantId}/${chatId}`;
  const known = deps.chatRosters.get(key);
  const participants = known ?? (await deps.praiseGraph.listChatMembers(user, chatId));
  if (!known) deps.chatRosters.set(key, participants);
  return { ...occurrence, participants };
};
