import { summarizeScales, visibleAnswers, isFacilitator } from '../../domain/checkin-round';
import { extractAgenda } from '../../domain/agenda';
import type { MeetingView } from '../../domain/meeting';
import type { VerifiedUser } from '../ports';
import { anonymousKeyOf } from './anonymous-key';
import { describeQuestion } from './describe-question';
import { loadOccurrence, type CheckinDeps } from './load-occurrence';
import { questionForOccurrence } from './question-for-occurrence';

export type GetCheckinOptions = { user: VerifiedUser; eventId: string };

type Question = { promptId: string | null; customQuestion: string | null; anonymous: boolean };
const asksTheSame = (a: Question, b: Question) => a.promptId === b.promptId && a.customQuestion === b.customQuestion && a.anonymous === b.anonymous;

/** The agenda parsed from this person's copy of the invite (the check-in block and the Teams join section excluded). */
const readAgenda = async (deps: CheckinDeps, user: VerifiedUser, eventId: string) =>
  extractAgenda((await deps.graph.forUser(user).getEventBody(eventId)).body).items;

/** The meeting's people whom Roundtable knows by user id (they opened it): whom the round can be handed over to. */
const knownParticipants = async (deps: CheckinDeps, user: VerifiedUser, meeting: MeetingView) => {
  const emails = [meeting.organizer.email, ...meeting.attendees.filter((a) => a.type !== 'resource').map((a) => a.email)];
  const known = await deps.store.users.findByUpns(user.tenantId, emails);
  return known.map((person) => ({ id: person.userId, name: person.displayName, email: person.upn }));
};

export const countAgendaItems = async (deps: CheckinDeps, user: VerifiedUser, eventId: string): Promise<number> =>
  (await readAgenda(deps, user, eventId)).length;

/**
 * Everything a meeting panel shows of the check-in, as this person may see it: the question, the round, the answers
 * they may read (anonymous ones only once revealed), their own answer, the pulse when enough people gave one, the
 * agenda, and the stream id to follow live changes from.
 */
export const getCheckin = async (deps: CheckinDeps, { user, eventId }: GetCheckinOptions) => {
  const { meeting, onlineMeetingId, start, stream } = await loadOccurrence(deps, user, eventId);
  // Read the stream position first: anything published after it reaches the panel live.
  const lastEventId = await deps.live.latestId(user.tenantId, stream);
  const choice = await deps.store.checkin.findChoice(user.tenantId, onlineMeetingId, start.toISOString());
  const found = await deps.store.checkin.findRound(user.tenantId, onlineMeetingId, start);
  // A read writes only when the round is missing, or still waiting while the question in force changed.
  const question = choice && (!found || found.round.state === 'waiting')
    ? await questionForOccurrence(deps.store.checkin, { tenantId: user.tenantId, onlineMeetingId, start, choice })
    : null;
  const stored = question && (!found || !asksTheSame(found.question, question))
    ? await deps.store.checkin.ensureRound(user.tenantId, onlineMeetingId, start, question)
    : found;
  const all = stored ? await deps.store.checkin.currentAnswers(user.tenantId, stored.roundId) : [];
  const anonymous = stored?.question.anonymous ?? false;
  const round = stored?.round ?? { state: 'waiting' as const, phase: 'checkin' as const, revealed: false, agendaStep: 0, facilitatorId: null };
  const myKey = stored && anonymous ? anonymousKeyOf(deps.anonymousAnswerKey, stored.roundId, user.id) : null;
  const mine = all.find((a) => (anonymous ? a.anonymousKey === myKey : a.answer.author?.id === user.id));
  return {
    meeting: { eventId: meeting.eventId, subject: meeting.subject, start: meeting.start, end: meeting.end, isOrganizer: meeting.isOrganizer },
    choice: choice ? { promptId: choice.promptId, customQuestion: choice.customQuestion, anonymous: choice.anonymous, scope: choice.scope, ...describeQuestion(stored?.question ?? choice) } : null,
    invite: choice ? choice.invite : { status: 'none' as const, message: null },
    round: { ...round, isFacilitator: isFacilitator(round, { id: user.id, isOrganizer: meeting.isOrganizer }) },
    answers: visibleAnswers(all.map((a) => a.answer), round, anonymous),
    answerCount: all.length,
    myAnswer: mine?.answer ?? null,
    pulse: all.some((a) => a.answer.scales) ? summarizeScales(all.map((a) => a.answer)) : null,
    agenda: await readAgenda(deps, user, meeting.eventId),
    participants: await knownParticipants(deps, user, meeting),
    lastEventId,
  };
};
