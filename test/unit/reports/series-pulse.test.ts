import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardAverage, MIN_GROUP_SIZE, seriesPulse, type MeetingPulse } from '../../../server/domain/reports';

const pulse = (people: number, freedom: number, inclusion = freedom): MeetingPulse => ({
  freedom: guardAverage(freedom, people),
  inclusion: guardAverage(inclusion, people),
});

describe('the pulse over a series', () => {
  it('is null when no occurrence asked the pulse', () => {
    expect(seriesPulse([null, null])).toBeNull();
    expect(seriesPulse([])).toBeNull();
  });

  it('averages all the answers of the occurrences whose pulse is shown', () => {
    const series = seriesPulse([pulse(5, 4), null, pulse(10, 3)]);
    expect(series?.freedom).toEqual({ shown: true, value: (5 * 4 + 10 * 3) / 15, people: 10 });
  });

  it('leaves out an occurrence whose pulse is withheld, so it cannot be worked back out', () => {
    expect(seriesPulse([pulse(6, 4), pulse(2, 1)])?.freedom).toEqual({ shown: true, value: 4, people: 6 });
  });

  it('is withheld when no occurrence alone had five respondents, however many answers add up', () => {
    expect(seriesPulse([pulse(4, 4), pulse(4, 2), pulse(3, 5)])?.freedom).toEqual({ shown: false, people: 4 });
  });

  it('guards each scale on its own', () => {
    const onlyInclusion: MeetingPulse = { freedom: guardAverage(null, 6), inclusion: guardAverage(4, 6) };
    expect(seriesPulse([onlyInclusion])).toEqual({ freedom: { shown: false, people: 6 }, inclusion: { shown: true, value: 4, people: 6 } });
  });

  it('never shows a figure without five people behind one occurrence, and never moves with a withheld one', () => {
    const occurrence = fc.record({ people: fc.nat({ max: 12 }), freedom: fc.double({ min: 1, max: 5, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 12 }), fc.double({ min: 1, max: 5, noNaN: true }), (occurrences, otherScore) => {
        const series = seriesPulse(occurrences.map(({ people, freedom }) => pulse(people, freedom)));
        const changed = seriesPulse(occurrences.map(({ people, freedom }) => pulse(people, people < MIN_GROUP_SIZE ? otherScore : freedom)));
        expect(changed).toEqual(series);
        if (series?.freedom.shown) {
          expect(occurrences.some(({ people }) => people >= MIN_GROUP_SIZE)).toBe(true);
          expect(series.freedom.people).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
        }
      }),
    );
  });
});
