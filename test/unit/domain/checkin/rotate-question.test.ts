import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPromptsOfKind, rotateQuestion, toInviteCheckin, type CheckinChoice } from '../../../../server/domain/checkin';

const series = (promptId: string): CheckinChoice => ({ promptId, customQuestion: null, anonymous: false, scope: 'series' });
const moodIds = listPromptsOfKind('mood').map((p) => p.id);

/** The questions of `count` occurrences in a row, each asked before the next is chosen. */
const occurrences = (choice: CheckinChoice, count: number, seriesSeed = 'MSo1N2Y5') => {
  const asked: string[] = [];
  for (let i = 0; i < count; i++) asked.push(rotateQuestion({ choice, earlierPromptIds: asked, seriesSeed }).promptId!);
  return asked;
};

describe('a series’ check-in question', () => {
  it('asks the organizer’s pick first, then the other prompts of its kind without repeats', () => {
    const asked = occurrences(series('mood.colour'), moodIds.length);
    expect(asked[0]).toBe('mood.colour');
    expect(new Set(asked)).toEqual(new Set(moodIds));
  });

  it('never repeats a prompt before the kind is exhausted, whatever the pick and the series', () => {
    fc.assert(
      fc.property(fc.constantFrom(...moodIds), fc.string({ maxLength: 10 }), (pick, seed) => {
        const asked = occurrences(series(pick), moodIds.length, seed);
        expect(new Set(asked).size).toBe(moodIds.length);
      }),
    );
  });

  it('asks an occurrence’s own choice and the organizer’s own question as chosen', () => {
    const history = ['mood.colour', 'pulse.freedomInclusion'];
    expect(rotateQuestion({ choice: { promptId: 'mood.colour', customQuestion: null, anonymous: true, scope: 'occurrence' }, earlierPromptIds: history, seriesSeed: 's' })).toEqual({
      promptId: 'mood.colour',
      customQuestion: null,
      anonymous: true,
    });
    expect(rotateQuestion({ choice: { promptId: null, customQuestion: 'Why?', anonymous: false, scope: 'series' }, earlierPromptIds: history, seriesSeed: 's' }).customQuestion).toBe('Why?');
  });

  it('says in the invite that a rotating series asks a new question each time', () => {
    expect(toInviteCheckin(series('mood.colour'))?.labels.named).toMatch(/new question of this kind/);
    expect(toInviteCheckin({ ...series('mood.colour'), scope: 'occurrence' })?.labels.named).not.toMatch(/new question/);
    expect(toInviteCheckin({ promptId: null, customQuestion: 'Why?', anonymous: false, scope: 'series' })?.labels.named).not.toMatch(/new question/);
  });
});
