import { en } from '../../domain/checkin/catalogue-en';
import { CUSTOM_ANSWER, findPrompt } from '../../domain/checkin/prompts';
import type { AnswerShape, CheckinKind } from '../../domain/checkin/types';
import { AppError } from '../../errors';

/** The block's texts in the invite. The invite is written once for everyone, in the reference language. */
export const INVITE_LABELS = { heading: en['checkin.invite.heading'], anonymous: en['checkin.invite.anonymous'], named: en['checkin.invite.named'] };

export type QuestionView = { kind: CheckinKind; question: string; messageKey: string | null; answer: AnswerShape };

/** What a check-in asks and how it is answered: a library prompt (by its stable id) or the organizer's own question. */
export const describeQuestion = (choice: { promptId: string | null; customQuestion: string | null }): QuestionView => {
  if (choice.customQuestion !== null) return { kind: 'custom', question: choice.customQuestion, messageKey: null, answer: CUSTOM_ANSWER };
  const prompt = choice.promptId === null ? undefined : findPrompt(choice.promptId);
  if (!prompt) throw new AppError('validation_failed', `There is no check-in prompt "${choice.promptId}" in the library.`);
  return { kind: prompt.kind, question: en[prompt.messageKey], messageKey: prompt.messageKey, answer: prompt.answer };
};

/** An answer fits its question's shape: scales for scale prompts (exactly theirs, 1–5), text within length otherwise. */
export const checkAnswerShape = (shape: AnswerShape, answer: { text: string | null; scales: Record<string, number> | null }): void => {
  const fail = (message: string) => {
    throw new AppError('validation_failed', message);
  };
  if (shape.type === 'scale' || shape.type === 'scales') {
    const wanted = (shape.type === 'scale' ? [shape.scale] : shape.scales).map((s) => s.id).sort();
    const given = Object.keys(answer.scales ?? {}).sort();
    if (wanted.join() !== given.join()) fail(`This check-in is answered on the scales ${wanted.join(' and ')} (1 to 5).`);
    return;
  }
  if (answer.text === null) fail('This check-in is answered with text.');
  if (answer.scales !== null) fail('This check-in takes no scales.');
  const limit = shape.type === 'parts' ? shape.maxLength * shape.parts.length + shape.parts.length : shape.maxLength;
  if ((answer.text ?? '').length > limit) fail(`The answer is longer than ${limit} characters.`);
};
