import { summarizeScales, type Answer, type Round } from '../../domain/checkin-round';
import { AppError } from '../../errors';
import type { VerifiedUser } from '../ports';
import { anonymousKeyOf } from './anonymous-key';
import { checkAnswerShape, describeQuestion } from './describe-question';
import { loadOccurrence, type CheckinDeps, type OpenRound } from './load-occurrence';

export type AnswerCheckinOptions = {
  user: VerifiedUser;
  eventId: string;
  submission: { submissionId: string; text: string | null; scales: Record<string, number> | null };
};

/**
 * A participant answers (or edits their answer) while the round is open. Repeating a submission returns what is
 * stored (while the round is open). The answer is committed before anyone is told, and the live event for an
 * anonymous answer carries only the count until the facilitator reveals the round.
 */
export const answerCheckin = async (deps: CheckinDeps, { user, eventId, submission }: AnswerCheckinOptions): Promise<Answer> => {
  const { onlineMeetingId, start, stream } = await loadOccurrence(deps, user, eventId);
  const { roundId, question } = await openRoundOf(deps, user.tenantId, onlineMeetingId, start);
  checkAnswerShape(describeQuestion(question).answer, submission);
  const anonymous = question.anonymous;
  const added = await deps.store.checkin.addAnswer({
    tenantId: user.tenantId,
    roundId,
    submissionId: submission.submissionId,
    author: anonymous ? null : { id: user.id, name: user.displayName },
    anonymousKey: anonymous ? anonymousKeyOf(deps.anonymousAnswerKey, roundId, user.id) : null,
    text: submission.text,
    scales: submission.scales,
  });
  // Closed since this instance saw it open (by whichever instance): the store checks the state as it stores.
  if ('refused' in added) throw notOpen(added.refused);
  const { answer, isSamePerson, answererCount, revealed } = added;
  if (!isSamePerson) throw new AppError('conflict', 'That submission id is already used; send a new one.');
  const hidden = anonymous && !revealed;
  // The pulse travels with the answer (averages only over enough people), so panels need not read the round again;
  // other answers only need the count, which storing the answer gave.
  const answers = answer.scales ? await deps.store.checkin.currentAnswers(user.tenantId, roundId) : null;
  const answerCount = answers ? answers.length : answererCount;
  const pulse = answers ? summarizeScales(answers.map((a) => a.answer)) : undefined;
  await deps.live.publish(user.tenantId, stream, 'checkin.answer', { answer: hidden ? null : answer, answerCount, ...(pulse ? { pulse } : {}) });
  return answer;
};

const notOpen = (state: Exclude<Round['state'], 'open'>) =>
  new AppError('conflict', state === 'closed' ? 'The check-in round is closed.' : 'The check-in round has not opened yet.');

/**
 * The occurrence's round, once it is open: its id and the question as asked, which never change from then on, so
 * they are remembered (`openRounds`) and a meeting's many answers do not each read the round first. Whether it is
 * still open is for the store to check as it stores the answer.
 */
const openRoundOf = async (deps: CheckinDeps, tenantId: string, onlineMeetingId: string, start: Date): Promise<OpenRound> => {
  const key = `${tenantId}\u0000${onlineMeetingId}\u0000${start.toISOString()}`;
  const known = deps.openRounds.get(key);
  if (known) return known;
  const stored = await deps.store.checkin.findRound(tenantId, onlineMeetingId, start);
  if (!stored) throw new AppError('conflict', 'There is no check-in in this meeting yet.');
  if (stored.round.state !== 'open') throw notOpen(stored.round.state);
  const open = { roundId: stored.roundId, question: stored.question };
  deps.openRounds.set(key, open);
  return open;
};
