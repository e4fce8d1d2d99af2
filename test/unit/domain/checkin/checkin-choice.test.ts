import { describe, expect, it } from 'vitest';
import { checkinChoiceSchema, customQuestionSchema } from '../../../../server/domain/checkin';

const messagesOf = (input: unknown): string[] => {
  const result = checkinChoiceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('checkinChoiceSchema', () => {
  it('accepts a library prompt, named or anonymous, for this occurrence or the series', () => {
    expect(checkinChoiceSchema.parse({ promptId: 'mood.weather', anonymous: true, scope: 'series' })).toEqual({
      promptId: 'mood.weather',
      customQuestion: null,
      anonymous: true,
      scope: 'series',
    });
  });

  it('accepts the organizer’s own question, trimmed, with the other field null or left out', () => {
    const expected = { promptId: null, customQuestion: 'What made you smile?', anonymous: false, scope: 'occurrence' };
    expect(checkinChoiceSchema.parse({ customQuestion: '  What made you smile?  ', anonymous: false, scope: 'occurrence' })).toEqual(expected);
    expect(checkinChoiceSchema.parse({ promptId: null, customQuestion: 'What made you smile?', anonymous: false, scope: 'occurrence' })).toEqual(expected);
  });

  it('asks for exactly one of a prompt and a question', () => {
    expect(messagesOf({ anonymous: false, scope: 'occurrence' })).toEqual(['Choose a prompt from the library or write your own question.']);
    expect(messagesOf({ promptId: 'mood.weather', customQuestion: 'Hi?', anonymous: false, scope: 'occurrence' })).toEqual([
      'Choose a prompt from the library or write your own question, not both.',
    ]);
  });

  it('refuses a prompt the library does not have', () => {
    expect(messagesOf({ promptId: 'mood.nope', anonymous: false, scope: 'occurrence' })).toEqual(['There is no check-in prompt "mood.nope" in the library.']);
  });

  it('says what is wrong with anonymity and scope in words', () => {
    expect(messagesOf({ promptId: 'mood.weather', anonymous: 'yes', scope: 'always' })).toEqual([
      'Say whether answers are anonymous: true or false.',
      'Choose the scope: "occurrence" (this meeting) or "series" (every meeting of the series).',
    ]);
  });
});

describe('customQuestionSchema', () => {
  it('takes up to 500 characters, counting an emoji as one', () => {
    expect(customQuestionSchema.safeParse('a'.repeat(500)).success).toBe(true);
    expect(customQuestionSchema.safeParse('😀'.repeat(500)).success).toBe(true);
    expect(customQuestionSchema.safeParse(`  ${'a'.repeat(500)}  `).success).toBe(true);
    expect(customQuestionSchema.safeParse('a'.repeat(501)).error?.issues[0]?.message).toBe('A check-in question can be at most 500 characters long.');
  });

  it('refuses an empty question, or one of spaces only', () => {
    for (const question of ['', '   \n ']) expect(customQuestionSchema.safeParse(question).error?.issues[0]?.message).toBe('Write a question for the check-in.');
  });
});
