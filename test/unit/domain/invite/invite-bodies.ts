// Invite bodies for the merge tests: the real Graph fixture, the emulator's Outlook-shaped invites, and fast-check
// generators of bodies — random HTML-ish soup, Outlook documents with and without agenda and meeting blob, fragments,
// plain text, CRLF/LF/CR, and text that looks like our markers without being a block.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { InviteBody, InviteCheckin } from '../../../../server/domain/invite';
import { meetingBlob } from '../../../../server/emulator/seed/meeting-blob';
import type { OnlineMeeting } from '../../../../server/emulator/store/types';

const FIXTURE = new URL('../../../../../shared/fixtures/graph/event-create-online-meeting.response.json', import.meta.url);

/** The event body Graph returned for a new Teams meeting: Outlook's document with the meeting blob. */
export const graphFixtureBody = (): InviteBody => (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { body: InviteBody }).body;

export const demoMeeting: OnlineMeeting = {
  id: 'MSo1N2Y5ZGFjYy03MWJhLTQ4NmQtYTQ5Yy1kYmY5ODJlMjBjYjQ',
  meetingKey: 'weekly',
  threadId: '19:meeting_NTg0NmQ3NTctZDVkMi00NzFhLThkNjgtMWVhYjVkZTAzYjUy@thread.v2',
  joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTg0NmQ3NTctZDVkMi00NzFhLThkNjgtMWVhYjVkZTAzYjUy%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d',
  conferenceId: '291633251',
  joinMeetingId: '123456789',
  passcode: 'abc123',
  organizerId: '64339082-ed84-4b0b-b4ab-004ae54f3747',
  attendeeIds: [],
  subject: 'Weekly sync',
  startDateTime: new Date('2026-03-02T09:00:00Z'),
  endDateTime: new Date('2026-03-02T10:00:00Z'),
  creationDateTime: new Date('2026-02-01T09:00:00Z'),
  isRecurring: true,
};

export const TENANT_ID = '98a79ebe-74bf-4e07-a017-7b410848cb32';
/** The emulator's meeting blob, exactly as its invites carry it (it ends with a CRLF after the second rule). */
export const demoBlob = meetingBlob(demoMeeting, TENANT_ID);

/** The Teams blob in a plain-text body, as Graph gives it with `Prefer: outlook.body-content-type="text"`. */
export const textBlob =
  '________________________________________________________________________________\r\n' +
  'Microsoft Teams meeting\r\nJoin on your computer, mobile app or room device\r\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/x>\r\n' +
  'Meeting ID: 123 456 789\r\nPasscode: abc123\r\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\r\n' +
  '________________________________________________________________________________\r\n';

export const labels = { heading: 'Check-in', anonymous: 'Answers are anonymous.', named: 'Answers show who gave them.' };

export const checkinOf = (question: string, anonymous = false): InviteCheckin => ({ question, anonymous, labels });

// ── generators ────────────────────────────────────────────────────────────────────────────────────────────────────

const words = fc.constantFrom('Wins', 'Blockers', 'Roadmap check', 'Open floor', 'Q&amp;A', 'Caf&eacute;', '10 min', 'é', '😀', '  ', '\t');
const newline = fc.constantFrom('\r\n', '\n', '\r');

/** Things that look like our markers without being a block (a lone end is harmless where no start precedes it). */
const htmlNearMisses = fc.constantFrom(
  '&lt;!--roundtable-checkin:start--&gt;',
  '<!-- roundtable-checkin:start x -->',
  '<!--roundtable-checkin-->',
  '<!--roundtable-checkin:begin-->',
  '<span title="<!--roundtable-checkin:start-->">t</span>',
  '<a href="x" data-x=\'<!--roundtable-checkin:end-->\'>link</a>',
  '<style>/* <!--roundtable-checkin:start--> <div id="roundtable-checkin"> */</style>',
  '<script>var s = "<!--roundtable-checkin:start-->";</script>',
  '<span id="roundtable-checkin">span</span>',
  '<div id="roundtable-checkin-question">not ours</div>',
  '<div id="roundtable-checkinx">x</div>',
  '<div data-id="roundtable-checkin">d</div>',
  '<div title=\'id="roundtable-checkin"\'>t</div>',
  '[roundtable-checkin]',
  '[/roundtable-checkin]',
  '<textarea><!--roundtable-checkin:start--></textarea>',
);

const htmlPieces = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 2, arbitrary: newline },
  { weight: 2, arbitrary: htmlNearMisses },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '<div>', '</div>', '<p>', '</p>', '<br>', '<b>', '</b>', '<ul>', '<li>', '</li>', '</ul>', '<ol>', '</ol>', '<h3>Agenda</h3>',
      '<span style="color:red">', '</span>', '<', '>', '&', '"', "'", '=', '<!-- note -->', '<!--', '-->', '--!>', '<!-->', '<![if !supportLists]>',
      '<![endif]>', '<!DOCTYPE html>', '<?xml version="1.0"?>', '</>', '</ x>', '<a href="a>b">', '</a>', '<img src=x alt=\'>\'>', '<body>',
      '<html>', '<head>', '</head>', '<meta charset="utf-8">', '<style>p{margin:0}</style>', '<title>T</title>', '<style>', '</style>', '<td>',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** Random HTML-ish text, markers included: it may contain blocks, broken tags, stray comments, anything. */
export const htmlSoup = fc.array(htmlPieces, { maxLength: 60 }).map((pieces) => pieces.join(''));

const realMarkers = fc.constantFrom('<!--roundtable-checkin:start-->', '<!--roundtable-checkin:end-->', '<div id="roundtable-checkin">', '<div id="x_roundtable-checkin">');

/** Soup with our real markers mixed in: bodies that do contain blocks, nested, broken and overlapping. */
export const htmlSoupWithMarkers = fc
  .array(fc.oneof({ weight: 6, arbitrary: htmlPieces }, { weight: 2, arbitrary: realMarkers }), { maxLength: 60 })
  .map((pieces) => pieces.join(''));

const ownContentPieces = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('<div>\r\n<p>Our weekly sync.</p>\r\n</div>', '<p>Hello team,</p>', '<div><br></div>', '<p>&nbsp;</p>') },
  { weight: 2, arbitrary: fc.constantFrom('<h3>Agenda</h3>\r\n<ol>\r\n<li>Wins (10 min)</li>\r\n<li>Blockers (20 min)</li>\r\n</ol>', '<p><b>Agenda</b></p><ul><li>Intro</li><li>Demo &ndash; 15\'</li></ul>') },
  { weight: 2, arbitrary: htmlNearMisses },
  { weight: 1, arbitrary: htmlSoup },
);

export type OutlookDocument = { body: InviteBody; prefix: string; ownContent: string; blob: string | null; hasAgenda: boolean };

/** Outlook's full document: head with metas and a style sheet, body with the organizer's content, then the blob. */
export const outlookDocument: fc.Arbitrary<OutlookDocument> = fc
  .record({
    nl: fc.constantFrom('\r\n', '\n'),
    style: fc.constantFrom('', '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>', '<style><!-- .x { color: red } --></style>'),
    headComment: fc.constantFrom('', '<!-- converted from text -->', '<!--roundtable-checkin:start-->', '<!--roundtable-checkin:end-->'),
    bodyTag: fc.constantFrom('<body>', '<body dir="ltr">', '<BODY lang="en-US" style="word-wrap:break-word">'),
    breakAfterBody: fc.boolean(),
    own: fc.array(ownContentPieces, { maxLength: 5 }),
    hasBlob: fc.boolean(),
    blobKind: fc.constantFrom('emulator', 'fixture'),
  })
  .map(({ nl, style, headComment, bodyTag, breakAfterBody, own, hasBlob, blobKind }) => {
    const blob = hasBlob ? (blobKind === 'emulator' ? demoBlob : fixtureBlob()) : null;
    const prefix =
      `<html>${nl}<head>${nl}<meta http-equiv="Content-Type" content="text/html; charset=utf-8">${nl}${style}${headComment}${nl}</head>${nl}` +
      `${bodyTag}${breakAfterBody ? nl : ''}`;
    const ownContent = own.join(nl);
    const content = `${prefix}${ownContent}${nl}${blob ?? ''}</body>${nl}</html>${nl}`;
    return { body: { contentType: 'html' as const, content }, prefix, ownContent, blob, hasAgenda: ownContent.includes('Agenda') };
  });

let cachedFixtureBlob: string | null = null;
/** The blob as the fixture carries it: from the first rule <div> to the end of the second. */
export const fixtureBlob = (): string => {
  if (cachedFixtureBlob !== null) return cachedFixtureBlob;
  const content = graphFixtureBody().content;
  const first = content.indexOf('<div style="width:100%; height:20px">');
  const second = content.indexOf('<div style="width:100%; height:20px">', first + 1);
  cachedFixtureBlob = content.slice(first, content.indexOf('</div>', second) + '</div>\r\n'.length);
  return cachedFixtureBlob;
};

/** HTML fragments as Office.js hands them over: no <html>, sometimes leading furniture, maybe a BOM. */
export const htmlFragment = fc
  .record({
    lead: fc.constantFrom('', '\ufeff', '<meta charset="utf-8">', '<!DOCTYPE html><html>', '<style>p{}</style>\n'),
    own: htmlSoup,
    blob: fc.constantFrom('', demoBlob),
  })
  .map(({ lead, own, blob }): InviteBody => ({ contentType: 'html', content: lead + own + blob }));

const textNearMisses = fc.constantFrom(
  ' [roundtable-checkin]',
  '[roundtable-checkin] and more',
  '[roundtable-checkin anonymous',
  'x[/roundtable-checkin]',
  '<!--roundtable-checkin:start-->',
  '<!--roundtable-checkin:end-->',
  '[ROUNDTABLE-CHECKIN]',
);

const textLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Agenda', '1. Wins (10 min)', '2) Blockers – 15\'', '- Open floor', '', 'Hello team,', '\ufeffx') },
  { weight: 2, arbitrary: textNearMisses },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export type TextDocument = { body: InviteBody; blob: string | null };

/** Plain-text bodies, markers' look-alikes included, with or without the Teams blob; only strays that cannot pair. */
export const textDocument: fc.Arbitrary<TextDocument> = fc
  .record({
    bom: fc.boolean(),
    nl: newline,
    lines: fc.array(textLine, { maxLength: 12 }),
    hasBlob: fc.boolean(),
    strayEndFirst: fc.boolean(),
    strayStartLast: fc.boolean(),
  })
  .map(({ bom, nl, lines, hasBlob, strayEndFirst, strayStartLast }) => {
    const blob = hasBlob ? textBlob.replaceAll('\r\n', nl) : null;
    const all = [...(strayEndFirst ? ['[/roundtable-checkin]'] : []), ...lines];
    const content = (bom ? '\ufeff' : '') + all.join(nl) + (lines.length > 0 ? nl : '') + (blob ?? '') + (strayStartLast ? '[roundtable-checkin]' : '');
    return { body: { contentType: 'text' as const, content }, blob };
  });

/** Any kind of body the merge meets. */
export const anyBody: fc.Arbitrary<InviteBody> = fc.oneof(
  outlookDocument.map((document) => document.body),
  htmlFragment,
  htmlSoup.map((content): InviteBody => ({ contentType: 'html', content })),
  textDocument.map((document) => document.body),
  fc.constantFrom<InviteBody>({ contentType: 'html', content: '' }, { contentType: 'text', content: '' }),
);

/** Questions an organizer might write — and ones written to break out of the block. */
export const question = fc.oneof(
  fc.constantFrom(
    "How's the weather inside you today?",
    'One word for your week?',
    '<script>alert(1)</script>',
    '" onmouseover="alert(1)" x="',
    "' onfocus='alert(1)",
    '--> <b>not bold</b> <!--',
    '<!--roundtable-checkin:end--><img src=x onerror=alert(1)>',
    '<!--roundtable-checkin:start-->',
    '[/roundtable-checkin]',
    '[roundtable-checkin anonymous]',
    'line one\r\n[/roundtable-checkin]\r\nline three',
    '</div></div><div id="roundtable-checkin">',
    '&amp; &lt;b&gt; &#60;',
    '________________ rule? ________________',
    ']]> <![CDATA[ x ]]>',
    'tab\there\u0000nul\u0007bell\u2028sep',
    'lone \ud800 surrogate',
    '😀 emoji and مرحبا and 日本語',
  ),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export const inviteCheckin: fc.Arbitrary<InviteCheckin> = fc.record({
  question,
  anonymous: fc.boolean(),
  labels: fc.oneof(
    fc.constant(labels),
    fc.record({ heading: fc.constantFrom('Check-in', 'Einstieg', '<b>Check-in</b>'), anonymous: question, named: question }),
  ),
});
