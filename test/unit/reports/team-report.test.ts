import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toTeamReport, type TeamWeekFigures } from '../../../server/domain/reports';
import { aWeek } from './report-fixtures';

const range = { from: '2026-03-04', to: '2026-03-25' };
const busyWeek = (weekStart: string): TeamWeekFigures =>
  aWeek(weekStart, {
    meetings: 4,
    checkinsHeld: 3,
    checkinAnswers: 18,
    checkinAttendees: 24,
    pulse: { freedomSum: 35, freedomCount: 10, inclusionSum: 42, inclusionCount: 10 },
    entropySum: 3,
    entropyCount: 4,
    heard: 20,
    heardAttendees: 32,
    praisePublic: 5,
    praisePrivate: 2,
  });

describe('the team report', () => {
  it('shows nothing, not even its weeks, for a team of fewer than five people', () => {
    const report = toTeamReport({ range, people: 4, figures: { weeks: [busyWeek('2026-03-09')], pulseRespondents: 12 } });
    expect(report).toEqual({ range, people: 4, totals: { shown: false, people: 4 }, weeks: [] });
  });

  it('adds up the weeks into rates, private praise only as the team total', () => {
    const report = toTeamReport({ range, people: 7, figures: { weeks: [busyWeek('2026-03-02'), busyWeek('2026-03-16')], pulseRespondents: 9 } });
    expect(report.totals).toEqual({
      shown: true,
      people: 7,
      value: {
        meetings: 8,
        checkinRate: 6 / 8,
        participation: 36 / 48,
        pulse: { shown: true, people: 9, value: { freedom: 3.5, inclusion: 4.2 } },
        entropy: 6 / 8,
        voicesHeard: 40 / 64,
        praise: { public: 10, private: 4 },
      },
    });
  });

  it('withholds the pulse below five distinct respondents, however many answers they gave', () => {
    const report = toTeamReport({ range, people: 30, figures: { weeks: [busyWeek('2026-03-02'), busyWeek('2026-03-09')], pulseRespondents: 4 } });
    expect(report.totals.shown && report.totals.value.pulse).toEqual({ shown: false, people: 4 });
  });

  it('lists every week of the range, empty ones too, naming nobody', () => {
    const report = toTeamReport({ range, people: 5, figures: { weeks: [busyWeek('2026-03-09')], pulseRespondents: 0 } });
    expect(report.weeks).toEqual([
      { weekStart: '2026-03-02', meetings: 0, entropy: null, voicesHeard: null, checkinRate: null },
      { weekStart: '2026-03-09', meetings: 4, entropy: 0.75, voicesHeard: 20 / 32, checkinRate: 0.75 },
      { weekStart: '2026-03-16', meetings: 0, entropy: null, voicesHeard: null, checkinRate: null },
      { weekStart: '2026-03-23', meetings: 0, entropy: null, voicesHeard: null, checkinRate: null },
    ]);
    expect(Object.keys(report.weeks[1] ?? {}).sort()).toEqual(['checkinRate', 'entropy', 'meetings', 'voicesHeard', 'weekStart']);
  });

  it('reads an empty range as no meetings, its rates unknown rather than zero', () => {
    const report = toTeamReport({ range, people: 6, figures: { weeks: [], pulseRespondents: 0 } });
    expect(report.totals).toMatchObject({ shown: true, value: { meetings: 0, checkinRate: null, participation: null, entropy: null, voicesHeard: null } });
  });
});

const weekArb = (weekStart: string) =>
  fc.record({
    meetings: fc.nat({ max: 40 }),
    held: fc.nat({ max: 40 }),
    answers: fc.nat({ max: 200 }),
    attendees: fc.nat({ max: 200 }),
    entropyCount: fc.nat({ max: 40 }),
    praisePublic: fc.nat({ max: 50 }),
    praisePrivate: fc.nat({ max: 50 }),
  }).map((w) =>
    aWeek(weekStart, {
      meetings: w.meetings,
      checkinsHeld: Math.min(w.held, w.meetings),
      checkinAnswers: w.answers,
      checkinAttendees: w.attendees,
      entropySum: w.entropyCount * 0.5,
      entropyCount: w.entropyCount,
      praisePublic: w.praisePublic,
      praisePrivate: w.praisePrivate,
    }),
  );

describe('the team report, whatever the weeks', () => {
  it('totals what its weeks add up to, and withholds everything for a small team', () => {
    const weeksArb = fc.tuple(weekArb('2026-03-02'), weekArb('2026-03-09'), weekArb('2026-03-16'), weekArb('2026-03-23'));
    fc.assert(
      fc.property(weeksArb, fc.nat({ max: 12 }), fc.nat({ max: 12 }), (weeks, people, respondents) => {
        const report = toTeamReport({ range, people, figures: { weeks, pulseRespondents: respondents } });
        if (people < 5) {
          expect(report.totals).toEqual({ shown: false, people });
          expect(report.weeks).toEqual([]);
          return;
        }
        expect(report.weeks.map((week) => week.meetings)).toEqual(weeks.map((week) => week.meetings));
        if (!report.totals.shown) throw new Error('a team of five is shown');
        const { value } = report.totals;
        expect(value.meetings).toBe(weeks.reduce((sum, week) => sum + week.meetings, 0));
        expect(value.praise.private).toBe(weeks.reduce((sum, week) => sum + week.praisePrivate, 0));
        expect(value.pulse.shown).toBe(respondents >= 5);
        for (const rate of [value.checkinRate, value.participation, ...report.weeks.map((week) => week.checkinRate)]) {
          if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        }
      }),
    );
  });
});
