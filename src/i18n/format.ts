// Dates and times in the host's locale and the user's time zone, with Intl.

export type MeetingWhen = { date: string; time: string; isoStart: string; isoEnd: string };

const isSameLocalDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "Tuesday, March 3, 2026" and "10:00 – 10:30 AM"; a meeting spanning days shows both dates in the time range. */
export const formatMeetingWhen = (startIso: string, endIso: string, locale: string): MeetingWhen => {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(start);
  const time = isSameLocalDay(start, end)
    ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).formatRange(start, end)
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).formatRange(start, end);
  return { date, time, isoStart: start.toISOString(), isoEnd: end.toISOString() };
};

/** "in 25 minutes", "2 hours ago", "tomorrow" — the nearest sensible unit. */
export const formatRelativeTime = (targetIso: string, now: Date, locale: string): string => {
  const diffMs = new Date(targetIso).getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round(diffMs / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
};
