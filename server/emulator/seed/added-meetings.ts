// Meetings a test or benchmark adds to the demo tenant after it was seeded (`emulator.addMeetings`), planned like the
// demo's own (meeting-plans.ts): each copied into every invitee's mailbox, online ones with their Teams meeting and chat.
import type { Store } from '../store/types';
import type { MeetingPlan } from './meeting-plans';
import { addPlannedMeeting } from './meetings';

export const addMeetings = (store: Store, plans: readonly MeetingPlan[]): void => {
  for (const plan of plans) {
    if (store.meetings.has(plan.key)) throw new Error(`The demo tenant already has a meeting '${plan.key}'.`);
    addPlannedMeeting(store, plan);
    const online = [...store.onlineMeetings.values()].find((meeting) => meeting.meetingKey === plan.key);
    if (!online) continue;
    store.chats.set(online.threadId, {
      id: online.threadId,
      topic: online.subject,
      onlineMeetingId: online.id,
      memberIds: [online.organizerId, ...online.attendeeIds],
      createdDateTime: online.creationDateTime,
      lastUpdatedDateTime: online.creationDateTime,
      messages: [],
    });
  }
};
