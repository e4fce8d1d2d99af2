import { describe, expect, it } from 'vitest';
import { analyzeTranscript, computeBalance, scoreBalance, type SpeakerTally } from '../../../../server/domain/transcript';
import { writeVtt } from './transcript-fixtures';

const tally = (name: string, talkMs: number, turns = 1): SpeakerTally => ({ name, talkMs, turns, longestTurnMs: 0, backchannels: 0 });

describe('balance of a small meeting, computed by hand', () => {
  // Ana speaks 0–2 s and 3–4 s, Ben 2–3 s: talk 3000 and 1000 ms, turns 2 and 1.
  const analysis = analyzeTranscript(writeVtt([[0, 2, 'Ana'], [2, 3, 'Ben'], [3, 4, 'Ana']]));

  it('has the shares 3/4 and 1/4', () => {
    expect(analysis.speakers.map(({ name, share }) => [name, share])).toEqual([['Ana', 0.75], ['Ben', 0.25]]);
  });

  it('entropy = −(¾ ln ¾ + ¼ ln ¼) / ln 2 ≈ 0.8113', () => {
    expect(analysis.balance.entropy).toBeCloseTo(0.811278124459, 12);
  });

  it('gini = (|3000 − 1000| + |1000 − 3000|) / (2 · 2² · 2000) = 0.25', () => {
    expect(analysis.balance.gini).toBe(0.25);
  });

  it('turnCv = population sd of (2, 1) over their mean = 0.5 / 1.5', () => {
    expect(analysis.balance.turnCv).toBeCloseTo(1 / 3, 15);
  });

  it('topShare is the largest share', () => {
    expect(analysis.balance.topShare).toBe(0.75);
  });

  it('prints exactly the documented keys, in order', () => {
    expect(Object.keys(analysis)).toEqual(['durationMs', 'speakers', 'unattributedMs', 'balance']);
    expect(Object.keys(analysis.speakers[0] ?? {})).toEqual(['name', 'talkMs', 'share', 'turns', 'longestTurnMs', 'backchannels']);
    expect(Object.keys(analysis.balance)).toEqual(['entropy', 'gini', 'turnCv', 'topShare']);
  });
});

describe('computeBalance', () => {
  it('three speakers: 6, 3 and 1 minutes with 4, 2 and 0 turns', () => {
    const { balance } = computeBalance([tally('A', 6000, 4), tally('B', 3000, 2), tally('C', 1000, 0)]);
    const p = [0.6, 0.3, 0.1];
    expect(balance.entropy).toBeCloseTo(-p.reduce((sum, x) => sum + x * Math.log(x), 0) / Math.log(3), 12);
    // Σ|xi − xj| = 2 · (3000 + 5000 + 2000) = 20000; 2 n² x̄ = 2 · 9 · 10000/3 = 60000.
    expect(balance.gini).toBeCloseTo(1 / 3, 15);
    // Turns 4, 2, 0: mean 2, sd √(8/3).
    expect(balance.turnCv).toBeCloseTo(Math.sqrt(8 / 3) / 2, 15);
    expect(balance.topShare).toBe(0.6);
  });

  it('counts attendees who never spoke in n, with 0 talk time and 0 turns', () => {
    const result = computeBalance([tally('Ana', 5000)], { extraSilent: ['Ben', 'Aroha'] });
    expect(result.speakers.map(({ name, share, turns }) => [name, share, turns])).toEqual([
      ['Ana', 1, 1],
      ['Aroha', 0, 0],
      ['Ben', 0, 0],
    ]);
    // One of three spoke: entropy 0, gini (n − 1)/n, turnCv √2.
    expect(result.balance).toEqual({ entropy: 0, gini: 2 / 3, turnCv: Math.SQRT2, topShare: 1 });
  });

  it('keeps two silent attendees who share a name as two people', () => {
    expect(computeBalance([tally('Ana', 5000)], { extraSilent: ['Ben', 'Ben'] }).speakers).toHaveLength(3);
  });

  it('sorts by talk time, most first, then by name', () => {
    const { speakers } = computeBalance([tally('b', 100), tally('C', 300), tally('a', 100), tally('B', 100)]);
    expect(speakers.map((speaker) => speaker.name)).toEqual(['C', 'B', 'a', 'b']);
  });

  it('gives entropy 1 and gini 0 when everyone speaks equally long', () => {
    const { balance } = computeBalance([tally('A', 7000), tally('B', 7000), tally('C', 7000)]);
    expect(balance).toEqual({ entropy: 1, gini: 0, turnCv: 0, topShare: 1 / 3 });
  });
});

describe('figures that are undefined are null', () => {
  it('one speaker: entropy, gini and turnCv are null, topShare is 1', () => {
    expect(scoreBalance([{ talkMs: 5000, turns: 3 }])).toEqual({ entropy: null, gini: null, turnCv: null, topShare: 1 });
  });

  it('no speakers: all null', () => {
    expect(scoreBalance([])).toEqual({ entropy: null, gini: null, turnCv: null, topShare: null });
  });

  it('speakers but no talk time: all null, and every share 0', () => {
    const result = computeBalance([tally('Ana', 0, 1), tally('Ben', 0, 1)]);
    expect(result.balance).toEqual({ entropy: null, gini: null, turnCv: 0, topShare: null });
    expect(result.speakers.map((speaker) => speaker.share)).toEqual([0, 0]);
  });

  it('nobody took a turn (backchannels only): turnCv is null', () => {
    expect(scoreBalance([{ talkMs: 500, turns: 0 }, { talkMs: 300, turns: 0 }]).turnCv).toBeNull();
  });
});
