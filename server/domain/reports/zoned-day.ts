// Days in a time zone (IANA names, through Intl): which calendar day an instant falls on there, and the instant a day
// begins. Pure: the zone rules are the runtime's time zone database, no clock is read.
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterOf = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** Whether the runtime knows the zone ("Europe/Zurich", "UTC"); Windows names ("W. Europe Standard Time") are not. */
export const isTimeZone = (timeZone: string): boolean => {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** The wall clock in the zone at an instant, read back as if it were UTC (ms). */
const wallClockMs = (ms: number, timeZone: string): number => {
  const parts = Object.fromEntries(formatterOf(timeZone).formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
};

/** The zone's offset from UTC at an instant (ms, whole seconds: sub-second offsets do not exist since 1972). */
const offsetAt = (ms: number, timeZone: string): number => wallClockMs(ms, timeZone) - Math.floor(ms / 1000) * 1000;

/** The calendar day (days since 1970-01-01) an instant falls on in the zone. */
export const dayNumberIn = (ms: number, timeZone: string): number => Math.floor(wallClockMs(ms, timeZone) / DAY_MS);

/**
 * The first instant at which the zone's clocks read that day: usually its midnight; where a transition skips
 * midnight (clocks jumping from 23:59:59 to 01:00), the moment of the jump. A day the zone skipped altogether (Samoa's
 * 2011-12-30) begins, and so ends at once, where the next day begins.
 */
export const startOfDayIn = (dayNumber: number, timeZone: string): number => {
  const midnightUtc = dayNumber * DAY_MS;
  // Any transition near that midnight shows up in the offsets a day either side of it.
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(midnightUtc + shift, timeZone)));
  const starts = [...offsets].map((offset) => midnightUtc - offset).filter((ms) => dayNumberIn(ms, timeZone) === dayNumber);
  return starts.length > 0 ? Math.min(...starts) : startOfDayIn(dayNumber + 1, timeZone);
};
