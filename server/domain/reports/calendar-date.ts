// Calendar dates (`YYYY-MM-DD`, no time, no zone) and their arithmetic: report ranges and team weeks are whole days
// in the viewer's time zone, so they are counted as days, never as instants (a day may last 23 or 25 hours).
const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid calendar date, else null ("2026-02-30", "2026-2-3" and "tomorrow" are not dates). */
export const dayNumberOf = (date: string): number | null => {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / DAY_MS;
};

/** The calendar date of a day number. */
export const dateOfDayNumber = (dayNumber: number): string => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);

/** Monday of the ISO week a day number falls in (1970-01-01 was a Thursday). */
export const mondayOf = (dayNumber: number): number => dayNumber - ((dayNumber + 3) % 7 + 7) % 7;

/** The Mondays of every week that has a day in `[fromDay, toDay)`, oldest first. */
export const weekStartsBetween = (fromDay: number, toDay: number): string[] => {
  const weeks: string[] = [];
  for (let monday = mondayOf(fromDay); monday < toDay; monday += 7) weeks.push(dateOfDayNumber(monday));
  return weeks;
};
