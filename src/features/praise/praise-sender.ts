// Sends a praise so it is recorded exactly once. The client makes the praise's id (the PUT is idempotent by it) and
// keeps it until the server has answered: a lost answer is retried with the same id, automatically a few times and
// then by the person's "Try again"; only an answered praise frees the id for the next one. Should the person change
// the words after a lost answer, the same id goes with them: if the earlier words had landed the server answers 409,
// and the sender asks for the praise it holds instead of recording a second one.
import { NetworkError, isApiError, type GivenPraise, type PraiseSubmission } from '../../api';

export type PutPraise = (praiseId: string, submission: PraiseSubmission) => Promise<GivenPraise>;

export type SentPraise = GivenPraise & {
  /** The server held an earlier attempt under this id (its answer had been lost): that one is the praise recorded. */
  isEarlierAttempt: boolean;
};

export type PraiseSenderOptions = {
  newId?: () => string;
  wait?: (ms: number) => Promise<void>;
  /** Pauses before the automatic retries after a lost answer; then the failure is the person's to retry. */
  retryDelaysMs?: readonly number[];
};

export type SendOptions = {
  put: PutPraise;
  /** Told after each lost answer that will be retried (the form says "trying again…"). */
  onRetrying?: (error: unknown) => void;
};

/** No answer, or a server error after the request may have been handled: the praise may or may not be recorded. */
export const isLostAnswer = (error: unknown): boolean => error instanceof NetworkError || (isApiError(error) && error.status >= 500);

const sameSubmission = (a: PraiseSubmission, b: PraiseSubmission): boolean => JSON.stringify(a) === JSON.stringify(b);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const createPraiseSender = ({ newId = () => crypto.randomUUID(), wait = sleep, retryDelaysMs = [1000, 3000] }: PraiseSenderOptions = {}) => {
  /** The id in use and every body sent under it whose answer was lost (any of them may be recorded). */
  let pending: { id: string; unanswered: PraiseSubmission[] } | null = null;
  let isSending = false;

  /**
   * Asks for the praise an earlier, unanswered attempt recorded: the server answers 200 to an exact repeat. When none
   * is recorded the 409 was about something else (a meeting without a chat, say): that refusal is the answer.
   */
  const recoverEarlier = async (put: PutPraise, id: string, candidates: PraiseSubmission[], refusal: unknown): Promise<SentPraise> => {
    for (const earlier of [...candidates].reverse()) {
      try {
        return { ...(await put(id, earlier)), isEarlierAttempt: true };
      } catch (error) {
        if (!(isApiError(error) && error.status === 409)) throw error;
      }
    }
    throw refusal;
  };

  const attempt = async (current: { id: string; unanswered: PraiseSubmission[] }, submission: PraiseSubmission, { put, onRetrying }: SendOptions): Promise<SentPraise> => {
    for (let retry = 0; ; retry += 1) {
      try {
        return { ...(await put(current.id, submission)), isEarlierAttempt: false };
      } catch (error) {
        const earlier = current.unanswered.filter((body) => !sameSubmission(body, submission));
        if (isApiError(error) && error.status === 409 && earlier.length > 0) return recoverEarlier(put, current.id, earlier, error);
        if (!isLostAnswer(error)) throw error;
        if (!current.unanswered.some((body) => sameSubmission(body, submission))) current.unanswered.push(submission);
        const delay = retryDelaysMs[retry];
        if (delay === undefined) throw error;
        onRetrying?.(error);
        await wait(delay);
      }
    }
  };

  return {
    /** Sends (or sends again) the praise; resolves once the server has recorded it, rejects with the last failure. */
    async send(submission: PraiseSubmission, options: SendOptions): Promise<SentPraise> {
      if (isSending) throw new Error('a praise is already being sent');
      isSending = true;
      const current = (pending ??= { id: newId(), unanswered: [] });
      try {
        const sent = await attempt(current, submission, options);
        pending = null;
        return sent;
      } catch (error) {
        // A refusal (400, 403, 429) recorded nothing; the id stays only while an unanswered attempt may have landed.
        if (current.unanswered.length === 0) pending = null;
        throw error;
      } finally {
        isSending = false;
      }
    },
    /** The id the next send uses, when one is held for an unanswered attempt. */
    get pendingId(): string | null {
      return pending?.id ?? null;
    },
    /** The person gives up on an unanswered praise: whatever the server recorded stays, once. */
    discard() {
      pending = null;
    },
  };
};

export type PraiseSender = ReturnType<typeof createPraiseSender>;
