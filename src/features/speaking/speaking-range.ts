// The periods "My speaking" offers, as [from, to) in the person's own time zone: this week (from Monday), the last
// four weeks (up to now), this quarter.
export type SpeakingRange = 'thisWeek' | 'last4Weeks' | 'thisQuarter';

export const SPEAKING_RANGES: readonly SpeakingRange[] = ['thisWeek', 'last4Weeks', 'thisQuarter'];

const DAY_MS = 86_400_000;

export const rangeBounds = (range: SpeakingRange, now: Date): { from: Date; to: Date } => {
  switch (range) {
    case 'thisWeek': {
      const daysSinceMonday = (now.getDay() + 6) % 7;
      const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysSinceMonday);
      return { from, to: new Date(from.getFullYear(), from.getMonth(), from.getDate() + 7) };
    }
    case 'last4Weeks':
      return { from: new Date(now.getTime() - 28 * DAY_MS), to: now };
    case 'thisQuarter': {
      const firstMonth = Math.floor(now.getMonth() / 3) * 3;
      return { from: new Date(now.getFullYear(), firstMonth, 1), to: new Date(now.getFullYear(), firstMonth + 3, 1) };
    }
  }
};
