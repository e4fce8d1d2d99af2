// "My team": aggregates over the meetings organized by the viewer's direct and indirect reports, never naming anyone.
// Privacy (ARCHITECTURE.md): every figure needs MIN_GROUP_SIZE people behind it, so a team smaller than that shows
// nothing at all (no totals, no weeks); the pulse also needs that many distinct respondents; private praise appears
// only here, as a team total.
import { weekStartsBetween, dayNumberOf } from './calendar-date';
import { guard } from './guard';
import type { TeamFigures, TeamWeekFigures } from './inputs';
import { ratioOf } from './meeting-speaking';
import { MIN_GROUP_SIZE, type ReportRange, type TeamReport } from './types';

export type TeamReportInput = {
  range: ReportRange;
  /** People in the team (reports at all levels), as the directory lists them. */
  people: number;
  figures: TeamFigures;
};

const emptyWeek = (weekStart: string): TeamWeekFigures => ({
  weekStart,
  meetings: 0,
  checkinsHeld: 0,
  checkinAnswers: 0,
  checkinAttendees: 0,
  pulse: { freedomSum: 0, freedomCount: 0, inclusionSum: 0, inclusionCount: 0 },
  entropySum: 0,
  entropyCount: 0,
  heard: 0,
  heardAttendees: 0,
  praisePublic: 0,
  praisePrivate: 0,
});

const addWeeks = (a: TeamWeekFigures, b: TeamWeekFigures): TeamWeekFigures => ({
  weekStart: a.weekStart,
  meetings: a.meetings + b.meetings,
  checkinsHeld: a.checkinsHeld + b.checkinsHeld,
  checkinAnswers: a.checkinAnswers + b.checkinAnswers,
  checkinAttendees: a.checkinAttendees + b.checkinAttendees,
  pulse: {
    freedomSum: a.pulse.freedomSum + b.pulse.freedomSum,
    freedomCount: a.pulse.freedomCount + b.pulse.freedomCount,
    inclusionSum: a.pulse.inclusionSum + b.pulse.inclusionSum,
    inclusionCount: a.pulse.inclusionCount + b.pulse.inclusionCount,
  },
  entropySum: a.entropySum + b.entropySum,
  entropyCount: a.entropyCount + b.entropyCount,
  heard: a.heard + b.heard,
  heardAttendees: a.heardAttendees + b.heardAttendees,
  praisePublic: a.praisePublic + b.praisePublic,
  praisePrivate: a.praisePrivate + b.praisePrivate,
});

const meanOf = (sum: number, count: number): number | null => (count > 0 ? sum / count : null);

/** Every week of the range, weeks without meetings included (a chart's gap is a fact too); one row per week. */
const weeksOf = (range: ReportRange, weeks: readonly TeamWeekFigures[]): TeamWeekFigures[] => {
  const fromDay = dayNumberOf(range.from);
  const toDay = dayNumberOf(range.to);
  const byStart = new Map((fromDay !== null && toDay !== null ? weekStartsBetween(fromDay, toDay) : []).map((start) => [start, emptyWeek(start)]));
  for (const week of weeks) byStart.set(week.weekStart, addWeeks(byStart.get(week.weekStart) ?? emptyWeek(week.weekStart), week));
  return [...byStart.values()].sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
};

export const toTeamReport = ({ range, people, figures }: TeamReportInput): TeamReport => {
  if (people < MIN_GROUP_SIZE) return { range, people, totals: { shown: false, people }, weeks: [] };
  const weeks = weeksOf(range, figures.weeks);
  const total = weeks.reduce(addWeeks, emptyWeek(range.from));
  const pulse = guard(
    { freedom: meanOf(total.pulse.freedomSum, total.pulse.freedomCount), inclusion: meanOf(total.pulse.inclusionSum, total.pulse.inclusionCount) },
    figures.pulseRespondents,
  );
  return {
    range,
    people,
    totals: guard(
      {
        meetings: total.meetings,
        checkinRate: ratioOf(total.checkinsHeld, total.meetings),
        participation: ratioOf(total.checkinAnswers, total.checkinAttendees),
        pulse,
        entropy: meanOf(total.entropySum, total.entropyCount),
        voicesHeard: ratioOf(total.heard, total.heardAttendees),
        praise: { public: total.praisePublic, private: total.praisePrivate },
      },
      people,
    ),
    weeks: weeks.map((week) => ({
      weekStart: week.weekStart,
      meetings: week.meetings,
      entropy: meanOf(week.entropySum, week.entropyCount),
      voicesHeard: ratioOf(week.heard, week.heardAttendees),
      checkinRate: ratioOf(week.checkinsHeld, week.meetings),
    })),
  };
};
