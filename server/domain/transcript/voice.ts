// The speaker of a cue: the name in a leading `<v Name>` or `<v.class Name>` tag of its payload (`</v>` optional).
// The payload arrives a line at a time and only its leading tag matters, so the scan stops as soon as the speaker is
// known: a payload of 100,000 lines costs no more than reading each line once.
import { decodeEntities } from './entities.js';

export type VoiceScan = {
  /** `leading`: only whitespace so far; `tag`: inside `<v…`, waiting for `>`; `done`: the speaker is known. */
  state: 'leading' | 'tag' | 'done';
  /** What follows `<v` so far, while in `tag`. */
  tag: string;
  speaker: string | null;
};

export const startVoiceScan = (): VoiceScan => ({ state: 'leading', tag: '', speaker: null });

// WebVTT's whitespace; line breaks never occur inside a line.
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 12;

/** `<v` must be followed by whitespace, a class (`.`), `>` or the line break, else it is another tag such as `<vi>`. */
const isVoiceTagAt = (line: string, at: number): boolean => {
  if (line.charCodeAt(at + 1) !== 118 /* v */) return false;
  if (at + 2 === line.length) return true;
  const next = line.charCodeAt(at + 2);
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

/**
 * `readVoiceName`, remembered per tag body: every cue of a speaker carries the same tag, so decoding its entities and
 * collapsing its spaces once per speaker instead of once per cue saves a third of the parse.
 */
export const createVoiceNameReader = (): ((body: string) => string | null) => {
  const names = new Map<string, string | null>();
  return (body) => {
    const known = names.get(body);
    if (known !== undefined) return known;
    const name = readVoiceName(body);
    if (names.size < MAX_REMEMBERED_NAMES) names.set(body, name);
    return name;
  };
};

/** Reads one payload line into the scan; returns how many characters it looked at. */
export const scanVoiceLine = (scan: VoiceScan, line: string, readName: (body: string) => string | null = readVoiceName): number => {
  if (scan.state === 'done') return 0;
  let from = 0;
  if (scan.state === 'leading') {
    while (from < line.length && isSpace(line.charCodeAt(from))) from += 1;
    if (from === line.length) return line.length;
    if (line.charCodeAt(from) !== 60 /* < */ || !isVoiceTagAt(line, from)) {
      scan.state = 'done';
      return from + 1;
    }
    scan.state = 'tag';
    from += 2;
  } else {
    // The tag goes on over a line break, which is whitespace inside it.
    scan.tag += '\n';
  }
  const close = line.indexOf('>', from);
  if (close < 0) {
    scan.tag += line.slice(from);
    return line.length;
  }
  scan.state = 'done';
  scan.speaker = readName(scan.tag + line.slice(from, close));
  return close + 1 + scan.tag.length;
};

/** The speaker once the payload has ended: a tag never closed by `>` names nobody (it may be a cut-off file). */
export const finishVoiceScan = (scan: VoiceScan): string | null => (scan.state === 'done' ? scan.speaker : null);
