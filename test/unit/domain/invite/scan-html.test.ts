import { describe, expect, it } from 'vitest';
import { readAttribute, scanHtml, type HtmlToken } from '../../../../server/domain/invite/scan-html';

const describeTokens = (html: string): string[] =>
  [...scanHtml(html)].map((token: HtmlToken) => `${token.kind}${'name' in token ? `:${token.name}` : ''}=${html.slice(token.start, token.end)}`);

describe('scanHtml', () => {
  it('splits text, tags, comments and declarations as a browser does', () => {
    expect(describeTokens('<!DOCTYPE html><P Class="a">x &amp; y</P><!-- c --><br/>')).toEqual([
      'other=<!DOCTYPE html>',
      'startTag:p=<P Class="a">',
      'text=x &amp; y',
      'endTag:p=</P>',
      'comment=<!-- c -->',
      'startTag:br=<br/>',
    ]);
  });

  it('does not end a tag at a > inside a quoted attribute value', () => {
    expect(describeTokens('<a title="1 > 0" alt=\'<b>\'>t</a>')).toEqual(['startTag:a=<a title="1 > 0" alt=\'<b>\'>', 'text=t', 'endTag:a=</a>']);
  });

  it('starts a quoted value only after =, as browsers do', () => {
    expect(describeTokens('<a href=x="y>z">t')).toEqual(['startTag:a=<a href=x="y>', 'text=z">t']);
    expect(describeTokens('<a ="x>y">t')).toEqual(['startTag:a=<a ="x>', 'text=y">t']);
    expect(describeTokens('<a b = \'c>d\' e>t')).toEqual(["startTag:a=<a b = 'c>d' e>", 'text=t']);
  });

  it('reads the content of <style>, <script> and <title> as raw text, up to their own end tag', () => {
    expect(describeTokens('<style>a<b>--></STYLE >x')).toEqual(['startTag:style=<style>', 'rawText=a<b>-->', 'endTag:style=</STYLE >', 'text=x']);
    expect(describeTokens('<script>"</scriptx>"</script>')).toEqual(['startTag:script=<script>', 'rawText="</scriptx>"', 'endTag:script=</script>']);
  });

  it('closes comments at -->, at --!>, and abruptly at <!--> and <!--->; an unclosed one runs to the end', () => {
    expect(describeTokens('<!--a--!>b<!-->c<!--->d<!--e')).toEqual(['comment=<!--a--!>', 'text=b', 'comment=<!-->', 'text=c', 'comment=<!--->', 'text=d', 'comment=<!--e']);
  });

  it('treats a < that starts no tag as text and drops a tag cut off by the end', () => {
    expect(describeTokens('1 < 2 <3 </ x> <a href="x')).toEqual(['text=1 < 2 <3 ', 'other=</ x>', 'text= ', 'other=<a href="x']);
  });

  it('starts where it is told to, between tokens', () => {
    const html = '<p>a</p><div>b</div>';
    expect([...scanHtml(html, 8)].map((token) => token.kind)).toEqual(['startTag', 'text', 'endTag']);
  });
});

describe('readAttribute', () => {
  const tag = (html: string) => ({ start: 0, end: html.length });

  it('reads quoted, unquoted and valueless attributes, case-insensitively, the first of duplicates', () => {
    const html = '<div ID="a" data-x=b hidden id="c" title=\'x > y\'>';
    expect(readAttribute(html, tag(html), 'id')).toBe('a');
    expect(readAttribute(html, tag(html), 'data-x')).toBe('b');
    expect(readAttribute(html, tag(html), 'hidden')).toBe('');
    expect(readAttribute(html, tag(html), 'title')).toBe('x > y');
    expect(readAttribute(html, tag(html), 'style')).toBeNull();
  });

  it('decodes character references and does not mistake a value for an attribute', () => {
    const html = '<div title=\'id="roundtable-checkin"\' id=&#120;_y>';
    expect(readAttribute(html, tag(html), 'id')).toBe('x_y');
  });
});
