// The privacy threshold of ARCHITECTURE.md's "Privacy rules": a figure over people is shown only with at least
// MIN_GROUP_SIZE people behind it; below that the report says "not enough responses" and keeps the value back.
import { MIN_GROUP_SIZE, type Guarded } from './types';

/** `value` when at least MIN_GROUP_SIZE people are behind it, else withheld (the count stays, the value does not). */
export const guard = <T>(value: T, people: number): Guarded<T> =>
  people >= MIN_GROUP_SIZE ? { shown: true, value, people } : { shown: false, people };

/** A guarded average that may not exist at all: no value (nobody answered that scale) reads as withheld too. */
export const guardAverage = (value: number | null, people: number): Guarded<number> =>
  value === null || !Number.isFinite(value) ? { shown: false, people } : guard(value, people);

/** The value of a shown figure, or null: the one way rules read a guarded figure, so a withheld one yields nothing. */
export const shownValue = <T>(figure: Guarded<T> | null | undefined): T | null => (figure?.shown ? figure.value : null);
