import { describe, expect, it } from 'vitest';
import { analyzeTranscript, tallySpeakers } from '../../../../server/domain/transcript';
import { writeVtt, type CueSpec } from './transcript-fixtures';

/** The analysed figures of one speaker in a transcript of these cues. */
const figures = (cues: readonly CueSpec[]) => {
  const analysis = analyzeTranscript(writeVtt(cues));
  return Object.fromEntries(analysis.speakers.map((speaker) => [speaker.name, speaker]));
};

describe('talk time', () => {
  it('is the length of the union of a speaker’s cues: overlaps count once, gaps not at all', () => {
    const { Ana } = figures([
      [0, 4, 'Ana'],
      [2, 6, 'Ana'],
      [10, 11, 'Ana'],
    ]);
    expect(Ana?.talkMs).toBe(7000);
  });

  it('treats cues as [start, end): back-to-back cues neither overlap nor leave a gap', () => {
    expect(figures([[0, 1, 'Ana'], [1, 2, 'Ana']]).Ana?.talkMs).toBe(2000);
  });

  it('counts cues whichever order the file lists them in', () => {
    expect(figures([[10, 12, 'Ana'], [0, 3, 'Ana'], [2, 5, 'Ana']]).Ana?.talkMs).toBe(7000);
  });

  it('counts overlapping speech of two speakers for each of them', () => {
    const result = figures([[0, 10, 'Ana'], [5, 15, 'Ben']]);
    expect([result.Ana?.talkMs, result.Ben?.talkMs]).toEqual([10_000, 10_000]);
  });
});

describe('backchannels', () => {
  it('a short cue inside another speaker’s cue is a backchannel, not a turn', () => {
    const { Ana, Ben } = figures([[0, 10, 'Ana'], [4, 4.5, 'Ben', 'Mhm.']]);
    expect(Ben).toMatchObject({ talkMs: 500, turns: 0, backchannels: 1, longestTurnMs: 0 });
    expect(Ana).toMatchObject({ turns: 1, backchannels: 0 });
  });

  it('a backchannel does not break the speaker’s turn it lies in', () => {
    const { Ana } = figures([[0, 5, 'Ana'], [4, 4.5, 'Ben'], [5, 9, 'Ana']]);
    expect(Ana).toMatchObject({ turns: 1, longestTurnMs: 9000 });
  });

  it('may touch the edges of the other cue (start ≥ and end ≤)', () => {
    expect(figures([[0, 10, 'Ana'], [0, 0.9, 'Ben']]).Ben?.backchannels).toBe(1);
    expect(figures([[0, 10, 'Ana'], [9.1, 10, 'Ben']]).Ben?.backchannels).toBe(1);
  });

  it('may lie in a cue that starts at the same moment but comes later in the file', () => {
    expect(figures([[3, 3.5, 'Ben'], [3, 8, 'Ana']]).Ben?.backchannels).toBe(1);
  });

  it.each<[string, CueSpec[]]>([
    ['lasts 1000 ms or more', [[0, 10, 'Ana'], [2, 3, 'Ben']]],
    ['sticks out past the other cue’s end', [[0, 10, 'Ana'], [9.5, 10.2, 'Ben']]],
    ['starts before the other cue', [[1, 10, 'Ana'], [0.5, 1.2, 'Ben']]],
    ['lies in a cue of the same speaker', [[0, 10, 'Ben'], [4, 4.5, 'Ben']]],
    ['lies in an unattributed cue', [[0, 10, null], [4, 4.5, 'Ben']]],
  ])('a short cue is a turn, not a backchannel, when it %s', (_case, cues) => {
    expect(figures(cues).Ben?.backchannels).toBe(0);
  });

  it('a speaker whose only cue is a backchannel is still a speaker, with no turns', () => {
    expect(figures([[0, 10, 'Ana'], [2, 2.24, 'tichman', '4.']]).tichman).toEqual({
      name: 'tichman',
      talkMs: 240,
      share: 240 / 10_240,
      turns: 0,
      longestTurnMs: 0,
      backchannels: 1,
    });
  });
});

describe('turns', () => {
  it('a turn is a run of consecutive cues by one speaker', () => {
    const { Ana, Ben } = figures([[0, 2, 'Ana'], [2, 4, 'Ana'], [4, 6, 'Ben'], [6, 8, 'Ana'], [8, 10, 'Ben'], [10, 12, 'Ben']]);
    expect([Ana?.turns, Ben?.turns]).toEqual([2, 2]);
  });

  it('unattributed cues neither start nor break a run', () => {
    const { Ana } = figures([[0, 2, 'Ana'], [2, 3, null], [3, 5, 'Ana']]);
    expect(Ana).toMatchObject({ turns: 1, longestTurnMs: 5000 });
    expect(figures([[0, 2, null], [2, 3, null]])).toEqual({});
  });

  it('a turn lasts from its first cue’s start to the latest end among its cues, pauses included', () => {
    const { Ana } = figures([[0, 8, 'Ana'], [2, 4, 'Ana'], [20, 21, 'Ana']]);
    expect(Ana).toMatchObject({ turns: 1, longestTurnMs: 21_000, talkMs: 9000 });
  });

  it('longestTurnMs is the longest of a speaker’s turns', () => {
    const { Ana } = figures([[0, 3, 'Ana'], [3, 4, 'Ben'], [4, 11, 'Ana'], [11, 12, 'Ben'], [12, 14, 'Ana']]);
    expect(Ana).toMatchObject({ turns: 3, longestTurnMs: 7000 });
  });
});

describe('meeting figures', () => {
  it('durationMs runs from the earliest start to the latest end, whoever spoke', () => {
    const analysis = analyzeTranscript(writeVtt([[5, 60, 'Ana'], [30, 40, 'Ben'], [61, 70, null]]));
    expect(analysis.durationMs).toBe(65_000);
  });

  it('unattributedMs is the union length of the cues without a voice tag', () => {
    const analysis = analyzeTranscript(writeVtt([[0, 2, null], [1, 3, null], [5, 6, null], [0, 10, 'Ana']]));
    expect(analysis.unattributedMs).toBe(4000);
    expect(analysis.speakers.map((speaker) => speaker.name)).toEqual(['Ana']);
  });

  it('a transcript without cues has no duration and no speakers', () => {
    expect(tallySpeakers([])).toEqual({ durationMs: 0, unattributedMs: 0, speakers: [] });
  });

  it('lists speakers in order of their first cue before balance sorts them', () => {
    const cues = [
      { startMs: 0, endMs: 1000, speaker: 'Zoe' },
      { startMs: 1000, endMs: 5000, speaker: 'Ana' },
    ];
    expect(tallySpeakers(cues).speakers.map((speaker) => speaker.name)).toEqual(['Zoe', 'Ana']);
  });
});
