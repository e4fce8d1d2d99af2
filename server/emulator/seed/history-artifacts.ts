// What the history series' past occurrences (history-plans.ts) left behind in Teams: an attendance report for every
// one (now and then somebody missed a week), and a transcript — a real Teams recording re-cast with the people
// present (transcript-casting.ts) — except in the weeks nobody transcribed and in series never transcribed at all.
import { fractionFrom, guidFrom, transcriptIdFor } from '../ids';
import { MINUTE, SECOND, WEEK } from '../time';
import type { AttendanceReport, Meeting, Person, Store, Transcript } from '../store/types';
import { attendanceRecord, between } from './artifacts';
import { HISTORY_WEEKS, historySeries, type HistorySeries } from './history-plans';
import { castBalanced, castWithLead, cropTranscript } from './transcript-casting';
import { lastCueEndMs, type TranscriptSource } from './transcript-sources';

/** Chance that an invitee missed a given week; at most one person misses any occurrence, so five or more attend. */
const ABSENCE_RATE = 0.15;

const personOf = (store: Store, id: string): Person => {
  const person = store.people.find((p) => p.id === id);
  if (!person) throw new Error(`No demo person with id ${id}`);
  return person;
};

/** Who attended: the organizer, and every invitee who did not decline, but for at most one absentee. */
const presentAt = (store: Store, meeting: Meeting, occurrence: string): { organizer: Person; others: Person[] } => {
  const invited = meeting.invitees.filter((invitee) => invitee.response !== 'declined').map((invitee) => invitee.userId);
  const chances = invited.map((id) => ({ id, chance: fractionFrom('absent', meeting.key, occurrence, id) })).sort((a, b) => a.chance - b.chance);
  const absent = chances[0] && chances[0].chance < ABSENCE_RATE ? chances[0].id : null;
  return { organizer: personOf(store, meeting.organizerId), others: invited.filter((id) => id !== absent).map((id) => personOf(store, id)) };
};

const transcriptContent = (series: HistorySeries, source: TranscriptSource, organizer: Person, others: Person[], occurrence: string): string => {
  const fitted = source.durationMs > series.maxTranscriptMs ? cropTranscript(source.content, series.maxTranscriptMs) : source.content;
  const names = others.map((person) => person.displayName);
  return series.transcripts === 'organizer-leads'
    ? castWithLead(fitted, organizer.displayName, names, series.plan.key, occurrence)
    : castBalanced(fitted, [organizer.displayName, ...names], series.plan.key, occurrence);
};

type Artifacts = { transcript: Transcript | null; attendanceReport: AttendanceReport };

const occurrenceArtifacts = (store: Store, series: HistorySeries, meeting: Meeting & { onlineMeetingId: string }, source: TranscriptSource | null, start: number): Artifacts => {
  const occurrence = new Date(start).toISOString();
  const end = start + meeting.durationMs;
  const { organizer, others } = presentAt(store, meeting, occurrence);
  let transcript: Transcript | null = null;
  let speechEnd = end - between(2, 6, 'wrap-up', meeting.key, occurrence) * MINUTE;
  if (source) {
    const content = transcriptContent(series, source, organizer, others, occurrence);
    const durationMs = lastCueEndMs(content);
    const transcribedFrom = Math.min(start + between(15, 35, 'transcribe', meeting.key, occurrence) * SECOND, end - SECOND - durationMs);
    transcript = {
      id: transcriptIdFor(meeting.key, occurrence),
      onlineMeetingId: meeting.onlineMeetingId,
      occurrenceStart: new Date(start),
      createdDateTime: new Date(transcribedFrom),
      endDateTime: new Date(transcribedFrom + durationMs),
      callId: guidFrom('call', meeting.key, occurrence),
      contentCorrelationId: guidFrom('content-correlation', meeting.key, occurrence),
      content,
    };
    speechEnd = Math.min(transcribedFrom + durationMs, end - MINUTE);
  }
  const records = [organizer, ...others].map((person) => attendanceRecord(person, person.id === organizer.id, occurrence, start, speechEnd));
  const joins = records.flatMap((r) => r.intervals.map((i) => i.joinDateTime.getTime()));
  const leaves = records.flatMap((r) => r.intervals.map((i) => Math.min(i.leaveDateTime.getTime(), end)));
  return {
    transcript,
    attendanceReport: {
      id: guidFrom('attendance-report', meeting.key, occurrence),
      onlineMeetingId: meeting.onlineMeetingId,
      occurrenceStart: new Date(start),
      meetingStartDateTime: new Date(Math.min(...joins)),
      meetingEndDateTime: new Date(Math.max(...leaves)),
      records,
    },
  };
};

/** The real recordings long enough for a meeting (the short excerpt is left to the weekly team meeting). */
const longSources = (sources: TranscriptSource[]): TranscriptSource[] => sources.filter((source) => source.durationMs >= 45 * MINUTE);

export const seedHistoryArtifacts = (store: Store, sources: TranscriptSource[], now: Date): void => {
  const recordings = longSources(sources);
  historySeries(now).forEach((series, seriesIndex) => {
    const meeting = store.meetings.get(series.plan.key);
    if (!meeting?.onlineMeetingId) throw new Error(`the history series ${series.plan.key} must be seeded first`);
    const online = { ...meeting, onlineMeetingId: meeting.onlineMeetingId };
    for (let week = 0; week < HISTORY_WEEKS; week += 1) {
      const isTranscribed = series.transcripts !== 'never' && !series.untranscribedWeeks.includes(week) && recordings.length > 0;
      const source = isTranscribed ? (recordings[(week + seriesIndex) % recordings.length] ?? null) : null;
      const { transcript, attendanceReport } = occurrenceArtifacts(store, series, online, source, meeting.start.getTime() + week * WEEK);
      if (transcript) store.transcripts.push(transcript);
      store.attendanceReports.push(attendanceReport);
    }
  });
};
