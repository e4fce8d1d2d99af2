import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createPeriodicJob, type JobTimer } from '../../../server/jobs/transcripts/periodic-job';

/** A timer the test fires by hand. */
const handTimer = () => {
  const ticks: (() => void)[] = [];
  const soon: (() => void)[] = [];
  const timer: JobTimer = {
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
    soon: (tick) => {
      soon.push(tick);
    },
  };
  return { timer, ticks, fireSoon: () => soon.splice(0).forEach((tick) => tick()) };
};

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

const logger = pino({ level: 'silent' });

describe('createPeriodicJob', () => {
  it('never overlaps runs: asks during a run make one more run after it', async () => {
    const gates = [deferred(), deferred(), deferred()];
    const started = [deferred(), deferred(), deferred()];
    let running = 0;
    let runs = 0;
    const { timer, ticks, fireSoon } = handTimer();
    const job = createPeriodicJob({ name: 't', intervalMs: 1000, timer, logger, run: async () => {
      running += 1;
      expect(running).toBe(1);
      const index = runs++;
      started[index]?.resolve();
      await gates[index]?.promise;
      running -= 1;
    } });
    job.start();
    fireSoon();
    await started[0]!.promise;
    // Three asks while the first run is busy: a tick, a wake, another tick.
    ticks[0]!();
    job.wake();
    fireSoon();
    ticks[0]!();
    gates[0]!.resolve();
    await started[1]!.promise;
    expect(runs).toBe(2);
    gates[1]!.resolve();
    gates[2]!.resolve();
    await job.runOnce();
    // The first run, one for all the asks during it, and the explicit runOnce.
    expect(runs).toBe(3);
  });

  it('a failing run is logged and the next one still happens', async () => {
    let calls = 0;
    const job = createPeriodicJob({ name: 't', intervalMs: 1000, timer: handTimer().timer, logger, run: async () => {
      calls += 1;
      if (calls === 1) throw new Error('Graph is down');
    } });
    await expect(job.runOnce()).resolves.toBeUndefined();
    await job.runOnce();
    expect(calls).toBe(2);
  });

  it('stop waits for the run in progress and ends the schedule', async () => {
    const gate = deferred();
    let finished = false;
    const { timer, ticks, fireSoon } = handTimer();
    const job = createPeriodicJob({ name: 't', intervalMs: 1000, timer, logger, run: async () => {
      await gate.promise;
      finished = true;
    } });
    job.start();
    fireSoon();
    const stopped = job.stop();
    expect(ticks).toHaveLength(0);
    gate.resolve();
    await stopped;
    expect(finished).toBe(true);
    job.wake();
    fireSoon();
  });
});
