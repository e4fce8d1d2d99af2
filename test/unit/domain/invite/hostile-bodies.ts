// Bodies of about a megabyte built to make a careless scanner quadratic: unclosed comments, endless open tags, runs of
// our markers. The linear-work tests of the merge and of the agenda run on them.

const SIZE = 1_000_000;
/** `unit` repeated to about a megabyte, then `tail`. */
export const hostileSize = (unit: string, tail = ''): string => unit.repeat(Math.floor((SIZE - tail.length) / unit.length)) + tail;

/** HTML built to make a careless scanner quadratic. */
export const hostileHtml: Record<string, string> = {
  'lone <': hostileSize('<'),
  'comment openers': hostileSize('<!--'),
  'comments closed only by --!>': hostileSize('<!--a--!>'),
  'bogus comments without >': hostileSize('<!x'),
  'an attribute quote never closed': `<div title="${hostileSize('a')}`,
  'nested divs never closed, then mismatched ends': hostileSize('<div>', hostileSize('</p>').slice(0, SIZE / 2)),
  'our start comment, repeated': hostileSize('<!--roundtable-checkin:start-->'),
  'our end comment, repeated': hostileSize('<!--roundtable-checkin:end-->'),
  'our element, opened and never closed': hostileSize('<div id="roundtable-checkin">'),
  'unclosed style sheets': hostileSize('<style>x'),
  'underscores': hostileSize('_'),
  'rules without their elements': hostileSize('________________<br>'),
  'whitespace': hostileSize(' \r\n\t'),
  'ampersands': hostileSize('&'),
};
