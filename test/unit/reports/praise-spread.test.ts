import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRAISE_SPREAD_WINDOW, praiseSpreads } from '../../../server/domain/reports';

describe('praise spread', () => {
  it('counts the distinct people praised in public over this and the three occurrences before, over the attendees', () => {
    const spreads = praiseSpreads([
      { recipients: ['ann'], attendees: 4 },
      { recipients: ['ann', 'bo'], attendees: 4 },
      { recipients: [], attendees: 5 },
      { recipients: ['cy'], attendees: 6 },
      { recipients: ['cy'], attendees: 4 },
    ]);
    expect(spreads).toEqual([1 / 4, 2 / 4, 2 / 5, 3 / 6, 3 / 4]);
  });

  it('forgets praise older than the window', () => {
    const spreads = praiseSpreads([{ recipients: ['ann'], attendees: 5 }, ...Array.from({ length: PRAISE_SPREAD_WINDOW }, () => ({ recipients: [], attendees: 5 }))]);
    expect(spreads.at(-1)).toBe(0);
    expect(spreads.at(-2)).toBe(1 / 5);
  });

  it('is null for an occurrence Roundtable knows nothing about or that counted nobody', () => {
    expect(praiseSpreads([{ recipients: ['ann'], attendees: 3 }, { recipients: null, attendees: 3 }, { recipients: [], attendees: null }])).toEqual([1 / 3, null, null]);
    expect(praiseSpreads([{ recipients: ['ann'], attendees: 0 }])).toEqual([null]);
  });

  it('lets an occurrence without figures pass no praise on, and caps the share at 1', () => {
    expect(praiseSpreads([{ recipients: null, attendees: 3 }, { recipients: ['a', 'b', 'c'], attendees: 2 }])).toEqual([null, 1]);
  });

  it('stays a share, whatever the recipients', () => {
    const occurrence = fc.record({
      recipients: fc.option(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 8 })),
      attendees: fc.option(fc.nat({ max: 10 })),
    });
    fc.assert(
      fc.property(fc.array(occurrence, { maxLength: 20 }), (occurrences) => {
        const spreads = praiseSpreads(occurrences);
        expect(spreads).toHaveLength(occurrences.length);
        spreads.forEach((spread, index) => {
          if (spread !== null) expect(spread >= 0 && spread <= 1).toBe(true);
          else expect(occurrences[index]?.recipients === null || !occurrences[index]?.attendees).toBe(true);
        });
      }),
    );
  });
});
