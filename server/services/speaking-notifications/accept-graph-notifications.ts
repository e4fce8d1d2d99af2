// What the webhook does with a delivery before it answers 202: each notification must name a subscription Roundtable
// holds and carry that subscription's clientState (compared in constant time) — anything else is logged and changes
// nothing. The valid ones are recorded in the inbox in one statement (a transcript once, however often Graph
// re-delivers it); a worker acts on them after the answer.
import { parseTranscriptResource } from '../../graph/notification-resource';
import { isClientStateValid } from './client-state';
import type { LifecycleEvent, NewNotificationJob, TranscriptSyncDeps } from './ports';

/** One changeNotification as the webhook route validated it. */
export type ReceivedNotification = {
  subscriptionId: string;
  tenantId: string | null;
  clientState: string | null;
  changeType: string | null;
  resource: string | null;
  /** resourceData's @odata.id, which names the resource again. */
  resourceODataId: string | null;
  lifecycleEvent: LifecycleEvent | null;
};

export type AcceptSummary = { queued: number; repeated: number; rejected: number; unknown: number; unsupported: number };

type Verdict = { job: NewNotificationJob } | { refused: 'rejected' | 'unknown' | 'unsupported' };

const judge = async (deps: Pick<TranscriptSyncDeps, 'store'>, notification: ReceivedNotification): Promise<Verdict> => {
  if (!notification.tenantId) return { refused: 'unknown' };
  const subscription = await deps.store.transcriptSync.subscriptions.findById(notification.tenantId, notification.subscriptionId);
  if (!subscription) return { refused: 'unknown' };
  if (!isClientStateValid(notification.clientState, subscription.clientStateHash)) return { refused: 'rejected' };
  const base = { tenantId: subscription.tenantId, subscriptionId: notification.subscriptionId, organizerId: subscription.organizerId };
  if (notification.lifecycleEvent) {
    return { job: { ...base, kind: 'lifecycle', lifecycleEvent: notification.lifecycleEvent, onlineMeetingId: null, transcriptId: null, dedupeKey: null } };
  }
  const ref = parseTranscriptResource(notification.resource ?? '') ?? parseTranscriptResource(notification.resourceODataId ?? '');
  if (notification.changeType !== 'created' || !ref) return { refused: 'unsupported' };
  const dedupeKey = `transcript:${ref.onlineMeetingId}:${ref.transcriptId}`;
  return { job: { ...base, kind: 'transcript', lifecycleEvent: null, ...ref, dedupeKey } };
};

export const acceptGraphNotifications = async (deps: Pick<TranscriptSyncDeps, 'store' | 'clock' | 'logger'>, notifications: ReceivedNotification[]): Promise<AcceptSummary> => {
  const summary: AcceptSummary = { queued: 0, repeated: 0, rejected: 0, unknown: 0, unsupported: 0 };
  const jobs: NewNotificationJob[] = [];
  for (const notification of notifications) {
    const verdict = await judge(deps, notification);
    if ('job' in verdict) {
      jobs.push(verdict.job);
      continue;
    }
    summary[verdict.refused] += 1;
    // Never log the clientState itself: a wrong one may be a near miss of the secret.
    const context = { subscriptionId: notification.subscriptionId, tenantId: notification.tenantId, verdict: verdict.refused };
    if (verdict.refused === 'rejected') deps.logger.warn(context, 'Graph notification with a wrong or missing clientState ignored');
    else deps.logger.info(context, 'Graph notification ignored');
  }
  summary.queued = await deps.store.transcriptSync.notifications.enqueue(jobs, deps.clock.now());
  summary.repeated = jobs.length - summary.queued;
  return summary;
};
