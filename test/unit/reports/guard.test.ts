import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guard, guardAverage, MIN_GROUP_SIZE, shownValue } from '../../../server/domain/reports';

describe('the minimum group size', () => {
  it('is five people, as ARCHITECTURE.md promises', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  it('withholds a figure four people are behind and shows one five people are behind', () => {
    expect(guard(3.4, 4)).toEqual({ shown: false, people: 4 });
    expect(guard(3.4, 5)).toEqual({ shown: true, value: 3.4, people: 5 });
  });

  it('never carries the value of a withheld figure, whatever it is', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -10, max: 100 }), (value, people) => {
        const figure = guard(value, people);
        expect(figure.shown).toBe(people >= MIN_GROUP_SIZE);
        if (!figure.shown) expect(Object.keys(figure).sort()).toEqual(['people', 'shown']);
        expect(shownValue(figure)).toBe(figure.shown ? value : null);
      }),
    );
  });

  it('withholds a count that is not a number of people', () => {
    expect(guard(1, Number.NaN).shown).toBe(false);
  });

  it('withholds an average nobody gave, even with enough people', () => {
    expect(guardAverage(null, 9)).toEqual({ shown: false, people: 9 });
    expect(guardAverage(Number.NaN, 9)).toEqual({ shown: false, people: 9 });
    expect(guardAverage(4.2, 9)).toEqual({ shown: true, value: 4.2, people: 9 });
  });

  it('reads nothing out of a missing figure', () => {
    expect(shownValue(null)).toBeNull();
    expect(shownValue(undefined)).toBeNull();
  });
});
