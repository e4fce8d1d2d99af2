// The organizer's choice of check-in — a library prompt or their own question, named or anonymous, for this
// occurrence or the whole series — and the schema the routes validate it with (messages written for people).
import { z } from 'zod';
import { countCharacters } from './count-characters';
import { findPrompt } from './prompts';
import type { CheckinScope } from './types';

export const MAX_CUSTOM_QUESTION = 500;
const MAX_PROMPT_ID = 100;

export type CheckinChoice = { anonymous: boolean; scope: CheckinScope } & (
  | { promptId: string; customQuestion: null }
  | { promptId: null; customQuestion: string }
);

/** The organizer's own question: trimmed, not empty, at most 500 characters (an emoji counts as one). */
export const customQuestionSchema = z
  .string({ error: 'The question must be text.' })
  .trim()
  .min(1, { error: 'Write a question for the check-in.' })
  .refine((question) => countCharacters(question) <= MAX_CUSTOM_QUESTION, {
    error: `A check-in question can be at most ${MAX_CUSTOM_QUESTION} characters long.`,
  });

export const checkinChoiceSchema = z
  .object({
    promptId: z.string({ error: 'The prompt id must be text.' }).trim().max(MAX_PROMPT_ID, { error: 'That is not a check-in prompt id.' }).nullish(),
    customQuestion: customQuestionSchema.nullish(),
    anonymous: z.boolean({ error: 'Say whether answers are anonymous: true or false.' }),
    scope: z.enum(['occurrence', 'series'], { error: 'Choose the scope: "occurrence" (this meeting) or "series" (every meeting of the series).' }),
  })
  .superRefine((choice, context) => {
    const hasPrompt = choice.promptId != null;
    if (hasPrompt === (choice.customQuestion != null)) {
      context.addIssue({
        code: 'custom',
        path: ['promptId'],
        message: hasPrompt
          ? 'Choose a prompt from the library or write your own question, not both.'
          : 'Choose a prompt from the library or write your own question.',
      });
    } else if (hasPrompt && !findPrompt(choice.promptId ?? '')) {
      context.addIssue({ code: 'custom', path: ['promptId'], message: `There is no check-in prompt "${choice.promptId}" in the library.` });
    }
  })
  .transform(({ promptId, customQuestion, anonymous, scope }): CheckinChoice =>
    promptId != null ? { promptId, customQuestion: null, anonymous, scope } : { promptId: null, customQuestion: customQuestion ?? '', anonymous, scope },
  );
