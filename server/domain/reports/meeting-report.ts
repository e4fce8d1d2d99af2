// The meeting view: one occurrence's share of voice, who spoke when, the check-in as the meeting saw it and its public
// praise. Privacy (ARCHITECTURE.md): per-person speaking figures and the timeline only for the meeting's organizer;
// anyone else sees the meeting-level figures (in the row) and their own line.
import type { Answer } from '../checkin-round';
import type { CalendarEvent } from '../meeting';
import type { CalendarMeeting, OccurrenceFigures } from './inputs';
import { countInvitees } from './invitees';
import { toMeetingRow } from './meeting-row';
import type { MeetingReport, TimelineTurn } from './types';

/** One person's line in the stored figures (transcript or tracker), with what identifies them. */
export type SpeakerLine = { name: string; userId: string | null; email: string | null; talkMs: number; share: number; turns: number; longestTurnMs: number };

/** Speaking lines (most talk first) and who spoke when (`person` indexing `people`). */
export type SpeakingDetail = { people: SpeakerLine[]; timeline: TimelineTurn[] };

/** What the store holds about the occurrence beyond its row's figures. */
export type MeetingDetail = {
  /** The ingested transcript's lines when it is ready; the live tracker's when it was used. */
  speaking: { transcript: (SpeakingDetail & { durationMs: number | null }) | null; tracker: SpeakingDetail | null };
  checkin: { question: { promptId: string | null; customQuestion: string | null }; anonymous: boolean; answers: Answer[]; hiddenAnonymous: number } | null;
  praise: MeetingReport['praise'];
};

export type Viewer = { id: string; upn: string };

/** The viewer's own calendar event as a report's meeting (the event read through Graph with their token). */
export const calendarMeetingOf = (event: CalendarEvent, teams: CalendarMeeting['teams']): CalendarMeeting => ({
  eventId: event.eventId,
  seriesMasterId: event.seriesMasterId,
  subject: event.subject,
  organizer: event.organizer,
  viewerIsOrganizer: event.isOrganizer,
  start: event.start,
  end: event.end,
  outlookLink: event.webLink,
  invitees: countInvitees(event.attendees, event.organizer.email),
  teams,
});

const isViewer = (line: SpeakerLine, viewer: Viewer): boolean =>
  line.userId === viewer.id || (line.email !== null && line.email.toLowerCase() === viewer.upn.toLowerCase());

const EMPTY: SpeakingDetail = { people: [], timeline: [] };

export const toMeetingReport = (meeting: CalendarMeeting, figures: OccurrenceFigures | null, detail: MeetingDetail, viewer: Viewer): MeetingReport => {
  const row = toMeetingRow(meeting, figures);
  // The lines come from where the row's figures come from, so the view and the table never disagree.
  const { source } = row.speaking;
  const lines = (source === 'transcript' ? detail.speaking.transcript : source === 'tracker' ? detail.speaking.tracker : null) ?? EMPTY;
  const people = lines.people.map((line) => ({
    name: line.name,
    isViewer: isViewer(line, viewer),
    talkMs: line.talkMs,
    share: line.share,
    turns: line.turns,
    longestTurnMs: line.longestTurnMs,
  }));
  const isOrganizer = meeting.viewerIsOrganizer;
  const { checkin } = detail;
  return {
    meeting: row,
    speaking: {
      source,
      durationMs: row.actualMs,
      people: isOrganizer ? people : people.filter((person) => person.isViewer),
      timeline: isOrganizer ? lines.timeline : [],
    },
    checkin: {
      question: checkin?.question ?? null,
      anonymous: checkin?.anonymous ?? false,
      answers: (checkin?.answers ?? []).map((answer) => ({ author: answer.author?.name ?? null, text: answer.text, scales: answer.scales })),
      hiddenAnonymous: checkin?.hiddenAnonymous ?? 0,
    },
    praise: detail.praise,
  };
};
