// Exchange's calendar model over the store: each mailbox's copy of a meeting, weekly series expanded into
// occurrences, exceptions, and updates that an organizer sends to every attendee's copy.
import { changeKeyFor, eventIdFor, occurrenceIdFor, parseEventId } from '../ids';
import { WEEK } from '../time';
import type { EventFields, MailboxCopy, Meeting, Revision, Store } from './types';

export type EventType = 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';

/** One event as a mailbox sees it. */
export type EventInstance = {
  id: string;
  type: EventType;
  copy: MailboxCopy;
  meeting: Meeting;
  /** For occurrences and exceptions: the start the series gave them. */
  originalStart: Date | null;
  start: Date;
  end: Date;
  revision: Revision;
};

const copiesOf = (store: Store, ownerId: string): MailboxCopy[] => [...store.copies.values()].filter((copy) => copy.ownerId === ownerId);

const meetingOf = (store: Store, copy: MailboxCopy): Meeting => {
  const meeting = store.meetings.get(copy.meetingKey);
  if (!meeting) throw new Error(`copy ${copy.key} has no meeting ${copy.meetingKey}`);
  return meeting;
};

export const isOccurrenceStart = (meeting: Meeting, at: Date): boolean => {
  const offset = at.getTime() - meeting.start.getTime();
  return meeting.isWeeklySeries && offset >= 0 && offset % WEEK === 0;
};

/** Starts of the series' occurrences that overlap [from, to). */
export const occurrenceStarts = (meeting: Meeting, from: Date, to: Date): Date[] => {
  const first = Math.max(0, Math.ceil((from.getTime() - meeting.durationMs - meeting.start.getTime() + 1) / WEEK));
  const starts: Date[] = [];
  for (let index = first; meeting.start.getTime() + index * WEEK < to.getTime(); index += 1) {
    starts.push(new Date(meeting.start.getTime() + index * WEEK));
  }
  return starts;
};

const occurrence = (copy: MailboxCopy, meeting: Meeting, originalStart: Date): EventInstance => {
  const exception = copy.exceptions.get(originalStart.getTime());
  return {
    id: occurrenceIdFor(copy.key, originalStart),
    type: exception ? 'exception' : 'occurrence',
    copy,
    meeting,
    originalStart,
    start: originalStart,
    end: new Date(originalStart.getTime() + meeting.durationMs),
    revision: exception ?? copy,
  };
};

const topLevel = (copy: MailboxCopy, meeting: Meeting): EventInstance => ({
  id: eventIdFor(copy.key),
  type: meeting.isWeeklySeries ? 'seriesMaster' : 'singleInstance',
  copy,
  meeting,
  originalStart: null,
  start: meeting.start,
  end: new Date(meeting.start.getTime() + meeting.durationMs),
  revision: copy,
});

const byStart = (a: EventInstance, b: EventInstance): number => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id);

/** calendarView: single instances, occurrences and exceptions overlapping the window, ordered by start. */
export const calendarView = (store: Store, ownerId: string, from: Date, to: Date): EventInstance[] =>
  copiesOf(store, ownerId)
    .flatMap((copy) => {
      const meeting = meetingOf(store, copy);
      if (meeting.isWeeklySeries) return occurrenceStarts(meeting, from, to).map((start) => occurrence(copy, meeting, start));
      const single = topLevel(copy, meeting);
      return single.start < to && single.end > from ? [single] : [];
    })
    .sort(byStart);

/** /events: single instances and series masters. */
export const listEvents = (store: Store, ownerId: string): EventInstance[] =>
  copiesOf(store, ownerId)
    .map((copy) => topLevel(copy, meetingOf(store, copy)))
    .sort(byStart);

export const seriesInstances = (master: EventInstance, from: Date, to: Date): EventInstance[] =>
  occurrenceStarts(master.meeting, from, to).map((start) => occurrence(master.copy, master.meeting, start));

export const findEvent = (store: Store, ownerId: string, id: string): EventInstance | null => {
  const parsed = parseEventId(id);
  const copy = parsed ? store.copies.get(parsed.key) : undefined;
  if (!parsed || !copy || copy.ownerId !== ownerId) return null;
  const meeting = meetingOf(store, copy);
  if (!parsed.originalStart) return topLevel(copy, meeting);
  return isOccurrenceStart(meeting, parsed.originalStart) ? occurrence(copy, meeting, parsed.originalStart) : null;
};

const revise = (base: Revision, patch: Partial<EventFields>, now: Date, salt: string): Revision => {
  const version = base.version + 1;
  return { fields: { ...base.fields, ...patch }, version, changeKey: changeKeyFor(salt, String(version)), lastModified: now };
};

const patchCopy = (copy: MailboxCopy, originalStart: Date | null, patch: Partial<EventFields>, now: Date): void => {
  if (!originalStart) {
    Object.assign(copy, revise(copy, patch, now, copy.key));
    return;
  }
  const base = copy.exceptions.get(originalStart.getTime()) ?? copy;
  copy.exceptions.set(originalStart.getTime(), revise(base, patch, now, `${copy.key}|${originalStart.getTime()}`));
};

/**
 * Applies a PATCH to one mailbox's event. On a series master it changes the series (occurrences follow, exceptions
 * keep their own values); on an occurrence it makes an exception. An organizer's change is sent to every attendee,
 * so their copies change too; an attendee's change stays in their own mailbox.
 */
export const patchEvent = (store: Store, instance: EventInstance, patch: Partial<EventFields>, now: Date): void => {
  const isOrganizer = instance.copy.ownerId === instance.meeting.organizerId;
  const targets = isOrganizer ? [...store.copies.values()].filter((copy) => copy.meetingKey === instance.meeting.key) : [instance.copy];
  for (const copy of targets) patchCopy(copy, instance.originalStart, patch, now);
};
