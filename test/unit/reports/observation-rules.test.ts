import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkinsNotHeld,
  fewVoices,
  guard,
  OBSERVATION_KEYS,
  OBSERVATION_RULES,
  observeSeries,
  oneVoice,
  participationChange,
  praiseSpread,
  pulseGap,
  type MeetingPulse,
  type ObservationContext,
  type ObservedOccurrence,
} from '../../../server/domain/reports';

const DAY_MS = 86_400_000;
const NOW = Date.parse('2026-06-30T12:00:00Z');

type Shape = { daysAgo?: number; heard?: number | null; topShare?: number | null; held?: boolean; answers?: number; attendees?: number; spread?: number | null };

const occurrence = ({ daysAgo = 7, heard = null, topShare = null, held = false, answers = 0, attendees = 10, spread = null }: Shape): ObservedOccurrence => ({
  startMs: NOW - daysAgo * DAY_MS,
  speaking: { source: heard === null ? 'none' : 'transcript', missing: heard === null ? 'no_transcript' : null, entropy: null, topShare, heard, attendees },
  checkin: { held, answers, attendees, participation: held ? Math.min(1, answers / attendees) : null },
  praiseSpread: spread,
});

const context = (shapes: Shape[], pulse: MeetingPulse | null = null): ObservationContext => ({ past: shapes.map(occurrence), pulse, nowMs: NOW });

describe('observation: few voices heard', () => {
  it('says in how many of the last six meetings fewer than half the attendees spoke', () => {
    const heard = [0.1, 0.9, 0.4, 0.8, 0.2, 0.45, 0.3];
    expect(fewVoices(context(heard.map((share) => ({ heard: share }))))).toEqual({ key: 'reports.observation.fewVoices', values: { count: 4, total: 6 } });
  });

  it('keeps quiet when it happened in fewer than half of them, once, or over too few meetings', () => {
    expect(fewVoices(context([0.3, 0.9, 0.9, 0.2, 0.9, 0.9, 0.9].map((heard) => ({ heard }))))).toBeNull();
    expect(fewVoices(context([0.3, 0.9].map((heard) => ({ heard }))))).toBeNull();
    expect(fewVoices(context([{ heard: 0.3 }, { heard: 0.9 }, { heard: 0.9 }]))).toBeNull();
    expect(fewVoices(context([{ heard: 0.5 }, { heard: 0.5 }, { heard: 0.5 }]))).toBeNull();
  });

  it('counts only meetings with speaking figures', () => {
    expect(fewVoices(context([{ heard: 0.2 }, { heard: null }, { heard: 0.3 }, { heard: 0.9 }]))).toEqual({ key: 'reports.observation.fewVoices', values: { count: 2, total: 3 } });
  });
});

describe('observation: one voice', () => {
  it('says how often one voice took more than half the time', () => {
    expect(oneVoice(context([0.6, 0.7, 0.3, 0.5].map((topShare) => ({ topShare }))))).toEqual({ key: 'reports.observation.oneVoice', values: { count: 2, total: 4 } });
    expect(oneVoice(context([0.6, 0.3, 0.3, 0.5].map((topShare) => ({ topShare }))))).toBeNull();
  });
});

describe('observation: check-in participation', () => {
  it('compares the last four weeks with the four before', () => {
    const shapes = [
      { daysAgo: 50, held: true, answers: 9, attendees: 10 },
      { daysAgo: 40, held: true, answers: 9, attendees: 10 },
      { daysAgo: 20, held: true, answers: 6, attendees: 10 },
      { daysAgo: 6, held: true, answers: 5, attendees: 10 },
    ];
    expect(participationChange(context(shapes))).toEqual({ key: 'reports.observation.participationFell', values: { before: 90, after: 55 } });
  });

  it('says when participation rose, and keeps quiet about a small change or a month without check-ins', () => {
    const rise = [{ daysAgo: 35, held: true, answers: 4, attendees: 10 }, { daysAgo: 3, held: true, answers: 8, attendees: 10 }];
    expect(participationChange(context(rise))).toEqual({ key: 'reports.observation.participationRose', values: { before: 40, after: 80 } });
    expect(participationChange(context([{ daysAgo: 35, held: true, answers: 7, attendees: 10 }, { daysAgo: 3, held: true, answers: 8, attendees: 10 }]))).toBeNull();
    expect(participationChange(context([{ daysAgo: 35, held: true, answers: 9, attendees: 10 }, { daysAgo: 3, held: false }]))).toBeNull();
    expect(participationChange(context([{ daysAgo: 60, held: true, answers: 9, attendees: 10 }, { daysAgo: 3, held: true, answers: 1, attendees: 10 }]))).toBeNull();
  });
});

describe('observation: check-ins not held', () => {
  it('counts the latest meetings since the last check-in', () => {
    expect(checkinsNotHeld(context([{ held: true }, {}, {}, {}]))).toEqual({ key: 'reports.observation.checkinsNotHeld', values: { count: 3 } });
    expect(checkinsNotHeld(context([{}, {}, {}, {}, {}]))).toEqual({ key: 'reports.observation.checkinsNotHeld', values: { count: 5 } });
    expect(checkinsNotHeld(context([{}, {}, {}, { held: true }, {}, {}]))).toBeNull();
    expect(checkinsNotHeld(context([]))).toBeNull();
  });
});

describe('observation: praise spread', () => {
  it('says when praise reaches few of the attendees', () => {
    expect(praiseSpread(context([{ spread: 0.5 }, { spread: 0.1 }]))).toEqual({ key: 'reports.observation.praiseSpreadLow', values: { percent: 10 } });
    expect(praiseSpread(context([{ spread: 0.1 }, { spread: 0.25 }]))).toBeNull();
    expect(praiseSpread(context([{ spread: null }]))).toBeNull();
  });

  it('says when the spread rose over the previous window of meetings', () => {
    const shapes = [0.1, 0.2, 0.2, 0.3, 0.4].map((spread) => ({ spread }));
    expect(praiseSpread(context(shapes))).toEqual({ key: 'reports.observation.praiseSpreadRose', values: { before: 10, after: 40 } });
  });
});

describe('observation: freedom and inclusion apart', () => {
  const pulse = (freedom: number, inclusion: number, people = 6): MeetingPulse => ({ freedom: guard(freedom, people), inclusion: guard(inclusion, people) });

  it('names the lower of the two scales when they are half a point apart or more', () => {
    expect(pulseGap(context([], pulse(3.24, 4.16)))).toEqual({ key: 'reports.observation.freedomBelowInclusion', values: { freedom: 3.2, inclusion: 4.2 } });
    expect(pulseGap(context([], pulse(4.5, 3.5)))).toEqual({ key: 'reports.observation.inclusionBelowFreedom', values: { freedom: 4.5, inclusion: 3.5 } });
    expect(pulseGap(context([], pulse(4.1, 3.7)))).toBeNull();
  });

  it('says nothing from a withheld pulse', () => {
    expect(pulseGap(context([], pulse(1, 5, 4)))).toBeNull();
    expect(pulseGap(context([], { freedom: guard(1, 6), inclusion: guard(5, 4) }))).toBeNull();
    expect(pulseGap(context([], null))).toBeNull();
  });
});

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  daysAgo: fc.integer({ min: 0, max: 90 }),
  heard: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  topShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  held: fc.boolean(),
  answers: fc.nat({ max: 12 }),
  attendees: fc.integer({ min: 1, max: 12 }),
  spread: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
});
const scaleArb = fc.record({ value: fc.double({ min: 1, max: 5, noNaN: true }), people: fc.nat({ max: 10 }) }).map(({ value, people }) => guard(value, people));

describe('the observations of a series', () => {
  it('come in the rules’ fixed order, each with a known key and exactly its placeholders', () => {
    fc.assert(
      fc.property(fc.array(shapeArb, { maxLength: 14 }), fc.option(fc.record({ freedom: scaleArb, inclusion: scaleArb })), (shapes, pulse) => {
        const input = context([...shapes].sort((a, b) => (b.daysAgo ?? 0) - (a.daysAgo ?? 0)), pulse);
        const observations = observeSeries(input);
        const expected = OBSERVATION_RULES.map((rule) => rule(input)).filter((observation) => observation !== null);
        expect(observations).toEqual(expected);
        expect(observeSeries(input)).toEqual(observations);
        for (const { key, values } of observations) {
          expect(Object.keys(OBSERVATION_KEYS)).toContain(key);
          expect(Object.keys(values).sort()).toEqual([...OBSERVATION_KEYS[key as keyof typeof OBSERVATION_KEYS]].sort());
        }
      }),
    );
  });

  it('are the same whatever a withheld pulse held', () => {
    fc.assert(
      fc.property(fc.array(shapeArb, { maxLength: 8 }), fc.double({ min: 1, max: 5, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (shapes, a, b) => {
        const withheld = (value: number): MeetingPulse => ({ freedom: guard(value, 4), inclusion: guard(6 - value, 4) });
        expect(observeSeries(context(shapes, withheld(a)))).toEqual(observeSeries(context(shapes, withheld(b))));
      }),
    );
  });
});
