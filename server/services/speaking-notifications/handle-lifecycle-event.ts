// What a lifecycle notification asks for: reauthorizationRequired → renew (a PATCH also reauthorizes);
// subscriptionRemoved → subscribe again, then catch up with the delta poll; missed → the delta poll. A notice about a
// subscription already replaced is answered by the replacement and needs nothing.
import { createTranscriptSubscription } from './create-transcript-subscription';
import type { LifecycleEvent, TranscriptSyncDeps } from './ports';
import { renewTranscriptSubscription } from './renew-transcript-subscription';
import { syncOrganizerTranscripts } from './sync-organizer-transcripts';

export type LifecycleOutcome = 'renewed' | 'recreated' | 'resynced' | 'subscription_replaced';

export type HandleLifecycleEventOptions = { tenantId: string; organizerId: string; subscriptionId: string; event: LifecycleEvent };

export const handleLifecycleEvent = async (deps: TranscriptSyncDeps, { tenantId, organizerId, subscriptionId, event }: HandleLifecycleEventOptions): Promise<LifecycleOutcome> => {
  if (event === 'missed') {
    await syncOrganizerTranscripts(deps, { tenantId, organizerId });
    return 'resynced';
  }
  const current = await deps.store.transcriptSync.subscriptions.findByOrganizer(tenantId, organizerId);
  if (!current || current.subscriptionId !== subscriptionId) return 'subscription_replaced';
  if (event === 'reauthorizationRequired') return renewTranscriptSubscription(deps, current);
  // subscriptionRemoved: Graph has dropped it already, there is nothing to delete.
  await createTranscriptSubscription(deps, { tenantId, organizer: { id: organizerId, upn: current.organizerUpn }, previous: null });
  await syncOrganizerTranscripts(deps, { tenantId, organizerId });
  return 'recreated';
};
