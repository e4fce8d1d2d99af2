// The `?from=…&to=…` range shared by the routes that read a span of a person's calendar ("my speaking", the reports).
import { z } from 'zod';

/** The longest range a route answers for: a year, leap day included. */
export const MAX_RANGE_MS = 366 * 86_400_000;

/** An ISO 8601 instant with its offset, or a date (midnight UTC). */
const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an ISO 8601 date or date-time with offset' })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

/** `from` before `to`, at most a year apart; a reversed or longer range is a 400 naming the field. */
export const rangeQuery = z
  .object({ from: instant, to: instant })
  .refine(({ from, to }) => from < to, { error: 'must be after from', path: ['to'] })
  .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_RANGE_MS, { error: 'must be at most one year after from', path: ['to'] });
