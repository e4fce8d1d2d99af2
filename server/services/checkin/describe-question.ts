import { describeCheckinQuestion, findPrompt, type AnswerShape, type CheckinChoice, type CheckinKind } from '../../domain/checkin';
import { AppError } from '../../errors';

export type QuestionView = { kind: CheckinKind; question: string; messageKey: string | null; answer: AnswerShape };

/** What a check-in asks and how it is answered (the domain's description, with the prompt's message key for the UI). */
export const describeQuestion = (choice: Pick<CheckinChoice, 'promptId' | 'customQuestion'>): QuestionView => {
  // Stored questions keep both columns nullable; exactly one is set.
  const described = describeCheckinQuestion({ ...choice, anonymous: false, scope: 'occurrence' } as CheckinChoice);
  if (!described) throw new AppError('validation_failed', `There is no check-in prompt "${choice.promptId}" in the library.`);
  const messageKey = choice.promptId === null ? null : (findPrompt(choice.promptId)?.messageKey ?? null);
  return { kind: described.kind, question: described.text, messageKey, answer: described.answer };
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
