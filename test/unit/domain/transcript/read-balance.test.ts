import { describe, expect, it } from 'vitest';
import { computeBalance, readBalance, type SpeakerTally } from '../../../../server/domain/transcript';

const read = (talk: Record<string, number>, extraSilent: string[] = []) => {
  const tallies: SpeakerTally[] = Object.entries(talk).map(([name, talkMs]) => ({ name, talkMs, turns: 1, longestTurnMs: 0, backchannels: 0 }));
  const { speakers, balance } = computeBalance(tallies, { extraSilent });
  return readBalance(speakers, balance);
};

describe('readBalance', () => {
  it('one voice dominated when it had at least two thirds of the time', () => {
    expect(read({ Warren: 78, Ana: 12, Ben: 10 })).toEqual({ kind: 'dominated', name: 'Warren', share: 0.78 });
  });

  it('balanced when the shares are close to even (entropy ≥ 0.9)', () => {
    expect(read({ Ana: 60, Ben: 40 })).toEqual({ kind: 'balanced', name: 'Ana', share: 0.6 });
  });

  it('uneven in between, naming the most and the least heard', () => {
    expect(read({ Ana: 55, Ben: 40, Cy: 5 })).toEqual({ kind: 'uneven', name: 'Ana', share: 0.55, quietest: 'Cy', quietestShare: 0.05 });
  });

  it('an attendee who never spoke makes a meeting uneven that its speakers alone would call balanced', () => {
    expect(read({ Ana: 50, Ben: 50 }).kind).toBe('balanced');
    expect(read({ Ana: 50, Ben: 50 }, ['Aroha'])).toMatchObject({ kind: 'uneven', quietest: 'Aroha', quietestShare: 0 });
  });

  it('names the cases without a balance: no speakers, no talk time, one voice', () => {
    expect(read({})).toEqual({ kind: 'no-speakers' });
    expect(read({ Ana: 0, Ben: 0 })).toEqual({ kind: 'no-talk' });
    expect(read({ Ana: 10 })).toEqual({ kind: 'one-voice', name: 'Ana' });
  });
});
