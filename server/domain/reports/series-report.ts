// The series view: the viewer's occurrences of one recurring meeting in a range, as points for the trend charts, the
// series-wide pulse (see series-pulse.ts for why it is safe), praise spread (praise-spread.ts) and the observations.
import type { CalendarMeeting, OccurrenceFigures } from './inputs';
import { toMeetingRow } from './meeting-row';
import { observeSeries, type ObservedOccurrence } from './observation-rules';
import { praiseSpreads } from './praise-spread';
import { seriesPulse } from './series-pulse';
import type { ReportRange, SeriesOccurrencePoint, SeriesReport } from './types';

/** One occurrence of the series in the viewer's calendar, with what the store holds about it (null: nothing). */
export type SeriesOccurrence = { meeting: CalendarMeeting; figures: OccurrenceFigures | null };

/** What the report says the series is: its master's id in the viewer's mailbox, subject and organizer. */
export type SeriesHeading = Pick<SeriesReport, 'seriesMasterId' | 'subject' | 'organizer' | 'viewerIsOrganizer'>;

export type SeriesReportInput = {
  range: ReportRange;
  series: SeriesHeading;
  occurrences: readonly SeriesOccurrence[];
  /** The clock's reading (ISO 8601): only occurrences that ended by then feed the observations. */
  now: string;
};

/** The heading from an occurrence (the latest one says what the series is called now). */
export const seriesHeadingOf = (meeting: CalendarMeeting): SeriesHeading => ({
  seriesMasterId: meeting.seriesMasterId ?? meeting.eventId,
  subject: meeting.subject,
  organizer: { name: meeting.organizer.name, email: meeting.organizer.email },
  viewerIsOrganizer: meeting.viewerIsOrganizer,
});

const byStart = (a: SeriesOccurrence, b: SeriesOccurrence): number =>
  Date.parse(a.meeting.start) - Date.parse(b.meeting.start) || (a.meeting.eventId < b.meeting.eventId ? -1 : a.meeting.eventId > b.meeting.eventId ? 1 : 0);

export const toSeriesReport = ({ range, series, occurrences, now }: SeriesReportInput): SeriesReport => {
  const ordered = [...occurrences].sort(byStart);
  const rows = ordered.map(({ meeting, figures }) => toMeetingRow(meeting, figures));
  const spreads = praiseSpreads(
    ordered.map(({ figures }, index) => ({
      recipients: rows[index]?.status === 'resolved' && figures ? figures.praise.publicRecipients : null,
      attendees: rows[index]?.checkin.attendees ?? null,
    })),
  );
  const points = rows.map(
    (row, index): SeriesOccurrencePoint => ({
      eventId: row.eventId,
      start: row.start,
      speaking: row.speaking,
      checkin: row.checkin,
      pulse: row.pulse,
      praiseSpread: spreads[index] ?? null,
      praise: row.praise,
    }),
  );
  const pulse = seriesPulse(rows.map((row) => row.pulse));
  const nowMs = Date.parse(now);
  const past = rows.flatMap((row, index): ObservedOccurrence[] =>
    row.status === 'resolved' && Date.parse(row.end) <= nowMs
      ? [{ startMs: Date.parse(row.start), speaking: row.speaking, checkin: row.checkin, praiseSpread: spreads[index] ?? null }]
      : [],
  );
  return { ...series, range, occurrences: points, pulse, observations: observeSeries({ past, pulse, nowMs }) };
};
