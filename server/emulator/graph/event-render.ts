// An event as Graph returns it from one mailbox: Outlook's members in Outlook's order, start and end in the
// preferred zone, the organizer's tracked responses only in the organizer's copy.
import type { EmulatorContext } from '../context';
import { eventIdFor, iCalUIdFor } from '../ids';
import { TOLL_NUMBER } from '../seed/meeting-blob';
import type { EventInstance } from '../store/calendar';
import type { Person } from '../store/types';
import { graphTimestamp, isoSeconds } from '../time';
import { bodyPreview, htmlToText } from './body-text';
import { dateTimeTimeZone, type Zone } from './prefer';

const NEVER = '0001-01-01T00:00:00Z';
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export type RenderOptions = { zone: Zone; textBody: boolean };

const emailAddress = (person: Person | undefined): { name: string; address: string } => ({
  name: person?.displayName ?? '',
  address: person?.mail ?? '',
});

const recurrence = (instance: EventInstance): Record<string, unknown> => ({
  pattern: {
    type: 'weekly',
    interval: 1,
    month: 0,
    dayOfMonth: 0,
    daysOfWeek: [DAY_NAMES[instance.meeting.start.getUTCDay()] ?? 'monday'],
    firstDayOfWeek: 'sunday',
    index: 'first',
  },
  range: {
    type: 'noEnd',
    startDate: instance.meeting.start.toISOString().slice(0, 10),
    endDate: '0001-01-01',
    recurrenceTimeZone: 'UTC',
    numberOfOccurrences: 0,
  },
});

export const renderEvent = (ctx: EmulatorContext, instance: EventInstance, options: RenderOptions): Record<string, unknown> => {
  const { meeting, copy, revision } = instance;
  const fields = revision.fields;
  const person = (id: string): Person | undefined => ctx.store.people.find((p) => p.id === id);
  const isOrganizer = copy.ownerId === meeting.organizerId;
  const online = meeting.onlineMeetingId ? ctx.store.onlineMeetings.get(meeting.onlineMeetingId) : undefined;
  const ownInvite = meeting.invitees.find((invitee) => invitee.userId === copy.ownerId);
  const body = options.textBody ? { contentType: 'text', content: htmlToText(fields.body.content) } : fields.body;
  const isSeriesMember = instance.type === 'occurrence' || instance.type === 'exception';
  return {
    '@odata.etag': `W/"${revision.changeKey}"`,
    id: instance.id,
    createdDateTime: graphTimestamp(copy.createdDateTime),
    lastModifiedDateTime: graphTimestamp(revision.lastModified),
    changeKey: revision.changeKey,
    categories: fields.categories,
    transactionId: null,
    originalStartTimeZone: 'UTC',
    originalEndTimeZone: 'UTC',
    iCalUId: iCalUIdFor(meeting.key, isSeriesMember ? instance.start : null),
    reminderMinutesBeforeStart: fields.reminderMinutesBeforeStart,
    isReminderOn: fields.isReminderOn,
    hasAttachments: false,
    subject: fields.subject,
    bodyPreview: bodyPreview(fields.body.content),
    importance: fields.importance,
    sensitivity: fields.sensitivity,
    isAllDay: false,
    isCancelled: false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: isSeriesMember ? eventIdFor(copy.key) : null,
    showAs: fields.showAs,
    type: instance.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: Boolean(online),
    onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    ...(isSeriesMember && instance.originalStart ? { originalStart: isoSeconds(instance.originalStart) } : {}),
    responseStatus: isOrganizer
      ? { response: 'organizer', time: NEVER }
      : { response: ownInvite?.response ?? 'none', time: ownInvite?.respondedAt ? graphTimestamp(ownInvite.respondedAt) : NEVER },
    body,
    start: dateTimeTimeZone(instance.start, options.zone),
    end: dateTimeTimeZone(instance.end, options.zone),
    location: fields.location,
    locations: fields.location.displayName ? [fields.location] : [],
    recurrence: instance.type === 'seriesMaster' ? recurrence(instance) : null,
    // Only the organizer's copy tracks what each attendee answered.
    attendees: meeting.invitees.map((invitee) => ({
      type: 'required',
      status:
        isOrganizer && invitee.respondedAt
          ? { response: invitee.response, time: graphTimestamp(invitee.respondedAt) }
          : { response: 'none', time: NEVER },
      emailAddress: emailAddress(person(invitee.userId)),
    })),
    organizer: { emailAddress: emailAddress(person(meeting.organizerId)) },
    onlineMeeting: online ? { joinUrl: online.joinUrl, conferenceId: online.conferenceId, tollNumber: TOLL_NUMBER } : null,
  };
};

/** Every property renderEvent can return: what $select may name. */
export const EVENT_PROPERTIES: ReadonlySet<string> = new Set([
  'id', 'createdDateTime', 'lastModifiedDateTime', 'changeKey', 'categories', 'transactionId', 'originalStartTimeZone',
  'originalEndTimeZone', 'iCalUId', 'reminderMinutesBeforeStart', 'isReminderOn', 'hasAttachments', 'subject', 'bodyPreview',
  'importance', 'sensitivity', 'isAllDay', 'isCancelled', 'isOrganizer', 'responseRequested', 'seriesMasterId', 'showAs', 'type',
  'webLink', 'onlineMeetingUrl', 'isOnlineMeeting', 'onlineMeetingProvider', 'allowNewTimeProposals', 'isDraft', 'hideAttendees',
  'originalStart', 'responseStatus', 'body', 'start', 'end', 'location', 'locations', 'recurrence', 'attendees', 'organizer', 'onlineMeeting',
]);
