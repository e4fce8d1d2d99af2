// Runs a loader and tracks its outcome. A new `load` function (its inputs changed) or `retry()` starts over at loading;
// an answer that arrives for an older load is dropped.
import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

export type AsyncResult<T> = AsyncState<T> & { retry: () => void };

type Settled<T> = { load: () => Promise<T>; attempt: number; state: AsyncState<T> };

const loading = { status: 'loading' } as const;

/** `load` must be stable between renders (wrap it in useCallback with its inputs). */
export const useAsync = <T>(load: () => Promise<T>): AsyncResult<T> => {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    let isCurrent = true;
    load().then(
      (value) => isCurrent && setSettled({ load, attempt, state: { status: 'ready', value } }),
      (error: unknown) => isCurrent && setSettled({ load, attempt, state: { status: 'error', error } }),
    );
    return () => {
      isCurrent = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);
  const state = settled && settled.load === load && settled.attempt === attempt ? settled.state : loading;
  return { ...state, retry };
};
