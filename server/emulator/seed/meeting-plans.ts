// What the demo calendar holds, relative to `now`: a weekly team meeting in progress at `now` (ten past
// occurrences), a one-off roadmap review tomorrow, a second weekly series, a non-online focus block, and the leader's
// quarter of history series (history-plans.ts).
import type { Invitee } from '../store/types';
import { DAY, HOUR, MINUTE, WEEK } from '../time';
import { designCritiqueIntro, focusTimeIntro, roadmapReviewIntro, weeklyTeamMeetingIntro } from './agendas';
import { historySeries } from './history-plans';

export const WEEKLY_TEAM_MEETING = 'weekly-team-meeting';
/** How many weekly occurrences lie before the one in progress. */
export const PAST_WEEKLY_OCCURRENCES = 10;

export type MeetingPlan = {
  key: string;
  subject: string;
  organizer: string;
  invitees: [handle: string, response: Invitee['response']][];
  start: Date;
  durationMs: number;
  isWeeklySeries: boolean;
  isOnline: boolean;
  intro: string;
  createdDateTime: Date;
};

export const meetingPlans = (now: Date): MeetingPlan[] => {
  const topOfHour = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
  const startOfDay = new Date(Math.floor(now.getTime() / DAY) * DAY);
  // The weekly meeting's occurrence in progress starts on the hour, or on the half hour when that leaves it longer to
  // run: a demo (or a test) started late in an hour has over half an hour before it ends.
  const currentWeekly = new Date(topOfHour.getTime() + (now.getTime() - topOfHour.getTime() >= 30 * MINUTE ? 30 * MINUTE : 0));
  const weeklyStart = new Date(currentWeekly.getTime() - PAST_WEEKLY_OCCURRENCES * WEEK);
  return [
    {
      key: WEEKLY_TEAM_MEETING,
      subject: 'Weekly team meeting',
      organizer: 'hiroshi.tanaka',
      invitees: [
        ['lucia.fernandez', 'accepted'],
        ['priya.raman', 'accepted'],
        ['mateus.silva', 'accepted'],
        ['fatima.alsayed', 'tentativelyAccepted'],
        ['jonas.weber', 'accepted'],
        ['aroha.ngata', 'accepted'],
      ],
      start: weeklyStart,
      durationMs: HOUR,
      isWeeklySeries: true,
      isOnline: true,
      intro: weeklyTeamMeetingIntro,
      createdDateTime: new Date(weeklyStart.getTime() - 3 * DAY - 2 * HOUR),
    },
    {
      key: 'roadmap-review',
      subject: 'Roadmap review',
      organizer: 'amara.okafor',
      invitees: [
        ['hiroshi.tanaka', 'accepted'],
        ['priya.raman', 'accepted'],
        ['fatima.alsayed', 'none'],
        ['aroha.ngata', 'accepted'],
        ['dmitri.volkov', 'tentativelyAccepted'],
      ],
      start: new Date(startOfDay.getTime() + DAY + 14 * HOUR),
      durationMs: HOUR,
      isWeeklySeries: false,
      isOnline: true,
      intro: roadmapReviewIntro,
      createdDateTime: new Date(startOfDay.getTime() - 2 * DAY + 9 * HOUR),
    },
    {
      key: 'design-critique',
      subject: 'Design critique',
      organizer: 'priya.raman',
      invitees: [
        ['amara.okafor', 'accepted'],
        ['lucia.fernandez', 'accepted'],
        ['mateus.silva', 'declined'],
        ['aroha.ngata', 'accepted'],
      ],
      start: new Date(topOfHour.getTime() - 26 * DAY + 2 * HOUR),
      durationMs: 45 * MINUTE,
      isWeeklySeries: true,
      isOnline: true,
      intro: designCritiqueIntro,
      createdDateTime: new Date(topOfHour.getTime() - 30 * DAY),
    },
    {
      key: 'focus-time',
      subject: 'Focus time',
      organizer: 'hiroshi.tanaka',
      invitees: [],
      start: new Date(topOfHour.getTime() + 3 * HOUR),
      durationMs: 2 * HOUR,
      isWeeklySeries: false,
      isOnline: false,
      intro: focusTimeIntro,
      createdDateTime: new Date(topOfHour.getTime() - 5 * DAY),
    },
    ...historySeries(now).map((series) => series.plan),
  ];
};
