// The praise a person is writing in the side panel: whom, which value, the message, public or private; what stops it
// from being sent, and the body it becomes. Pure.
import type { PraisePerson, PraiseRecipientChoice, PraiseSubmission, PraiseValue, PraiseVisibility } from '../../api';

export const MAX_PRAISE_LENGTH = 1000;

export type PraiseDraft = {
  recipient: PraiseRecipientChoice | null;
  valueId: string | null;
  message: string;
  visibility: PraiseVisibility;
};

export const emptyDraft = (recipient: PraiseRecipientChoice | null = null): PraiseDraft => ({ recipient, valueId: null, message: '', visibility: 'public' });

/** Characters as people count them: an emoji is one. */
export const countCharacters = (text: string): number => [...text].length;

export type DraftProblem = 'noRecipient' | 'noValue' | 'emptyMessage' | 'longMessage';

/** Everything that stops the draft from being sent, in the form's order. */
export const draftProblems = (draft: PraiseDraft, values: readonly PraiseValue[]): DraftProblem[] => {
  const problems: DraftProblem[] = [];
  if (!draft.recipient) problems.push('noRecipient');
  if (!draft.valueId || !values.some((value) => value.id === draft.valueId)) problems.push('noValue');
  const message = draft.message.trim();
  if (message === '') problems.push('emptyMessage');
  else if (countCharacters(message) > MAX_PRAISE_LENGTH) problems.push('longMessage');
  return problems;
};

/** Team praise is public: the whole group wins together, in front of everyone. */
export const visibilityOf = (draft: PraiseDraft): PraiseVisibility => (draft.recipient?.kind === 'team' ? 'public' : draft.visibility);

/** The body to send; only for a draft without problems. */
export const submissionOf = (draft: PraiseDraft): PraiseSubmission => {
  if (!draft.recipient || !draft.valueId) throw new Error('the praise draft is incomplete');
  return { recipient: draft.recipient, value: draft.valueId, message: draft.message.trim(), visibility: visibilityOf(draft) };
};

/** The person the draft is for, when it is for a person of the meeting. */
export const personOf = (draft: PraiseDraft, people: readonly PraisePerson[]): PraisePerson | null => {
  const recipient = draft.recipient;
  return recipient?.kind === 'person' ? (people.find((person) => person.userId === recipient.userId) ?? null) : null;
};

/**
 * What the giver should know before sending: a public praise for someone who prefers private goes to them privately;
 * a private praise for someone who prefers public is theirs to choose.
 */
export type PreferenceHint = 'willBePrivate' | 'prefersPublic' | null;

export const preferenceHint = (draft: PraiseDraft, people: readonly PraisePerson[]): PreferenceHint => {
  const person = personOf(draft, people);
  if (!person) return null;
  if (person.preference === 'private' && draft.visibility === 'public') return 'willBePrivate';
  if (person.preference === 'public' && draft.visibility === 'private') return 'prefersPublic';
  return null;
};

/** The people one can praise: everyone of the meeting but oneself, by name. */
export const praiseablePeople = (people: readonly PraisePerson[], myUserId: string): PraisePerson[] =>
  people.filter((person) => person.userId !== myUserId).sort((a, b) => a.displayName.localeCompare(b.displayName));
