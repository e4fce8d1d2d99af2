// Timeboxes written into agenda items: "(10 min)", "10 mins", "– 15'", "(1 h)", "1h30", "[5m]", "1.5 h", "10–15 min",
// "10:00–10:15 …". Every pattern has bounded repetition and is tried on one item's text, so matching stays linear.

const NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,2})?`;
const MINUTE_UNIT = String.raw`(?:minutes?|minuten|minuti|minutos|mins?|mn|m|['’′])`;
const HOUR_UNIT = String.raw`(?:hours?|hrs?|heures?|stunden?|std|horas?|ore|h)`;
/** A unit ends where a word would go on: "5 mangoes" is not five minutes. */
const UNIT_END = String.raw`(?![\p{L}\p{N}])`;
const SPAN = String.raw`(?:(?<hours>${NUMBER})\s?${HOUR_UNIT}(?:\s?(?<extra>\d{1,2})\s?${MINUTE_UNIT}?)?|(?:${NUMBER}\s?[-–]\s?)?(?<minutes>${NUMBER})\s?${MINUTE_UNIT})${UNIT_END}`;
const CLOCK_RANGE = String.raw`(?<h1>\d{1,2})[:.h](?<m1>\d{2})\s?(?:[-–—]|to)\s?(?<h2>\d{1,2})[:.h](?<m2>\d{2})(?:\s?[ap]\.?m\.?)?${UNIT_END}`;

/** At the end, in brackets or after a space or separator: "Wins (10 min)", "Blockers – 15'", "Demo 10 mins". */
const TRAILING_SPAN = new RegExp(String.raw`(?<![\p{L}\p{N}])[(\[]?\s?${SPAN}\s?[)\]]?\.?$`, 'iu');
const TRAILING_CLOCK = new RegExp(String.raw`[(\[]\s?${CLOCK_RANGE}\s?[)\]]$`, 'iu');
/** At the start only in brackets or followed by a separator: "[5m] Demo", "10 min – Wins" (not "1 minute of silence"). */
const LEADING_BRACKETED_SPAN = new RegExp(String.raw`^[(\[]\s?${SPAN}\s?[)\]]`, 'iu');
const LEADING_BARE_SPAN = new RegExp(String.raw`^${SPAN}(?=\s?[-–—:|·])`, 'iu');
const LEADING_CLOCK = new RegExp(String.raw`^[(\[]?${CLOCK_RANGE}[)\]]?`, 'iu');

const MAX_MINUTES = 24 * 60;

const toNumber = (text: string): number => Number.parseFloat(text.replace(',', '.'));

const spanMinutes = (groups: Record<string, string | undefined>): number => {
  if (groups.hours !== undefined) return toNumber(groups.hours) * 60 + (groups.extra === undefined ? 0 : Number(groups.extra));
  return toNumber(groups.minutes ?? '');
};

const clockMinutes = ({ h1, m1, h2, m2 }: Record<string, string | undefined>): number => {
  const minutes = Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1));
  // "11:45–12:15" and, on a 12-hour clock, "12:50–1:10".
  return minutes > 0 ? minutes : minutes + 12 * 60;
};

/** Separators left between a title and its timebox. */
const SEPARATORS = new Set([' ', '-', '–', '—', ':', '|', '·', ',', ';', '(', '[', '/']);

export const trimSeparators = (text: string): string => {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATORS.has(text[start] ?? '')) start++;
  while (end > start && SEPARATORS.has(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
};

type Match = { minutes: number; title: string };

const tryMatch = (text: string, pattern: RegExp, measure: (groups: Record<string, string | undefined>) => number, at: 'start' | 'end'): Match | null => {
  const match = pattern.exec(text);
  if (!match?.groups) return null;
  const minutes = Math.round(measure(match.groups));
  if (!(minutes >= 1 && minutes <= MAX_MINUTES)) return null;
  const rest = at === 'end' ? text.slice(0, match.index) : text.slice(match[0].length);
  return { minutes, title: trimSeparators(rest) };
};

/** The item's title without its timebox, and the timebox in minutes (null when it has none). */
export const splitDuration = (text: string): { title: string; minutes: number | null } => {
  const found =
    tryMatch(text, TRAILING_CLOCK, clockMinutes, 'end') ??
    tryMatch(text, TRAILING_SPAN, spanMinutes, 'end') ??
    tryMatch(text, LEADING_CLOCK, clockMinutes, 'start') ??
    tryMatch(text, LEADING_BRACKETED_SPAN, spanMinutes, 'start') ??
    tryMatch(text, LEADING_BARE_SPAN, spanMinutes, 'start');
  if (!found) return { title: text, minutes: null };
  // A line that is nothing but a timebox keeps it as its title.
  return { title: found.title === '' ? text : found.title, minutes: found.minutes };
};
