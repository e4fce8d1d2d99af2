// A job that runs every so often, on demand (`wake`), and when a test says so (`runOnce`): runs never overlap (a
// request during a run is served by one more run after it), a failing run is logged and the next one comes as
// planned, and `stop` waits for the run in progress. The timer is injected, so tests drive jobs without waiting.
import type { Logger } from 'pino';

export type JobTimer = {
  /** Calls `tick` every `intervalMs` until the returned function is called. */
  every(intervalMs: number, tick: () => void): () => void;
  /** Calls `tick` soon, outside the caller's stack. */
  soon(tick: () => void): void;
};

/** Node's timers, unref'd: a pending job never keeps the process alive. */
export const systemTimer: JobTimer = {
  every: (intervalMs, tick) => {
    const handle = setInterval(tick, intervalMs);
    handle.unref();
    return () => clearInterval(handle);
  },
  soon: (tick) => {
    setImmediate(tick).unref();
  },
};

/** A timer that never fires: tests call runOnce() themselves. */
export const manualTimer: JobTimer = { every: () => () => {}, soon: () => {} };

export type PeriodicJob = {
  name: string;
  /** One full run, after any run in progress; resolves when it is over (its failure is logged, not thrown). */
  runOnce(): Promise<void>;
  /** Asks for a run soon (a notification arrived); several asks before it starts make one run. */
  wake(): void;
  start(): void;
  stop(): Promise<void>;
};

export type PeriodicJobOptions = { name: string; intervalMs: number; timer: JobTimer; logger: Logger; run: () => Promise<unknown> };

export const createPeriodicJob = ({ name, intervalMs, timer, logger, run }: PeriodicJobOptions): PeriodicJob => {
  let tail: Promise<void> = Promise.resolve();
  let isQueued = false;
  let isStopped = false;
  let cancel: (() => void) | null = null;

  const runOnce = (): Promise<void> => {
    tail = tail.then(async () => {
      isQueued = false;
      try {
        const result = await run();
        logger.debug({ job: name, result }, 'job run finished');
      } catch (error) {
        logger.error({ err: error, job: name }, 'job run failed');
      }
    });
    return tail;
  };

  const request = (): void => {
    if (isStopped || isQueued) return;
    isQueued = true;
    void runOnce();
  };

  return {
    name,
    runOnce,
    wake: () => {
      if (!isStopped) timer.soon(request);
    },
    start: () => {
      if (cancel || isStopped) return;
      cancel = timer.every(intervalMs, request);
      timer.soon(request);
    },
    stop: async () => {
      isStopped = true;
      cancel?.();
      cancel = null;
      await tail;
    },
  };
};
