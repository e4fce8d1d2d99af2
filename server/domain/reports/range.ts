// A report's date range: whole days in the viewer's time zone, `from` inclusive and `to` exclusive, at most a year
// (366 days, so a leap year fits). Parsed with readable errors, and computed for the picker's presets from a given
// instant. Shared by the server (validation, Graph's calendar window) and the personal tab (the range picker).
import { dateOfDayNumber, dayNumberOf, mondayOf } from './calendar-date';
import type { ReportRange } from './types';
import { dayNumberIn, isTimeZone, startOfDayIn } from './zoned-day';

export const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

export type ReportRangeError = {
  field: 'from' | 'to' | 'timeZone';
  code: 'invalid_date' | 'invalid_time_zone' | 'reversed' | 'too_long';
  message: string;
};

/** A valid range with the instants it spans in the zone (ISO 8601 UTC), e.g. for Graph's calendarView. */
export type ParsedReportRange = { ok: true; range: ReportRange; timeZone: string; start: string; end: string } | { ok: false; error: ReportRangeError };

/** A range that passed parseReportRange. */
export type ValidReportRange = Extract<ParsedReportRange, { ok: true }>;

export type ReportRangeRequest = { from: string; to: string; timeZone?: string };

const failure = (field: ReportRangeError['field'], code: ReportRangeError['code'], message: string): ParsedReportRange => ({
  ok: false,
  error: { field, code, message },
});

/** The instants a range spans in a zone: from the start of `from` to the start of `to`. */
export const rangeBounds = (range: ReportRange, timeZone: string): { start: string; end: string } => {
  const fromDay = dayNumberOf(range.from);
  const toDay = dayNumberOf(range.to);
  if (fromDay === null || toDay === null) throw new RangeError(`not a report range: ${range.from} – ${range.to}`);
  return { start: new Date(startOfDayIn(fromDay, timeZone)).toISOString(), end: new Date(startOfDayIn(toDay, timeZone)).toISOString() };
};

/** `from` and `to` as `YYYY-MM-DD`; `timeZone` an IANA name (UTC when absent). */
export const parseReportRange = ({ from, to, timeZone = 'UTC' }: ReportRangeRequest): ParsedReportRange => {
  const fromDay = dayNumberOf(from);
  if (fromDay === null) return failure('from', 'invalid_date', `from must be a date as YYYY-MM-DD, not "${from.slice(0, 40)}"`);
  const toDay = dayNumberOf(to);
  if (toDay === null) return failure('to', 'invalid_date', `to must be a date as YYYY-MM-DD, not "${to.slice(0, 40)}"`);
  if (!isTimeZone(timeZone)) return failure('timeZone', 'invalid_time_zone', `timeZone must be an IANA time zone such as Europe/Zurich, not "${timeZone.slice(0, 40)}"`);
  if (toDay <= fromDay) return failure('to', 'reversed', 'to must be after from (to is the first day not included)');
  if (toDay - fromDay > MAX_RANGE_DAYS) return failure('to', 'too_long', `a report covers at most ${MAX_RANGE_DAYS} days; this range has ${toDay - fromDay}`);
  const range = { from, to };
  return { ok: true, range, timeZone, ...rangeBounds(range, timeZone) };
};

export const REPORT_RANGE_PRESETS = ['this_week', 'last_4_weeks', 'this_quarter'] as const;
export type ReportRangePreset = (typeof REPORT_RANGE_PRESETS)[number];

const daysRange = (fromDay: number, toDay: number): ReportRange => ({ from: dateOfDayNumber(fromDay), to: dateOfDayNumber(toDay) });

/**
 * A preset as of `now` in the zone: this week (Monday to Monday, ISO weeks), the last 4 weeks (the 28 days ending
 * with today, today included), this quarter (calendar quarters, including its days still to come).
 */
export const presetRange = (preset: ReportRangePreset, now: Date | number, timeZone: string): ReportRange => {
  const today = dayNumberIn(typeof now === 'number' ? now : now.getTime(), timeZone);
  switch (preset) {
    case 'this_week': {
      const monday = mondayOf(today);
      return daysRange(monday, monday + 7);
    }
    case 'last_4_weeks':
      return daysRange(today - 27, today + 1);
    case 'this_quarter': {
      const date = new Date(today * DAY_MS);
      const firstMonth = Math.floor(date.getUTCMonth() / 3) * 3;
      const start = Date.UTC(date.getUTCFullYear(), firstMonth, 1) / DAY_MS;
      return daysRange(start, Date.UTC(date.getUTCFullYear(), firstMonth + 3, 1) / DAY_MS);
    }
  }
};
