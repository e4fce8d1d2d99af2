// The delta poll job's run: every subscribed organizer's transcripts since the last round, so a transcript whose
// change notification never came (started before the subscription, lost, throttled) still gets its figures.
import type { TranscriptSyncDeps } from './ports';
import { syncOrganizerTranscripts } from './sync-organizer-transcripts';

export type PollSummary = { organizers: number; transcripts: number; failed: number };

export const pollTranscriptDeltas = async (deps: TranscriptSyncDeps): Promise<PollSummary> => {
  const summary: PollSummary = { organizers: 0, transcripts: 0, failed: 0 };
  for (const { tenantId, organizerId } of await deps.store.transcriptSync.subscriptions.list()) {
    summary.organizers += 1;
    try {
      summary.transcripts += (await syncOrganizerTranscripts(deps, { tenantId, organizerId })).transcripts;
    } catch (error) {
      summary.failed += 1;
      deps.logger.warn({ err: error, tenantId, organizerId }, 'transcript delta poll failed; the round is repeated next time');
    }
  }
  return summary;
};
