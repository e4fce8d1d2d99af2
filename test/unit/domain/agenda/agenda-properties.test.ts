// Whatever the invite holds, reading its agenda never throws, gives well-formed items, is not changed by the check-in
// block or the meeting blob, and takes time proportional to the body.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAgenda, MAX_BODY_CHARS } from '../../../../server/domain/agenda';
import { removeCheckinBlock, writeCheckinBlock, type InviteBody } from '../../../../server/domain/invite';
import { roadmapReviewIntro, weeklyTeamMeetingIntro } from '../../../../server/emulator/seed/agendas';
import { inviteHtml, plainHtml } from '../../../../server/emulator/seed/meeting-blob';
import { anyBody, demoBlob, htmlSoupWithMarkers, inviteCheckin } from '../invite/invite-bodies';
import { hostileHtml } from '../invite/hostile-bodies';

const agendaPieces = fc.constantFrom(
  '<h3>Agenda</h3>', 'Agenda:', '<p><b>Agenda</b></p>', '<ol>', '</ol>', '<ul>', '</ul>', '<li>', '</li>', '<p>', '</p>', '<br>', '<td>', '<tr>', '<b>',
  '</b>', '1. ', '2) ', '- ', '• ', 'Intro', ' (10 min)', " – 15'", ' 1h30', ' [5m]', '10:00–10:15 ', '&nbsp;', '&amp;', '\n', '\r\n', '<p>&nbsp;</p>',
  '<span style="font-weight:bold">', '</span>', "<p style='mso-list:l0 level2 lfo1'>", '<![if !supportLists]>', '<![endif]>', '________________',
);
const agendaSoup = fc.array(fc.oneof(agendaPieces, fc.string({ maxLength: 5 })), { maxLength: 80 }).map((parts) => parts.join(''));

const bodies: fc.Arbitrary<InviteBody> = fc.oneof(
  anyBody,
  htmlSoupWithMarkers.map((content): InviteBody => ({ contentType: 'html', content })),
  agendaSoup.map((content): InviteBody => ({ contentType: 'html', content })),
  agendaSoup.map((content): InviteBody => ({ contentType: 'text', content })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((content): InviteBody => ({ contentType: 'html', content })),
);

describe('extractAgenda over generated invites', () => {
  it('never throws and gives well-formed items', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const { items } = extractAgenda(body);
        expect(items.length).toBeLessThanOrEqual(100);
        for (const { title, minutes } of items) {
          expect(title).not.toBe('');
          expect(title).toBe(title.trim());
          expect(title).not.toMatch(/\s{2}/);
          if (minutes !== null) expect(Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is not changed by writing a check-in into the invite, whatever its question', () => {
    fc.assert(
      fc.property(bodies, inviteCheckin, (body, checkin) => {
        expect(extractAgenda(writeCheckinBlock(body, checkin))).toEqual(extractAgenda(removeCheckinBlock(body)));
      }),
      { numRuns: 500 },
    );
  });

  it('is the same with and without the meeting blob', () => {
    fc.assert(
      fc.property(fc.constantFrom(weeklyTeamMeetingIntro, roadmapReviewIntro), agendaSoup, (intro, extra) => {
        const own = intro + extra.replaceAll('________________', '');
        expect(extractAgenda({ contentType: 'html', content: inviteHtml(own, demoBlob) })).toEqual(extractAgenda({ contentType: 'html', content: plainHtml(own) }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('linear work on hostile bodies of a megabyte', () => {
  const fill = (unit: string): string => unit.repeat(Math.floor((MAX_BODY_CHARS - 10) / unit.length));
  const hostile: Record<string, InviteBody> = {
    ...Object.fromEntries(Object.entries(hostileHtml).map(([name, content]) => [name, { contentType: 'html' as const, content: content.slice(0, MAX_BODY_CHARS) }])),
    'list items never closed': { contentType: 'html', content: fill('<li>') },
    'one table row of cells': { contentType: 'html', content: fill('<td>x') },
    'bold spans never closed': { contentType: 'html', content: fill('<span style="font-weight:bold">') },
    'one line of open brackets': { contentType: 'html', content: `<ol><li>${fill('(1')}</li></ol>` },
    'one line of separators': { contentType: 'text', content: `1. ${fill('- ')}x` },
    'agenda headings': { contentType: 'text', content: fill('Agenda\n') },
    'timeboxed lines': { contentType: 'text', content: fill('1. Intro (10 min)\n') },
    'stars': { contentType: 'text', content: `**${fill('*a')}` },
    'non-breaking spaces': { contentType: 'html', content: fill('&nbsp;') },
    'a style attribute of Word list and bold rules': { contentType: 'html', content: `<p style="${fill('mso-list:font-weight:  ')}">x</p><span style="${fill('font-weight ')}">y</span>` },
  };
  for (const [name, body] of Object.entries(hostile)) {
    it(name, () => {
      const started = performance.now();
      extractAgenda(body);
      expect(performance.now() - started).toBeLessThan(2000);
    });
  }
});
