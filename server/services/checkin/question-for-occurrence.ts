import { rotateQuestion, type CheckinChoice, type RoundQuestion } from '../../domain/checkin';
import type { CheckinStore } from '../ports';

/**
 * The question an occurrence's round asks under the choice in force: a series' library prompt rotates through its kind
 * by the series' history (the same history gives the same question on every server).
 */
export const questionForOccurrence = async (
  store: Pick<CheckinStore, 'promptHistory'>,
  { tenantId, onlineMeetingId, start, choice }: { tenantId: string; onlineMeetingId: string; start: Date; choice: CheckinChoice },
): Promise<RoundQuestion> => {
  const earlierPromptIds = choice.scope === 'series' && choice.promptId !== null ? await store.promptHistory(tenantId, onlineMeetingId, start) : [];
  return rotateQuestion({ choice, earlierPromptIds, seriesSeed: onlineMeetingId });
};
