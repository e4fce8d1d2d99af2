import { describe, expect, it } from 'vitest';
import { extractAgenda, MAX_BODY_CHARS } from '../../../../server/domain/agenda';
import { writeCheckinBlock, type InviteBody } from '../../../../server/domain/invite';
import { designCritiqueIntro, focusTimeIntro, roadmapReviewIntro, weeklyTeamMeetingIntro } from '../../../../server/emulator/seed/agendas';
import { inviteHtml, plainHtml } from '../../../../server/emulator/seed/meeting-blob';
import { checkinOf, demoBlob, graphFixtureBody, textBlob } from '../invite/invite-bodies';

const html = (content: string): InviteBody => ({ contentType: 'html', content });
const text = (content: string): InviteBody => ({ contentType: 'text', content });
const itemsOf = (body: InviteBody) => extractAgenda(body).items;
const titlesOf = (body: InviteBody) => itemsOf(body).map((item) => item.title);

describe('the emulator’s demo invites', () => {
  it('reads the weekly meeting’s agenda with its timeboxes, the meeting blob left out', () => {
    expect(itemsOf(html(inviteHtml(weeklyTeamMeetingIntro, demoBlob)))).toEqual([
      { title: 'Wins of the week', minutes: 10 },
      { title: 'Blockers and asks', minutes: 20 },
      { title: 'Roadmap check', minutes: 20 },
      { title: 'Open floor', minutes: 10 },
    ]);
  });

  it('reads the roadmap review’s agenda under an <h2>, colons in titles kept', () => {
    expect(itemsOf(html(inviteHtml(roadmapReviewIntro, demoBlob)))[0]).toEqual({ title: 'Where we are: what shipped, what slipped', minutes: 10 });
  });

  it('finds no agenda in invites without one, nor in the Graph fixture', () => {
    expect(itemsOf(html(inviteHtml(designCritiqueIntro, demoBlob)))).toEqual([]);
    expect(itemsOf(html(plainHtml(focusTimeIntro)))).toEqual([]);
    expect(itemsOf(graphFixtureBody())).toEqual([]);
  });

  it('ignores the check-in block, even when its question looks like an agenda', () => {
    const body = html(inviteHtml(weeklyTeamMeetingIntro, demoBlob));
    const written = writeCheckinBlock(body, { question: '1. Trap (5 min)', anonymous: false, labels: { heading: 'Agenda', anonymous: 'x', named: '2) Also a trap' } });
    expect(itemsOf(written)).toEqual(itemsOf(body));
  });
});

describe('HTML invites as Outlook writes them', () => {
  it('reads Word’s list paragraphs (Outlook for Windows): numbers, and sub-points at level 2 left out', () => {
    const word =
      '<div class=WordSection1><p class=MsoNormal><b>Agenda<o:p></o:p></b></p>' +
      "<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Welcome &amp; intros (5&nbsp;min)<o:p></o:p></p>" +
      "<p class=MsoListParagraph style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:\"Courier New\"'>o<span>&nbsp;&nbsp; </span></span><![endif]>who is new<o:p></o:p></p>" +
      "<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span>2.<span>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Budget review &#8211; 25'<o:p></o:p></p>" +
      '<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Thanks!</p></div>';
    expect(itemsOf(html(word))).toEqual([
      { title: 'Welcome & intros', minutes: 5 },
      { title: 'Budget review', minutes: 25 },
    ]);
  });

  it('reads Outlook on the web’s lists, each item wrapped in a <div>', () => {
    const owa =
      '<div class="elementToProof" style="font-size:12pt">Agenda:</div><ul><li><div class="elementToProof">Intros [5m]</div></li>' +
      '<li><div class="elementToProof">Demo <b>of the new flow</b> (1h)</div></li></ul><div class="elementToProof"><br></div>';
    expect(itemsOf(html(owa))).toEqual([
      { title: 'Intros', minutes: 5 },
      { title: 'Demo of the new flow', minutes: 60 },
    ]);
  });

  it('takes the paragraphs under a bold "Agenda" line up to an empty paragraph', () => {
    const body = "<p><b>Agenda</b></p><p>Intro &ndash; 5'</p><p>Demo (10 min)</p><p>&nbsp;</p><p>See you there!</p>";
    expect(itemsOf(html(body))).toEqual([
      { title: 'Intro', minutes: 5 },
      { title: 'Demo', minutes: 10 },
    ]);
  });

  it('stops the paragraphs under the heading at the next heading', () => {
    expect(titlesOf(html('<h3>Agenda</h3><p>Intro</p><p>Demo</p><p><strong>Notes</strong></p><p>Bring a laptop</p>'))).toEqual(['Intro', 'Demo']);
  });

  it('reads numbered paragraphs and lines broken by <br>', () => {
    expect(titlesOf(html('<p>Agenda</p><p>1. Intro</p><p>2) Demo</p>'))).toEqual(['Intro', 'Demo']);
    expect(titlesOf(html('<div>Hi all,<br><br>1. Intro (5 min)<br>2. Demo (10 min)<br><br>Cheers</div>'))).toEqual(['Intro', 'Demo']);
  });

  it('prefers the list under the "Agenda" heading to a list before it', () => {
    const body = '<p>Pre-reads:</p><ul><li>Strategy doc</li><li>Q3 numbers</li></ul><h2>Today’s agenda</h2><ol><li>Decisions</li><li>Owners</li></ol>';
    expect(titlesOf(html(body))).toEqual(['Decisions', 'Owners']);
  });

  it('without a heading, takes the list with timeboxes, else the numbered list, else the first', () => {
    expect(titlesOf(html('<ul><li>Laptop</li><li>Charger</li></ul><ul><li>Intro (5 min)</li><li>Demo</li></ul>'))).toEqual(['Intro', 'Demo']);
    expect(titlesOf(html('<ul><li>Laptop</li></ul><ol><li>Intro</li><li>Demo</li></ol>'))).toEqual(['Intro', 'Demo']);
    expect(titlesOf(html('<ul><li>Intro</li><li>Demo</li></ul>'))).toEqual(['Intro', 'Demo']);
  });

  it('keeps nested list items out of their parent and out of the agenda', () => {
    expect(titlesOf(html('<ol><li>Intro<ul><li>who is new</li></ul></li><li>Demo</li></ol>'))).toEqual(['Intro', 'Demo']);
  });

  it('takes an item’s first paragraph as its title, and reads items whose <li> is never closed', () => {
    expect(titlesOf(html('<ol><li><p>Intro</p><p>Who is new, what changed</p></li><li><p>Demo</p></li></ol>'))).toEqual(['Intro', 'Demo']);
    expect(titlesOf(html('<ul><li>Intro<li>Demo<li>Q&amp;A</ul><p>Bye</p>'))).toEqual(['Intro', 'Demo', 'Q&A']);
  });

  it('reads an agenda laid out as a table, time in one cell and topic in the next', () => {
    const body = '<p><b>Agenda</b></p><table><tr><td>10 min</td><td>Intro</td></tr><tr><td>09:10–09:40</td><td>Demo</td></tr></table>';
    expect(itemsOf(html(body))).toEqual([
      { title: 'Intro', minutes: 10 },
      { title: 'Demo', minutes: 30 },
    ]);
  });

  it('decodes entities, strips tags and collapses whitespace in titles', () => {
    expect(itemsOf(html('<ol><li>  Q&amp;A\r\n  with <i>the</i>&nbsp;&nbsp;team &ndash; 10&nbsp;min </li><li>Caf&eacute; &#x2615;</li></ol>'))).toEqual([
      { title: 'Q&A with the team', minutes: 10 },
      { title: 'Café ☕', minutes: null },
    ]);
  });

  it('ignores the head, style sheets and scripts', () => {
    expect(titlesOf(html('<html><head><title>1. Not this</title><style>li{}</style></head><body><script>"<li>x</li>"</script><ol><li>Intro</li></ol>'))).toEqual(['Intro']);
  });

  it('does not read "agenda" inside a sentence as a heading', () => {
    expect(titlesOf(html('<p>The agenda is below, please add to it.</p><p>Intro</p><ol><li>Demo</li></ol>'))).toEqual(['Demo']);
  });
});

describe('plain-text invites', () => {
  it('reads numbered lines under "Agenda:", sub-points indented, timeboxes of every shape', () => {
    const body = text("Hi all,\r\n\r\nAgenda:\r\n1) Intros – 5'\r\n2) Demo (1h30)\r\n   - sub point\r\n3) Q&A [5m]\r\n\r\nThanks\r\n" + textBlob);
    expect(itemsOf(body)).toEqual([
      { title: 'Intros', minutes: 5 },
      { title: 'Demo', minutes: 90 },
      { title: 'Q&A', minutes: 5 },
    ]);
  });

  it('reads bullets under a markdown heading and plain lines under "AGENDA" up to a blank line', () => {
    expect(titlesOf(text('## Agenda\n* Intro\n* Demo\n\nNotes: none'))).toEqual(['Intro', 'Demo']);
    expect(titlesOf(text('AGENDA\n=====\nIntro 10 mins\nDemo\n\nBring snacks.'))).toEqual(['Intro', 'Demo']);
  });

  it('reads a time plan without bullets', () => {
    expect(itemsOf(text('Agenda\n09:00-09:15 Welcome\n09:15 - 10:00 Workshop\n'))).toEqual([
      { title: 'Welcome', minutes: 15 },
      { title: 'Workshop', minutes: 45 },
    ]);
  });

  it('leaves the meeting blob and the check-in block out', () => {
    const body = text('Agenda\n- Intro\n- Demo\n');
    expect(itemsOf(writeCheckinBlock(text(body.content + textBlob), checkinOf('- Not an item')))).toEqual(itemsOf(body));
  });
});

describe('bounds', () => {
  it('reads no body over a megabyte', () => {
    const huge = `<ol><li>Intro</li></ol>${' '.repeat(MAX_BODY_CHARS)}`;
    expect(itemsOf(html(huge))).toEqual([]);
  });

  it('keeps at most 100 items and 300 characters of a title', () => {
    const items = itemsOf(html(`<ol>${'<li>Item</li>'.repeat(150)}<li>${'x'.repeat(500)}</li></ol>`));
    expect(items).toHaveLength(100);
    expect(itemsOf(html(`<ol><li>${'x'.repeat(500)}</li></ol>`))[0]?.title).toHaveLength(300);
  });
});
