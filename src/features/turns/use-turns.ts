// A meeting's turn tracker for one panel: read once, kept current from the meeting's live events, recomputed every
// second with the server's rules (talk times grow while someone speaks), with the actions this person can take.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isFacilitator, listParticipants, summarizeTurns, type Participant, type TurnsSummary } from '../../../server/domain/turns';
import { useApi, type StreamStatus, type TurnAction, type TurnsUpdate, type TurnsView } from '../../api';
import { applyEvent, applyOwnUpdate, fromSnapshot, type LiveTurns } from './turns-live';

export type TurnsState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | {
      status: 'ready';
      view: TurnsView;
      summary: TurnsSummary;
      participants: Participant[];
      isFacilitator: boolean;
      stream: StreamStatus | 'off';
      act: (action: TurnAction) => Promise<TurnsUpdate>;
    };

export type UseTurnsOptions = {
  /** The side panel joins the tracker (its person becomes a participant); the stage only watches. */
  isJoining: boolean;
};

const TICK_MS = 1000;
const REFETCH_DELAY_MS = 150;
const REFETCH_RETRY_MS = 3000;

/** This device's time, once a second: elapsed times and shares move while someone speaks. */
const useTick = (isRunning: boolean): number => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isRunning) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [isRunning]);
  return now;
};

export const useTurns = (eventId: string, { isJoining }: UseTurnsOptions): TurnsState => {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const loadKey = `${eventId}\u0000${attempt}`;
  const [held, setHeld] = useState<{ key: string; live: LiveTurns | null; error: unknown } | null>(null);
  const [stream, setStream] = useState<StreamStatus | 'off'>('off');
  const [refetchAttempt, setRefetchAttempt] = useState(0);
  const current = held?.key === loadKey ? held : null;
  const state = current?.live ?? null;
  const setState = useCallback((change: (live: LiveTurns) => LiveTurns) => setHeld((previous) => (previous?.live ? { ...previous, live: change(previous.live) } : previous)), []);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const isLoaded = state !== null;

  useEffect(() => {
    let isCurrent = true;
    // The side panel joins first, so the state it reads already lists this person.
    const load = async () => {
      if (isJoining) await api.actOnTurns(eventId, { action: 'join' });
      return api.getTurns(eventId);
    };
    load().then(
      (snapshot) => isCurrent && setHeld({ key: loadKey, live: fromSnapshot(snapshot, null, Date.now()), error: null }),
      (error: unknown) => isCurrent && setHeld({ key: loadKey, live: null, error }),
    );
    return () => {
      isCurrent = false;
    };
  }, [api, eventId, isJoining, loadKey]);

  useEffect(() => {
    if (!isLoaded) return;
    const from = stateRef.current;
    const stop = api.followMeetingEvents(eventId, {
      lastEventId: from && from.appliedThrough >= 0n ? from.appliedThrough.toString() : null,
      onEvent: (event) => setState((live) => applyEvent(live, event)),
      onStatus: (status) => setStream(status),
    });
    return () => {
      stop();
      setStream('off');
    };
  }, [api, eventId, isLoaded, setState]);

  const needsRefetch = state?.needsRefetch ?? false;
  useEffect(() => {
    if (!needsRefetch) return;
    let isCurrent = true;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      api.getTurns(eventId).then(
        (snapshot) => isCurrent && setState((live) => fromSnapshot(snapshot, live, Date.now())),
        () => {
          if (isCurrent) retryTimer = setTimeout(() => setRefetchAttempt((previous) => previous + 1), REFETCH_RETRY_MS);
        },
      );
    }, REFETCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
      clearTimeout(retryTimer);
    };
  }, [api, eventId, needsRefetch, refetchAttempt, setState]);

  const act = useCallback(
    async (action: TurnAction) => {
      const update = await api.actOnTurns(eventId, action);
      setState((live) => applyOwnUpdate(live, update));
      return update;
    },
    [api, eventId, setState],
  );
  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  const now = useTick(isLoaded);
  const view = state?.view ?? null;
  const offset = state?.clockOffsetMs ?? 0;
  const shown = useMemo(() => {
    if (!view) return null;
    return {
      summary: summarizeTurns(view.tracker, view.invitation, new Date(now + offset)),
      participants: listParticipants(view.invitation, view.tracker),
      isFacilitator: isFacilitator(view.tracker.facilitatorId, view.me),
    };
  }, [view, now, offset]);

  if (view && shown) return { status: 'ready', view, ...shown, stream, act };
  if (current && current.live === null) return { status: 'error', error: current.error, retry };
  return { status: 'loading' };
};
