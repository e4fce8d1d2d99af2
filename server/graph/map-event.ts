// Maps Graph's event resource to the product's CalendarEvent.
import type { Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import type { Attendee, AttendeeResponse, CalendarEvent, EventType } from '../domain/meeting';

/** The $select every event read uses: only what CalendarEvent needs. */
export const eventSelect = [
  'id', 'type', 'seriesMasterId', 'iCalUId', 'subject', 'start', 'end', 'isOnlineMeeting', 'onlineMeeting',
  'isOrganizer', 'isCancelled', 'organizer', 'attendees', 'webLink',
].join(',');

/** Graph answers dateTimeTimeZone in UTC (we never send Prefer: outlook.timezone), without an offset. */
const toIsoUtc = (value: { dateTime?: string | null; timeZone?: string | null } | null | undefined): string => {
  const dateTime = value?.dateTime;
  if (!dateTime) throw new Error('Graph event without start/end');
  const zone = value?.timeZone ?? 'UTC';
  if (zone !== 'UTC') throw new Error(`Unexpected event time zone ${zone}; expected UTC`);
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`).toISOString();
};

const attendeeType = (type: string | null | undefined): Attendee['type'] =>
  type === 'optional' || type === 'resource' ? type : 'required';

export const mapEvent = (event: GraphEvent): CalendarEvent => ({
  eventId: event.id ?? '',
  type: (event.type ?? 'singleInstance') as EventType,
  seriesMasterId: event.seriesMasterId ?? null,
  iCalUId: event.iCalUId ?? null,
  subject: event.subject ?? '',
  start: toIsoUtc(event.start),
  end: toIsoUtc(event.end),
  isOnlineMeeting: event.isOnlineMeeting ?? false,
  joinUrl: event.onlineMeeting?.joinUrl ?? null,
  isOrganizer: event.isOrganizer ?? false,
  isCancelled: event.isCancelled ?? false,
  organizer: {
    name: event.organizer?.emailAddress?.name ?? '',
    email: event.organizer?.emailAddress?.address ?? '',
  },
  attendees: (event.attendees ?? []).map((a) => ({
    name: a.emailAddress?.name ?? '',
    email: a.emailAddress?.address ?? '',
    type: attendeeType(a.type),
    response: (a.status?.response ?? 'none') as AttendeeResponse,
  })),
  webLink: event.webLink ?? null,
});
