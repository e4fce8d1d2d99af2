import { describe, expect, it } from 'vitest';
import { checkinMessagesEn, describeCheckinQuestion, toInviteCheckin, type CheckinMessages } from '../../../../server/domain/checkin';
import { readCheckinBlock, writeCheckinBlock } from '../../../../server/domain/invite';

/** A stand-in second language: every key translated, so nothing falls back to English. */
const pseudo = Object.fromEntries(Object.entries(checkinMessagesEn).map(([key, text]) => [key, `[${text}]`])) as CheckinMessages;

describe('from the choice to the invite', () => {
  it('writes a library prompt in the invite’s language, with the labels of that language', () => {
    const checkin = toInviteCheckin({ promptId: 'pulse.freedomInclusion', customQuestion: null, anonymous: true, scope: 'series' }, pseudo);
    expect(checkin).toEqual({
      question: '[Where do you need more — freedom or inclusion?]',
      anonymous: true,
      labels: {
        heading: '[Check-in]',
        anonymous: '[Answers are anonymous.] [Each meeting of the series asks a new question of this kind, starting with this one.]',
        named: '[Answers show who gave them.] [Each meeting of the series asks a new question of this kind, starting with this one.]',
      },
    });
    const block = readCheckinBlock(writeCheckinBlock({ contentType: 'html', content: '<body><p>Agenda</p>' }, checkin!));
    expect(block).toMatchObject({ question: '[Where do you need more — freedom or inclusion?]', anonymous: true });
  });

  it('keeps the organizer’s own question as written', () => {
    const choice = { promptId: null, customQuestion: 'What made you smile?', anonymous: false, scope: 'occurrence' } as const;
    expect(toInviteCheckin(choice, pseudo)?.question).toBe('What made you smile?');
    expect(describeCheckinQuestion(choice)).toEqual({ kind: 'custom', text: 'What made you smile?', answer: { type: 'text', maxLength: 1000 } });
  });

  it('has nothing to write for a prompt since removed from the library', () => {
    expect(toInviteCheckin({ promptId: 'mood.retired', customQuestion: null, anonymous: false, scope: 'occurrence' })).toBeNull();
  });
});
