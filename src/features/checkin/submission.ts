// Client-generated submission ids: a retry of the same answer reuses its id (the server then keeps one answer), a
// changed answer gets a new one.
import type { AnswerSubmission } from '../../api';

export type AnswerBody = Omit<AnswerSubmission, 'submissionId'>;

export const createSubmissions = () => {
  let last: { key: string; submissionId: string } | null = null;
  return {
    /** The submission for this body: the same id as the last attempt when the body is the same. */
    next(body: AnswerBody): AnswerSubmission {
      const key = JSON.stringify([body.text ?? null, body.scales ? Object.entries(body.scales).sort() : null]);
      if (last?.key !== key) last = { key, submissionId: crypto.randomUUID() };
      return { submissionId: last.submissionId, ...body };
    },
    /** The answer is stored: the next one, even with the same words, is a new submission. */
    settle() {
      last = null;
    },
  };
};
