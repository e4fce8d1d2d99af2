import { describe, expect, it } from 'vitest';
import { findMeetingBlob, writeCheckinBlock, type InviteBody } from '../../../../server/domain/invite';
import { roadmapReviewIntro, weeklyTeamMeetingIntro } from '../../../../server/emulator/seed/agendas';
import { inviteHtml, plainHtml } from '../../../../server/emulator/seed/meeting-blob';
import { checkinOf, demoBlob, graphFixtureBody, textBlob } from './invite-bodies';

const html = (content: string): InviteBody => ({ contentType: 'html', content });
const RULE = '_'.repeat(80);

describe('findMeetingBlob', () => {
  it('returns the Graph fixture’s join section: from the first rule <div> to the end of the second', () => {
    const body = graphFixtureBody();
    const blob = findMeetingBlob(body);
    expect(blob?.content).toMatch(/^<div style="width:100%; height:20px"><span[^>]*>_{80}<\/span>\r\n<\/div>\r\n<div class="me-email-text"/);
    expect(blob?.content).toMatch(/Meeting options<\/a> <\/div>[\s\S]*<span[^>]*>_{80}<\/span>\r\n<\/div>$/);
    expect(body.content.slice(blob!.start, blob!.end)).toBe(blob!.content);
    expect(body.content.slice(0, blob!.start)).toMatch(/Does this time work for you\?\r\n$/);
  });

  it('returns exactly the blob the emulator put into its invites', () => {
    for (const intro of [weeklyTeamMeetingIntro, roadmapReviewIntro, '']) {
      expect(findMeetingBlob(html(inviteHtml(intro, demoBlob)))?.content).toBe(demoBlob.slice(0, -'\r\n'.length));
    }
  });

  it('is null for an invite without an online meeting, or with only one rule left', () => {
    expect(findMeetingBlob(html(plainHtml(weeklyTeamMeetingIntro)))).toBeNull();
    expect(findMeetingBlob(html(`<body><div><span>${RULE}</span></div><p>Join</p></body>`))).toBeNull();
    expect(findMeetingBlob({ contentType: 'text', content: '' })).toBeNull();
  });

  it('finds rules Word rewrote as paragraphs, and bare rules inside the organizer’s text', () => {
    const word = `<p class=MsoNormal>Agenda</p><p class=MsoNormal><span style='color:#5F5F5F'>${RULE}</span></p><p>Join</p><p class=MsoNormal><span>${RULE}</span></p><p>after</p>`;
    expect(findMeetingBlob(html(word))?.content).toBe(`<p class=MsoNormal><span style='color:#5F5F5F'>${RULE}</span></p><p>Join</p><p class=MsoNormal><span>${RULE}</span></p>`);
    const bare = `<div>Hello<br>${RULE}<br>Join here<br>${RULE}<br>Bye</div>`;
    expect(findMeetingBlob(html(bare))?.content).toBe(`${RULE}<br>Join here<br>${RULE}`);
  });

  it('finds the blob of a plain-text body: from the first rule line to the end of the second', () => {
    expect(findMeetingBlob({ contentType: 'text', content: `Agenda\r\n1. Wins\r\n${textBlob}Thanks` })?.content).toBe(textBlob.slice(0, -2));
  });

  it('is not fooled by underscores in the check-in question', () => {
    const body = html(inviteHtml(weeklyTeamMeetingIntro, demoBlob));
    for (const question of [RULE, `${RULE} and ${RULE}`]) {
      expect(findMeetingBlob(writeCheckinBlock(body, checkinOf(question)))?.content).toBe(demoBlob.slice(0, -2));
      const text: InviteBody = { contentType: 'text', content: textBlob };
      expect(findMeetingBlob(writeCheckinBlock(text, checkinOf(question)))?.content).toBe(textBlob.slice(0, -2));
    }
  });
});
