// The speaker of a cue: the name in a leading `<v Name>` or `<v.class Name>` tag of its payload (`</v>` optional).
// The payload arrives a line at a time and only its leading tag matters, so the scan stops as soon as the speaker is
// known: a payload of 100,000 lines costs no more than reading each line once. Lines are read in place, as ranges of
// the text; only a tag's body is copied out, and only when it is not the tag of the cue before.
import { decodeEntities } from './entities.js';

// WebVTT's whitespace; line breaks never occur inside a line.
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 12;

/** `<v` must be followed by whitespace, a class (`.`), `>` or the line's end, else it is another tag such as `<vi>`. */
const isVoiceTagAt = (text: string, at: number, end: number): boolean => {
  if (at + 1 >= end || text.charCodeAt(at + 1) !== 118 /* v */) return false;
  if (at + 2 === end) return true;
  const next = text.charCodeAt(at + 2);
  return isSpace(next) || next === 46 /* . */ || next === 62; /* > */
};

/** The name in the body of a voice tag (what follows `<v`, up to `>`): classes skipped, entities decoded, spaces collapsed. */
export const readVoiceName = (body: string): string | null => {
  let position = 0;
  if (body.charCodeAt(0) === 46 /* . */) {
    while (position < body.length && !isSpace(body.charCodeAt(position)) && body.charCodeAt(position) !== 10) position += 1;
  }
  const name = decodeEntities(body.slice(position)).replace(/\s+/g, ' ').trim();
  return name === '' ? null : name;
};

/** How many distinct tag bodies a parser remembers: a meeting has a few dozen speakers, a hostile file no bound. */
const MAX_REMEMBERED_NAMES = 4096;

export type VoiceScanner = {
  /** Starts the payload of the next cue. */
  restart: () => void;
  /** Reads one payload line, `[start, end)` of `text`; returns how many characters it looked at. */
  readLine: (text: string, start: number, end: number) => number;
  /** The speaker once the payload has ended: a tag never closed by `>` names nobody (it may be a cut-off file). */
  finish: () => string | null;
};

/** One per parser: it remembers the names it has read, for the cues to come. */
export const createVoiceScanner = (): VoiceScanner => {
  // Every cue of a speaker carries the same tag, so its entities are decoded and its spaces collapsed once per
  // speaker rather than once per cue.
  const names = new Map<string, string | null>();
  const nameOf = (body: string): string | null => {
    const known = names.get(body);
    if (known !== undefined) return known;
    const name = readVoiceName(body);
    if (names.size < MAX_REMEMBERED_NAMES) names.set(body, name);
    return name;
  };
  // The whole tag (`<v Name>`) of the last cue whose tag lay on one line, and its name: a speaker's cues mostly follow
  // one another, and comparing the tag costs less than finding its end, copying its body out and looking it up.
  let lastTag = '';
  let lastName: string | null = null;
  /** How many characters comparing `lastTag` at `from` looks at: none if it cannot fit, one if its `>` is not there. */
  const lastTagLook = (text: string, from: number, end: number): number => {
    const tagEnd = from + lastTag.length;
    if (lastTag === '' || tagEnd > end) return 0;
    return text.charCodeAt(tagEnd - 1) === 62 /* > */ ? lastTag.length : 1;
  };

  /** `leading`: only whitespace so far; `tag`: inside `<v…`, waiting for `>`; `done`: the speaker is known. */
  let state: 'leading' | 'tag' | 'done' = 'leading';
  /** What follows `<v` so far, while in `tag` over several lines. */
  let tag = '';
  let speaker: string | null = null;

  const restart = (): void => {
    state = 'leading';
    tag = '';
    speaker = null;
  };

  const readLine = (text: string, start: number, end: number): number => {
    if (state === 'done') return 0;
    let from = start;
    let looked = 0;
    if (state === 'leading') {
      while (from < end && isSpace(text.charCodeAt(from))) from += 1;
      if (from === end) return end - start;
      looked = lastTagLook(text, from, end);
      // slice and === compare natively, faster here than startsWith.
      if (looked > 1 && text.slice(from, from + looked) === lastTag) {
        state = 'done';
        speaker = lastName;
        return from - start + looked;
      }
      if (text.charCodeAt(from) !== 60 /* < */ || !isVoiceTagAt(text, from, end)) {
        state = 'done';
        return from + 1 - start + looked;
      }
      state = 'tag';
      from += 2;
    } else {
      // The tag goes on over a line break, which is whitespace inside it.
      tag += '\n';
    }
    // A loop rather than indexOf, which would search on past the line's end; the body is a name, a few dozen characters.
    let close = from;
    while (close < end && text.charCodeAt(close) !== 62 /* > */) close += 1;
    if (close === end) {
      tag += text.slice(from, end);
      return end - start + looked;
    }
    state = 'done';
    if (tag === '') {
      speaker = nameOf(text.slice(from, close));
      lastTag = text.slice(from - 2, close + 1);
      lastName = speaker;
    } else {
      speaker = nameOf(tag + text.slice(from, close));
    }
    return close + 1 - start + tag.length + looked;
  };

  return { restart, readLine, finish: () => (state === 'done' ? speaker : null) };
};
