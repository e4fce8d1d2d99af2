// A meeting's check-in as this person may see it: read once, then kept current from the meeting's live events, with
// the moves this person can make (answer, run the round, choose the check-in).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, type Answer, type AnswerSubmission, type CheckinChoice, type CheckinView, type FacilitatorAction, type Round, type SavedCheckin, type StreamStatus } from '../../api';
import { applyEvent, applyLocal, fromSnapshot, withMyAnswer, withRound, type LiveCheckin } from './checkin-live';

export type CheckinMoves = {
  answer: (submission: AnswerSubmission) => Promise<Answer>;
  act: (action: FacilitatorAction) => Promise<Round>;
  saveChoice: (choice: CheckinChoice) => Promise<SavedCheckin>;
  removeChoice: () => Promise<void>;
};

export type CheckinState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | ({ status: 'ready'; view: CheckinView; stream: StreamStatus | 'off' } & CheckinMoves);

export type UseCheckinOptions = {
  /** The signed-in person's user id (from the host): tells whether a round handed over is now theirs to run. */
  userId: string;
  /** Follow the meeting's live events (side panel, stage); the details tab reads once. */
  isLive: boolean;
};

/** Coalesces bursts of events that each ask for a fresh read (pulse answers arriving together). */
const REFETCH_DELAY_MS = 150;
const REFETCH_RETRY_MS = 3000;

export const useCheckin = (eventId: string, { userId, isLive }: UseCheckinOptions): CheckinState => {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  // What was read for which meeting, person and attempt: a change of any of them starts over at loading.
  const loadKey = `${eventId}\u0000${userId}\u0000${attempt}`;
  const [held, setHeld] = useState<{ key: string; live: LiveCheckin | null; error: unknown } | null>(null);
  const [stream, setStream] = useState<StreamStatus | 'off'>('off');
  const [refetchAttempt, setRefetchAttempt] = useState(0);
  const current = held?.key === loadKey ? held : null;
  const state = current?.live ?? null;
  const setState = useCallback(
    (change: (live: LiveCheckin) => LiveCheckin) => setHeld((previous) => (previous?.live ? { ...previous, live: change(previous.live) } : previous)),
    [],
  );
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  const isLoaded = state !== null;

  useEffect(() => {
    let isCurrent = true;
    api.getCheckin(eventId).then(
      (snapshot) => isCurrent && setHeld({ key: loadKey, live: fromSnapshot(snapshot, null, userId), error: null }),
      (error: unknown) => isCurrent && setHeld({ key: loadKey, live: null, error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, eventId, userId, loadKey]);

  useEffect(() => {
    if (!isLive || !isLoaded) return;
    const from = stateRef.current;
    const lastEventId = from && from.appliedThrough >= 0n ? from.appliedThrough.toString() : null;
    const stop = api.followMeetingEvents(eventId, {
      lastEventId,
      onEvent: (event) => setState((live) => applyEvent(live, event, userId)),
      onStatus: (status) => setStream(status),
    });
    return () => {
      stop();
      setStream('off');
    };
  }, [api, eventId, userId, isLive, isLoaded, setState]);

  const needsRefetch = state?.needsRefetch ?? false;
  useEffect(() => {
    if (!needsRefetch) return;
    let isCurrent = true;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      api.getCheckin(eventId).then(
        (snapshot) => isCurrent && setState((live) => fromSnapshot(snapshot, live, userId)),
        () => {
          // Keep what is shown and ask again in a moment; the stream keeps the rest current meanwhile.
          if (isCurrent) retryTimer = setTimeout(() => setRefetchAttempt((previous) => previous + 1), REFETCH_RETRY_MS);
        },
      );
    }, REFETCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      clearTimeout(retryTimer);
    };
  }, [api, eventId, userId, needsRefetch, refetchAttempt, setState]);

  const answer = useCallback(
    async (submission: AnswerSubmission) => {
      const stored = await api.answerCheckin(eventId, submission);
      setState((live) => applyLocal(live, withMyAnswer(stored)));
      return stored;
    },
    [api, eventId, setState],
  );
  const act = useCallback(
    async (action: FacilitatorAction) => {
      const round = await api.actOnCheckin(eventId, action);
      setState((live) => applyLocal(live, withRound(round, userId)));
      return round;
    },
    [api, eventId, userId, setState],
  );
  const saveChoice = useCallback(
    async (choice: CheckinChoice) => {
      const saved = await api.setCheckin(eventId, choice);
      setState((live) => ({ ...applyLocal(live, (view) => ({ ...view, ...saved })), needsRefetch: true }));
      return saved;
    },
    [api, eventId, setState],
  );
  const removeChoice = useCallback(async () => {
    await api.removeCheckin(eventId);
    setState((live) => ({ ...applyLocal(live, (view) => ({ ...view, choice: null, invite: { status: 'none', message: null } })), needsRefetch: true }));
  }, [api, eventId, setState]);
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  if (state) return { status: 'ready', view: state.view, stream, answer, act, saveChoice, removeChoice };
  if (current && current.live === null) return { status: 'error', error: current.error, retry };
  return { status: 'loading' };
};
