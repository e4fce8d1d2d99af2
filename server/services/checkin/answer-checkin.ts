import { summarizeScales, type Answer } from '../../domain/checkin-round';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { anonymousKeyOf } from './anonymous-key';
import { checkAnswerShape, describeQuestion } from './describe-question';
import { loadOccurrence, type CheckinDeps } from './load-occurrence';

export type AnswerCheckinOptions = {
  user: VerifiedUser;
  eventId: string;
  submission: { submissionId: string; text: string | null; scales: Record<string, number> | null };
};

/**
 * A participant answers (or edits their answer) while the round is open. Repeating a submission returns what is
 * stored. The answer is committed before anyone is told, and the live event for an anonymous answer carries only
 * the count until the facilitator reveals the round.
 */
export const answerCheckin = async (deps: CheckinDeps, { user, eventId, submission }: AnswerCheckinOptions): Promise<Answer> => {
  const { onlineMeetingId, start, stream } = await loadOccurrence(deps, user, eventId);
  const stored = await deps.store.checkin.findRound(user.tenantId, onlineMeetingId, start);
  if (!stored) throw new AppError('conflict', 'There is no check-in in this meeting yet.');
  if (stored.round.state !== 'open') {
    throw new AppError('conflict', stored.round.state === 'closed' ? 'The check-in round is closed.' : 'The check-in round has not opened yet.');
  }
  checkAnswerShape(describeQuestion(stored.question).answer, submission);
  const anonymous = stored.question.anonymous;
  const { answer, isSamePerson, answererCount } = await deps.store.checkin.addAnswer({
    tenantId: user.tenantId,
    roundId: stored.roundId,
    submissionId: submission.submissionId,
    author: anonymous ? null : { id: user.id, name: user.displayName },
    anonymousKey: anonymous ? anonymousKeyOf(deps.anonymousAnswerKey, stored.roundId, user.id) : null,
    text: submission.text,
    scales: submission.scales,
  });
  if (!isSamePerson) throw new AppError('conflict', 'That submission id is already used; send a new one.');
  const hidden = anonymous && !stored.round.revealed;
  // The pulse travels with the answer (averages only over enough people), so panels need not read the round again;
  // other answers only need the count, which storing the answer gave.
  const answers = answer.scales ? await deps.store.checkin.currentAnswers(user.tenantId, stored.roundId) : null;
  const answerCount = answers ? answers.length : answererCount;
  const pulse = answers ? summarizeScales(answers.map((a) => a.answer)) : undefined;
  await deps.live.publish(user.tenantId, stream, 'checkin.answer', { answer: hidden ? null : answer, answerCount, ...(pulse ? { pulse } : {}) });
  return answer;
};
