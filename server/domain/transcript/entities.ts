// HTML character references in speaker names: Teams writes non-ASCII letters as `&#237;` and `&` as `&amp;`.
// Numeric references and the HTML 4 named set (Latin-1, typographic and WebVTT's own `&lrm;`/`&rlm;`) are decoded; an
// unknown name, or a reference without its `;`, stays as written, as browsers show it.

/** HTML 4's names for U+00A0…U+00FF, in code point order. */
const latin1Names =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const otherNames: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
};

const namedReferences = new Map<string, number>([
  ...latin1Names.split(' ').map((name, index): [string, number] => [name, 0xa0 + index]),
  ...Object.entries(otherNames),
]);

/** Longest reference body looked at after `&`; bounds the work per `&` so decoding stays linear. */
const MAX_REFERENCE = 10;

const lookUpCodePoint = (body: string): number | undefined => {
  if (body.charCodeAt(0) !== 35 /* # */) return namedReferences.get(body);
  const isHex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(isHex ? 2 : 1);
  if (digits === '' || !(isHex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const value = Number.parseInt(digits, isHex ? 16 : 10);
  // As HTML does: nothing, surrogates and values beyond Unicode become U+FFFD rather than vanishing.
  return value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff) ? 0xfffd : value;
};

export const decodeEntities = (text: string): string => {
  let ampersand = text.indexOf('&');
  if (ampersand < 0) return text;
  let decoded = '';
  let copiedUpTo = 0;
  // Found once and reused while it lies ahead: searching afresh from every `&` would be quadratic in "&&&&…".
  let semicolon = text.indexOf(';', ampersand + 1);
  while (ampersand >= 0) {
    if (semicolon >= 0 && semicolon <= ampersand) semicolon = text.indexOf(';', ampersand + 1);
    if (semicolon > ampersand + 1 && semicolon - ampersand - 1 <= MAX_REFERENCE) {
      const codePoint = lookUpCodePoint(text.slice(ampersand + 1, semicolon));
      if (codePoint !== undefined) {
        decoded += text.slice(copiedUpTo, ampersand) + String.fromCodePoint(codePoint);
        copiedUpTo = semicolon + 1;
      }
    }
    ampersand = text.indexOf('&', Math.max(ampersand + 1, copiedUpTo));
  }
  return decoded + text.slice(copiedUpTo);
};
