import { describe, expect, it } from 'vitest';
import type { PraisePerson, PraiseValue } from '../../../../../src/api';
import {
  MAX_PRAISE_LENGTH,
  countCharacters,
  draftProblems,
  emptyDraft,
  praiseablePeople,
  preferenceHint,
  submissionOf,
  visibilityOf,
  type PraiseDraft,
} from '../../../../../src/features/praise/praise-draft';

const values: PraiseValue[] = [
  { id: 'courage', label: 'Courage' },
  { id: 'teamwork', label: 'Teamwork' },
];

const people: PraisePerson[] = [
  { userId: 'user-priya', displayName: 'Priya Raman', preference: 'private' },
  { userId: 'user-ana', displayName: 'Ana Lima', preference: 'public' },
  { userId: 'user-me', displayName: 'Me Myself', preference: 'either' },
  { userId: 'user-dmitri', displayName: 'Dmitri Volkov', preference: 'either' },
];

const draft = (changes: Partial<PraiseDraft> = {}): PraiseDraft => ({
  recipient: { kind: 'person', userId: 'user-priya' },
  valueId: 'courage',
  message: 'Thanks for taking the hard question.',
  visibility: 'public',
  ...changes,
});

describe('what stops a praise from being sent', () => {
  it('a complete draft has no problems', () => {
    expect(draftProblems(draft(), values)).toEqual([]);
  });

  it('an empty draft lacks a recipient, a value and a message, in the form’s order', () => {
    expect(draftProblems(emptyDraft(), values)).toEqual(['noRecipient', 'noValue', 'emptyMessage']);
  });

  it('a message of only spaces is empty', () => {
    expect(draftProblems(draft({ message: '   \n ' }), values)).toEqual(['emptyMessage']);
  });

  it('a value the tenant does not offer is no value', () => {
    expect(draftProblems(draft({ valueId: 'bravery' }), values)).toEqual(['noValue']);
  });

  it(`${MAX_PRAISE_LENGTH} characters are fine, one more is too long; an emoji counts as one, surrounding spaces not at all`, () => {
    expect(draftProblems(draft({ message: `  ${'a'.repeat(MAX_PRAISE_LENGTH)}  ` }), values)).toEqual([]);
    expect(draftProblems(draft({ message: 'a'.repeat(MAX_PRAISE_LENGTH + 1) }), values)).toEqual(['longMessage']);
    expect(draftProblems(draft({ message: '🎉'.repeat(MAX_PRAISE_LENGTH) }), values)).toEqual([]);
    expect(countCharacters('🎉👏')).toBe(2);
  });
});

describe('the body sent', () => {
  it('trims the message and keeps the chosen visibility for a person', () => {
    expect(submissionOf(draft({ message: '  Well done!  ', visibility: 'private' }))).toEqual({
      recipient: { kind: 'person', userId: 'user-priya' },
      value: 'courage',
      message: 'Well done!',
      visibility: 'private',
    });
  });

  it('praise for the whole group is always public', () => {
    const forTeam = draft({ recipient: { kind: 'team' }, visibility: 'private' });
    expect(visibilityOf(forTeam)).toBe('public');
    expect(submissionOf(forTeam).visibility).toBe('public');
  });

  it('an incomplete draft cannot become a body', () => {
    expect(() => submissionOf(emptyDraft())).toThrow();
  });
});

describe('the recipient’s preference', () => {
  it('public praise for someone who prefers private: the giver is told it goes privately', () => {
    expect(preferenceHint(draft(), people)).toBe('willBePrivate');
    expect(preferenceHint(draft({ visibility: 'private' }), people)).toBeNull();
  });

  it('private praise for someone who likes it public: the giver is told, and may keep it private', () => {
    expect(preferenceHint(draft({ recipient: { kind: 'person', userId: 'user-ana' }, visibility: 'private' }), people)).toBe('prefersPublic');
  });

  it('no hint for "either", for the whole group, or for nobody chosen yet', () => {
    expect(preferenceHint(draft({ recipient: { kind: 'person', userId: 'user-dmitri' } }), people)).toBeNull();
    expect(preferenceHint(draft({ recipient: { kind: 'team' } }), people)).toBeNull();
    expect(preferenceHint(emptyDraft(), people)).toBeNull();
  });
});

describe('whom one can praise', () => {
  it('everyone of the meeting but oneself, by name', () => {
    expect(praiseablePeople(people, 'user-me').map((person) => person.displayName)).toEqual(['Ana Lima', 'Dmitri Volkov', 'Priya Raman']);
  });
});
