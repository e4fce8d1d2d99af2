// Where the organizer's content begins in an HTML body: after `<body…>` in Outlook's full documents; after `</head>`
// when a document has a head but no body tag; after the leading document furniture (doctype, <html>, <meta>, <style>…)
// in a fragment. The check-in block goes there, so it is above the agenda, never inside <head>, and always before the
// Teams meeting blob (which Outlook appends after the organizer's content).
import { lineBreakLength } from './line-breaks';
import { scanHtml } from './scan-html';

export type HtmlContentLayout = {
  /** Where the body's content region starts: blocks are looked for from here (never in <head>). */
  contentStart: number;
  /** Where a new block is inserted: `contentStart`, or past the line break that follows it. */
  insertAt: number;
};

/** What may precede content in a fragment without being content: the elements of a document's head. */
const HEAD_ELEMENTS = new Set(['html', 'head', 'meta', 'link', 'base', 'style', 'title', 'script', 'noscript']);

const isBlank = (text: string): boolean => text.trim() === '';

const isDocumentDeclaration = (text: string): boolean => /^<(?:!doctype|\?xml)/i.test(text);

const layoutAfter = (html: string, at: number): HtmlContentLayout => ({ contentStart: at, insertAt: at + lineBreakLength(html, at) });

export const locateHtmlContent = (html: string): HtmlContentLayout => {
  let headEnd = -1;
  let isPrologue = true;
  /** End of the last piece of document furniture seen while still in the prologue. */
  let furnitureEnd = 0;
  /** A raw-text head element (<style>, <title>…) counts only once its end tag is seen. */
  let openRawElement: string | null = null;
  for (const token of scanHtml(html)) {
    if (token.kind === 'startTag' && token.name === 'body') return layoutAfter(html, token.end);
    if (token.kind === 'endTag' && token.name === 'head' && headEnd < 0) headEnd = token.end;
    if (!isPrologue) continue;
    switch (token.kind) {
      case 'comment':
      case 'rawText':
        break;
      case 'text':
        if (!isBlank(html.slice(token.start, token.end))) isPrologue = false;
        break;
      case 'other':
        if (isDocumentDeclaration(html.slice(token.start, token.end))) furnitureEnd = token.end;
        else isPrologue = false;
        break;
      case 'startTag':
        if (!HEAD_ELEMENTS.has(token.name)) isPrologue = false;
        else if (token.name === 'style' || token.name === 'title' || token.name === 'script' || token.name === 'noscript') openRawElement = token.name;
        else furnitureEnd = token.end;
        break;
      case 'endTag':
        if (token.name === openRawElement) {
          openRawElement = null;
          furnitureEnd = token.end;
        } else if (token.name === 'head') furnitureEnd = token.end;
        else isPrologue = false;
        break;
    }
  }
  if (headEnd >= 0) return layoutAfter(html, headEnd);
  if (furnitureEnd > 0) return { contentStart: 0, insertAt: furnitureEnd + lineBreakLength(html, furnitureEnd) };
  // A byte order mark stays the first character.
  return { contentStart: 0, insertAt: html.startsWith('\ufeff') ? 1 : 0 };
};
