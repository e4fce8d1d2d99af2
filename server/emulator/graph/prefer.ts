// Outlook's Prefer headers: outlook.timezone="…" (times in a zone, Windows or IANA names) and
// outlook.body-content-type="text".
import { utcWallClock, wallClock } from '../time';

const WINDOWS_ZONES: Record<string, string> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Eastern Standard Time': 'America/New_York',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'FLE Standard Time': 'Europe/Tallinn',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Kolkata',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

export type Zone = { name: string; iana: string };
export const UTC_ZONE: Zone = { name: 'UTC', iana: 'UTC' };

const preference = (header: string | undefined, name: string): string | undefined => {
  if (!header) return undefined;
  const match = new RegExp(`${name.replace('.', '\\.')}\\s*=\\s*"([^"]*)"`, 'i').exec(header);
  return match?.[1];
};

const isIana = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/** The zone asked for, or UTC (Graph's default) when none or an unknown one is asked for. */
export const preferredZone = (header: string | undefined): { zone: Zone; applied: string | null } => {
  const requested = preference(header, 'outlook.timezone');
  if (!requested) return { zone: UTC_ZONE, applied: null };
  const iana = WINDOWS_ZONES[requested] ?? (isIana(requested) ? requested : undefined);
  if (!iana) return { zone: UTC_ZONE, applied: null };
  return { zone: { name: requested, iana }, applied: `outlook.timezone="${requested}"` };
};

export const prefersTextBody = (header: string | undefined): boolean => preference(header, 'outlook.body-content-type')?.toLowerCase() === 'text';

export const dateTimeTimeZone = (date: Date, zone: Zone): { dateTime: string; timeZone: string } => {
  if (zone.iana === 'UTC') return { dateTime: utcWallClock(date), timeZone: zone.name };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone.iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    dateTime: wallClock({ year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 }),
    timeZone: zone.name,
  };
};
