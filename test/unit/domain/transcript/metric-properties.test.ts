// Property tests of the speaking figures: the invariants every meeting must satisfy, and agreement with a brute-force
// reading of ARCHITECTURE.md's definitions (every cue compared with every other) on random cues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeCues, computeBalance, tallySpeakers, type SpeakerTally, type TranscriptCue } from '../../../../server/domain/transcript';

// Small times and few speakers, so that ties, nesting and overlaps are common.
const cueArbitrary: fc.Arbitrary<TranscriptCue> = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee', null))
  .map(([startMs, lengthMs, speaker]) => ({ startMs, endMs: startMs + lengthMs, speaker }));
const cuesArbitrary = fc.array(cueArbitrary, { maxLength: 60 });

const unionLength = (cues: readonly TranscriptCue[]): number => {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const { startMs, endMs } of [...cues].sort((a, b) => a.startMs - b.startMs)) {
    if (endMs > coveredUntil) total += endMs - Math.max(startMs, coveredUntil);
    coveredUntil = Math.max(coveredUntil, endMs);
  }
  return total;
};

/** The definitions, read literally and slowly. */
const tallyByDefinition = (cues: readonly TranscriptCue[]): SpeakerTally[] => {
  const ordered = cues.map((cue, index) => ({ ...cue, index })).sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const isBackchannel = ordered.map(
    (cue) =>
      cue.speaker !== null &&
      cue.endMs - cue.startMs < 1000 &&
      ordered.some((other) => other.speaker !== null && other.speaker !== cue.speaker && other.startMs <= cue.startMs && cue.endMs <= other.endMs),
  );
  const runs: { speaker: string; startMs: number; endMs: number }[] = [];
  ordered.forEach((cue, i) => {
    if (cue.speaker === null || isBackchannel[i]) return;
    const last = runs.at(-1);
    if (last?.speaker === cue.speaker) last.endMs = Math.max(last.endMs, cue.endMs);
    else runs.push({ speaker: cue.speaker, startMs: cue.startMs, endMs: cue.endMs });
  });
  const names = [...new Set(ordered.flatMap((cue) => (cue.speaker === null ? [] : [cue.speaker])))];
  return names.map((name) => {
    const own = runs.filter((run) => run.speaker === name);
    return {
      name,
      talkMs: unionLength(ordered.filter((cue) => cue.speaker === name)),
      turns: own.length,
      longestTurnMs: Math.max(0, ...own.map((run) => run.endMs - run.startMs)),
      backchannels: ordered.filter((cue, i) => cue.speaker === name && isBackchannel[i]).length,
    };
  });
};

describe('the speaking figures of random cues', () => {
  it('agree with a brute-force reading of the definitions', () => {
    fc.assert(
      fc.property(cuesArbitrary, (cues) => {
        const tally = tallySpeakers(cues);
        expect(tally.speakers).toEqual(tallyByDefinition(cues));
        expect(tally.unattributedMs).toBe(unionLength(cues.filter((cue) => cue.speaker === null)));
      }),
      { numRuns: 1000 },
    );
  });

  it('shares sum to 1, and no one talks longer than the meeting lasted', () => {
    fc.assert(
      fc.property(cuesArbitrary, (cues) => {
        const analysis = analyzeCues(cues);
        const total = analysis.speakers.reduce((sum, speaker) => sum + speaker.talkMs, 0);
        if (total > 0) expect(analysis.speakers.reduce((sum, speaker) => sum + speaker.share, 0)).toBeCloseTo(1, 12);
        for (const speaker of analysis.speakers) expect(speaker.talkMs).toBeLessThanOrEqual(analysis.durationMs);
        expect(analysis.unattributedMs).toBeLessThanOrEqual(analysis.durationMs);
      }),
      { numRuns: 500 },
    );
  });
});

const tallyArbitrary = fc.uniqueArray(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 6 }),
    talkMs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000 })),
    turns: fc.nat({ max: 200 }),
    longestTurnMs: fc.nat(),
    backchannels: fc.nat({ max: 50 }),
  }),
  { selector: (tally) => tally.name, maxLength: 12 },
);

describe('the balance of random speakers', () => {
  it('keeps entropy and gini in [0, 1], turnCv ≥ 0 and topShare in [1/n, 1]', () => {
    fc.assert(
      fc.property(tallyArbitrary, fc.array(fc.string(), { maxLength: 5 }), (tallies, extraSilent) => {
        const { speakers, balance } = computeBalance(tallies, { extraSilent });
        const n = speakers.length;
        for (const value of [balance.entropy, balance.gini]) if (value !== null) expect(value >= 0 && value <= 1).toBe(true);
        if (balance.turnCv !== null) expect(balance.turnCv).toBeGreaterThanOrEqual(0);
        if (balance.topShare !== null) expect(balance.topShare >= 1 / n - 1e-12 && balance.topShare <= 1).toBe(true);
        if (n < 2) expect([balance.entropy, balance.gini, balance.turnCv]).toEqual([null, null, null]);
      }),
      { numRuns: 500 },
    );
  });

  it('does not change, not even in the last bit, when the speakers come in another order', () => {
    const shuffled = tallyArbitrary.chain((tallies) =>
      fc.tuple(fc.constant(tallies), fc.shuffledSubarray(tallies, { minLength: tallies.length, maxLength: tallies.length })),
    );
    fc.assert(
      fc.property(shuffled, ([tallies, permuted]) => {
        expect(computeBalance(permuted)).toEqual(computeBalance(tallies));
      }),
      { numRuns: 500 },
    );
  });

  it('counts silent attendees in n without changing who spoke how long', () => {
    fc.assert(
      fc.property(tallyArbitrary, fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (tallies, extraSilent) => {
        const alone = computeBalance(tallies);
        const withSilent = computeBalance(tallies, { extraSilent });
        expect(withSilent.speakers).toHaveLength(tallies.length + extraSilent.length);
        expect(withSilent.balance.topShare).toBe(alone.balance.topShare);
        expect(withSilent.speakers.filter((speaker) => speaker.talkMs > 0)).toEqual(alone.speakers.filter((speaker) => speaker.talkMs > 0));
      }),
    );
  });
});
