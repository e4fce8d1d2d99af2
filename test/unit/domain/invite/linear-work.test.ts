// Bodies built to make a careless scanner quadratic (unclosed comments, endless open tags, runs of markers) are
// handled in time proportional to their length: a megabyte of each takes well under the budget, where quadratic
// work would take minutes.
import { describe, expect, it } from 'vitest';
import { findMeetingBlob, readCheckinBlock, removeCheckinBlock, writeCheckinBlock, type InviteBody } from '../../../../server/domain/invite';
import { hostileHtml, hostileSize } from './hostile-bodies';
import { checkinOf } from './invite-bodies';

const BUDGET_MS = 1500;

const timed = (work: () => unknown): number => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

describe('linear work on hostile bodies of a megabyte', () => {
  for (const [name, content] of Object.entries(hostileHtml)) {
    it(`HTML: ${name}`, () => {
      const body: InviteBody = { contentType: 'html', content };
      const checkin = checkinOf('How are you?');
      expect(timed(() => writeCheckinBlock(body, checkin))).toBeLessThan(BUDGET_MS);
      expect(timed(() => removeCheckinBlock(body))).toBeLessThan(BUDGET_MS);
      expect(timed(() => readCheckinBlock(body))).toBeLessThan(BUDGET_MS);
      expect(timed(() => findMeetingBlob(body))).toBeLessThan(BUDGET_MS);
    });
  }

  for (const [name, content] of Object.entries({
    'marker lines': hostileSize('[roundtable-checkin]\n'),
    'end marker lines': hostileSize('[/roundtable-checkin]\r\n'),
    'carriage returns': hostileSize('\r'),
    'rule lines': hostileSize('________________\n'),
  })) {
    it(`text: ${name}`, () => {
      const body: InviteBody = { contentType: 'text', content };
      expect(timed(() => writeCheckinBlock(body, checkinOf('How are you?')))).toBeLessThan(BUDGET_MS);
      expect(timed(() => findMeetingBlob(body))).toBeLessThan(BUDGET_MS);
    });
  }
});
