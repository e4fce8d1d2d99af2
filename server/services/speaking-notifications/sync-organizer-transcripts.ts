// The delta poll for one organizer: one round of Graph's getAllTranscripts delta from the stored deltaLink (the
// first round looks back INITIAL_LOOKBACK_MS), every new transcript ingested, then the new deltaLink stored. A
// failure anywhere keeps the old deltaLink, so the next poll repeats the round — ingestion is idempotent.
import { ingestNotifiedTranscript, type TranscriptOutcome } from './ingest-notified-transcript';
import type { TranscriptSyncDeps } from './ports';

/** How far back the first round of an organizer reaches; older meetings are ingested when their organizer opens them. */
export const INITIAL_LOOKBACK_MS = 14 * 86_400_000;

export type SyncSummary = { transcripts: number; outcomes: Partial<Record<TranscriptOutcome, number>> };

export const syncOrganizerTranscripts = async (deps: TranscriptSyncDeps, { tenantId, organizerId }: { tenantId: string; organizerId: string }): Promise<SyncSummary> => {
  const now = deps.clock.now();
  const deltaLink = await deps.store.transcriptSync.deltaLinks.find(tenantId, organizerId);
  const delta = await deps.appGraph
    .forTenant(tenantId)
    .readTranscriptDelta(organizerId, deltaLink ? { deltaLink } : { since: new Date(now.getTime() - INITIAL_LOOKBACK_MS) });
  const summary: SyncSummary = { transcripts: delta.transcripts.length, outcomes: {} };
  const oldestFirst = [...delta.transcripts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const transcript of oldestFirst) {
    const { onlineMeetingId, transcriptId } = transcript;
    const outcome = await ingestNotifiedTranscript(deps, { tenantId, organizerId, onlineMeetingId, transcriptId, transcript });
    summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
  }
  await deps.store.transcriptSync.deltaLinks.save(tenantId, organizerId, delta.deltaLink, now);
  return summary;
};
