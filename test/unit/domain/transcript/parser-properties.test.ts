// Property tests of the parser: whatever the input, it returns or throws NotWebVttError, in work proportional to the
// input (counted as characters scanned, not timed), and reading in chunks changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeCues,
  analyzeTranscript,
  createTranscriptParser,
  isNotWebVttError,
  parseTranscript,
  type ParsedTranscript,
} from '../../../../server/domain/transcript';
import { readFixture, realTranscripts, writeVtt, type CueSpec } from './transcript-fixtures';

/** Every character is looked at a bounded number of times: line splitting, the arrow search, timing and voice scans. */
const WORK_PER_CHAR = 6;

/** Parses, or returns the NotWebVttError; anything else thrown fails the property. */
const parseOrReject = (text: string): ParsedTranscript | 'not-webvtt' => {
  try {
    return parseTranscript(text);
  } catch (error) {
    if (isNotWebVttError(error)) return 'not-webvtt';
    throw error;
  }
};

const expectLinearWork = (text: string, parsed: ParsedTranscript | 'not-webvtt'): void => {
  if (parsed !== 'not-webvtt') expect(parsed.stats.scannedChars).toBeLessThanOrEqual(WORK_PER_CHAR * text.length + 64);
};

// Pieces of WebVTT and of its near misses, so that random text often gets past the signature into the grammar.
const token = fc.oneof(
  fc.constantFrom('WEBVTT', 'WEBVTT ', '\n', '\r\n', '\r', '\n\n', ' ', '\t', '-->', ' --> ', '00:00.000', '00:01.5', '0:0:0.0'),
  fc.constantFrom('1:00:00.50', '99:59:59.999', '12:34', '60:00', ':', '.', '<v Ana>', '<v.loud Ben Lee>', '<v ', '<v', '</v>'),
  fc.constantFrom('<c>', '<', '>', '&amp;', '&#237;', '&#x', '&', ';', 'NOTE', 'STYLE', 'REGION', '\uFEFF', 'Mhm.', 'é', '\ud83d'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const vttLike = fc.tuple(fc.boolean(), fc.array(token, { maxLength: 200 })).map(([hasHeader, parts]) => (hasHeader ? 'WEBVTT\n' : '') + parts.join(''));

type Mutation = { at: number; kind: 'delete' | 'insert' | 'duplicate'; length: number; text: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'insert', 'duplicate'),
  length: fc.integer({ min: 1, max: 400 }),
  text: fc.array(token, { maxLength: 5 }).map((parts) => parts.join('')),
});
const mutate = (text: string, mutations: readonly Mutation[]): string =>
  mutations.reduce((current, { at, kind, length, text: inserted }) => {
    const position = at % (current.length + 1);
    if (kind === 'delete') return current.slice(0, position) + current.slice(position + length);
    if (kind === 'insert') return current.slice(0, position) + inserted + current.slice(position);
    return current.slice(0, position + length) + current.slice(position, position + length) + current.slice(position + length);
  }, text);

const realTexts = Object.values(realTranscripts).map(readFixture);

describe('the parser never throws anything but NotWebVttError, and works in linear time', () => {
  it('on random text and random WebVTT-like text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), vttLike), (text) => {
        const parsed = parseOrReject(text);
        expectLinearWork(text, parsed);
        if (parsed !== 'not-webvtt') analyzeCues(parsed.cues);
      }),
      { numRuns: 500 },
    );
  });

  it('on mutated real transcripts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...realTexts), fc.array(mutation, { minLength: 1, maxLength: 30 }), (original, mutations) => {
        const text = mutate(original, mutations);
        const parsed = parseOrReject(text);
        expectLinearWork(text, parsed);
        if (parsed === 'not-webvtt') return;
        const analysis = analyzeCues(parsed.cues);
        for (const speaker of analysis.speakers) expect(speaker.talkMs).toBeLessThanOrEqual(analysis.durationMs);
      }),
      { numRuns: 60 },
    );
  });

  it('on large random WebVTT-like text', () => {
    const large = fc.array(token, { minLength: 20_000, maxLength: 40_000 }).map((parts) => `WEBVTT\n${parts.join('')}`);
    fc.assert(fc.property(large, (text) => expectLinearWork(text, parseOrReject(text))), { numRuns: 5 });
  });

  const cue = '00:00:01.000 --> 00:00:02.000\n';
  it.each([
    ['a cue of 100,000 lines', `WEBVTT\n\n${cue}<v Ana>${'words\n'.repeat(100_000)}`],
    ['a voice tag never closed, over 100,000 lines', `WEBVTT\n\n${cue}<v ${'Ana\n'.repeat(100_000)}`],
    ['a 2 MB line', `WEBVTT\n\n${cue}${'x'.repeat(2_000_000)}`],
    ['a name of 200,000 ampersands', `WEBVTT\n\n${cue}<v ${'&'.repeat(200_000)}>Hi`],
    ['200,000 entities in a name', `WEBVTT\n\n${cue}<v ${'&#237;'.repeat(200_000)}>Hi`],
    ['100,000 blocks of junk', `WEBVTT\n\n${'junk\n\n'.repeat(100_000)}`],
    ['a line of 300,000 arrows', `WEBVTT\n\n${'-->'.repeat(300_000)}`],
    ['300,000 timing lines without blank lines', `WEBVTT\n\n${cue.repeat(300_000)}`],
    ['only carriage returns', `WEBVTT${'\r'.repeat(1_000_000)}`],
    ['absurd timestamps', `WEBVTT\n\n${'9'.repeat(1_000_000)}:00:00.000 --> 00:01.000\nHi`],
    ['100,000 tiny cues', writeVtt(Array.from({ length: 100_000 }, (_, i): CueSpec => [i, i + 0.5, i % 2 ? 'Ana' : null]))],
  ])('on %s', (_case, text) => {
    const parsed = parseOrReject(text);
    expect(parsed).not.toBe('not-webvtt');
    expectLinearWork(text, parsed);
    if (parsed !== 'not-webvtt') analyzeCues(parsed.cues);
  });

  it('on a 100,000-character line written a character at a time', () => {
    const text = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>${'w'.repeat(100_000)}\n`;
    const parser = createTranscriptParser();
    for (const char of text) parser.write(char);
    const parsed = parser.end();
    expect(parsed.cues).toEqual([{ startMs: 1000, endMs: 2000, speaker: 'Ana' }]);
    expectLinearWork(text, parsed);
  });

  it('rejects a long binary first line as soon as it cannot be a signature', () => {
    const parser = createTranscriptParser();
    expect(() => parser.write('\u0000'.repeat(1_000_000))).toThrow(/Not a WebVTT file/);
  });
});

/** Parses `text` written in pieces cut at `cuts`. */
const parseInChunks = (text: string, cuts: readonly number[]): ParsedTranscript | 'not-webvtt' => {
  const positions = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const parser = createTranscriptParser();
  try {
    let from = 0;
    for (const position of [...positions, text.length]) {
      parser.write(text.slice(from, position));
      from = position;
    }
    return parser.end();
  } catch (error) {
    if (isNotWebVttError(error)) return 'not-webvtt';
    throw error;
  }
};

/** What must not depend on chunking (the scan counter may: a search can run to a chunk's end). */
const outcome = (parsed: ParsedTranscript | 'not-webvtt') =>
  parsed === 'not-webvtt' ? parsed : { cues: parsed.cues, warnings: parsed.warnings, lines: parsed.stats.lines };

describe('reading in chunks', () => {
  it('gives the same cues and warnings as the whole string, wherever the text is cut', () => {
    const text = fc.oneof(vttLike, fc.constantFrom(...realTexts.map((real) => real.slice(0, 3000))));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 40 }), (whole, cuts) => {
        expect(outcome(parseInChunks(whole, cuts))).toEqual(outcome(parseOrReject(whole)));
      }),
      { numRuns: 500 },
    );
  });

  it('takes a CRLF cut between CR and LF, and a byte order mark after empty chunks, as one', () => {
    const parser = createTranscriptParser();
    for (const chunk of ['', '\uFEFF', 'WEBVTT\r', '\n\r', '\n00:01.000 --> 00:02.000\r', '\n<v Ana>Hi\r']) parser.write(chunk);
    const parsed = parser.end();
    expect(parsed.cues).toEqual([{ startMs: 1000, endMs: 2000, speaker: 'Ana' }]);
    expect(parsed.stats.lines).toBe(4);
  });

  it('reads every real transcript in 1,000-character chunks as it reads it whole', () => {
    for (const text of realTexts) {
      const cuts = Array.from({ length: Math.ceil(text.length / 1000) }, (_, i) => i * 1000);
      expect(outcome(parseInChunks(text, cuts))).toEqual(outcome(parseTranscript(text)));
    }
  });
});

describe('analyzeTranscript, which reads cues straight into columns', () => {
  it('gives the figures analyzeCues gives for the parsed cues, on random and mutated real transcripts', () => {
    const text = fc.oneof(vttLike, fc.tuple(fc.constantFrom(...realTexts), fc.array(mutation, { maxLength: 20 })).map(([real, mutations]) => mutate(real, mutations)));
    fc.assert(
      fc.property(text, (vtt) => {
        const parsed = parseOrReject(vtt);
        if (parsed === 'not-webvtt') expect(() => analyzeTranscript(vtt)).toThrow(/Not a WebVTT file/);
        else expect(analyzeTranscript(vtt)).toEqual(analyzeCues(parsed.cues));
      }),
      { numRuns: 300 },
    );
  });
});

describe('writing cues out and reading them back', () => {
  it('gives back the cues, speakers and times (ms) as written', () => {
    const speaker = fc.constantFrom('Ana', 'Ben Lee', 'Neil Knapp | Cyberlogic', null);
    const cueSpec = fc.tuple(fc.integer({ min: 0, max: 36_000_000 }), fc.integer({ min: 0, max: 120_000 }), speaker);
    fc.assert(
      fc.property(fc.array(cueSpec, { maxLength: 50 }), (specs) => {
        const cues = specs.map(([startMs, lengthMs, name]): CueSpec => [startMs / 1000, (startMs + lengthMs) / 1000, name]);
        const parsed = parseTranscript(writeVtt(cues));
        expect(parsed.cues).toEqual(specs.map(([startMs, lengthMs, name]) => ({ startMs, endMs: startMs + lengthMs, speaker: name })));
        expect(parsed.warnings.count).toBe(0);
      }),
    );
  });
});
