// What the range picker chose, as the report hooks need it: the domain's report range (whole days in the viewer's time
// zone, `to` exclusive) and that zone. Presets and validation are the domain's (server/domain/reports/
// range.ts), so the picker refuses exactly what the server would; a custom range is picked with its last day included.
import { dateOfDayNumber, dayNumberOf } from '../../../server/domain/reports/calendar-date';
import { parseReportRange, presetRange, type ReportRangeError, type ReportRangePreset } from '../../../server/domain/reports/range';
import type { ReportRange } from '../../../server/domain/reports/types';

export type RangePick = ReportRangePreset | 'custom';

/** A custom range as the date inputs hold it: `YYYY-MM-DD`, both days included. */
export type CustomDays = { from: string; to: string };

/** `range` is fixed when it is chosen, so "now" does not move under a report being read. */
export type ChosenRange = { range: ReportRange; timeZone: string };

export type RangeChoice = ({ ok: true } & ChosenRange) | { ok: false; code: ReportRangeError['code'] };

/** The browser's IANA zone (what the user's calendar days are), UTC if it cannot tell. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const toChoice = (from: string, to: string, timeZone: string): RangeChoice => {
  const parsed = parseReportRange({ from, to, timeZone });
  if (!parsed.ok) return { ok: false, code: parsed.error.code };
  return { ok: true, range: parsed.range, timeZone: parsed.timeZone };
};

export const choosePreset = (preset: ReportRangePreset, now: Date, timeZone: string): ChosenRange => {
  const { from, to } = presetRange(preset, now, timeZone);
  const choice = toChoice(from, to, timeZone);
  if (!choice.ok) throw new Error(`preset ${preset} gave an invalid range: ${choice.code}`);
  return { range: choice.range, timeZone: choice.timeZone };
};

/** A custom range with its last day included; an end before the start, or more than a year, is refused. */
export const chooseCustom = ({ from, to }: CustomDays, timeZone: string): RangeChoice => {
  const lastDay = dayNumberOf(to);
  if (dayNumberOf(from) === null || lastDay === null) return { ok: false, code: 'invalid_date' };
  return toChoice(from, dateOfDayNumber(lastDay + 1), timeZone);
};

/** The custom inputs showing a range: its first and last day. */
export const customDaysOf = (range: ReportRange): CustomDays => {
  const end = dayNumberOf(range.to);
  return { from: range.from, to: end === null ? range.to : dateOfDayNumber(end - 1) };
};
