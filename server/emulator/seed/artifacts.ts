// What the weekly team meeting left behind: for every past occurrence a transcript (a real Teams export with demo
// speakers) and an attendance report naming the same people, plus one attendee who joined but never spoke; and the
// same for the occurrence in progress and the next few, published when each ends.
import { fractionFrom, guidFrom, transcriptIdFor } from '../ids';
import { SECOND, WEEK } from '../time';
import type { AttendanceRecord, AttendanceReport, Meeting, Person, Store, Transcript } from '../store/types';
import { PAST_WEEKLY_OCCURRENCES, WEEKLY_TEAM_MEETING } from './meeting-plans';
import { personIdOf } from './people';
import type { TranscriptSource } from './transcript-sources';

/** Aroha joins every week and never says a word: the "not heard" case. */
const SILENT_ATTENDEE = 'aroha.ngata';
/** Mateus drops out once a meeting and comes back: two attendance intervals. */
const FLAKY_CONNECTION = 'mateus.silva';

const byName = (people: Person[], name: string): Person => {
  const person = people.find((p) => p.displayName === name);
  if (!person) throw new Error(`No demo person named ${name}`);
  return person;
};

export const between = (from: number, to: number, ...salt: string[]): number => Math.round(from + (to - from) * fractionFrom(...salt));

export const attendanceRecord = (person: Person, isOrganizer: boolean, occurrence: string, start: number, speechEnd: number): AttendanceRecord => {
  const join = isOrganizer ? start + between(2, 12, 'org-join', occurrence) * SECOND : start + between(20, 240, 'join', occurrence, person.id) * SECOND;
  const leave = isOrganizer ? speechEnd + between(20, 40, 'org-leave', occurrence) * SECOND : speechEnd + between(0, 15, 'leave', occurrence, person.id) * SECOND;
  if (person.id !== personIdOf(FLAKY_CONNECTION) || leave - join < 10 * 60 * SECOND) {
    return { personId: person.id, role: isOrganizer ? 'Organizer' : 'Presenter', intervals: [{ joinDateTime: new Date(join), leaveDateTime: new Date(leave) }] };
  }
  const dropAt = join + Math.round((leave - join) * 0.4);
  const backAt = dropAt + between(45, 150, 'rejoin', occurrence) * SECOND;
  return {
    personId: person.id,
    role: 'Presenter',
    intervals: [
      { joinDateTime: new Date(join), leaveDateTime: new Date(dropAt) },
      { joinDateTime: new Date(backAt), leaveDateTime: new Date(leave) },
    ],
  };
};

type OccurrenceArtifacts = { transcript: Transcript; attendanceReport: AttendanceReport };

/** What one occurrence of the weekly team meeting leaves behind once it ends. */
const weeklyArtifactsOf = (store: Store, meeting: Meeting & { onlineMeetingId: string }, source: TranscriptSource, start: number): OccurrenceArtifacts => {
  const organizer = store.people.find((p) => p.id === meeting.organizerId);
  const silent = store.people.find((p) => p.id === personIdOf(SILENT_ATTENDEE));
  if (!organizer || !silent) throw new Error('the weekly team meeting has no organizer or silent attendee');
  const end = start + meeting.durationMs;
  const occurrence = new Date(start).toISOString();
  // Transcription starts a little after the meeting and ends before it does.
  const transcribedFrom = Math.min(start + between(15, 35, 'transcribe', occurrence) * SECOND, end - SECOND - source.durationMs);
  const transcribedTo = transcribedFrom + source.durationMs;
  const transcript: Transcript = {
    id: transcriptIdFor(WEEKLY_TEAM_MEETING, occurrence),
    onlineMeetingId: meeting.onlineMeetingId,
    occurrenceStart: new Date(start),
    createdDateTime: new Date(transcribedFrom),
    endDateTime: new Date(transcribedTo),
    callId: guidFrom('call', WEEKLY_TEAM_MEETING, occurrence),
    contentCorrelationId: guidFrom('content-correlation', WEEKLY_TEAM_MEETING, occurrence),
    content: source.content,
  };
  const speakers = source.speakerNames.map((name) => byName(store.people, name));
  const present = [...new Set([organizer, ...speakers, silent])];
  const records = present.map((person) => attendanceRecord(person, person.id === organizer.id, occurrence, start, Math.min(transcribedTo, end - 60 * SECOND)));
  const joins = records.flatMap((r) => r.intervals.map((i) => i.joinDateTime.getTime()));
  const leaves = records.flatMap((r) => r.intervals.map((i) => Math.min(i.leaveDateTime.getTime(), end)));
  const attendanceReport: AttendanceReport = {
    id: guidFrom('attendance-report', WEEKLY_TEAM_MEETING, occurrence),
    onlineMeetingId: meeting.onlineMeetingId,
    occurrenceStart: new Date(start),
    meetingStartDateTime: new Date(Math.min(...joins)),
    meetingEndDateTime: new Date(Math.max(...leaves)),
    records,
  };
  return { transcript, attendanceReport };
};

const weeklyMeetingOf = (store: Store): Meeting & { onlineMeetingId: string } => {
  const meeting: Meeting | undefined = store.meetings.get(WEEKLY_TEAM_MEETING);
  if (!meeting?.onlineMeetingId) throw new Error('the weekly team meeting must be seeded first');
  return { ...meeting, onlineMeetingId: meeting.onlineMeetingId };
};

const sourceAt = (sources: TranscriptSource[], index: number): TranscriptSource => {
  const source = sources[index % sources.length];
  if (!source) throw new Error('no transcript sources');
  return source;
};

export const seedWeeklyArtifacts = (store: Store, sources: TranscriptSource[]): void => {
  const meeting = weeklyMeetingOf(store);
  for (let weeksAgo = 1; weeksAgo <= PAST_WEEKLY_OCCURRENCES; weeksAgo += 1) {
    const start = meeting.start.getTime() + (PAST_WEEKLY_OCCURRENCES - weeksAgo) * WEEK;
    const { transcript, attendanceReport } = weeklyArtifactsOf(store, meeting, sourceAt(sources, weeksAgo - 1), start);
    store.transcripts.push(transcript);
    store.attendanceReports.push(attendanceReport);
  }
};

/** How many occurrences, from the one in progress on, have artifacts waiting for their meeting to end. */
export const UPCOMING_WEEKLY_OCCURRENCES = 4;

/**
 * The artifacts of the occurrence in progress and the next few: Teams publishes them when the meeting ends
 * (notifications/publish.ts moves them into the store then and notifies subscribers).
 */
export const upcomingWeeklyArtifacts = (store: Store, sources: TranscriptSource[]): (OccurrenceArtifacts & { availableAt: Date })[] => {
  const meeting = weeklyMeetingOf(store);
  return Array.from({ length: UPCOMING_WEEKLY_OCCURRENCES }, (_, weeksAhead) => {
    const start = meeting.start.getTime() + (PAST_WEEKLY_OCCURRENCES + weeksAhead) * WEEK;
    return { ...weeklyArtifactsOf(store, meeting, sourceAt(sources, PAST_WEEKLY_OCCURRENCES + weeksAhead), start), availableAt: new Date(start + meeting.durationMs) };
  });
};
