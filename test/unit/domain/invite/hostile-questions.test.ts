// The organizer's question is text, never markup: whatever it says, the block keeps the same elements and comments,
// and no marker, tag or comment end inside the question changes what the body holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateCheckinBlocks, readCheckinBlock, writeCheckinBlock, type InviteBody } from '../../../../server/domain/invite';
import { scanHtml } from '../../../../server/domain/invite/scan-html';
import { anyBody, checkinOf, inviteCheckin, question } from './invite-bodies';

/** The markup of a block, text left out: what an injection would have to change. */
const skeletonOf = (body: InviteBody): string[] => {
  const [block] = locateCheckinBlocks(body);
  const { start, end } = block!.range;
  const skeleton: string[] = [];
  for (const token of scanHtml(body.content, start)) {
    if (token.start >= end) break;
    if (token.kind === 'text') continue;
    if (token.kind === 'startTag' || token.kind === 'endTag') skeleton.push(`${token.kind}:${token.name}`);
    else skeleton.push(`${token.kind}:${body.content.slice(token.start, token.end)}`);
  }
  return skeleton;
};

const expected = skeletonOf(writeCheckinBlock({ contentType: 'html', content: '' }, checkinOf('plain')));

describe('hostile questions', () => {
  it('the block’s markup is the same whatever the question and labels say', () => {
    expect(expected).toEqual([
      'comment:<!--roundtable-checkin:start-->',
      'startTag:div', 'startTag:div', 'endTag:div', 'startTag:div', 'endTag:div', 'startTag:div', 'endTag:div', 'endTag:div',
      'comment:<!--roundtable-checkin:end-->',
    ]);
    fc.assert(
      fc.property(anyBody.filter((b) => b.contentType === 'html'), inviteCheckin, (body, checkin) => {
        const written = writeCheckinBlock(body, checkin);
        expect(skeletonOf(written)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('no script, attribute or comment end survives as markup', () => {
    const attacks = ['<script>alert(1)</script>', '" onmouseover="alert(1)', '--><img src=x onerror=alert(1)><!--', '<!--roundtable-checkin:end-->'];
    for (const attack of attacks) {
      const written = writeCheckinBlock({ contentType: 'html', content: '<body><p>Agenda</p>' }, checkinOf(attack));
      // Only our own end marker may appear, once.
      expect(written.content.split(attack).length - 1).toBe(attack === '<!--roundtable-checkin:end-->' ? 1 : 0);
      expect(written.content).not.toMatch(/<script|<img|onmouseover="/);
      expect(readCheckinBlock(written)?.question).toBe(attack);
    }
  });

  it('a question that is a marker line does not end a plain-text block', () => {
    fc.assert(
      fc.property(question, fc.boolean(), (text, anonymous) => {
        const written = writeCheckinBlock({ contentType: 'text', content: 'Agenda\n1. Wins\n' }, checkinOf(text, anonymous));
        const blocks = locateCheckinBlocks(written);
        expect(blocks).toHaveLength(1);
        expect(written.content.slice(blocks[0]!.range.end)).toBe('Agenda\n1. Wins\n');
      }),
      { numRuns: 500 },
    );
    const written = writeCheckinBlock({ contentType: 'text', content: '' }, checkinOf('[/roundtable-checkin]'));
    expect(written.content).toContain('\r\n [/roundtable-checkin]\r\n');
    expect(readCheckinBlock(written)?.question).toBe('[/roundtable-checkin]');
  });
});
