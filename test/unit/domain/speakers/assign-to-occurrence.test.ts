import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { artifactsOfOccurrence, assignToOccurrence, OCCURRENCE_SLACK } from '../../../../server/domain/speakers/assign-to-occurrence';
import type { TimeSpan } from '../../../../server/domain/speakers/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const span = (startMs: number, lengthMs: number): TimeSpan => ({ startMs, endMs: startMs + lengthMs });

// A weekly series at 10:00 for an hour, and a daily stand-up series at 09:00 for 15 minutes.
const weekly = [0, 1, 2].map((week) => span(10 * HOUR + week * 7 * DAY, HOUR));
const daily = [0, 1, 2].map((day) => span(9 * HOUR + day * DAY, 15 * MINUTE));

describe('artifacts go to the occurrence whose time they share', () => {
  it('a transcript inside an occurrence belongs to it', () => {
    expect(assignToOccurrence(weekly, span(weekly[1]!.startMs + 2 * MINUTE, 50 * MINUTE))).toBe(1);
  });

  it('people join early and meetings overrun: an artifact a little outside its slot still belongs to it', () => {
    expect(assignToOccurrence(daily, span(daily[2]!.startMs - 20 * MINUTE, 10 * MINUTE))).toBe(2);
    expect(assignToOccurrence(daily, span(daily[0]!.endMs + 90 * MINUTE, 10 * MINUTE))).toBe(0);
  });

  it('an artifact far from every occurrence belongs to none', () => {
    expect(assignToOccurrence(weekly, span(weekly[0]!.startMs + 3 * DAY, HOUR))).toBeNull();
    expect(assignToOccurrence([], span(0, HOUR))).toBeNull();
  });

  it('between two occurrences within reach of both, the one it overlaps or lies nearer to wins', () => {
    const backToBack = [span(10 * HOUR, HOUR), span(11 * HOUR, HOUR)];
    expect(assignToOccurrence(backToBack, span(10 * HOUR + 50 * MINUTE, 30 * MINUTE))).toBe(1);
    expect(assignToOccurrence(backToBack, span(10 * HOUR + 30 * MINUTE, 35 * MINUTE))).toBe(0);
  });

  it('a transcript still running (a point in time) is placed by its start', () => {
    expect(assignToOccurrence(weekly, span(weekly[2]!.startMs + MINUTE, 0))).toBe(2);
  });

  it('picks an occurrence’s own artifacts out of the whole series’ list', () => {
    const transcripts = weekly.map((slot, index) => ({ id: `t${index}`, span: span(slot.startMs + MINUTE, 40 * MINUTE) }));
    expect(artifactsOfOccurrence(weekly, 1, transcripts, (t) => t.span).map((t) => t.id)).toEqual(['t1']);
  });
});

const slots = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 6 })
  .map((pairs) => pairs.map(([hour, quarters]) => span(hour * HOUR, quarters * 15 * MINUTE)));
const artifact = fc.tuple(fc.integer({ min: -10 * HOUR, max: 50 * HOUR }), fc.integer({ min: 0, max: 3 * HOUR })).map(([start, length]) => span(start, length));

describe('assignment, for any occurrences and artifact', () => {
  it('is one occurrence within reach, or none when none is', () => {
    fc.assert(
      fc.property(slots, artifact, (occurrences, a) => {
        const index = assignToOccurrence(occurrences, a);
        const reachable = occurrences.filter((o) => a.startMs < o.endMs + OCCURRENCE_SLACK.afterMs && a.endMs >= o.startMs - OCCURRENCE_SLACK.beforeMs);
        if (reachable.length === 0) expect(index).toBeNull();
        else expect(reachable).toContain(occurrences[index!]);
      }),
    );
  });

  it('does not depend on the order the occurrences come in', () => {
    fc.assert(
      fc.property(slots, artifact, (occurrences, a) => {
        const index = assignToOccurrence(occurrences, a);
        const reversed = [...occurrences].reverse();
        const other = assignToOccurrence(reversed, a);
        expect(other === null ? null : reversed[other]).toEqual(index === null ? null : occurrences[index]);
      }),
    );
  });

  it('an artifact inside one occurrence only goes to it', () => {
    fc.assert(
      fc.property(slots, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (occurrences, pick, at) => {
        const target = occurrences[pick % occurrences.length]!;
        const inside = span(target.startMs + Math.floor(at * (target.endMs - target.startMs - 1)), 1);
        const containing = occurrences.filter((o) => o.startMs <= inside.startMs && inside.endMs <= o.endMs);
        if (containing.length === 1) expect(occurrences[assignToOccurrence(occurrences, inside)!]).toEqual(target);
      }),
    );
  });
});
