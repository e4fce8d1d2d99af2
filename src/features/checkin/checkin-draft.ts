// The organizer's check-in while they edit it in the details tab, and the choice it becomes on Save.
import type { CheckinChoice, CheckinPrompt, ChosenCheckin } from '../../api';
import { isRotating } from '../../../server/domain/checkin/rotate-question';
import { CUSTOM_KIND, type PromptGroup } from './checkin-kinds';

export const MAX_QUESTION_LENGTH = 500;

export type CheckinDraft = {
  /** A library kind, or CUSTOM_KIND for their own question. */
  kind: string;
  promptId: string | null;
  customQuestion: string;
  anonymous: boolean;
  scope: CheckinChoice['scope'];
};

/** Starts from the saved choice, else from the library's first prompt. */
export const draftFrom = (choice: ChosenCheckin | null, groups: readonly PromptGroup[]): CheckinDraft => {
  if (choice?.promptId) return { kind: choice.kind, promptId: choice.promptId, customQuestion: '', anonymous: choice.anonymous, scope: choice.scope };
  if (choice) return { kind: CUSTOM_KIND, promptId: null, customQuestion: choice.customQuestion ?? choice.question, anonymous: choice.anonymous, scope: choice.scope };
  const first = groups[0];
  return { kind: first?.kind ?? CUSTOM_KIND, promptId: first?.prompts[0]?.id ?? null, customQuestion: '', anonymous: false, scope: 'occurrence' };
};

/** Switching kind picks that kind's first prompt, so there is always something to save. */
export const withKind = (draft: CheckinDraft, kind: string, groups: readonly PromptGroup[]): CheckinDraft => ({
  ...draft,
  kind,
  promptId: kind === CUSTOM_KIND ? null : (groups.find((group) => group.kind === kind)?.prompts[0]?.id ?? null),
});

export type DraftProblem = 'emptyQuestion' | 'longQuestion' | 'noPrompt' | null;

export const draftProblem = (draft: CheckinDraft): DraftProblem => {
  if (draft.kind !== CUSTOM_KIND) return draft.promptId ? null : 'noPrompt';
  const question = draft.customQuestion.trim();
  if (question === '') return 'emptyQuestion';
  return countCharacters(question) > MAX_QUESTION_LENGTH ? 'longQuestion' : null;
};

/** The choice to save; only for a draft without problems. */
export const choiceFrom = (draft: CheckinDraft, isRecurring: boolean): CheckinChoice => {
  const settings = { anonymous: draft.anonymous, scope: isRecurring ? draft.scope : 'occurrence' } as const;
  return draft.kind !== CUSTOM_KIND && draft.promptId
    ? { ...settings, promptId: draft.promptId, customQuestion: null }
    : { ...settings, promptId: null, customQuestion: draft.customQuestion.trim() };
};

/** The saved choice as it is sent again (to retry writing the invite). */
export const choiceOf = (saved: ChosenCheckin): CheckinChoice =>
  saved.promptId !== null
    ? { promptId: saved.promptId, customQuestion: null, anonymous: saved.anonymous, scope: saved.scope }
    : { promptId: null, customQuestion: saved.customQuestion ?? saved.question, anonymous: saved.anonymous, scope: saved.scope };

/** Characters as people (and the server) count them: an emoji is one. */
export const countCharacters = (text: string): number => [...text].length;

/** The question the draft would ask, as the invite preview shows it. */
export const draftQuestion = (draft: CheckinDraft, prompts: readonly CheckinPrompt[]): string =>
  draft.kind === CUSTOM_KIND ? draft.customQuestion.trim() : (prompts.find((prompt) => prompt.id === draft.promptId)?.text ?? '');

/** A library prompt for the whole series rotates through its kind, one new question per meeting (the invite says so). */
export const isDraftRotating = (draft: CheckinDraft): boolean =>
  draft.kind !== CUSTOM_KIND && draft.promptId !== null && isRotating({ promptId: draft.promptId, customQuestion: null, anonymous: draft.anonymous, scope: draft.scope });
