import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCueTiming, readTimestamp } from '../../../../server/domain/transcript/timestamp';

const ms = (text: string) => readTimestamp(text, 0)?.ms ?? null;

describe('readTimestamp', () => {
  it.each([
    ['00:00:05.320', 5320],
    ['00:05.320', 5320],
    ['0:0:5.320', 5320],
    ['0:0:0.0', 0],
    ['01:02:03.004', 3_723_004],
    ['1:2:3.4', 3_723_400],
    ['100:00:00.000', 360_000_000],
    ['00:05', 5000],
    ['59:59.999', 3_599_999],
  ])('reads %s as %i ms', (text, expected) => {
    expect(ms(text)).toBe(expected);
  });

  it('right-pads a fraction of one or two digits: .5 is 500 ms, .05 is 50 ms', () => {
    expect(ms('00:00.5')).toBe(500);
    expect(ms('00:00.05')).toBe(50);
    expect(ms('00:00.005')).toBe(5);
  });

  it.each([
    ['a minute field over 59', '00:60:00.000'],
    ['a second field over 59', '00:00:60.000'],
    ['three-digit minutes without hours', '100:00.000'],
    ['three-digit seconds', '00:000.000'],
    ['a dot without a fraction', '00:05.'],
    ['a four-digit fraction', '00:05.1234'],
    ['one field', '5.000'],
    ['an empty field', '00::05.000'],
    ['no digits', ':'],
    ['hours beyond any safe millisecond count', `${'9'.repeat(20)}:00:00.000`],
  ])('refuses %s', (_case, text) => {
    expect(ms(text)).toBeNull();
  });

  it('stops at the end of the timestamp', () => {
    expect(readTimestamp('x 00:01.000 -->', 2)).toEqual({ ms: 1000, end: 11 });
  });
});

describe('readCueTiming', () => {
  it('reads the start and end around the arrow, with or without spaces', () => {
    expect(readCueTiming('00:00:01.000 --> 00:00:02.000')).toEqual({ startMs: 1000, endMs: 2000 });
    expect(readCueTiming('00:01.000-->00:02.000')).toEqual({ startMs: 1000, endMs: 2000 });
    expect(readCueTiming(' \t00:01.000 \t-->\t 00:02.000 ')).toEqual({ startMs: 1000, endMs: 2000 });
  });

  it('ignores cue settings after the end', () => {
    expect(readCueTiming('00:01.000 --> 00:02.000 align:start line:0%')).toEqual({ startMs: 1000, endMs: 2000 });
  });

  it('refuses a line with text run into the end timestamp, or without an arrow', () => {
    expect(readCueTiming('00:01.000 --> 00:02.000x')).toBeNull();
    expect(readCueTiming('00:01.000 -> 00:02.000')).toBeNull();
    expect(readCueTiming('--> 00:02.000')).toBeNull();
    expect(readCueTiming('00:01.000 -->')).toBeNull();
  });
});

/** The timing-line grammar written as a regular expression: a second, independent reading to hold the scanner to. */
const TIMESTAMP = String.raw`(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?`;
const TIMING = new RegExp(String.raw`^[ \t\f]*${TIMESTAMP}[ \t\f]*-->[ \t\f]*${TIMESTAMP}(?=$|[ \t\f])`);
const toMs = (hours = '0', minutes: string, seconds: string, fraction?: string): number | null => {
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  const ms = ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + (fraction ? Number(fraction.padEnd(3, '0')) : 0);
  return Number.isSafeInteger(ms) ? ms : null;
};
const referenceTiming = (line: string) => {
  const match = TIMING.exec(line);
  if (!match) return null;
  const [, h1, m1, s1, f1, h2, m2, s2, f2] = match;
  const [startMs, endMs] = [toMs(h1, m1!, s1!, f1), toMs(h2, m2!, s2!, f2)];
  return startMs === null || endMs === null ? null : { startMs, endMs };
};

describe('timing lines, fast path and general reader alike', () => {
  it('read every line as the grammar does', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '5', '6', '9'), minLength: 1, maxLength: 3 });
    const timestamp = fc.tuple(fc.option(digits, { nil: undefined }), digits, digits, fc.option(digits, { nil: undefined })).map(
      ([h, m, s, f]) => `${h === undefined ? '' : `${h}:`}${m}:${s}${f === undefined ? '' : `.${f}`}`,
    );
    // Hours of two digits as Teams writes them, and of up to seven: the fast path takes up to six, the general reader the rest.
    const hours = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9_999_999 }));
    const teamsLike = fc.tuple(hours, fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 })).map(
      ([h, m, s, f]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(f).padStart(3, '0')}`,
    );
    const stamp = fc.oneof(timestamp, teamsLike);
    const line = fc.tuple(stamp, fc.constantFrom(' --> ', '-->', ' -->  ', ' -> '), stamp, fc.constantFrom('', ' align:start', 'x', '0', '\t')).map(([a, arrow, b, tail]) => `${a}${arrow}${b}${tail}`);
    fc.assert(
      fc.property(line, (text) => {
        expect(readCueTiming(text)).toEqual(referenceTiming(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a timing line read where it lies in a larger text', () => {
  it('reads as the line alone, whatever comes before and after it', () => {
    const line = fc.constantFrom('00:00:01.000 --> 00:00:02.000', '100:00:01.000 --> 100:00:02.500', '0:0:0.0 --> 0:0:5.320', '00:01.000 --> 00:02.000 align:start', '00:00:01.000 --> 00:00:02.00', '00:00:01.000 --> 00:00:02.000x');
    const around = fc.constantFrom('', '\n', '\r\n', '7', '0:00.000', ' ', 'x\r');
    fc.assert(
      fc.property(around, line, around, (before, text, after) => {
        const embedded = `${before}${text}${after}`;
        expect(readCueTiming(embedded, before.length, before.length + text.length)).toEqual(readCueTiming(text));
      }),
    );
  });
});
