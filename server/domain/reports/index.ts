// Leader reports, the pure domain: meeting rows, the series view with its observations, "my team", report ranges and
// the CSV export, under ARCHITECTURE.md's privacy rules. No I/O, no clock: the use cases pass Graph's calendar, the
// store's figures and the time in.
export { dateOfDayNumber, dayNumberOf, mondayOf, weekStartsBetween } from './calendar-date';
export { guard, guardAverage, shownValue } from './guard';
export { toMeetingRow, teamsChatLink } from './meeting-row';
export { actualMsOf, attendeesOf, ratioOf, speakingOf } from './meeting-speaking';
export {
  checkinsNotHeld,
  fewVoices,
  OBSERVATION_KEYS,
  OBSERVATION_RULES,
  observeSeries,
  oneVoice,
  participationChange,
  praiseSpread,
  pulseGap,
  type ObservationContext,
  type ObservationKey,
  type ObservationRule,
  type ObservedOccurrence,
} from './observation-rules';
export { PRAISE_SPREAD_WINDOW, praiseSpreads, type PraiseSpreadInput } from './praise-spread';
export {
  MAX_RANGE_DAYS,
  parseReportRange,
  presetRange,
  rangeBounds,
  REPORT_RANGE_PRESETS,
  type ParsedReportRange,
  type ReportRangeError,
  type ReportRangePreset,
  type ReportRangeRequest,
} from './range';
export { CSV_BOM, neutralizeFormula, quoteCsvField, reportRowsToCsv } from './report-csv';
export { seriesPulse } from './series-pulse';
export { seriesHeadingOf, toSeriesReport, type SeriesHeading, type SeriesOccurrence, type SeriesReportInput } from './series-report';
export { toTeamReport, type TeamReportInput } from './team-report';
export { dayNumberIn, isTimeZone, startOfDayIn } from './zoned-day';
export type * from './inputs';
export * from './types';
