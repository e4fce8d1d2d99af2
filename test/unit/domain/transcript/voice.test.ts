import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../../server/domain/transcript';

/** The speaker of a single cue with this payload. */
const speakerOf = (payload: string) => parseTranscript(`WEBVTT\n\n00:01.000 --> 00:02.000\n${payload}`).cues[0]?.speaker;

describe('the speaker of a cue', () => {
  it('is the name in a leading <v Name> tag, with or without the closing </v>', () => {
    expect(speakerOf('<v Nicolas Blank>Recording has started</v>')).toBe('Nicolas Blank');
    expect(speakerOf('<v Nicolas Blank>Recording has started')).toBe('Nicolas Blank');
  });

  it('is the name after the classes of a <v.class Name> tag', () => {
    expect(speakerOf('<v.loud Ana Lima>Hi</v>')).toBe('Ana Lima');
    expect(speakerOf('<v.loud.first Ana>Hi</v>')).toBe('Ana');
  });

  it('keeps suffixes such as "| Company" as part of the name', () => {
    expect(speakerOf('<v Neil Knapp | Cyberlogic>Yes.</v>')).toBe('Neil Knapp | Cyberlogic');
  });

  it('decodes HTML entities in the name, named and numeric', () => {
    expect(speakerOf('<v Carlos Far&#237;as>No.</v>')).toBe('Carlos Farías');
    expect(speakerOf('<v Carlos Far&#xED;as>No.</v>')).toBe('Carlos Farías');
    expect(speakerOf('<v Carlos Far&iacute;as>No.</v>')).toBe('Carlos Farías');
    expect(speakerOf('<v R&amp;D Team>No.</v>')).toBe('R&D Team');
  });

  it('collapses and trims whitespace in the name, also across a wrapped line', () => {
    expect(speakerOf('<v   Ana \t  Lima  >Hi</v>')).toBe('Ana Lima');
    expect(speakerOf('<v Ana\nLima>Hi</v>')).toBe('Ana Lima');
    expect(speakerOf('<v\nAna>Hi</v>')).toBe('Ana');
    expect(speakerOf('<v Ana&nbsp;Lima>Hi</v>')).toBe('Ana Lima');
  });

  it('is read from the tag even when the payload wraps over several lines', () => {
    expect(speakerOf('<v Nicolas Blank>Recording has started and with that\nwelcome everyone to the last of the</v>')).toBe('Nicolas Blank');
    expect(speakerOf('  <v Ana>indented</v>')).toBe('Ana');
  });

  it.each([
    ['no tag', 'Hello hello hello'],
    ['a voice tag that is not leading', 'Hi <v Ana>there</v>'],
    ['another tag first', '<c.yellow><v Ana>Hi</v></c>'],
    ['a tag whose name only starts with v', '<vi Ana>Hi'],
    ['a voice tag without a name', '<v>Hi</v>'],
    ['a voice tag with only classes', '<v.loud>Hi</v>'],
    ['a name of entities for whitespace only', '<v &nbsp; >Hi'],
    ['a tag never closed by >', '<v Ana Lima'],
    ['a closing tag', '</v>Hi'],
    ['an empty payload', ''],
  ])('is nobody (unattributed) with %s', (_case, payload) => {
    expect(speakerOf(payload)).toBeNull();
  });
});
