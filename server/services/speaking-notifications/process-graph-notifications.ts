// The notification worker's run: claims the inbox's due notifications (a lease, so two instances never work on the
// same one), ingests each announced transcript or acts on each lifecycle event, and marks it done. A failure (a
// Graph outage, say) leaves it in the inbox, due again after a growing delay; after the last attempt it is given up
// and the delta poll is what still finds the transcript.
import { handleLifecycleEvent } from './handle-lifecycle-event';
import { ingestNotifiedTranscript } from './ingest-notified-transcript';
import type { NotificationJob, TranscriptSyncDeps } from './ports';
import { retryAt } from './subscription-plan';

const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const KEEP_DONE_MS = 7 * 86_400_000;

export type ProcessSummary = { done: number; failed: number };

const act = async (deps: TranscriptSyncDeps, job: NotificationJob): Promise<string> => {
  const { tenantId, organizerId, subscriptionId } = job;
  if (job.kind === 'lifecycle' && job.lifecycleEvent) return handleLifecycleEvent(deps, { tenantId, organizerId, subscriptionId, event: job.lifecycleEvent });
  if (job.kind === 'transcript' && job.onlineMeetingId && job.transcriptId) {
    return ingestNotifiedTranscript(deps, { tenantId, organizerId, onlineMeetingId: job.onlineMeetingId, transcriptId: job.transcriptId });
  }
  return 'malformed';
};

export const processGraphNotifications = async (deps: TranscriptSyncDeps): Promise<ProcessSummary> => {
  const summary: ProcessSummary = { done: 0, failed: 0 };
  const inbox = deps.store.transcriptSync.notifications;
  for (;;) {
    const jobs = await inbox.claimDue(deps.clock.now(), BATCH, LEASE_MS);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      try {
        const outcome = await act(deps, job);
        await inbox.complete(job.tenantId, job.notificationId, deps.clock.now(), outcome);
        summary.done += 1;
      } catch (error) {
        const now = deps.clock.now();
        const next = retryAt(job.attempts, now);
        await inbox.fail(job.tenantId, job.notificationId, now, String(error), next);
        summary.failed += 1;
        deps.logger.warn({ err: error, tenantId: job.tenantId, notificationId: job.notificationId, attempts: job.attempts, retryAt: next }, 'Graph notification not processed');
      }
    }
  }
  await inbox.prune(new Date(deps.clock.now().getTime() - KEEP_DONE_MS));
  return summary;
};
