import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallySpeakers, type TranscriptCue } from '../../../../server/domain/transcript';
import { speakingTimeline } from '../../../../server/domain/transcript/timeline';

const cue = (startS: number, endS: number, speaker: string | null): TranscriptCue => ({ startMs: startS * 1000, endMs: endS * 1000, speaker });
const byVoice = (speaker: string) => `person:${speaker}`;

describe('speakingTimeline', () => {
  it('merges one person’s consecutive cues into one turn and starts a new one when someone else speaks', () => {
    const turns = speakingTimeline([cue(0, 4, 'Ana'), cue(4, 7, 'Ana'), cue(8, 12, 'Ben'), cue(13, 15, 'Ana')], byVoice);
    expect(turns).toEqual([
      { personKey: 'person:Ana', startMs: 0, endMs: 7000 },
      { personKey: 'person:Ben', startMs: 8000, endMs: 12_000 },
      { personKey: 'person:Ana', startMs: 13_000, endMs: 15_000 },
    ]);
  });

  it('leaves out backchannels and cues without a voice, which neither start nor break a turn', () => {
    const turns = speakingTimeline([cue(0, 10, 'Ana'), cue(4, 4.5, 'Ben'), cue(10, 11, null), cue(11, 14, 'Ana')], byVoice);
    expect(turns).toEqual([{ personKey: 'person:Ana', startMs: 0, endMs: 14_000 }]);
  });

  it('gives two voices of one person one run of turns', () => {
    const sameAna = (speaker: string) => (speaker.startsWith('Ana') ? 'user:ana' : `voice:${speaker}`);
    const turns = speakingTimeline([cue(0, 3, 'Ana'), cue(3, 6, 'Ana (Guest)'), cue(6, 9, 'Ben')], sameAna);
    expect(turns.map((turn) => turn.personKey)).toEqual(['user:ana', 'voice:Ben']);
  });

  it('takes cues by start whatever order the file lists them in', () => {
    const turns = speakingTimeline([cue(8, 12, 'Ben'), cue(0, 4, 'Ana')], byVoice);
    expect(turns.map((turn) => turn.startMs)).toEqual([0, 8000]);
  });

  it('counts as many turns per person as the figures do, and each turn lies within its cues', () => {
    const cues = fc.array(
      fc.record({ startMs: fc.integer({ min: 0, max: 60_000 }), lengthMs: fc.integer({ min: 0, max: 5000 }), speaker: fc.constantFrom('Ana', 'Ben', 'Chen', null) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(cues, (specs) => {
        const list = specs.map(({ startMs, lengthMs, speaker }): TranscriptCue => ({ startMs, endMs: startMs + lengthMs, speaker }));
        const turns = speakingTimeline(list, (speaker) => speaker);
        const counted = new Map<string, number>();
        for (const turn of turns) counted.set(turn.personKey, (counted.get(turn.personKey) ?? 0) + 1);
        for (const speaker of tallySpeakers(list).speakers) expect(counted.get(speaker.name) ?? 0).toBe(speaker.turns);
        for (let i = 1; i < turns.length; i++) {
          expect(turns[i]!.startMs).toBeGreaterThanOrEqual(turns[i - 1]!.startMs);
          expect(turns[i]!.personKey).not.toBe(turns[i - 1]!.personKey);
        }
        const first = Math.min(...list.map((c) => c.startMs));
        const last = Math.max(...list.map((c) => c.endMs));
        for (const turn of turns) expect(turn.startMs >= first && turn.endMs <= last && turn.endMs >= turn.startMs).toBe(true);
      }),
    );
  });
});
