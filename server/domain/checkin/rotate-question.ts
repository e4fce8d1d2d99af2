// Which question an occurrence's round asks. A library prompt chosen for a whole series rotates: the first occurrence
// asks the organizer's pick, each later one the next prompt of the same kind (no repeats until the kind is exhausted,
// see pick-next-prompt). An occurrence's own choice, and the organizer's own question, are asked as chosen.
import type { CheckinChoice } from './checkin-choice';
import { pickNextPrompt } from './pick-next-prompt';
import { findPrompt, listPromptsOfKind } from './prompts';

export type RoundQuestion = Pick<CheckinChoice, 'promptId' | 'customQuestion' | 'anonymous'>;

export type RotateQuestionOptions = {
  choice: CheckinChoice;
  /** Library prompts the series' earlier occurrences asked, oldest first. */
  earlierPromptIds: readonly string[];
  /** Gives each series its own order through a kind (e.g. the online meeting id). */
  seriesSeed: string;
};

/** A series' library prompt of a kind with more than one prompt (the pulse, for one, asks the same each time). */
export const isRotating = (choice: CheckinChoice): boolean => {
  const prompt = choice.scope === 'series' && choice.promptId !== null ? findPrompt(choice.promptId) : undefined;
  return prompt !== undefined && listPromptsOfKind(prompt.kind).length > 1;
};

export const rotateQuestion = ({ choice, earlierPromptIds, seriesSeed }: RotateQuestionOptions): RoundQuestion => {
  const asChosen = { promptId: choice.promptId, customQuestion: choice.customQuestion, anonymous: choice.anonymous };
  if (!isRotating(choice) || !earlierPromptIds.includes(choice.promptId as string)) return asChosen;
  const kind = findPrompt(choice.promptId as string)!.kind;
  return { ...asChosen, promptId: pickNextPrompt({ kind, usedPromptIds: earlierPromptIds, seed: seriesSeed }).id };
};
