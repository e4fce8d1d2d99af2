// The subscription job's run: every organizer of a meeting someone opened in Roundtable gets one transcript
// subscription, created when missing (or pointing at an old address), renewed before it expires, re-created when
// Graph dropped it. Organizers are resolved to their Entra ids through the users Roundtable knows, else the directory.
// One organizer's failure is logged and retried next run; it never stops the others.
import { createTranscriptSubscription } from './create-transcript-subscription';
import type { KnownOrganizer, TranscriptSubscription, TranscriptSyncDeps } from './ports';
import { renewTranscriptSubscription } from './renew-transcript-subscription';
import { planSubscription } from './subscription-plan';

export type SubscriptionRunSummary = { created: number; renewed: number; kept: number; failed: number; unresolved: number };

type Organizer = { tenantId: string; id: string; upn: string };

const resolveOrganizer = async (deps: TranscriptSyncDeps, known: KnownOrganizer, stored: TranscriptSubscription[]): Promise<Organizer | null> => {
  const email = known.email.toLowerCase();
  const subscribed = stored.find((s) => s.tenantId === known.tenantId && s.organizerUpn.toLowerCase() === email);
  if (subscribed) return { tenantId: known.tenantId, id: subscribed.organizerId, upn: subscribed.organizerUpn };
  if (known.userId) return { tenantId: known.tenantId, id: known.userId, upn: known.email };
  const user = await deps.appGraph.forTenant(known.tenantId).findUser(known.email);
  return user ? { tenantId: known.tenantId, id: user.id, upn: user.upn } : null;
};

export const ensureTranscriptSubscriptions = async (deps: TranscriptSyncDeps, { isFirstRun }: { isFirstRun: boolean }): Promise<SubscriptionRunSummary> => {
  const summary: SubscriptionRunSummary = { created: 0, renewed: 0, kept: 0, failed: 0, unresolved: 0 };
  const stored = await deps.store.transcriptSync.subscriptions.list();
  const seen = new Set<string>();
  for (const known of await deps.store.transcriptSync.listKnownOrganizers()) {
    try {
      const organizer = await resolveOrganizer(deps, known, stored);
      if (!organizer) {
        summary.unresolved += 1;
        deps.logger.warn({ tenantId: known.tenantId, organizer: known.email }, 'meeting organizer not found in the directory; no transcript subscription');
        continue;
      }
      const key = `${organizer.tenantId}\u0000${organizer.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const current = stored.find((s) => s.tenantId === organizer.tenantId && s.organizerId === organizer.id) ?? null;
      const plan = planSubscription(current, { now: deps.clock.now(), notificationUrl: deps.webhookUrls().notificationUrl, isFirstRun });
      if (plan.action === 'keep') summary.kept += 1;
      else if (plan.action === 'create') {
        await createTranscriptSubscription(deps, { tenantId: organizer.tenantId, organizer, previous: current });
        summary.created += 1;
      } else if (current && (await renewTranscriptSubscription(deps, current)) === 'renewed') summary.renewed += 1;
      else summary.created += 1;
    } catch (error) {
      summary.failed += 1;
      deps.logger.warn({ err: error, tenantId: known.tenantId, organizer: known.email }, 'transcript subscription could not be created or renewed');
    }
  }
  return summary;
};
