// The laws of the invite-body merge, proven over generated bodies (see invite-bodies.ts for what is generated).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findMeetingBlob,
  locateCheckinBlocks,
  readCheckinBlock,
  removeCheckinBlock,
  writeCheckinBlock,
  type InviteBody,
  type InviteCheckin,
} from '../../../../server/domain/invite';
import { anyBody, htmlSoupWithMarkers, inviteCheckin, outlookDocument, textDocument } from './invite-bodies';

const RUNS = { numRuns: 400 };

/** The one block of a written body: where it is and what is outside it. */
const splitAtBlock = (body: InviteBody) => {
  const blocks = locateCheckinBlocks(body);
  expect(blocks).toHaveLength(1);
  const { start, end } = blocks[0]!.range;
  return { start, end, outside: body.content.slice(0, start) + body.content.slice(end) };
};

const countOf = (text: string, part: string): number => text.split(part).length - 1;

describe('placement: the block goes in front of the organizer content', () => {
  it('in an Outlook document: right after <body…> and its line break, never in <head>, before the agenda and the meeting blob', () => {
    fc.assert(
      fc.property(outlookDocument, inviteCheckin, ({ body, prefix, blob, hasAgenda }, checkin) => {
        const written = writeCheckinBlock(body, checkin);
        const { start, end } = splitAtBlock(written);
        const bodyTagEnd = prefix.lastIndexOf('>') + 1;
        const breakAfterBody = /^(?:\r\n|\n|\r)?/.exec(body.content.slice(bodyTagEnd))?.[0] ?? '';
        expect(written.content.slice(0, start)).toBe(body.content.slice(0, bodyTagEnd) + breakAfterBody);
        expect(start).toBeGreaterThan(written.content.indexOf('</head>'));
        if (hasAgenda) expect(written.content.indexOf('Agenda', end)).toBeGreaterThan(-1);
        if (blob) expect(end).toBeLessThanOrEqual(written.content.indexOf(blob));
        const found = findMeetingBlob(written);
        if (found) expect(end).toBeLessThanOrEqual(found.start);
      }),
      RUNS,
    );
  });

  it('in a plain-text body: at the very top (after a byte order mark)', () => {
    fc.assert(
      fc.property(textDocument, inviteCheckin, ({ body }, checkin) => {
        const written = writeCheckinBlock(body, checkin);
        const { start } = splitAtBlock(written);
        expect(start).toBe(body.content.startsWith('\ufeff') ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('in any body: before the Teams meeting blob, which keeps its content', () => {
    fc.assert(
      fc.property(anyBody, inviteCheckin, (body, checkin) => {
        const written = writeCheckinBlock(body, checkin);
        const { end } = splitAtBlock(written);
        const before = findMeetingBlob(removeCheckinBlock(body));
        const after = findMeetingBlob(written);
        expect(after?.content).toBe(before?.content);
        if (after) expect(end).toBeLessThanOrEqual(after.start);
      }),
      RUNS,
    );
  });
});

describe('idempotence: exactly one block, ever', () => {
  it('writing the same check-in twice equals writing it once', () => {
    fc.assert(
      fc.property(anyBody, inviteCheckin, (body, checkin) => {
        const once = writeCheckinBlock(body, checkin);
        expect(writeCheckinBlock(once, checkin)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('writing a different check-in replaces the block', () => {
    fc.assert(
      fc.property(anyBody, inviteCheckin, inviteCheckin, (body, first, second) => {
        const replaced = writeCheckinBlock(writeCheckinBlock(body, first), second);
        expect(replaced).toEqual(writeCheckinBlock(body, second));
        expect(locateCheckinBlocks(replaced)).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('holds for bodies that already hold blocks, nested, broken or copied in by hand', () => {
    fc.assert(
      fc.property(htmlSoupWithMarkers, inviteCheckin, (content, checkin) => {
        const body: InviteBody = { contentType: 'html', content };
        const once = writeCheckinBlock(body, checkin);
        expect(writeCheckinBlock(once, checkin)).toEqual(once);
        expect(locateCheckinBlocks(once)).toHaveLength(1);
        expect(removeCheckinBlock(removeCheckinBlock(body))).toEqual(removeCheckinBlock(body));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('removal restores the body exactly', () => {
  it('remove(write(b, c)) is b, byte for byte, for every body without a block', () => {
    let checked = 0;
    fc.assert(
      fc.property(anyBody, inviteCheckin, (body, checkin) => {
        if (readCheckinBlock(body) !== null) return;
        checked++;
        expect(removeCheckinBlock(writeCheckinBlock(body, checkin)).content).toBe(body.content);
      }),
      RUNS,
    );
    // The generators produce look-alikes of our markers, not blocks: almost every body counts.
    expect(checked).toBeGreaterThan(RUNS.numRuns * 0.95);
  });

  it('remove(write(b, c)) is remove(b) for every body, blocks or not, also after several writes', () => {
    const checkins = fc.array(inviteCheckin, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.oneof(anyBody, htmlSoupWithMarkers.map((content): InviteBody => ({ contentType: 'html', content }))), checkins, (body, sequence) => {
        const written = sequence.reduce((current, checkin) => writeCheckinBlock(current, checkin), body);
        expect(removeCheckinBlock(written)).toEqual(removeCheckinBlock(body));
      }),
      RUNS,
    );
  });

  it('a body without a block is returned as it is', () => {
    fc.assert(
      fc.property(anyBody, (body) => {
        if (readCheckinBlock(body) === null) expect(removeCheckinBlock(body)).toBe(body);
      }),
      RUNS,
    );
  });
});

describe('everything outside the block is kept byte for byte', () => {
  it('the written body is the original with the block inserted at one place', () => {
    fc.assert(
      fc.property(anyBody, inviteCheckin, (body, checkin) => {
        const written = writeCheckinBlock(body, checkin);
        expect(splitAtBlock(written).outside).toBe(removeCheckinBlock(body).content);
        expect(written.contentType).toBe(body.contentType);
      }),
      RUNS,
    );
  });

  it('the meeting blob of an Outlook document appears once, unchanged, after any sequence of writes and a removal', () => {
    const checkins = fc.array(inviteCheckin, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(outlookDocument, checkins, ({ body, blob }, sequence) => {
        const written = sequence.reduce((current, checkin) => writeCheckinBlock(current, checkin), body);
        if (blob) expect(countOf(written.content, blob)).toBe(countOf(body.content, blob));
        expect(removeCheckinBlock(written).content).toBe(removeCheckinBlock(body).content);
      }),
      RUNS,
    );
  });
});

describe('the block says what was written', () => {
  it('reading it back gives the question, collapsed to one paragraph, and whether answers are anonymous', () => {
    fc.assert(
      fc.property(anyBody, inviteCheckin, (body, checkin: InviteCheckin) => {
        const block = readCheckinBlock(writeCheckinBlock(body, checkin));
        expect(block?.question).toBe(normalize(checkin.question));
        expect(block?.anonymous).toBe(checkin.anonymous);
      }),
      RUNS,
    );
  });
});

const normalize = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- the same control characters the block drops
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim();
