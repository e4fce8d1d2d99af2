// Renews an organizer's transcript subscription (PATCH expirationDateTime, which also reauthorizes it); when Graph
// no longer has it (404: expired or removed), subscribes anew.
import { createTranscriptSubscription } from './create-transcript-subscription';
import type { TranscriptSubscription, TranscriptSyncDeps } from './ports';
import { nextExpiry } from './subscription-plan';

export type RenewOutcome = 'renewed' | 'recreated';

export const renewTranscriptSubscription = async (deps: TranscriptSyncDeps, subscription: TranscriptSubscription): Promise<RenewOutcome> => {
  const { tenantId, organizerId, organizerUpn, subscriptionId } = subscription;
  const organizer = { id: organizerId, upn: organizerUpn };
  if (!subscriptionId) {
    await createTranscriptSubscription(deps, { tenantId, organizer, previous: subscription });
    return 'recreated';
  }
  let renewed;
  try {
    renewed = await deps.appGraph.forTenant(tenantId).renewSubscription(subscriptionId, nextExpiry(deps.clock.now()));
  } catch (error) {
    // Still valid until it expires: keep the id (deliveries are still checked against it) and retry next run.
    await deps.store.transcriptSync.subscriptions.save({ ...subscription, status: 'failed', lastError: String(error) });
    throw error;
  }
  if (!renewed) {
    deps.logger.info({ tenantId, organizerId, subscriptionId }, 'transcript subscription gone at Graph; subscribing again');
    await createTranscriptSubscription(deps, { tenantId, organizer, previous: null });
    return 'recreated';
  }
  await deps.store.transcriptSync.subscriptions.save({ ...subscription, expiresAt: renewed.expiresAt, status: 'active', lastError: null });
  return 'renewed';
};
