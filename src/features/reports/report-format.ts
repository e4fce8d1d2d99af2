// How the reports' figures read in the user's locale, with Intl: shares as percentages, balance (entropy 0–1) with two
// decimals, pulse averages (1–5) with one, lengths in minutes, dates and date ranges. One formatter object per locale,
// shared by the table, its CSV export, the charts' data tables and the meeting view, so every place reads the same.

export type ReportFormat = {
  locale: string;
  percent(share: number): string;
  entropy(value: number): string;
  score(value: number): string;
  count(value: number): string;
  minutes(ms: number): string;
  dateTime(iso: string): string;
  date(iso: string): string;
  /** A short date for chart axes and data tables ("Mar 3"). */
  shortDate(iso: string): string;
  dateRange(fromIso: string, toIso: string): string;
  /** A calendar day (`YYYY-MM-DD`, no time zone: a report range's day, a team week's Monday). */
  day(date: string): string;
  dayRange(from: string, to: string): string;
  /** Clock time from a meeting's start, e.g. "12:05" (minutes and seconds, hours when there are some). */
  offset(ms: number): string;
};

const pad = (n: number) => n.toString().padStart(2, '0');

/** Noon of that day in the browser's zone: the same calendar day wherever the user is. */
const localDay = (date: string): Date => {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12);
};

export const createReportFormat = (locale: string): ReportFormat => {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const entropy = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const shortDate = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  return {
    locale,
    percent: (share) => percent.format(share),
    entropy: (value) => entropy.format(value),
    score: (value) => score.format(value),
    count: (value) => count.format(value),
    minutes: (ms) => minutes.format(Math.round(ms / 60_000)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    shortDate: (iso) => shortDate.format(new Date(iso)),
    dateRange: (fromIso, toIso) => date.formatRange(new Date(fromIso), new Date(toIso)),
    day: (value) => date.format(localDay(value)),
    dayRange: (from, to) => date.formatRange(localDay(from), localDay(to)),
    offset: (ms) => {
      const seconds = Math.max(0, Math.floor(ms / 1000));
      const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
      return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
    },
  };
};

/** The mean of the values that exist; null when none does. */
export const meanOf = (values: ReadonlyArray<number | null | undefined>): number | null => {
  const present = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
};
