// The real Teams exports in ../shared/fixtures/transcripts. Expected figures were checked against an independent,
// brute-force reading of the definitions (every cue against every other), not taken from this code's output alone.
import { describe, expect, it } from 'vitest';
import { analyzeTranscript, NotWebVttError, parseTranscript } from '../../../../server/domain/transcript';
import { otherFixtures, readFixture, realTranscripts } from './transcript-fixtures';

const talkBySpeaker = (file: string) =>
  Object.fromEntries(analyzeTranscript(readFixture(file)).speakers.map((speaker) => [speaker.name, speaker.talkMs]));

describe('the four real Teams transcripts', () => {
  it.each([
    ['azureNetwork', 914, 5],
    ['dataDeepDive', 736, 6],
    ['entraSuite', 858, 5],
    ['vsCode', 713, 4],
  ] as const)('%s: reads all %i cues without a warning and finds %i speakers', (key, cueCount, speakerCount) => {
    const text = readFixture(realTranscripts[key]);
    const parsed = parseTranscript(text);
    expect(parsed.cues).toHaveLength(cueCount);
    expect(parsed.warnings.count).toBe(0);
    expect(analyzeTranscript(text).speakers).toHaveLength(speakerCount);
  });

  it('Azure Network: one voice holds 89% of the time, and names keep their "| Company" suffix', () => {
    expect(talkBySpeaker(realTranscripts.azureNetwork)).toEqual({
      'Warren du Toit': 2_985_480,
      'Nicolas Blank': 265_560,
      'Neil Knapp | Cyberlogic': 102_200,
      'Blessing Bowora | Cyberlogic': 12_720,
      'Schalk van Wyk': 2_560,
    });
    const { durationMs, balance } = analyzeTranscript(readFixture(realTranscripts.azureNetwork));
    expect(durationMs).toBe(3_501_520);
    expect(balance.topShare).toBeCloseTo(0.8863, 4);
    expect(balance.entropy).toBeCloseTo(0.2733, 4);
    expect(balance.gini).toBeCloseTo(0.7384, 4);
    expect(balance.turnCv).toBeCloseTo(0.762, 3);
  });

  it('Data Deep Dive: the cue without a voice tag is unattributed time, not a speaker', () => {
    const analysis = analyzeTranscript(readFixture(realTranscripts.dataDeepDive));
    expect(analysis.unattributedMs).toBe(760);
    expect(analysis.speakers.map((speaker) => speaker.name)).toEqual([
      'Ian van Niekerk',
      'Nicolas Blank',
      'Schalk van Wyk',
      'Jaco',
      'Dean Sardinus',
      'Matthew Levy',
    ]);
    expect(analysis.speakers[0]).toEqual({
      name: 'Ian van Niekerk',
      talkMs: 2_387_840,
      share: 2_387_840 / 2_967_200,
      turns: 56,
      longestTurnMs: 758_800,
      backchannels: 24,
    });
  });

  it('Entra Suite: five speakers, the presenter with three quarters of the time', () => {
    const analysis = analyzeTranscript(readFixture(realTranscripts.entraSuite));
    expect(talkBySpeaker(realTranscripts.entraSuite)).toEqual({
      'Shaun Hardneck': 2_564_200,
      'Nicolas Blank': 352_040,
      'Schalk van Wyk': 224_520,
      'Matthew Levy': 176_320,
      'Michael Engelbrecht': 5_680,
    });
    expect(analysis.balance.topShare).toBeCloseTo(0.7717, 4);
  });

  it('VS Code for IT Admins: a speaker whose only cue is a backchannel counts, with no turn', () => {
    const analysis = analyzeTranscript(readFixture(realTranscripts.vsCode));
    expect(analysis.speakers.at(-1)).toEqual({
      name: 'tichman',
      talkMs: 240,
      share: 240 / 2_930_320,
      turns: 0,
      longestTurnMs: 0,
      backchannels: 1,
    });
    expect(analysis.unattributedMs).toBe(1280);
  });

  it('each speaker’s shares sum to 1 and no talk time exceeds the meeting', () => {
    for (const file of Object.values(realTranscripts)) {
      const analysis = analyzeTranscript(readFixture(file));
      expect(analysis.speakers.reduce((sum, speaker) => sum + speaker.share, 0)).toBeCloseTo(1, 12);
      for (const speaker of analysis.speakers) expect(speaker.talkMs).toBeLessThanOrEqual(analysis.durationMs);
    }
  });
});

describe('the other fixtures', () => {
  it('Graph’s /content example: 0:0:0.0 --> 0:0:5.320 is one 5.32 s cue by User Name', () => {
    const analysis = analyzeTranscript(readFixture(otherFixtures.graphContent));
    expect(analysis).toEqual({
      durationMs: 5320,
      speakers: [{ name: 'User Name', talkMs: 5320, share: 1, turns: 1, longestTurnMs: 5320, backchannels: 0 }],
      unattributedMs: 0,
      balance: { entropy: null, gini: null, turnCv: null, topShare: 1 },
    });
  });

  it('Graph’s /metadataContent example: a JSON payload has no voice tag, so it is unattributed', () => {
    expect(analyzeTranscript(readFixture(otherFixtures.graphMetadata))).toMatchObject({ speakers: [], unattributedMs: 1480 });
  });

  it('a classic Stream transcript without voice tags: all time unattributed', () => {
    expect(analyzeTranscript(readFixture(otherFixtures.streamNoVoice))).toMatchObject({ speakers: [], unattributedMs: 16_320 });
  });

  it('the entities excerpt is rejected without its header', () => {
    expect(() => analyzeTranscript(readFixture(otherFixtures.entitiesExcerpt))).toThrow(NotWebVttError);
  });

  it('the entities excerpt with WEBVTT prepended decodes "Farías"; its overlap sticks out, so it is a turn', () => {
    const analysis = analyzeTranscript(`WEBVTT\n\n${readFixture(otherFixtures.entitiesExcerpt)}`);
    expect(analysis.speakers.map((speaker) => speaker.name).sort()).toEqual(['Alfredo Artigas', 'Carlos Farías', 'Mauricio Cruzat']);
    // Mauricio's "Sí." (01:23.605–01:24.165) starts before Carlos's next cue (01:23.925), so it is not inside it: a turn.
    expect(analysis.speakers.find((speaker) => speaker.name === 'Mauricio Cruzat')).toMatchObject({ turns: 1, backchannels: 0 });
  });
});
