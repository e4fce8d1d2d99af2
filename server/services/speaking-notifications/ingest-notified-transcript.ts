// One transcript Graph announced (change notification or delta poll), ingested as the app: it finds the occurrence
// the transcript belongs to in the organizer's calendar (a series' occurrences share one online meeting; the
// transcript's time picks the occurrence), records it, and runs the same ingestion as an organizer's visit. Only
// meetings someone opened in Roundtable are ingested; other meetings of the organizer are left alone.
import { isSameJoinUrl, type CalendarEvent } from '../../domain/meeting';
import { assignToOccurrence } from '../../domain/speakers/assign-to-occurrence';
import type { MeetingTranscript, TimeSpan } from '../../domain/speakers/types';
import { ingestOccurrenceTranscripts } from '../ingest-meeting-transcripts';
import type { TranscriptSyncDeps } from './ports';

const DAY = 86_400_000;

export type TranscriptOutcome = 'ingested' | 'no_transcript' | 'attribution_disabled' | 'already_final' | 'meeting_unknown' | 'transcript_gone' | 'no_occurrence';

export type IngestNotifiedTranscriptOptions = {
  tenantId: string;
  organizerId: string;
  onlineMeetingId: string;
  transcriptId: string;
  /** Its times when the caller has them already (the delta poll); otherwise read from Graph. */
  transcript?: MeetingTranscript;
};

const spanOf = (event: CalendarEvent): TimeSpan => ({ startMs: Date.parse(event.start), endMs: Date.parse(event.end) });

export const ingestNotifiedTranscript = async (deps: TranscriptSyncDeps, options: IngestNotifiedTranscriptOptions): Promise<TranscriptOutcome> => {
  const { tenantId, organizerId, onlineMeetingId, transcriptId } = options;
  const sync = deps.store.transcriptSync;
  const joinUrl = await sync.findMeetingJoinUrl(tenantId, onlineMeetingId);
  if (!joinUrl) return 'meeting_unknown';
  if (await sync.isTranscriptFinal(tenantId, onlineMeetingId, transcriptId)) return 'already_final';

  const graph = deps.appGraph.forTenant(tenantId);
  const transcript = options.transcript ?? (await graph.getTranscript(organizerId, onlineMeetingId, transcriptId));
  if (!transcript) return 'transcript_gone';
  const startMs = Date.parse(transcript.createdAt);
  const span = { startMs, endMs: transcript.endedAt ? Math.max(startMs, Date.parse(transcript.endedAt)) : startMs };

  const reader = graph.artifactsOf(organizerId);
  const nearby = await reader.listCalendarView({ start: new Date(span.startMs - DAY), end: new Date(span.endMs + DAY) });
  const slots = nearby.filter((e) => e.type !== 'seriesMaster' && !e.isCancelled && e.joinUrl !== null && isSameJoinUrl(e.joinUrl, joinUrl));
  const index = assignToOccurrence(slots.map(spanOf), span);
  const event = index === null ? undefined : slots[index];
  if (!event) return 'no_occurrence';

  await deps.store.meetings.upsertOccurrence({ tenantId, onlineMeetingId, startsAt: new Date(event.start), endsAt: new Date(event.end) });
  const stored = await ingestOccurrenceTranscripts(deps, { tenantId, reader, event, onlineMeetingId });
  deps.logger.info({ tenantId, onlineMeetingId, transcriptId, occurrence: event.start, state: stored.state }, 'transcript ingested in the background');
  return stored.state === 'ready' ? 'ingested' : stored.state;
};
