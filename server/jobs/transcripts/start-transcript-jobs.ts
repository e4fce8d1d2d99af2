// The background work behind "figures appear without anyone asking": the subscription job (create, renew, re-create
// one transcript subscription per known organizer), the notification worker (works off what the webhook recorded;
// woken by each delivery) and the delta poll (every organizer's new transcripts, whether or not a notification came).
import type { TranscriptSyncDeps } from '../../services/speaking-notifications/ports';
import { ensureTranscriptSubscriptions } from '../../services/speaking-notifications/ensure-transcript-subscriptions';
import { pollTranscriptDeltas } from '../../services/speaking-notifications/poll-transcript-deltas';
import { processGraphNotifications } from '../../services/speaking-notifications/process-graph-notifications';
import { createPeriodicJob, type JobTimer, type PeriodicJob } from './periodic-job';

const MINUTE = 60_000;

export type TranscriptJobIntervals = { subscriptionsMs: number; notificationsMs: number; deltaPollMs: number };

export const DEFAULT_INTERVALS: TranscriptJobIntervals = { subscriptionsMs: 5 * MINUTE, notificationsMs: MINUTE, deltaPollMs: 15 * MINUTE };

export type TranscriptJobs = {
  subscriptions: PeriodicJob;
  notifications: PeriodicJob;
  deltaPoll: PeriodicJob;
  start(): void;
  stop(): Promise<void>;
};

export const createTranscriptJobs = (deps: TranscriptSyncDeps, options: { timer: JobTimer; intervals?: Partial<TranscriptJobIntervals> }): TranscriptJobs => {
  const intervals = { ...DEFAULT_INTERVALS, ...options.intervals };
  const common = { timer: options.timer, logger: deps.logger };
  let isFirstRun = true;
  const subscriptions = createPeriodicJob({
    ...common,
    name: 'transcript-subscriptions',
    intervalMs: intervals.subscriptionsMs,
    run: async () => {
      const summary = await ensureTranscriptSubscriptions(deps, { isFirstRun });
      isFirstRun = false;
      return summary;
    },
  });
  const notifications = createPeriodicJob({ ...common, name: 'graph-notifications', intervalMs: intervals.notificationsMs, run: () => processGraphNotifications(deps) });
  const deltaPoll = createPeriodicJob({ ...common, name: 'transcript-delta-poll', intervalMs: intervals.deltaPollMs, run: () => pollTranscriptDeltas(deps) });
  const all = [subscriptions, notifications, deltaPoll];
  return {
    subscriptions,
    notifications,
    deltaPoll,
    start: () => all.forEach((job) => job.start()),
    stop: async () => {
      await Promise.all(all.map((job) => job.stop()));
    },
  };
};
