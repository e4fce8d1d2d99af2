// Where the Outlook pane's editor starts: from the block already in the invite, else the library's first prompt; the
// scope is what Outlook has open.
import { describe, expect, it } from 'vitest';
import { CHECKIN_PROMPTS, PROMPT_KINDS, checkinMessagesEn } from '../../../../../server/domain/checkin';
import type { CheckinBlock } from '../../../../../server/domain/invite';
import type { CheckinLibrary } from '../../../../../src/api';
import { groupPrompts } from '../../../../../src/features/checkin/checkin-kinds';
import { draftFromBlock, scopeOf } from '../../../../../src/surfaces/outlook-command/block-draft';
import { ewsToRestId, restToEwsId } from '../../../../../src/dev/office-shim/wire';

const library: CheckinLibrary = {
  kinds: [...PROMPT_KINDS],
  prompts: CHECKIN_PROMPTS.map((p) => ({ id: p.id, kind: p.kind, messageKey: p.messageKey, text: checkinMessagesEn[p.messageKey], answer: p.answer })),
  messages: checkinMessagesEn,
};
const groups = groupPrompts(library);
const block = (question: string | null, anonymous: boolean | null): CheckinBlock => ({ range: { start: 0, end: 1 }, delimiter: 'comments', question, anonymous });

describe("the Outlook pane's starting draft", () => {
  it('picks the library prompt whose text the block asks', () => {
    const prompt = library.prompts.find((candidate) => candidate.kind === 'roseBudThorn')!;
    expect(draftFromBlock(block(prompt.text, true), groups, library.prompts, 'occurrence')).toEqual({
      kind: 'roseBudThorn',
      promptId: prompt.id,
      customQuestion: '',
      anonymous: true,
      scope: 'occurrence',
    });
  });

  it("takes any other question for the organizer's own", () => {
    expect(draftFromBlock(block('Tea or coffee?', false), groups, library.prompts, 'series')).toEqual({ kind: 'custom', promptId: null, customQuestion: 'Tea or coffee?', anonymous: false, scope: 'series' });
  });

  it("starts from the library's first prompt when the invite has no block, or one edited beyond reading", () => {
    const first = groups[0]!.prompts[0]!;
    expect(draftFromBlock(null, groups, library.prompts, 'single')).toMatchObject({ kind: first.kind, promptId: first.id, anonymous: false, scope: 'occurrence' });
    expect(draftFromBlock(block(null, null), groups, library.prompts, 'single')).toMatchObject({ promptId: first.id });
  });

  it('follows what Outlook has open: the whole series, or one meeting', () => {
    expect([scopeOf('series'), scopeOf('occurrence'), scopeOf('single')]).toEqual(['series', 'occurrence', 'occurrence']);
  });
});

describe("the Office shim's item ids", () => {
  it('converts EWS ids to REST v2.0 ids and back, as convertToRestId and convertToEwsId do', () => {
    const rest = 'AAMkADEQYc9QhK2YEqIlM16s9Aq_hFAsDN2CIxWvHQnA==';
    expect(restToEwsId(rest)).toBe('AAMkADEQYc9QhK2YEqIlM16s9Aq+hFAsDN2CIxWvHQnA==');
    expect(ewsToRestId(restToEwsId(rest))).toBe(rest);
  });
});
