// One row of the meetings report: an occurrence from the viewer's calendar (Graph) joined with what Roundtable
// stored about it (the store). Meetings without a Teams meeting, or whose Teams meeting Graph could not name, are
// listed with empty figures: the calendar is shown whole, and the row's status says why nothing is known.
import { guardAverage } from './guard';
import type { CalendarMeeting, OccurrenceFigures } from './inputs';
import { actualMsOf, attendeesOf, ratioOf, speakingOf } from './meeting-speaking';
import type { MeetingCheckin, MeetingPulse, MeetingSpeaking, ReportMeetingRow } from './types';

/** Teams' deep link to a chat, which opens the meeting chat in the Teams client (web, desktop or mobile). */
export const teamsChatLink = (chatId: string): string => `https://teams.microsoft.com/l/chat/${encodeURIComponent(chatId)}/0`;

const scheduledMsOf = (start: string, end: string): number => {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
};

const NO_CHECKIN: MeetingCheckin = { held: false, answers: 0, attendees: null, participation: null };
const NO_SPEAKING: MeetingSpeaking = { source: 'none', missing: null, entropy: null, topShare: null, heard: null, attendees: null };

/** Participation only means something where a check-in was held: answers over the attendees counted. */
const checkinOf = (figures: OccurrenceFigures | null, attendees: number | null): MeetingCheckin => {
  const held = figures?.checkin.held ?? false;
  const answers = figures?.checkin.answers ?? 0;
  return { held, answers, attendees, participation: held ? ratioOf(answers, attendees) : null };
};

/** Each scale's average, withheld below the minimum group size (the people who gave a pulse score). */
const pulseOf = (figures: OccurrenceFigures | null): MeetingPulse | null => {
  const pulse = figures?.checkin.pulse;
  if (!pulse) return null;
  return { freedom: guardAverage(pulse.freedom, pulse.people), inclusion: guardAverage(pulse.inclusion, pulse.people) };
};

/** `figures`: what the store holds for this occurrence of the meeting's Teams meeting; null when it holds nothing. */
export const toMeetingRow = (meeting: CalendarMeeting, figures: OccurrenceFigures | null): ReportMeetingRow => {
  const { eventId, seriesMasterId, subject, organizer, viewerIsOrganizer, start, end, outlookLink, teams } = meeting;
  const base = {
    eventId,
    seriesMasterId,
    subject,
    organizer: { name: organizer.name, email: organizer.email },
    viewerIsOrganizer,
    start,
    end,
    scheduledMs: scheduledMsOf(start, end),
    outlookLink,
    status: teams.status,
  };
  if (teams.status !== 'resolved') {
    return { ...base, actualMs: null, chatLink: null, checkin: NO_CHECKIN, pulse: null, speaking: NO_SPEAKING, praise: { public: 0 } };
  }
  const attendees = attendeesOf(meeting.invitees, figures);
  return {
    ...base,
    actualMs: actualMsOf(figures),
    chatLink: teams.chatId ? teamsChatLink(teams.chatId) : null,
    checkin: checkinOf(figures, attendees),
    pulse: pulseOf(figures),
    speaking: speakingOf(meeting.invitees, figures),
    praise: { public: figures?.praise.public ?? 0 },
  };
};
