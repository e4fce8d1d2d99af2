import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../../server/domain/transcript/entities';

describe('decodeEntities', () => {
  it('decodes numeric references, decimal and hexadecimal', () => {
    expect(decodeEntities('Far&#237;as')).toBe('Farías');
    expect(decodeEntities('Far&#xED;as &#X1F600;')).toBe('Farías 😀');
  });

  it('decodes the HTML 4 named references, Latin-1 through typographic', () => {
    expect(decodeEntities('&amp; &lt; &gt; &quot; &apos;')).toBe('& < > " \'');
    expect(decodeEntities('&nbsp;&Aacute;&szlig;&yuml;')).toBe('\u00a0Áßÿ');
    expect(decodeEntities('&ndash;&hellip;&euro;&lrm;')).toBe('–…€\u200e');
  });

  it('leaves unknown names and references without their semicolon as written', () => {
    expect(decodeEntities('&bogus; &amp &#237 & ;')).toBe('&bogus; &amp &#237 & ;');
    expect(decodeEntities('Q&A and Q&amp;A')).toBe('Q&A and Q&A');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;#237;')).toBe('&#237;');
  });

  it('turns references to nothing, surrogates or beyond Unicode into U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});
