// Ingests one occurrence's Teams transcripts: lists the online meeting's transcripts and attendance reports, keeps
// those of this occurrence (a series' occurrences share them; their times tell them apart), downloads and analyzes
// the transcripts, matches speakers to attendees and stores the figures. It reads the organizer's Microsoft 365
// (only the organizer's meetings' transcripts are readable) through a MeetingArtifactReader: their delegated token
// when they open the figures (`ingestMeetingTranscripts`), or the app's own permissions when a change notification
// or the delta poll brings a transcript (`ingestOccurrenceTranscripts`). Every Graph read happens before the single
// write, and the write is one transaction, so a failure leaves nothing half-written; inputs already ingested (same
// transcript ids and content, same attendance) write nothing at all. The meeting and occurrence rows must exist
// (describeMeeting records them).
import { createHash } from 'node:crypto';
import { isSameJoinUrl, type CalendarEvent } from '../domain/meeting';
import { artifactsOfOccurrence } from '../domain/speakers/assign-to-occurrence';
import { rosterFromAttendance, rosterFromInvitees } from '../domain/speakers/build-roster';
import { computeOccurrenceFigures, SPEAKING_FIGURES_VERSION, type TranscriptCues } from '../domain/speakers/compute-occurrence-figures';
import { matchSpeakers, type SpeakerVoice } from '../domain/speakers/match-speakers';
import type { MeetingTranscript, Roster, TimeSpan, TranscriptFingerprint } from '../domain/speakers/types';
import { isNotWebVttError, parseTranscript } from '../domain/transcript';
import { speakingTimeline, type SpeakingTurn } from '../domain/transcript/timeline';
import type { Clock, GraphPort, MeetingArtifactReader, Store, VerifiedUser } from './ports';
import type { OccurrenceKey, OccurrenceSpeakingRecord } from './speaking-ports';

export type IngestDeps = { graph: GraphPort; store: Store; clock: Clock };

export type IngestOccurrenceDeps = { store: Store; clock: Clock };

export type IngestMeetingTranscriptsOptions = {
  /** The meeting's organizer, signed in: their token reads the transcripts and attendance reports. */
  organizer: VerifiedUser;
  /** The organizer's calendar event of the occurrence (not a series master). */
  event: CalendarEvent;
  onlineMeetingId: string;
};

export type IngestOccurrenceTranscriptsOptions = {
  tenantId: string;
  /** Reads the organizer's calendar, transcripts and attendance reports. */
  reader: MeetingArtifactReader;
  /** The organizer's calendar event of the occurrence (not a series master). */
  event: CalendarEvent;
  onlineMeetingId: string;
};

const DAY = 86_400_000;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

const spanOfEvent = (event: CalendarEvent): TimeSpan => ({ startMs: Date.parse(event.start), endMs: Date.parse(event.end) });

/**
 * The occurrence's slot among its neighbours in the organizer's calendar (a day either side), so that an artifact
 * between two occurrences goes to the right one.
 */
const findSlots = async (graph: MeetingArtifactReader, event: CalendarEvent): Promise<{ slots: TimeSpan[]; target: number }> => {
  const own = spanOfEvent(event);
  const nearby = await graph.listCalendarView({ start: new Date(own.startMs - DAY), end: new Date(own.endMs + DAY) });
  const siblings = nearby
    .filter((e) => e.type !== 'seriesMaster' && !e.isCancelled && e.joinUrl !== null && event.joinUrl !== null && isSameJoinUrl(e.joinUrl, event.joinUrl))
    .map(spanOfEvent)
    .filter((span) => span.startMs !== own.startMs);
  return { slots: [own, ...siblings], target: 0 };
};

const spanOfTranscript = (t: MeetingTranscript): TimeSpan => {
  const startMs = Date.parse(t.createdAt);
  return { startMs, endMs: t.endedAt ? Math.max(startMs, Date.parse(t.endedAt)) : startMs };
};

/** Who the speakers are matched against: the occurrence's attendance reports, else (none, or refused) its invitees. */
const readRoster = async (graph: MeetingArtifactReader, onlineMeetingId: string, event: CalendarEvent, where: { slots: TimeSpan[]; target: number }): Promise<Roster> => {
  const listing = await graph.listAttendanceReports(onlineMeetingId);
  const reports = listing.access === 'granted' ? artifactsOfOccurrence(where.slots, where.target, listing.reports, (r) => ({ startMs: Date.parse(r.startedAt), endMs: Date.parse(r.endedAt) })) : [];
  if (reports.length === 0) return rosterFromInvitees(event.organizer, event.attendees);
  const records = [];
  for (const report of reports) records.push(await graph.listAttendanceRecords(onlineMeetingId, report.reportId));
  return rosterFromAttendance(records);
};

type Download = { transcript: MeetingTranscript; vtt: string };

/** Parses what Graph sent; a body that is not WebVTT at all counts as a transcript without cues and one warning. */
const readCues = ({ transcript, vtt }: Download): { cues: TranscriptCues; fingerprint: TranscriptFingerprint } => {
  let parsed: ReturnType<typeof parseTranscript> | null = null;
  try {
    parsed = parseTranscript(vtt);
  } catch (error) {
    if (!isNotWebVttError(error)) throw error;
  }
  const cues = parsed?.cues ?? [];
  return {
    cues: { createdAt: transcript.createdAt, cues },
    fingerprint: { ...transcript, sha256: sha256(vtt), cueCount: cues.length, warningCount: parsed?.warnings.count ?? 1 },
  };
};

/** Changes with the timeline's computation, so occurrences ingested before it get their timeline at the next ingestion. */
const TIMELINE_VERSION = 1;

/**
 * Who spoke when, on the occurrence's clock (ms from its scheduled start): each transcript's turns, its voices named
 * by the people computeOccurrenceFigures matched them to (the same matching on the same voices, in the same order).
 */
const timelineOf = (transcripts: readonly TranscriptCues[], roster: Roster, originMs: number): SpeakingTurn[] => {
  const ordered = [...transcripts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const voices = new Map<string, SpeakerVoice>();
  for (const { createdAt, cues } of ordered) {
    for (const cue of cues) {
      if (cue.speaker === null) continue;
      const voice = voices.get(cue.speaker) ?? { name: cue.speaker, spans: [] };
      voice.spans.push({ startMs: Date.parse(createdAt) + cue.startMs, endMs: Date.parse(createdAt) + cue.endMs });
      voices.set(cue.speaker, voice);
    }
  }
  const keyOfVoice = new Map(matchSpeakers([...voices.values()], roster).flatMap((person) => person.voices.map((voice): [string, string] => [voice, person.personKey])));
  return ordered.flatMap(({ createdAt, cues }) => {
    const offsetMs = Date.parse(createdAt) - originMs;
    return speakingTimeline(cues, (voice) => keyOfVoice.get(voice) ?? null).map((turn) => ({ ...turn, startMs: turn.startMs + offsetMs, endMs: turn.endMs + offsetMs }));
  });
};

const recordFor = (key: OccurrenceKey, now: Date, record: Pick<OccurrenceSpeakingRecord, 'state' | 'reason' | 'figures' | 'transcripts' | 'timeline'>, roster: Roster | null): OccurrenceSpeakingRecord => {
  const inputs = {
    version: SPEAKING_FIGURES_VERSION,
    timelineVersion: TIMELINE_VERSION,
    state: record.state,
    reason: record.reason,
    transcripts: record.transcripts.map(({ transcriptId, sha256: hash }) => [transcriptId, hash]),
    roster,
  };
  return { ...key, ...record, inputsHash: sha256(JSON.stringify(inputs)), ingestedAt: now };
};

/** Computes and stores the occurrence's figures (or its state) from what `reader` reads, and returns what is stored. */
export const ingestOccurrenceTranscripts = async (
  deps: IngestOccurrenceDeps,
  { tenantId, reader: graph, event, onlineMeetingId }: IngestOccurrenceTranscriptsOptions,
): Promise<OccurrenceSpeakingRecord> => {
  const key: OccurrenceKey = { tenantId, onlineMeetingId, startsAt: new Date(event.start) };
  const compute = async (): Promise<OccurrenceSpeakingRecord> => {
    const none = { figures: null, transcripts: [] };
    const listing = await graph.listTranscripts(onlineMeetingId);
    if (listing.access === 'denied') return recordFor(key, deps.clock.now(), { ...none, state: 'attribution_disabled', reason: listing.reason }, null);
    const where = await findSlots(graph, event);
    const own = artifactsOfOccurrence(where.slots, where.target, listing.transcripts, spanOfTranscript).sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.transcriptId < b.transcriptId ? -1 : 1),
    );
    if (own.length === 0) return recordFor(key, deps.clock.now(), { ...none, state: 'no_transcript', reason: null }, null);
    const downloads: Download[] = [];
    for (const transcript of own) {
      const download = await graph.getTranscriptContent(onlineMeetingId, transcript.transcriptId);
      // Speaker attribution is a tenant setting: one refusal means none of them can be read with speakers.
      if (download.access === 'denied') return recordFor(key, deps.clock.now(), { ...none, state: 'attribution_disabled', reason: download.reason }, null);
      downloads.push({ transcript, vtt: download.vtt });
    }
    const read = downloads.map(readCues);
    const roster = await readRoster(graph, onlineMeetingId, event, where);
    const cues = read.map((r) => r.cues);
    const figures = computeOccurrenceFigures(cues, roster);
    const timeline = timelineOf(cues, roster, key.startsAt.getTime());
    return recordFor(key, deps.clock.now(), { state: 'ready', reason: null, figures, timeline, transcripts: read.map((r) => r.fingerprint) }, roster);
  };
  await deps.store.speaking.save(await compute());
  const stored = await deps.store.speaking.find(key);
  if (!stored) throw new Error('the speaking figures just saved are not in the store');
  return stored;
};

/** The same with the organizer's own delegated token: they opened the occurrence's figures. */
export const ingestMeetingTranscripts = (deps: IngestDeps, { organizer, event, onlineMeetingId }: IngestMeetingTranscriptsOptions): Promise<OccurrenceSpeakingRecord> =>
  ingestOccurrenceTranscripts(deps, { tenantId: organizer.tenantId, reader: deps.graph.forUser(organizer), event, onlineMeetingId });
