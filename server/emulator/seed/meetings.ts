// Puts the planned meetings into the store: each copied into the organizer's and every invitee's mailbox, online
// ones with their Teams meeting (join URL, conference id, blob in the invite).
import { changeKeyFor, digitsFrom, guidFrom, itemKey, meetingThreadIdFor, onlineMeetingIdFor } from '../ids';
import { HOUR } from '../time';
import type { EventFields, Invitee, MailboxCopy, Meeting, OnlineMeeting, Store } from '../store/types';
import { inviteHtml, meetingBlob, plainHtml } from './meeting-blob';
import { meetingPlans, type MeetingPlan } from './meeting-plans';
import { personIdOf } from './people';

const initialFields = (subject: string, content: string, isOnline: boolean): EventFields => ({
  subject,
  body: { contentType: 'html', content },
  categories: [],
  importance: 'normal',
  sensitivity: 'normal',
  showAs: 'busy',
  isReminderOn: true,
  reminderMinutesBeforeStart: 15,
  location: isOnline
    ? { displayName: 'Microsoft Teams Meeting', locationType: 'default', uniqueId: 'Microsoft Teams Meeting', uniqueIdType: 'private' }
    : { displayName: '', locationType: 'default', uniqueId: null, uniqueIdType: 'unknown' },
});

const onlineMeetingFor = (plan: MeetingPlan, tenantId: string): OnlineMeeting => {
  const organizerId = personIdOf(plan.organizer);
  const threadId = meetingThreadIdFor(plan.key);
  const encodedThread = threadId.replace(':', '%3a').replace('@', '%40');
  const context = `%7b%22Tid%22%3a%22${tenantId}%22%2c%22Oid%22%3a%22${organizerId}%22%7d`;
  return {
    id: onlineMeetingIdFor(organizerId, threadId),
    meetingKey: plan.key,
    threadId,
    joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodedThread}/0?context=${context}`,
    conferenceId: digitsFrom(9, 'conference', plan.key),
    joinMeetingId: digitsFrom(12, 'join-meeting-id', plan.key),
    passcode: Buffer.from(guidFrom('passcode', plan.key)).toString('base64url').slice(0, 6),
    organizerId,
    attendeeIds: plan.invitees.map(([handle]) => personIdOf(handle)),
    subject: plan.subject,
    startDateTime: plan.start,
    endDateTime: new Date(plan.start.getTime() + plan.durationMs),
    creationDateTime: plan.createdDateTime,
    isRecurring: plan.isWeeklySeries,
  };
};

/** Puts one planned meeting into the store: the meeting, its Teams meeting, and a copy in every mailbox. */
export const addPlannedMeeting = (store: Store, plan: MeetingPlan): void => {
  const online = plan.isOnline ? onlineMeetingFor(plan, store.tenant.id) : null;
  const content = online ? inviteHtml(plan.intro, meetingBlob(online, store.tenant.id)) : plainHtml(plan.intro);
  const invitees: Invitee[] = plan.invitees.map(([handle, response]) => ({
    userId: personIdOf(handle),
    response,
    respondedAt: response === 'none' ? null : new Date(plan.createdDateTime.getTime() + 2 * HOUR),
  }));
  const meeting: Meeting = {
    key: plan.key,
    organizerId: personIdOf(plan.organizer),
    invitees,
    start: plan.start,
    durationMs: plan.durationMs,
    isWeeklySeries: plan.isWeeklySeries,
    onlineMeetingId: online?.id ?? null,
    createdDateTime: plan.createdDateTime,
  };
  store.meetings.set(meeting.key, meeting);
  if (online) store.onlineMeetings.set(online.id, online);
  for (const ownerId of [meeting.organizerId, ...invitees.map((invitee) => invitee.userId)]) {
    const key = itemKey(ownerId, meeting.key);
    const received = invitees.find((invitee) => invitee.userId === ownerId)?.respondedAt ?? meeting.createdDateTime;
    const copy: MailboxCopy = {
      key,
      meetingKey: meeting.key,
      ownerId,
      createdDateTime: meeting.createdDateTime,
      fields: initialFields(plan.subject, content, plan.isOnline),
      version: 1,
      changeKey: changeKeyFor(key, '1'),
      lastModified: received,
      exceptions: new Map(),
    };
    store.copies.set(key, copy);
  }
};

export const seedMeetings = (store: Store, now: Date): void => {
  for (const plan of meetingPlans(now)) addPlannedMeeting(store, plan);
};
