// A meeting occurrence's check-in round as people see it: what is asked, who may see which answers, and the
// facilitator's moves. Pure rules; storage and Graph live elsewhere.

/** What the organizer chose: a library prompt or their own question (the check-in library's type). */
export type { CheckinChoice } from './checkin';

/** The 1–5 scales of a pulse prompt (e.g. freedom and inclusion) or an energy prompt (one scale). */
export type Scales = Record<string, number>;

export type Answer = {
  /** The person's latest submission id (client-generated; repeating it changes nothing). */
  submissionId: string;
  /** null for an anonymous answer: it is stored without the person. */
  author: { id: string; name: string } | null;
  text: string | null;
  scales: Scales | null;
  updatedAt: string;
};

export type RoundState = 'waiting' | 'open' | 'closed';
export type RoundPhase = 'checkin' | 'agenda';

export type Round = {
  state: RoundState;
  phase: RoundPhase;
  revealed: boolean;
  agendaStep: number;
  /** Who runs the round: null means the organizer. */
  facilitatorId: string | null;
};

export const MIN_ANSWERS_TO_REVEAL = 3;
/** Viva Insights' minimum group size: no figure from answers or pulse scores over fewer people. */
export const MIN_PEOPLE_FOR_FIGURES = 5;

export type FacilitatorAction =
  | { action: 'open' }
  | { action: 'close' }
  | { action: 'reveal' }
  | { action: 'toAgenda' }
  | { action: 'toCheckin' }
  | { action: 'agendaStep'; step: number }
  | { action: 'handOver'; userId: string };

export type RuleOutcome = { ok: true; round: Round } | { ok: false; code: 'conflict' | 'bad_request'; message: string };

/** The facilitator's moves, as a state machine; every refusal says why. */
export const applyFacilitatorAction = (round: Round, move: FacilitatorAction, ctx: { answerCount: number; anonymous: boolean; agendaLength: number }): RuleOutcome => {
  const ok = (changes: Partial<Round>): RuleOutcome => ({ ok: true, round: { ...round, ...changes } });
  switch (move.action) {
    case 'open':
      return round.state === 'closed' ? { ok: false, code: 'conflict', message: 'The round is closed; it cannot be opened again.' } : ok({ state: 'open' });
    case 'close':
      return ok({ state: 'closed' });
    case 'reveal':
      if (!ctx.anonymous) return { ok: false, code: 'bad_request', message: 'Named answers are shown as they come; there is nothing to reveal.' };
      if (ctx.answerCount < MIN_ANSWERS_TO_REVEAL) {
        return { ok: false, code: 'conflict', message: `Anonymous answers are revealed once at least ${MIN_ANSWERS_TO_REVEAL} people have answered.` };
      }
      return ok({ revealed: true });
    case 'toAgenda':
      return ok({ phase: 'agenda' });
    case 'toCheckin':
      return ok({ phase: 'checkin' });
    case 'agendaStep':
      if (move.step < 0 || move.step >= Math.max(ctx.agendaLength, 1)) return { ok: false, code: 'bad_request', message: 'There is no such agenda item.' };
      return ok({ phase: 'agenda', agendaStep: move.step });
    case 'handOver':
      return ok({ facilitatorId: move.userId });
  }
};

export const isFacilitator = (round: Pick<Round, 'facilitatorId'>, person: { id: string; isOrganizer: boolean }): boolean =>
  round.facilitatorId === null ? person.isOrganizer : round.facilitatorId === person.id;

/**
 * The answers a participant may see: named ones always; anonymous ones only once revealed (and a reveal needs
 * enough answers). Their own answer is always theirs to see — returned separately, since an anonymous answer has
 * no author to match on.
 */
export const visibleAnswers = (answers: readonly Answer[], round: Pick<Round, 'revealed'>, anonymous: boolean): Answer[] =>
  anonymous && !(round.revealed && answers.length >= MIN_ANSWERS_TO_REVEAL) ? [] : [...answers];

export type PulseSummary = { people: number; averages: Scales } | { people: number; averages: null };

/** Averages of each scale, withheld (averages: null) below the minimum group size. */
export const summarizeScales = (answers: readonly Answer[]): PulseSummary => {
  const scored = answers.filter((a): a is Answer & { scales: Scales } => a.scales !== null);
  if (scored.length < MIN_PEOPLE_FOR_FIGURES) return { people: scored.length, averages: null };
  const sums = new Map<string, { total: number; count: number }>();
  for (const { scales } of scored) {
    for (const [name, value] of Object.entries(scales)) {
      const sum = sums.get(name) ?? { total: 0, count: 0 };
      sums.set(name, { total: sum.total + value, count: sum.count + 1 });
    }
  }
  return { people: scored.length, averages: Object.fromEntries([...sums].map(([name, s]) => [name, s.total / s.count])) };
};
