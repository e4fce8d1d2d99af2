// When the praise worker runs by itself (start/stop), this decides when its next pass is: when the next send may be
// picked under the rate limit, when an attempt ends while the most are in flight, when something became due (a new
// praise, a giver back, a retry) or after the poll interval. A pass sends first — sends are what the rate is about —
// and leases more jobs afterwards, before the queue runs dry, so database work falls between sends, not before one.
import type { Logger } from 'pino';
import type { Clock } from '../../services/ports';
import type { PacedQueue } from './paced-queue';

export type RunLoopDeps = {
  clock: Clock;
  log: Logger;
  pollMs: number;
  batchSize: number;
  queue: PacedQueue;
  refill(now: Date): Promise<{ full: boolean; crowded: boolean }>;
  dispatch(now: Date): Promise<{ waitMs: number | null }>;
};

const CROWDED_RETRY_MS = 1_000;

export type RunLoop = {
  start(): void;
  stop(): Promise<void>;
  /** Something became due: lease it soon. */
  wake(): void;
  onAttemptEnd(): void;
  /** A job came back to the queue (looked for, not found): it may be sent now. */
  onPutBack(): void;
  /** A job this instance tried will be due again at `atMs` (clock time): lease it then, not at the next poll. */
  dueAt(atMs: number): void;
};

export const createRunLoop = (deps: RunLoopDeps): RunLoop => {
  let stopped = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt = Number.POSITIVE_INFINITY;
  let running: Promise<void> | null = null;
  let rerun = false;
  let refillWanted = true;
  /** The last lease took a whole batch: more jobs are due. */
  let moreDue = false;
  /** Jobs wait here only because the most attempts are in flight: the end of one lets the next go. */
  let heldBack = false;
  let nextPollAt = 0;
  /** When retries of jobs this instance tried fall due (before the next poll). */
  const dueTimes = new Set<number>();
  const nextDue = () => Math.min(nextPollAt, ...dueTimes);

  const isLow = () => deps.queue.size < deps.batchSize / 2;

  /** One pass; returns the milliseconds until the next one. */
  const pass = async (): Promise<number> => {
    let sentAt = deps.clock.now().getTime();
    let { waitMs } = await deps.dispatch(new Date(sentAt));
    const now = deps.clock.now();
    if (refillWanted || now.getTime() >= nextDue() || (moreDue && isLow())) {
      refillWanted = false;
      for (const at of dueTimes) if (at <= now.getTime()) dueTimes.delete(at);
      const { full, crowded } = await deps.refill(now);
      moreDue = full;
      // Jobs of a lane that was full went back: ask again once it has had a moment to empty.
      nextPollAt = now.getTime() + (crowded ? Math.min(CROWDED_RETRY_MS, deps.pollMs) : deps.pollMs);
      sentAt = deps.clock.now().getTime();
      ({ waitMs } = await deps.dispatch(new Date(sentAt)));
    }
    heldBack = deps.queue.size > 0 && waitMs === null;
    const at = deps.clock.now().getTime();
    const due = [nextDue()];
    if (waitMs !== null) due.push(sentAt + waitMs);
    if (moreDue && isLow()) due.push(at);
    return Math.max(0, Math.min(...due) - at);
  };

  const run = () => {
    timer = null;
    timerAt = Number.POSITIVE_INFINITY;
    if (running) {
      rerun = true;
      return;
    }
    running = (async () => {
      let nextMs = deps.pollMs;
      try {
        nextMs = await pass();
      } catch (error) {
        deps.log.error({ err: error }, 'praise delivery pass failed');
      } finally {
        running = null;
      }
      const again = rerun;
      rerun = false;
      schedule(again ? 0 : nextMs);
    })();
  };

  function schedule(delayMs: number): void {
    if (stopped) return;
    if (running) {
      rerun = true;
      return;
    }
    const at = Date.now() + delayMs;
    if (timer && timerAt <= at) return;
    if (timer) clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(run, delayMs);
    timer.unref();
  }

  return {
    start: () => {
      stopped = false;
      refillWanted = true;
      schedule(0);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    wake: () => {
      refillWanted = true;
      schedule(0);
    },
    onAttemptEnd: () => {
      if (heldBack) schedule(0);
    },
    onPutBack: () => schedule(0),
    dueAt: (atMs) => {
      // To the next tenth of a second: retries due together are leased together.
      const at = Math.ceil(atMs / 100) * 100;
      if (dueTimes.has(at)) return;
      dueTimes.add(at);
      schedule(Math.max(0, at - deps.clock.now().getTime()));
    },
  };
};
