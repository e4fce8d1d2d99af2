// Reading one line of an invite: list markers ("1.", "2)", "(3)", "-", "•", Word's "·" and "o"), headings, blank
// lines, and whether it announces the agenda.
import { splitDuration } from './parse-duration';
import type { AgendaLine, ListPlace } from './types';

/** A number or bullet, then a space: "1. Wins", "2) Blockers", "(3) Demo", "- Intro", "• Q&A". */
const MARKER = /^(?:(?<number>\(?\d{1,3}[.)]|[a-z]\))|(?<bullet>[-*+•·▪◦‣–—o]))\s+/u;

export type ListMarker = { isOrdered: boolean; rest: string };

export const readListMarker = (text: string): ListMarker | null => {
  const match = MARKER.exec(text);
  if (!match) return null;
  return { isOrdered: match.groups?.number !== undefined, rest: text.slice(match[0].length) };
};

/** Zero-width characters Outlook leaves in text, which are not whitespace to a regex. */
const INVISIBLE = /[\u200b-\u200d\u2060]/g;
const WHITESPACE_RUN = /\s+/g;

export const collapseWhitespace = (text: string): string => text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();

/** "-----", "=====", "*****": a rule drawn with characters, which a reader sees as a break. */
const isDrawnRule = (text: string): boolean => text.length >= 3 && /^[-=_*~.·]+$/.test(text);

const AGENDA_WORDS = String.raw`(?:agenda|tagesordnung|ordre du jour|orden del d[ií]a|ordine del giorno|pauta|dagorde)`;
const AGENDA_HEADING = new RegExp(
  String.raw`^(?:(?:today'?s|today’s|proposed|draft|meeting|our|the|weekly)\s)?${AGENDA_WORDS}(?:\s(?:for|of|du|de|del|für)\s.{1,40})?$`,
  'iu',
);

/** "Agenda", "AGENDA:", "## Agenda", "**Agenda**", "Today's agenda", "Agenda for Monday (60 min)". */
export const isAgendaHeading = (line: AgendaLine): boolean => {
  if (line.list || line.text.length > 80) return false;
  let text = line.text.replace(/^#{1,6}\s?/, '');
  text = text.replace(/^[*_]{1,3}/, '').replace(/[*_]{1,3}$/, '').replace(/:$/, '');
  return AGENDA_HEADING.test(splitDuration(text.trim()).title.replace(/:$/, ''));
};

export type LineFacts = { raw: string; list: ListPlace | null; isHeading: boolean; indent: number };

/** A line from its raw (decoded) text: collapsed, its list marker read, blank or not. */
export const readLine = ({ raw, list, isHeading, indent }: LineFacts, markerListKey: string): AgendaLine => {
  const text = collapseWhitespace(raw);
  const marker = readListMarker(text);
  if (list) return { text: marker ? marker.rest : text, list, isHeading: false, isBlank: text === '' };
  if (marker) return { text: marker.rest, list: { key: markerListKey, depth: indent, isOrdered: marker.isOrdered }, isHeading: false, isBlank: false };
  const isBlank = text === '' || isDrawnRule(text);
  return { text, list: null, isHeading: !isBlank && (isHeading || /^#{1,6}\s/.test(text) || /^\*\*.+\*\*$/.test(text)), isBlank };
};
