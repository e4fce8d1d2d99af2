import { describe, expect, it } from 'vitest';
import {
  findMeetingBlob,
  locateCheckinBlocks,
  readCheckinBlock,
  removeCheckinBlock,
  writeCheckinBlock,
  type InviteBody,
} from '../../../../server/domain/invite';
import { weeklyTeamMeetingIntro, focusTimeIntro } from '../../../../server/emulator/seed/agendas';
import { inviteHtml, plainHtml } from '../../../../server/emulator/seed/meeting-blob';
import { checkinOf, demoBlob, graphFixtureBody, textBlob } from './invite-bodies';

const html = (content: string): InviteBody => ({ contentType: 'html', content });
const text = (content: string): InviteBody => ({ contentType: 'text', content });
const weather = checkinOf("How's the weather inside you today?", true);

describe('writing the check-in into an Outlook invite', () => {
  it('puts the block right after <body> in the Graph fixture, above the organizer text and the meeting blob', () => {
    const body = graphFixtureBody();
    const written = writeCheckinBlock(body, weather);
    expect(written.content.indexOf('<body>\r\n<!--roundtable-checkin:start-->\r\n')).toBeGreaterThan(0);
    expect(written.content.indexOf('<!--roundtable-checkin:end-->\r\nDoes this time work for you?')).toBeGreaterThan(0);
    expect(findMeetingBlob(written)).toEqual({ ...findMeetingBlob(body), start: expect.any(Number), end: expect.any(Number) });
    expect(removeCheckinBlock(written)).toEqual(body);
  });

  it('writes this exact block: comments around one <div> with ids, the texts escaped, in the body’s CRLF', () => {
    const written = writeCheckinBlock(html('<body>\r\n<p>Agenda</p>'), checkinOf('Tea & <biscuits>?', false));
    expect(written.content).toBe(
      '<body>\r\n' +
        '<!--roundtable-checkin:start-->\r\n' +
        '<div id="roundtable-checkin" style="margin:0 0 20px 0; padding:4px 0 4px 12px; border-left:3px solid #6264a7; font-family:\'Segoe UI\',\'Helvetica Neue\',Helvetica,Arial,sans-serif">\r\n' +
        '<div id="roundtable-checkin-heading" style="font-size:16px; font-weight:bold">Check-in</div>\r\n' +
        '<div id="roundtable-checkin-question" style="font-size:14px; margin-top:4px">Tea &amp; &lt;biscuits&gt;?</div>\r\n' +
        '<div id="roundtable-checkin-named" style="font-size:12px; margin-top:4px">Answers show who gave them.</div>\r\n' +
        '</div>\r\n' +
        '<!--roundtable-checkin:end-->\r\n' +
        '<p>Agenda</p>',
    );
  });

  it('puts the block above the agenda of the emulator’s weekly meeting and leaves its blob as it was', () => {
    const body = html(inviteHtml(weeklyTeamMeetingIntro, demoBlob));
    const written = writeCheckinBlock(body, weather);
    const block = readCheckinBlock(written);
    expect(block?.range.end).toBeLessThan(written.content.indexOf('<h3>Agenda</h3>'));
    expect(written.content.split(demoBlob)).toHaveLength(2);
    expect(removeCheckinBlock(written)).toEqual(body);
  });

  it('works on an invite with no agenda and no online meeting', () => {
    const body = html(plainHtml(focusTimeIntro));
    const written = writeCheckinBlock(body, weather);
    expect(readCheckinBlock(written)).toMatchObject({ question: "How's the weather inside you today?", anonymous: true });
    expect(removeCheckinBlock(written)).toEqual(body);
  });

  it('goes after a head that has no body tag, never inside it', () => {
    const body = html('<html><head><style>p{}</style></head><p>Agenda</p></html>');
    expect(writeCheckinBlock(body, weather).content).toMatch(/^<html><head><style>p\{\}<\/style><\/head><!--roundtable-checkin:start-->/);
  });

  it('goes before the organizer’s content in fragments, after leading document furniture and a byte order mark', () => {
    expect(writeCheckinBlock(html('<div class="elementToProof">Agenda</div>'), weather).content).toMatch(/^<!--roundtable-checkin:start-->\r\n/);
    expect(writeCheckinBlock(html('<meta charset="utf-8"><div>Agenda</div>'), weather).content).toMatch(/^<meta charset="utf-8"><!--roundtable/);
    expect(writeCheckinBlock(html('\ufeff<p>x</p>'), weather).content).toMatch(/^\ufeff<!--roundtable/);
  });

  it('ignores a <body> tag inside a style sheet, a comment or an attribute', () => {
    const body = html('<style>/* <body> */</style><!-- <body> --><p title="<body>">Agenda</p>');
    // Right after the leading style sheet: a comment is not content, but nor is it furniture to keep above the block.
    expect(writeCheckinBlock(body, weather).content.indexOf('<!--roundtable')).toBe(body.content.indexOf('<!-- <body>'));
  });

  it('works on empty bodies', () => {
    expect(removeCheckinBlock(writeCheckinBlock(html(''), weather))).toEqual(html(''));
    expect(removeCheckinBlock(writeCheckinBlock(text(''), weather))).toEqual(text(''));
    expect(readCheckinBlock(writeCheckinBlock(text(''), weather))?.question).toBe("How's the weather inside you today?");
  });
});

describe('plain-text invites', () => {
  it('get marker lines at the top, the start line saying whether answers are anonymous, then a blank line', () => {
    const body = text('Agenda\r\n1. Wins (10 min)\r\n' + textBlob);
    const written = writeCheckinBlock(body, weather);
    expect(written.content).toBe(
      '[roundtable-checkin anonymous]\r\nCheck-in\r\nHow\'s the weather inside you today?\r\nAnswers are anonymous.\r\n[/roundtable-checkin]\r\n\r\n' + body.content,
    );
    expect(removeCheckinBlock(written)).toEqual(body);
    expect(findMeetingBlob(written)?.content).toBe(textBlob.slice(0, -2));
  });

  it('keep the body’s own line breaks', () => {
    expect(writeCheckinBlock(text('a\nb'), weather).content).toMatch(/^\[roundtable-checkin anonymous\]\nCheck-in\n/);
  });

  it('read back a question a mail system wrapped over several lines', () => {
    const wrapped = text('[roundtable-checkin]\r\nCheck-in\r\nWhat do you need\r\nfrom us today?\r\nAnswers show who gave them.\r\n[/roundtable-checkin]\r\n');
    expect(readCheckinBlock(wrapped)).toMatchObject({ question: 'What do you need from us today?', anonymous: false });
  });
});

describe('exactly one block, whatever happened to the invite', () => {
  it('finds the block by its id when Outlook on the web dropped the comments, and replaces it', () => {
    const body = html(inviteHtml(weeklyTeamMeetingIntro, demoBlob));
    const stripped = html(writeCheckinBlock(body, weather).content.replace(/<!--roundtable-checkin:(start|end)-->\r\n/g, ''));
    expect(readCheckinBlock(stripped)).toMatchObject({ delimiter: 'element', question: "How's the weather inside you today?" });
    expect(locateCheckinBlocks(writeCheckinBlock(stripped, checkinOf('Rose, bud, thorn?')))).toHaveLength(1);
    expect(removeCheckinBlock(stripped)).toEqual(body);
  });

  it('recognises ids Outlook prefixed with x_ in copies of the message', () => {
    const copied = html(writeCheckinBlock(html('<body><p>Agenda</p>'), weather).content.replaceAll('id="roundtable', 'id="x_roundtable').replace(/<!--[^>]*-->\r\n/g, ''));
    expect(readCheckinBlock(copied)).toMatchObject({ delimiter: 'element', question: "How's the weather inside you today?", anonymous: true });
    expect(removeCheckinBlock(copied).content).toBe('<body><p>Agenda</p>');
  });

  it('reads a question Exchange rewrapped over lines, entities and all', () => {
    const rewrapped = writeCheckinBlock(html('<body>'), checkinOf('Tea & biscuits, or coffee?')).content.replace('Tea &amp; biscuits,', 'Tea &amp;\r\n biscuits,');
    expect(readCheckinBlock(html(rewrapped))?.question).toBe('Tea & biscuits, or coffee?');
  });

  it('takes out blocks copied into the body by hand, leaving one at the top', () => {
    const block = writeCheckinBlock(html(''), checkinOf('Old question')).content;
    const body = html(`<body>\r\n<p>Hello</p>\r\n${block}<p>Agenda</p>\r\n${block}`);
    const written = writeCheckinBlock(body, weather);
    expect(locateCheckinBlocks(written)).toHaveLength(1);
    expect(written.content).not.toContain('Old question');
    expect(written.content.indexOf('weather')).toBeLessThan(written.content.indexOf('Hello'));
  });

  it('does not take look-alikes for the block: escaped, in attributes, in style sheets, other ids, lone or reversed markers', () => {
    const lookAlikes = [
      '<body><p>&lt;!--roundtable-checkin:start--&gt; x &lt;!--roundtable-checkin:end--&gt;</p>',
      '<body><a title="<!--roundtable-checkin:start-->">a</a><a title="<!--roundtable-checkin:end-->">b</a>',
      '<body><style><!--roundtable-checkin:start--></style><p>x</p><style><!--roundtable-checkin:end--></style>',
      '<body><span id="roundtable-checkin">x</span><div id="roundtable-checkin-question">y</div><div id="roundtable-checkin2">z</div>',
      '<body><!--roundtable-checkin:end--><p>Agenda</p><!--roundtable-checkin:start-->',
      '<body><div id="roundtable-checkin"><p>never closed</p>',
      '<html><head><!--roundtable-checkin:start--></head><body><p>x</p><!--roundtable-checkin:end-->',
    ];
    for (const content of lookAlikes) {
      expect(readCheckinBlock(html(content))).toBeNull();
      expect(removeCheckinBlock(writeCheckinBlock(html(content), weather)).content).toBe(content);
    }
    for (const content of [' [roundtable-checkin]\n[/roundtable-checkin] trailing\n', '[/roundtable-checkin]\nAgenda\n[roundtable-checkin]']) {
      expect(readCheckinBlock(text(content))).toBeNull();
      expect(removeCheckinBlock(writeCheckinBlock(text(content), weather)).content).toBe(content);
    }
  });
});
