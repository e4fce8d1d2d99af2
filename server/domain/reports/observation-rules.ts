// The rules behind a series' plain-language observations. Each rule reads the occurrences that have happened and
// says one thing or nothing, as an i18n key with its placeholders (the words belong to the UI's catalogue). Rules read
// the pulse only through shown (guarded) figures, so no observation ever stems from a withheld one.
import { shownValue } from './guard';
import type { MeetingCheckin, MeetingPulse, MeetingSpeaking, Observation } from './types';

/** An occurrence of a Teams meeting that has ended, as the rules see it; oldest first. */
export type ObservedOccurrence = { startMs: number; speaking: MeetingSpeaking; checkin: MeetingCheckin; praiseSpread: number | null };

export type ObservationContext = { past: readonly ObservedOccurrence[]; pulse: MeetingPulse | null; nowMs: number };

export type ObservationRule = (context: ObservationContext) => Observation | null;

/** "The last N occurrences" of the rules over occurrences. */
export const RECENT_OCCURRENCES = 6;
const MIN_OCCURRENCES = 3;
/** Participation is compared over the last 4 weeks against the 4 weeks before. */
const FOUR_WEEKS_MS = 28 * 86_400_000;
export const PARTICIPATION_CHANGE = 0.15;
export const CHECKINS_SKIPPED = 3;
export const LOW_PRAISE_SPREAD = 0.25;
export const PRAISE_SPREAD_RISE = 0.2;
/** On the pulse's 1–5 scales. */
export const PULSE_GAP = 0.5;

const percent = (ratio: number): number => Math.round(ratio * 100);
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** Fires when `isNotable` holds in at least two and at least half of the last occurrences that have the figure. */
const countInRecent =
  (key: string, hasFigure: (occurrence: ObservedOccurrence) => boolean, isNotable: (occurrence: ObservedOccurrence) => boolean): ObservationRule =>
  ({ past }) => {
    const recent = past.filter(hasFigure).slice(-RECENT_OCCURRENCES);
    const count = recent.filter(isNotable).length;
    if (recent.length < MIN_OCCURRENCES || count < 2 || count * 2 < recent.length) return null;
    return { key, values: { count, total: recent.length } };
  };

/** "In 4 of the last 6 meetings fewer than half the attendees spoke." */
export const fewVoices = countInRecent(
  'reports.observation.fewVoices',
  ({ speaking }) => speaking.heard !== null,
  ({ speaking }) => speaking.heard !== null && speaking.heard < 0.5,
);

/** "One voice took more than half the time in 3 of the last 5 meetings." */
export const oneVoice = countInRecent(
  'reports.observation.oneVoice',
  ({ speaking }) => speaking.topShare !== null,
  ({ speaking }) => speaking.topShare !== null && speaking.topShare > 0.5,
);

/** Answers over attendees across the check-ins held in a window (each person-seat weighs the same). */
const participationIn = (occurrences: readonly ObservedOccurrence[]): number | null => {
  const held = occurrences.filter(({ checkin }) => checkin.held && checkin.participation !== null && checkin.attendees !== null);
  const attendees = held.reduce((sum, { checkin }) => sum + (checkin.attendees ?? 0), 0);
  const answers = held.reduce((sum, { checkin }) => sum + Math.min(checkin.answers, checkin.attendees ?? 0), 0);
  return attendees > 0 ? answers / attendees : null;
};

/** "Check-in participation fell from 90% to 55% this month": the last 4 weeks against the 4 weeks before. */
export const participationChange: ObservationRule = ({ past, nowMs }) => {
  const within = (fromMs: number, toMs: number) => past.filter(({ startMs }) => startMs >= fromMs && startMs < toMs);
  const before = participationIn(within(nowMs - 2 * FOUR_WEEKS_MS, nowMs - FOUR_WEEKS_MS));
  const after = participationIn(within(nowMs - FOUR_WEEKS_MS, nowMs + 1));
  if (before === null || after === null || Math.abs(after - before) < PARTICIPATION_CHANGE) return null;
  const key = after < before ? 'reports.observation.participationFell' : 'reports.observation.participationRose';
  return { key, values: { before: percent(before), after: percent(after) } };
};

/** "No check-in in the last 3 meetings": the latest occurrences, counted back to the last check-in held. */
export const checkinsNotHeld: ObservationRule = ({ past }) => {
  const lastHeld = past.map(({ checkin }) => checkin.held).lastIndexOf(true);
  const count = past.length - 1 - lastHeld;
  return count >= CHECKINS_SKIPPED ? { key: 'reports.observation.checkinsNotHeld', values: { count } } : null;
};

/** Spread rising over the previous window ("praise now reaches 60% of attendees, up from 20%"), else low. */
export const praiseSpread: ObservationRule = ({ past }): Observation | null => {
  const spreads = past.flatMap(({ praiseSpread: spread }) => (spread === null ? [] : [spread]));
  const latest = spreads.at(-1);
  if (latest === undefined) return null;
  const earlier = spreads.at(-1 - 4);
  if (earlier !== undefined && latest - earlier >= PRAISE_SPREAD_RISE) {
    return { key: 'reports.observation.praiseSpreadRose', values: { before: percent(earlier), after: percent(latest) } };
  }
  if (latest >= LOW_PRAISE_SPREAD) return null;
  return { key: 'reports.observation.praiseSpreadLow', values: { percent: percent(latest) } };
};

/** Freedom and inclusion apart by PULSE_GAP or more, read from the series pulse only when both are shown. */
export const pulseGap: ObservationRule = ({ pulse }) => {
  const freedom = shownValue(pulse?.freedom);
  const inclusion = shownValue(pulse?.inclusion);
  if (freedom === null || inclusion === null || Math.abs(freedom - inclusion) < PULSE_GAP) return null;
  const key = freedom < inclusion ? 'reports.observation.freedomBelowInclusion' : 'reports.observation.inclusionBelowFreedom';
  return { key, values: { freedom: oneDecimal(freedom), inclusion: oneDecimal(inclusion) } };
};

/** The rules in the order their observations are listed. */
export const OBSERVATION_RULES: readonly ObservationRule[] = [fewVoices, oneVoice, participationChange, checkinsNotHeld, praiseSpread, pulseGap];

/** Every key a rule may produce, with its placeholders: what the UI's catalogue must hold. */
export const OBSERVATION_KEYS = {
  'reports.observation.fewVoices': ['count', 'total'],
  'reports.observation.oneVoice': ['count', 'total'],
  'reports.observation.participationFell': ['before', 'after'],
  'reports.observation.participationRose': ['before', 'after'],
  'reports.observation.checkinsNotHeld': ['count'],
  'reports.observation.praiseSpreadRose': ['before', 'after'],
  'reports.observation.praiseSpreadLow': ['percent'],
  'reports.observation.freedomBelowInclusion': ['freedom', 'inclusion'],
  'reports.observation.inclusionBelowFreedom': ['freedom', 'inclusion'],
} as const satisfies Record<string, readonly string[]>;

export type ObservationKey = keyof typeof OBSERVATION_KEYS;

/** All rules' observations over the series, in the rules' fixed order. */
export const observeSeries = (context: ObservationContext): Observation[] =>
  OBSERVATION_RULES.flatMap((rule) => {
    const observation = rule(context);
    return observation ? [observation] : [];
  });
