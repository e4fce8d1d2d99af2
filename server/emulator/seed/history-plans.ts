// A leader's quarter in the demo calendar: three weekly series, each with sixteen past occurrences, so the reports
// (issue 6) have series and trends to show. Amara Okafor (Head of Product) runs a staff meeting with her six direct
// reports; two of those reports run series of their own (Priya a research and design review, Kwame a platform
// standup), which is what "my team" aggregates. Laid out on working days before today (UTC; never in progress), so
// the layout only moves once a day. What each occurrence left behind in Teams is in history-artifacts.ts.
import { DAY, HOUR, MINUTE, WEEK } from '../time';
import { designReviewIntro, platformStandupIntro, staffMeetingIntro } from './agendas';
import type { MeetingPlan } from './meeting-plans';

/** Past occurrences of each history series: sixteen weeks, more than a quarter. */
export const HISTORY_WEEKS = 16;

/**
 * How the transcripts of a series' occurrences read: `organizer-leads` — the organizer holds the floor (one voice
 * dominates); `balanced` — the floor goes round the people present; `never` — the meetings were never transcribed.
 */
export type TranscriptStyle = 'organizer-leads' | 'balanced' | 'never';

export type HistorySeries = {
  plan: MeetingPlan;
  transcripts: TranscriptStyle;
  /** Weeks (0 = the oldest occurrence) nobody started the transcription. */
  untranscribedWeeks: readonly number[];
  /** The longest transcript that fits the meeting (the real ones run close to an hour). */
  maxTranscriptMs: number;
};

export const STAFF_MEETING = 'product-staff-meeting';
export const DESIGN_REVIEW = 'research-design-review';
export const PLATFORM_STANDUP = 'platform-standup';

const [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY] = [1, 2, 3, 4, 5];

/**
 * Each series' weekday: the first of its preferred working days that is not today's (so no occurrence is ever in
 * progress or later today) and not another series'. Returns how many days before today each latest occurrence lies.
 */
const daysAgoOf = (now: Date, preferences: readonly (readonly number[])[]): number[] => {
  const today = now.getUTCDay();
  const taken = new Set<number>([today]);
  return preferences.map((weekdays) => {
    const weekday = weekdays.find((day) => !taken.has(day)) ?? MONDAY;
    taken.add(weekday);
    return (today - weekday + 7) % 7;
  });
};

/** A weekly series whose latest past occurrence is `daysAgo` whole days before today, at `atMs` after midnight UTC. */
const weekly = (now: Date, daysAgo: number, atMs: number): Date => {
  const startOfDay = Math.floor(now.getTime() / DAY) * DAY;
  return new Date(startOfDay - daysAgo * DAY + atMs - (HISTORY_WEEKS - 1) * WEEK);
};

const seriesPlan = (plan: Omit<MeetingPlan, 'isWeeklySeries' | 'isOnline' | 'createdDateTime'>): MeetingPlan => ({
  ...plan,
  isWeeklySeries: true,
  isOnline: true,
  createdDateTime: new Date(plan.start.getTime() - 6 * DAY - 3 * HOUR),
});

export const historySeries = (now: Date): HistorySeries[] => {
  const [staffDay = 1, reviewDay = 1, standupDay = 1] = daysAgoOf(now, [
    [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY],
    [THURSDAY, WEDNESDAY, TUESDAY, FRIDAY, MONDAY],
    [WEDNESDAY, TUESDAY, THURSDAY, MONDAY, FRIDAY],
  ]);
  return [
    {
      plan: seriesPlan({
        key: STAFF_MEETING,
        subject: 'Product staff meeting',
        organizer: 'amara.okafor',
        invitees: [
          ['hiroshi.tanaka', 'accepted'],
          ['priya.raman', 'accepted'],
          ['aroha.ngata', 'accepted'],
          ['kwame.asante', 'accepted'],
          ['ingrid.johansson', 'tentativelyAccepted'],
          ['mei.lin', 'accepted'],
        ],
        start: weekly(now, staffDay, 9 * HOUR),
        durationMs: HOUR,
        intro: staffMeetingIntro,
      }),
      transcripts: 'organizer-leads',
      untranscribedWeeks: [3, 8, 12],
      maxTranscriptMs: HOUR - 2 * MINUTE,
    },
    {
      plan: seriesPlan({
        key: DESIGN_REVIEW,
        subject: 'Research and design review',
        organizer: 'priya.raman',
        invitees: [
          ['amara.okafor', 'accepted'],
          ['aroha.ngata', 'accepted'],
          ['mei.lin', 'accepted'],
          ['ingrid.johansson', 'accepted'],
          ['lucia.fernandez', 'accepted'],
          ['kwame.asante', 'tentativelyAccepted'],
        ],
        start: weekly(now, reviewDay, 14 * HOUR),
        durationMs: 45 * MINUTE,
        intro: designReviewIntro,
      }),
      transcripts: 'balanced',
      untranscribedWeeks: [5, 10],
      maxTranscriptMs: 40 * MINUTE,
    },
    {
      plan: seriesPlan({
        key: PLATFORM_STANDUP,
        subject: 'Platform standup',
        organizer: 'kwame.asante',
        invitees: [
          ['dmitri.volkov', 'accepted'],
          ['jonas.weber', 'accepted'],
          ['fatima.alsayed', 'accepted'],
          ['mateus.silva', 'accepted'],
          ['mei.lin', 'accepted'],
        ],
        start: weekly(now, standupDay, 8 * HOUR + 30 * MINUTE),
        durationMs: 30 * MINUTE,
        intro: platformStandupIntro,
      }),
      transcripts: 'never',
      untranscribedWeeks: [],
      maxTranscriptMs: 0,
    },
  ];
};
