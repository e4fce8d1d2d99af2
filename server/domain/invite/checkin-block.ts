// Writing Roundtable's check-in block into an invite body, taking it out, and reading it back. The laws (proven by
// the property tests): the block goes in front of the organizer's content; writing twice equals writing once and a
// new check-in replaces the old block; removal gives back the body byte for byte; everything outside the block —
// above all the Teams meeting blob — is kept byte for byte.
import { readHtmlBlockFields, locateHtmlBlocks, renderHtmlBlock } from './html-checkin-block';
import { detectNewline } from './line-breaks';
import { locateHtmlContent } from './locate-html-content';
import { cutRanges } from './ranges';
import { locateTextBlocks, readTextBlockFields, renderTextBlock } from './text-checkin-block';
import type { CheckinBlock, InviteBody, InviteCheckin, LocatedBlock } from './types';

/** Every check-in block in the body, in order; more than one only when someone copied one in by hand. */
export const locateCheckinBlocks = (body: InviteBody): LocatedBlock[] =>
  body.contentType === 'html' ? locateHtmlBlocks(body.content) : locateTextBlocks(body.content);

/** The body without any check-in block: exactly the body as it was before the block was written. */
export const removeCheckinBlock = (body: InviteBody): InviteBody => {
  const blocks = locateCheckinBlocks(body);
  if (blocks.length === 0) return body;
  return { contentType: body.contentType, content: cutRanges(body.content, blocks.map((block) => block.range)) };
};

/** The body with exactly one check-in block, saying `checkin`, in front of the organizer's content. */
export const writeCheckinBlock = (body: InviteBody, checkin: InviteCheckin): InviteBody => {
  const content = removeCheckinBlock(body).content;
  const newline = detectNewline(content);
  if (body.contentType === 'html') {
    const { insertAt } = locateHtmlContent(content);
    return { contentType: 'html', content: content.slice(0, insertAt) + renderHtmlBlock(checkin, newline) + content.slice(insertAt) };
  }
  // A byte order mark stays the first character.
  const insertAt = content.startsWith('\ufeff') ? 1 : 0;
  return { contentType: 'text', content: content.slice(0, insertAt) + renderTextBlock(checkin, newline) + content.slice(insertAt) };
};

/** The first check-in block in the body, with what it says, or null when there is none. */
export const readCheckinBlock = (body: InviteBody): CheckinBlock | null => {
  const [block] = locateCheckinBlocks(body);
  if (!block) return null;
  const fields = body.contentType === 'html' ? readHtmlBlockFields(body.content, block.range) : readTextBlockFields(body.content, block.range);
  return { ...block, ...fields };
};
