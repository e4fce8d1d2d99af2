// A meeting's praise as this person may see it: the public wall, the praise round, the people one can praise and the
// suggestions; read once, then kept current from the meeting's live events, with the moves this person can make.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, type GivenPraise, type MeetingPraise, type PraiseRound, type PraiseRoundAction, type PraiseSubmission, type StreamStatus } from '../../api';
import { applyEvent, applyLocal, fromSnapshot, withPraise, type LivePraise } from './praise-live';

export type PraiseMoves = {
  /** PUT with the client's id: the same id again is the same praise (see praise-sender.ts). */
  give: (praiseId: string, submission: PraiseSubmission) => Promise<GivenPraise>;
  actOnRound: (action: PraiseRoundAction) => Promise<PraiseRound>;
};

export type MeetingPraiseState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | ({ status: 'ready'; view: MeetingPraise; stream: StreamStatus | 'off' } & PraiseMoves);

export const useMeetingPraise = (eventId: string, { isLive }: { isLive: boolean }): MeetingPraiseState => {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  // What was read for which meeting and attempt: a change of either starts over at loading.
  const loadKey = `${eventId}\u0000${attempt}`;
  const [held, setHeld] = useState<{ key: string; live: LivePraise | null; error: unknown } | null>(null);
  const [stream, setStream] = useState<StreamStatus | 'off'>('off');
  const current = held?.key === loadKey ? held : null;
  const state = current?.live ?? null;
  const setState = useCallback(
    (change: (live: LivePraise) => LivePraise) => setHeld((previous) => (previous?.live ? { ...previous, live: change(previous.live) } : previous)),
    [],
  );
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const isLoaded = state !== null;

  useEffect(() => {
    let isCurrent = true;
    api.getMeetingPraise(eventId).then(
      (snapshot) => isCurrent && setHeld({ key: loadKey, live: fromSnapshot(snapshot, null), error: null }),
      (error: unknown) => isCurrent && setHeld({ key: loadKey, live: null, error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, eventId, loadKey]);

  useEffect(() => {
    if (!isLive || !isLoaded) return;
    const from = stateRef.current;
    // Without a position from the snapshot the stream replays what it holds: merging is idempotent, so that is safe.
    const lastEventId = from && from.appliedThrough >= 0n ? from.appliedThrough.toString() : null;
    const stop = api.followMeetingEvents(eventId, {
      lastEventId,
      onEvent: (event) => setState((live) => applyEvent(live, event)),
      onStatus: (status) => setStream(status),
    });
    return () => {
      stop();
      setStream('off');
    };
  }, [api, eventId, isLive, isLoaded, setState]);

  const give = useCallback(
    async (praiseId: string, submission: PraiseSubmission) => {
      const given = await api.givePraise(eventId, praiseId, submission);
      setState((live) => applyLocal(live, (view) => withPraise(view, given.praise)));
      return given;
    },
    [api, eventId, setState],
  );
  const actOnRound = useCallback(
    async (action: PraiseRoundAction) => {
      const { round } = await api.actOnPraiseRound(eventId, action);
      setState((live) => applyLocal(live, (view) => ({ ...view, round })));
      return round;
    },
    [api, eventId, setState],
  );
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  if (state) return { status: 'ready', view: state.view, stream, give, actOnRound };
  if (current && current.live === null) return { status: 'error', error: current.error, retry };
  return { status: 'loading' };
};
