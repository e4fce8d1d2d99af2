import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeOccurrenceFigures, type TranscriptCues } from '../../../../server/domain/speakers/compute-occurrence-figures';
import type { Roster, RosterEntry } from '../../../../server/domain/speakers/types';
import { analyzeCues, parseTranscript, type TranscriptCue } from '../../../../server/domain/transcript';
import { readFixture, realTranscripts, writeVtt } from '../transcript/transcript-fixtures';

const START = '2025-03-04T10:00:00.000Z';
const attendee = (displayName: string): RosterEntry => ({ userId: `id-${displayName}`, displayName, email: null, presence: [] });
const attendance = (...names: string[]): Roster => ({ kind: 'attendance', entries: names.map(attendee) });
const transcript = (cues: readonly TranscriptCue[], createdAt = START): TranscriptCues => ({ createdAt, cues });
const figuresOf = (rows: readonly { name: string; talkMs: number; share: number; turns: number; longestTurnMs: number; backchannels: number }[]) =>
  [...rows].map(({ name, talkMs, share, turns, longestTurnMs, backchannels }) => ({ name, talkMs, share, turns, longestTurnMs, backchannels })).sort((a, b) => (a.name < b.name ? -1 : 1));

describe('an occurrence’s figures', () => {
  it('are the analyzer’s figures for its one transcript, with those who attended silently counted with 0', () => {
    const { cues } = parseTranscript(readFixture(realTranscripts.dataDeepDive));
    const speakers = [...new Set(cues.flatMap((cue) => (cue.speaker ? [cue.speaker] : [])))];
    const figures = computeOccurrenceFigures([transcript(cues)], attendance(...speakers, 'Aroha Ngata'));
    const expected = analyzeCues(cues, { extraSilent: ['Aroha Ngata'] });
    expect(figuresOf(figures.people)).toEqual(figuresOf(expected.speakers));
    expect(figures).toMatchObject({ durationMs: expected.durationMs, unattributedMs: expected.unattributedMs, balance: expected.balance, roster: 'attendance' });
    expect(figures).toMatchObject({ peopleCounted: speakers.length + 1, peopleHeard: speakers.length });
    expect(figures.people.at(-1)).toMatchObject({ name: 'Aroha Ngata', userId: 'id-Aroha Ngata', talkMs: 0, share: 0 });
  });

  it('add up several transcripts without a turn running from one into the next', () => {
    const first = parseTranscript(writeVtt([[0, 10, 'Ana'], [10, 12, 'Ben']])).cues;
    const second = parseTranscript(writeVtt([[0, 5, 'Ana'], [5, 8, 'Ana']])).cues;
    const figures = computeOccurrenceFigures([transcript(second, '2025-03-04T10:30:00.000Z'), transcript(first)], attendance('Ana', 'Ben', 'Cy'));
    expect(figuresOf(figures.people)).toEqual([
      { name: 'Ana', talkMs: 18_000, share: 0.9, turns: 2, longestTurnMs: 10_000, backchannels: 0 },
      { name: 'Ben', talkMs: 2_000, share: 0.1, turns: 1, longestTurnMs: 2_000, backchannels: 0 },
      { name: 'Cy', talkMs: 0, share: 0, turns: 0, longestTurnMs: 0, backchannels: 0 },
    ]);
    expect(figures.durationMs).toBe(12_000 + 8_000);
  });

  it('count guests who spoke, and keep namesakes apart', () => {
    const cues = parseTranscript(writeVtt([[0, 4, 'Alex Kim'], [4, 6, 'Dial-in user'], [6, 7, 'Priya Raman']])).cues;
    const roster: Roster = { kind: 'attendance', entries: [attendee('Alex Kim'), { ...attendee('Alex Kim'), userId: 'other-alex' }, attendee('Priya Raman')] };
    const figures = computeOccurrenceFigures([transcript(cues)], roster);
    expect(figures.people.map(({ name, userId, isGuest, isAmbiguous, talkMs }) => ({ name, userId, isGuest, isAmbiguous, talkMs }))).toEqual([
      { name: 'Alex Kim', userId: null, isGuest: false, isAmbiguous: true, talkMs: 4000 },
      { name: 'Dial-in user', userId: null, isGuest: true, isAmbiguous: false, talkMs: 2000 },
      { name: 'Priya Raman', userId: 'id-Priya Raman', isGuest: false, isAmbiguous: false, talkMs: 1000 },
      { name: 'Alex Kim', userId: null, isGuest: false, isAmbiguous: true, talkMs: 0 },
    ]);
    expect(figures).toMatchObject({ peopleCounted: 4, peopleHeard: 3 });
  });

  it('without attendance, count only who spoke', () => {
    const cues = parseTranscript(writeVtt([[0, 4, 'Priya Raman']])).cues;
    const figures = computeOccurrenceFigures([transcript(cues)], { kind: 'invitees', entries: [attendee('Priya Raman'), attendee('Amara Okafor')] });
    expect(figures.people.map((p) => p.name)).toEqual(['Priya Raman']);
    expect(figures.roster).toBe('invitees');
  });
});

// Small times and few speakers, so that overlaps, backchannels and runs are common.
const cueArbitrary: fc.Arbitrary<TranscriptCue> = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 3_000 }), fc.constantFrom('Ana', 'Ben', 'Cy', null))
  .map(([startMs, lengthMs, speaker]) => ({ startMs, endMs: startMs + lengthMs, speaker }));
const cuesArbitrary = fc.array(cueArbitrary, { maxLength: 40 });
const silentArbitrary = fc.uniqueArray(fc.constantFrom('Dee', 'Eli', 'Fay'), { maxLength: 3 });

describe('figures, for any cues', () => {
  it('with one transcript, equal analyzeCues with the silent attendees as extraSilent', () => {
    fc.assert(
      fc.property(cuesArbitrary, silentArbitrary, (cues, silent) => {
        const speakers = [...new Set(cues.flatMap((cue) => (cue.speaker ? [cue.speaker] : [])))];
        const figures = computeOccurrenceFigures([transcript(cues)], attendance(...speakers, ...silent));
        const expected = analyzeCues(cues, { extraSilent: silent });
        expect(figuresOf(figures.people)).toEqual(figuresOf(expected.speakers));
        expect(figures.balance).toEqual(expected.balance);
        const total = figures.people.reduce((sum, p) => sum + p.share, 0);
        if (figures.people.some((p) => p.talkMs > 0)) expect(total).toBeCloseTo(1, 12);
      }),
    );
  });

  it('cut into two transcripts where no cue spans the cut: same talk and backchannels, no fewer turns', () => {
    fc.assert(
      fc.property(cuesArbitrary, fc.integer({ min: 0, max: 23_000 }), (cues, cutMs) => {
        const kept = cues.filter((cue) => cue.endMs <= cutMs || cue.startMs >= cutMs);
        const before = kept.filter((cue) => cue.endMs <= cutMs && cue.startMs < cutMs);
        const after = kept.filter((cue) => !before.includes(cue)).map((cue) => ({ ...cue, startMs: cue.startMs - cutMs, endMs: cue.endMs - cutMs }));
        const roster = attendance('Ana', 'Ben', 'Cy');
        const whole = computeOccurrenceFigures([transcript(kept)], roster);
        const split = computeOccurrenceFigures([transcript(before), transcript(after, new Date(Date.parse(START) + cutMs).toISOString())], roster);
        for (const person of whole.people) {
          const other = split.people.find((p) => p.personKey === person.personKey)!;
          expect(other.talkMs).toBe(person.talkMs);
          expect(other.backchannels).toBe(person.backchannels);
          expect(other.turns).toBeGreaterThanOrEqual(person.turns);
          expect(other.longestTurnMs).toBeLessThanOrEqual(person.longestTurnMs);
        }
      }),
    );
  });
});
