// Date formats Microsoft 365 uses on the wire.

const pad = (n: number, width = 2): string => n.toString().padStart(width, '0');

/** ISO 8601 with seven fractional digits, as Graph writes DateTimeOffset values: 2019-11-15T01:55:54.8020000Z */
export const graphTimestamp = (date: Date): string => date.toISOString().replace(/\.(\d{3})Z$/, '.$10000Z');

/** Seconds precision, no fraction: 2019-11-20T13:00:00Z (event originalStart). */
export const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Wall-clock parts to Outlook's dateTimeTimeZone.dateTime form: 2019-11-20T13:00:00.0000000 */
export const wallClock = (parts: { year: number; month: number; day: number; hour: number; minute: number; second: number }): string =>
  `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}.0000000`;

export const utcWallClock = (date: Date): string =>
  wallClock({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  });

/** innerError.date: 2023-01-04T11:36:41 */
export const innerErrorDate = (date: Date): string => date.toISOString().slice(0, 19);

/** Entra's error timestamp: 2023-05-06 06:03:00Z */
export const entraTimestamp = (date: Date): string => `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 19)}Z`;

/** yyyy-mm-dd of a UTC date. */
export const utcDate = (date: Date): string => date.toISOString().slice(0, 10);

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
