import { describe, expect, it } from 'vitest';
import { createTranscriptParser, isNotWebVttError, NotWebVttError, parseTranscript } from '../../../../server/domain/transcript';

const cuesOf = (vtt: string) => parseTranscript(vtt).cues;
const warningsOf = (vtt: string) => parseTranscript(vtt).warnings;

describe('parseTranscript: the file', () => {
  it('reads each cue’s start, end and speaker in file order', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.500\n<v Ana>Hello.</v>\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Hi.</v>\n';
    expect(cuesOf(vtt)).toEqual([
      { startMs: 1000, endMs: 2500, speaker: 'Ana' },
      { startMs: 3000, endMs: 4000, speaker: 'Ben' },
    ]);
  });

  it('reads CRLF, lone CR and LF line breaks alike, and a byte order mark', () => {
    const lf = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>One\ntwo</v>\n\n00:03.000 --> 00:04.000\n<v Ben>Three</v>';
    const expected = cuesOf(lf);
    expect(expected).toHaveLength(2);
    expect(cuesOf(lf.replaceAll('\n', '\r\n'))).toEqual(expected);
    expect(cuesOf(lf.replaceAll('\n', '\r'))).toEqual(expected);
    expect(cuesOf(`\uFEFF${lf.replaceAll('\n', '\r\n')}`)).toEqual(expected);
  });

  it('accepts text after WEBVTT on the header line, and header fields up to the first blank line', () => {
    const vtt = 'WEBVTT - Teams meeting transcript\nKind: captions\nLanguage: en\n\n00:01.000 --> 00:02.000\n<v Ana>Hi</v>';
    expect(cuesOf(vtt)).toEqual([{ startMs: 1000, endMs: 2000, speaker: 'Ana' }]);
    expect(cuesOf('WEBVTT\tx\n\n00:01.000 --> 00:02.000\nHi')).toHaveLength(1);
    expect(warningsOf(vtt).count).toBe(0);
  });

  it('ends the header at a timing line even without a blank line', () => {
    expect(cuesOf('WEBVTT\n00:01.000 --> 00:02.000\n<v Ana>Hi</v>')).toEqual([{ startMs: 1000, endMs: 2000, speaker: 'Ana' }]);
  });

  it('reads an empty transcript (just the signature) as no cues', () => {
    expect(parseTranscript('WEBVTT')).toMatchObject({ cues: [], warnings: { count: 0 } });
    expect(parseTranscript('WEBVTT\r\n\r\n')).toMatchObject({ cues: [], warnings: { count: 0 } });
  });

  it.each([
    ['an empty file', ''],
    ['a cue without the header', '00:01.000 --> 00:02.000\n<v Ana>Hi</v>'],
    ['a blank line before the signature', '\nWEBVTT\n'],
    ['a lower-case signature', 'webvtt\n'],
    ['a signature run into other text', 'WEBVTTX\n'],
    ['a signature followed by a dash', 'WEBVTT-1\n'],
    ['binary data', '\u0000\u0001PNG\u001a\n'],
  ])('rejects %s with NotWebVttError', (_case, text) => {
    expect(() => parseTranscript(text)).toThrow(NotWebVttError);
    try {
      parseTranscript(text);
    } catch (error) {
      expect(isNotWebVttError(error)).toBe(true);
    }
  });
});

describe('parseTranscript: blocks', () => {
  it('skips NOTE, STYLE and REGION blocks without a warning', () => {
    const vtt = [
      'WEBVTT',
      '',
      'STYLE',
      '::cue { color: lime }',
      '',
      'REGION',
      'id:fred width:40%',
      '',
      'NOTE a comment',
      'over two lines',
      '',
      'NOTE',
      '',
      '00:01.000 --> 00:02.000',
      '<v Ana>Hi</v>',
    ].join('\n');
    expect(cuesOf(vtt)).toHaveLength(1);
    expect(warningsOf(vtt).count).toBe(0);
  });

  it('reads cues with ids (Teams’ {GUID}/n-m) and without', () => {
    const vtt = 'WEBVTT\n\n52c78d83-6306-4ac9-ae6b-1ce84cfc632a/14-0\n00:01.000 --> 00:02.000\n<v Ana>A</v>\n\n00:03.000 --> 00:04.000\n<v Ben>B</v>';
    expect(cuesOf(vtt).map((cue) => cue.speaker)).toEqual(['Ana', 'Ben']);
  });

  it('ignores cue settings after the timestamps', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000 align:start position:10% line:0\n<v Ana>Hi</v>';
    expect(cuesOf(vtt)).toEqual([{ startMs: 1000, endMs: 2000, speaker: 'Ana' }]);
  });

  it('reads Graph’s 0:0:0.0 --> 0:0:5.320 style timestamps', () => {
    expect(cuesOf('WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>')).toEqual([
      { startMs: 0, endMs: 5320, speaker: 'User Name' },
    ]);
  });

  it('skips a cue whose end is before its start and counts a warning at its timing line', () => {
    const vtt = 'WEBVTT\n\n00:05.000 --> 00:04.000\n<v Ana>Backwards</v>\n\n00:06.000 --> 00:07.000\n<v Ben>Fine</v>';
    const parsed = parseTranscript(vtt);
    expect(parsed.cues).toEqual([{ startMs: 6000, endMs: 7000, speaker: 'Ben' }]);
    expect(parsed.warnings).toEqual({
      count: 1,
      byKind: { 'reversed-cue': 1, 'unreadable-timing': 0, 'unknown-block': 0 },
      first: [{ kind: 'reversed-cue', line: 3 }],
    });
  });

  it('keeps a cue whose end equals its start (it is not before it)', () => {
    expect(cuesOf('WEBVTT\n\n00:05.000 --> 00:05.000\n<v Ana>Blip</v>')).toEqual([{ startMs: 5000, endMs: 5000, speaker: 'Ana' }]);
  });

  it('skips unreadable timing lines and blocks that are not cues with a warning each, and reads on', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> soon\n<v Ana>?</v>\n\nstray text\nmore\n\n00:02.000 --> 00:03.000\n<v Ben>Ok</v>';
    const parsed = parseTranscript(vtt);
    expect(parsed.cues).toEqual([{ startMs: 2000, endMs: 3000, speaker: 'Ben' }]);
    expect(parsed.warnings.byKind).toEqual({ 'reversed-cue': 0, 'unreadable-timing': 1, 'unknown-block': 1 });
    expect(parsed.warnings.first).toEqual([
      { kind: 'unreadable-timing', line: 3 },
      { kind: 'unknown-block', line: 6 },
    ]);
  });

  it('starts a new cue at a timing line that follows a payload without a blank line', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>One</v>\n00:03.000 --> 00:04.000\n<v Ben>Two</v>';
    expect(cuesOf(vtt).map((cue) => cue.speaker)).toEqual(['Ana', 'Ben']);
  });

  it('keeps only the first few warnings with their lines but counts them all', () => {
    const vtt = `WEBVTT\n\n${'junk\n\n'.repeat(50)}`;
    const { warnings } = parseTranscript(vtt);
    expect(warnings.count).toBe(50);
    expect(warnings.first).toHaveLength(20);
  });

  it('reads payloads as JSON (Graph’s metadataContent) as unattributed cues', () => {
    const vtt = 'WEBVTT\n\n00:00:16.246 --> 00:00:17.726\n{"speakerName":"User Name","spokenText":"Hi"}';
    expect(cuesOf(vtt)).toEqual([{ startMs: 16246, endMs: 17726, speaker: null }]);
  });
});

describe('createTranscriptParser', () => {
  it('rejects a long first line that cannot be a signature before its end arrives', () => {
    const parser = createTranscriptParser();
    expect(() => parser.write('PK\u0003\u0004 a zip file, no line break yet')).toThrow(NotWebVttError);
  });
});
