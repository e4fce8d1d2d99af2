// Subscribes to the transcripts of every online meeting one organizer holds (users/{id}/onlineMeetings/getAllTranscripts,
// changeType created), with a fresh random clientState and lifecycle notifications (required past an hour's expiry).
// A subscription it replaces is deleted first. Graph only notifies about transcripts started after the subscription
// exists; the delta poll covers the rest.
import { hashClientState, newClientState } from './client-state';
import type { TranscriptSubscription, TranscriptSyncDeps } from './ports';
import { nextExpiry } from './subscription-plan';

export const transcriptResourceOf = (organizerId: string): string => `users/${organizerId}/onlineMeetings/getAllTranscripts`;

export type CreateTranscriptSubscriptionOptions = {
  tenantId: string;
  organizer: { id: string; upn: string };
  /** The stored row it replaces, if any. */
  previous: TranscriptSubscription | null;
};

export const createTranscriptSubscription = async (
  deps: TranscriptSyncDeps,
  { tenantId, organizer, previous }: CreateTranscriptSubscriptionOptions,
): Promise<TranscriptSubscription> => {
  const graph = deps.appGraph.forTenant(tenantId);
  const urls = deps.webhookUrls();
  const resource = transcriptResourceOf(organizer.id);
  const base = { tenantId, organizerId: organizer.id, organizerUpn: organizer.upn, resource, notificationUrl: urls.notificationUrl };
  let isPreviousDeleted = !previous?.subscriptionId;
  try {
    if (previous?.subscriptionId) {
      await graph.deleteSubscription(previous.subscriptionId);
      isPreviousDeleted = true;
    }
    const clientState = newClientState();
    const created = await graph.createSubscription({ resource, ...urls, expiresAt: nextExpiry(deps.clock.now()), clientState });
    const subscription: TranscriptSubscription = {
      ...base,
      subscriptionId: created.subscriptionId,
      clientStateHash: hashClientState(clientState),
      expiresAt: created.expiresAt,
      status: 'active',
      lastError: null,
    };
    await deps.store.transcriptSync.subscriptions.save(subscription);
    deps.logger.info({ tenantId, organizerId: organizer.id, subscriptionId: created.subscriptionId }, 'transcript subscription created');
    return subscription;
  } catch (error) {
    // Retried next run. An old subscription Graph still holds keeps its id (its deliveries are still accepted and it
    // is deleted on the next attempt); one already deleted is forgotten, so deliveries to it are ignored.
    const kept = !isPreviousDeleted && previous ? previous : { ...base, subscriptionId: null, clientStateHash: null, expiresAt: null };
    await deps.store.transcriptSync.subscriptions.save({ ...kept, status: 'failed', lastError: String(error) });
    throw error;
  }
};
