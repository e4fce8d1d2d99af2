// Meetings a test or benchmark adds to the demo tenant after it was seeded (`emulator.addMeetings`), planned like the
// demo's own (meeting-plans.ts): each copied into every invitee's mailbox, online ones with their Teams meeting and chat.
import type { OnlineMeeting, Store } from '../store/types';
import type { MeetingPlan } from './meeting-plans';
import { addPlannedMeeting } from './meetings';

/** A Teams meeting's chat, empty, its members the organizer and attendees (as Teams creates it with the meeting). */
export const addMeetingChat = (store: Store, online: OnlineMeeting): void => {
  store.chats.set(online.threadId, {
    id: online.threadId,
    topic: online.subject,
    onlineMeetingId: online.id,
    memberIds: [online.organizerId, ...online.attendeeIds],
    createdDateTime: online.creationDateTime,
    lastUpdatedDateTime: online.creationDateTime,
    messages: [],
  });
};

export const addMeetings = (store: Store, plans: readonly MeetingPlan[]): void => {
  for (const plan of plans) {
    if (store.meetings.has(plan.key)) throw new Error(`The demo tenant already has a meeting '${plan.key}'.`);
    addPlannedMeeting(store, plan);
    const online = [...store.onlineMeetings.values()].find((meeting) => meeting.meetingKey === plan.key);
    if (online) addMeetingChat(store, online);
  }
};
