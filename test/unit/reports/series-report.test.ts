import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seriesHeadingOf, toSeriesReport, type CalendarMeeting, type OccurrenceFigures, type SeriesOccurrence } from '../../../server/domain/reports';
import { aMeeting, readyTranscript, someFigures } from './report-fixtures';

const range = { from: '2026-03-01', to: '2026-06-01' };
const weekly = (week: number, overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => {
  const start = Date.parse('2026-03-02T09:00:00Z') + week * 7 * 86_400_000;
  return aMeeting({ eventId: `evt-${week}`, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), ...overrides });
};
const series = seriesHeadingOf(aMeeting());

describe('a series report', () => {
  it('takes its heading from an occurrence, a single meeting being its own series', () => {
    expect(series).toEqual({ seriesMasterId: 'master-1', subject: 'Team sync', organizer: { name: 'Adele Vance', email: 'adele@contoso.example' }, viewerIsOrganizer: true });
    expect(seriesHeadingOf(aMeeting({ seriesMasterId: null })).seriesMasterId).toBe('evt-1');
  });

  it('puts one point per occurrence, oldest first', () => {
    const occurrences = [2, 0, 1].map((week) => ({ meeting: weekly(week), figures: someFigures({ praise: { public: week } }) }));
    const report = toSeriesReport({ range, series, occurrences, now: '2026-06-01T00:00:00Z' });
    expect(report.occurrences.map((point) => [point.eventId, point.praise.public])).toEqual([['evt-0', 0], ['evt-1', 1], ['evt-2', 2]]);
    expect(report).toMatchObject({ ...series, range });
    expect(report.occurrences[0]).toEqual({
      eventId: 'evt-0',
      start: '2026-03-02T09:00:00.000Z',
      speaking: { source: 'none', missing: 'not_yet', entropy: null, topShare: null, heard: null, attendees: 8 },
      checkin: { held: true, answers: 5, attendees: 8, participation: 5 / 8 },
      pulse: null,
      praiseSpread: 0,
      praise: { public: 0 },
    });
  });

  it('spreads praise over the window, passing over occurrences without a Teams meeting', () => {
    const occurrences: SeriesOccurrence[] = [
      { meeting: weekly(0, { invitees: 4 }), figures: someFigures({ praise: { public: 1, publicRecipients: ['ann'] } }) },
      { meeting: weekly(1, { teams: { status: 'not_online' } }), figures: someFigures({ praise: { public: 1, publicRecipients: ['bo'] } }) },
      { meeting: weekly(2, { invitees: 4 }), figures: someFigures({ praise: { public: 1, publicRecipients: ['cy'] } }) },
      { meeting: weekly(3, { invitees: 4 }), figures: null },
    ];
    const report = toSeriesReport({ range, series, occurrences, now: '2026-06-01T00:00:00Z' });
    expect(report.occurrences.map((point) => point.praiseSpread)).toEqual([1 / 4, null, 2 / 4, null]);
  });

  it('averages the pulse over the occurrences whose pulse is shown', () => {
    const pulse = (people: number, score: number) => someFigures({ checkin: { pulse: { people, freedom: score, inclusion: score } } });
    const report = toSeriesReport({ range, series, occurrences: [{ meeting: weekly(0), figures: pulse(5, 4) }, { meeting: weekly(1), figures: pulse(3, 1) }], now: '2026-06-01T00:00:00Z' });
    expect(report.pulse).toEqual({ freedom: { shown: true, value: 4, people: 5 }, inclusion: { shown: true, value: 4, people: 5 } });
    expect(report.occurrences[1]?.pulse).toEqual({ freedom: { shown: false, people: 3 }, inclusion: { shown: false, people: 3 } });
  });

  it('observes only the occurrences that have ended', () => {
    const quiet = someFigures({
      checkin: { held: false, answers: 0 },
      transcript: readyTranscript({ peopleHeard: 1, peopleCounted: 6 }),
      praise: { public: 4, publicRecipients: ['ann', 'bo', 'cy', 'di'] },
    });
    const occurrences = [0, 1, 2, 3].map((week) => ({ meeting: weekly(week), figures: quiet }));
    const observed = (now: string) => toSeriesReport({ range, series, occurrences, now }).observations;
    expect(observed('2026-03-23T09:30:00Z')).toEqual([
      { key: 'reports.observation.fewVoices', values: { count: 4, total: 4 } },
      { key: 'reports.observation.checkinsNotHeld', values: { count: 4 } },
    ]);
    expect(observed('2026-03-23T09:29:59Z')).toEqual([
      { key: 'reports.observation.fewVoices', values: { count: 3, total: 3 } },
      { key: 'reports.observation.checkinsNotHeld', values: { count: 3 } },
    ]);
    expect(observed('2026-03-16T09:29:59Z')).toEqual([]);
  });

  it('does not count a meeting without a Teams meeting as a skipped check-in', () => {
    const occurrences = [0, 1, 2].map((week) => ({ meeting: weekly(week, { teams: { status: 'not_online' } }), figures: null }));
    expect(toSeriesReport({ range, series, occurrences, now: '2026-06-01T00:00:00Z' }).observations).toEqual([]);
  });
});

describe('a series report, whatever the occurrences', () => {
  it('is the same whatever the scores of a pulse fewer than five people gave', () => {
    const occurrenceArb = fc.record({
      week: fc.integer({ min: 0, max: 12 }),
      people: fc.nat({ max: 9 }),
      score: fc.double({ min: 1, max: 5, noNaN: true }),
      heard: fc.nat({ max: 8 }),
      held: fc.boolean(),
      answers: fc.nat({ max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(occurrenceArb, { maxLength: 10 }), fc.double({ min: 1, max: 5, noNaN: true }), (shapes, otherScore) => {
        const build = (scoreOf: (shape: (typeof shapes)[number]) => number) =>
          toSeriesReport({
            range,
            series,
            now: '2026-05-01T00:00:00Z',
            occurrences: shapes.map((shape, index) => ({
              meeting: weekly(shape.week, { eventId: `evt-${index}` }),
              figures: someFigures({
                checkin: { held: shape.held, answers: shape.answers, pulse: { people: shape.people, freedom: scoreOf(shape), inclusion: 6 - scoreOf(shape) } },
                transcript: readyTranscript({ peopleHeard: shape.heard }),
              }) satisfies OccurrenceFigures,
            })),
          });
        const report = build((shape) => shape.score);
        expect(build((shape) => (shape.people < 5 ? otherScore : shape.score))).toEqual(report);
        expect(JSON.stringify(report)).not.toContain('"value":null');
      }),
    );
  });
});
