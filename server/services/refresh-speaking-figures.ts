// The on-demand trigger of transcript ingestion: when the organizer looks at a past occurrence (its speaking figures
// or its report) and nothing final is stored, the transcripts are read on the spot with their token.
import type { CalendarEvent } from '../domain/meeting';
import type { MeetingDeps } from './describe-meeting';
import { ingestMeetingTranscripts } from './ingest-meeting-transcripts';
import type { VerifiedUser } from './ports';
import type { OccurrenceSpeakingRecord } from './speaking-ports';

/** How long after a meeting figures without attendance are recomputed on the organizer's visits. */
const PROVISIONAL_MS = 86_400_000;

export type RefreshSpeakingOptions = { user: VerifiedUser; event: CalendarEvent; onlineMeetingId: string };

/**
 * The occurrence's stored figures, ingested first when the viewer organized it, it has ended and nothing final is
 * stored. Transcripts arrive some minutes after the meeting ends, so until figures are stored each organizer visit
 * looks again; figures counted against the invitees (no attendance report yet) are looked at again for a day.
 */
export const refreshSpeakingFigures = async (deps: MeetingDeps, { user, event, onlineMeetingId }: RefreshSpeakingOptions): Promise<OccurrenceSpeakingRecord | null> => {
  const stored = await deps.store.speaking.find({ tenantId: user.tenantId, onlineMeetingId, startsAt: new Date(event.start) });
  const sinceEndMs = deps.clock.now().getTime() - Date.parse(event.end);
  const isFinal = stored?.state === 'ready' && (stored.figures?.roster === 'attendance' || sinceEndMs > PROVISIONAL_MS);
  if (!event.isOrganizer || sinceEndMs < 0 || isFinal) return stored;
  return ingestMeetingTranscripts(deps, { organizer: user, event, onlineMeetingId });
};
