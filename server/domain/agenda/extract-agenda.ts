// The agenda of an invite, read from its body: the organizer's own content only — Roundtable's check-in block and the
// Teams meeting blob are left out. Bodies over a megabyte are not read (no invite is that long; the limit keeps the
// work bounded), and every step is linear in the body's length.
import { findMeetingBlob, locateCheckinBlocks, type InviteBody } from '../invite';
import { cutRanges, mergeRanges } from '../invite/ranges';
import { readHtmlLines } from './html-lines';
import { pickAgendaItems } from './pick-agenda-items';
import { readTextLines } from './text-lines';
import type { Agenda } from './types';

export const MAX_BODY_CHARS = 1_000_000;

export const extractAgenda = (body: InviteBody): Agenda => {
  if (body.content.length > MAX_BODY_CHARS) return { items: [] };
  const blob = findMeetingBlob(body);
  const ranges = mergeRanges([...locateCheckinBlocks(body).map((block) => block.range), ...(blob ? [blob] : [])]);
  // What is cut out still ends the line before it.
  const content = cutRanges(body.content, ranges, body.contentType === 'html' ? '<br>' : '\n');
  const lines = body.contentType === 'html' ? readHtmlLines(content) : readTextLines(content);
  return { items: pickAgendaItems(lines) };
};
