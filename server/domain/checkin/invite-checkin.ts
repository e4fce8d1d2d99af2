// From the organizer's choice to what the invite says: the question in the invite's language and the block's labels,
// all from the catalogue (the organizer's own question is theirs and is not translated).
import type { InviteCheckin } from '../invite';
import { en, type CheckinMessages } from './catalogue-en';
import type { CheckinChoice } from './checkin-choice';
import { CUSTOM_ANSWER, findPrompt } from './prompts';
import { isRotating } from './rotate-question';
import type { AnswerShape, CheckinKind } from './types';

export type CheckinQuestion = { kind: CheckinKind; text: string; answer: AnswerShape };

/** The question a choice asks; a prompt since removed from the library gives null. */
export const describeCheckinQuestion = (choice: CheckinChoice, messages: CheckinMessages = en): CheckinQuestion | null => {
  if (choice.customQuestion !== null) return { kind: 'custom', text: choice.customQuestion, answer: CUSTOM_ANSWER };
  const prompt = findPrompt(choice.promptId);
  return prompt ? { kind: prompt.kind, text: messages[prompt.messageKey], answer: prompt.answer } : null;
};

export const toInviteCheckin = (choice: CheckinChoice, messages: CheckinMessages = en): InviteCheckin | null => {
  const question = describeCheckinQuestion(choice, messages);
  if (!question) return null;
  // A series' library prompt rotates: the note under the question says so, so the invite never promises one question.
  const note = (key: 'checkin.invite.anonymous' | 'checkin.invite.named') => (isRotating(choice) ? `${messages[key]} ${messages['checkin.invite.rotates']}` : messages[key]);
  return {
    question: question.text,
    anonymous: choice.anonymous,
    labels: { heading: messages['checkin.invite.heading'], anonymous: note('checkin.invite.anonymous'), named: note('checkin.invite.named') },
  };
};
