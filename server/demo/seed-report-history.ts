// Demo mode only: gives the demo tenant's leader (Amara Okafor) a quarter of Roundtable history for the reports
// (issue 6). For each series of the story (series-scripts.ts), as its organizer would: reads the past occurrences from
// their calendar, records the meeting and its occurrences as a visit does (describeMeeting), ingests each occurrence's
// Teams transcript through the real ingestion path (ingestMeetingTranscripts: transcripts and attendance from Graph →
// speaking figures, or "no transcript"), then stores what the story tells happened in Roundtable: closed check-in
// rounds and answers, delivered praise, live-tracker sessions — with their past times. Everything it writes has a key
// derived from the occurrence, so running it again adds nothing; occurrences of an earlier calendar layout (the demo
// calendar moves with the clock) are removed first, so no meeting is ever counted twice.
import type { DemoHistoryStore, OccurrenceRef } from '../db/demo-history-store';
import type { CalendarEvent, OnlineMeeting } from '../domain/meeting';
import { describeMeeting } from '../services/describe-meeting';
import { ingestMeetingTranscripts } from '../services/ingest-meeting-transcripts';
import type { Clock, GraphPort, Store, TimeRange, UserGraph, VerifiedUser } from '../services/ports';
import { tellOccurrence, type SeriesScript, type StoryPerson } from './history-story';
import { praiseId, praiseRows, roundRows, trackerRows } from './occurrence-rows';
import { attendeesOf, createEventIdFinder, pastOccurrencesOf, readAttendance } from './read-series';
import { SERIES_SCRIPTS } from './series-scripts';

export type DemoPersonRef = { id: string; upn: string; displayName: string };

export type DemoHistoryDeps = {
  tenantId: string;
  people: DemoPersonRef[];
  /** A demo person, signed in (demo mode mints their Teams SSO token with the emulator). */
  signIn(upn: string): Promise<VerifiedUser>;
  graph: GraphPort;
  store: Store;
  history: DemoHistoryStore;
  clock: Clock;
  anonymousAnswerKey: string;
};

export type DemoHistorySummary = { series: number; occurrences: number; ingested: number; rounds: number; praise: number; trackers: number; removed: number };

/** How far back the series are read: more than their sixteen weeks. */
const LOOKBACK_MS = 20 * 7 * 86_400_000;

const storyPerson = (person: DemoPersonRef): StoryPerson => ({ userId: person.id, name: person.displayName, email: person.upn });

/** The people present: the attendance report's, else the organizer and every invitee who did not decline. */
const presentAt = (deps: DemoHistoryDeps, event: CalendarEvent, organizer: DemoPersonRef, attended: Set<string> | null): StoryPerson[] => {
  const byEmail = (email: string) => deps.people.find((p) => p.upn.toLowerCase() === email.toLowerCase());
  const invited = event.attendees.filter((a) => a.type !== 'resource' && a.response !== 'declined').flatMap((a) => byEmail(a.email) ?? []);
  const everyone = [organizer, ...invited.filter((p) => p.id !== organizer.id)];
  return (attended ? everyone.filter((p) => attended.has(p.id)) : everyone).map(storyPerson);
};

type SeriesContext = {
  deps: DemoHistoryDeps;
  script: SeriesScript;
  organizer: DemoPersonRef;
  user: VerifiedUser;
  graph: UserGraph;
  eventIdOf: ReturnType<typeof createEventIdFinder>;
  summary: DemoHistorySummary;
  /** People already recorded in the users table by this run. */
  known: Set<string>;
  signal: AbortSignal | undefined;
};

/** The series' Teams meeting, recorded (with its first occurrence) as the organizer's visit would record it. */
const recordMeeting = async ({ deps, graph, user }: SeriesContext, first: CalendarEvent | undefined): Promise<OnlineMeeting | null> => {
  if (!first) return null;
  const view = await describeMeeting(deps, graph, user, first);
  return view.onlineMeetingId && view.joinUrl ? { onlineMeetingId: view.onlineMeetingId, chatId: view.chatId, joinUrl: view.joinUrl } : null;
};

/** The occurrence's speaking figures: stored already, or recorded and ingested now as the organizer's visit would. */
const speakingOf = async (context: SeriesContext, event: CalendarEvent, online: OnlineMeeting) => {
  const { deps, graph, user, summary } = context;
  const stored = await deps.store.speaking.find({ tenantId: deps.tenantId, onlineMeetingId: online.onlineMeetingId, startsAt: new Date(event.start) });
  if (stored) return stored;
  await describeMeeting(deps, graph, user, event, online);
  summary.ingested += 1;
  return ingestMeetingTranscripts(deps, { organizer: user, event, onlineMeetingId: online.onlineMeetingId });
};

const seedSeries = async (context: SeriesContext, range: TimeRange): Promise<void> => {
  const { deps, script, organizer, graph, summary } = context;
  const events = await pastOccurrencesOf(graph, script.subject, range);
  const online = await recordMeeting(context, events[0]);
  if (!online) return;
  summary.series += 1;
  summary.removed += await deps.history.removeOccurrencesExcept(deps.tenantId, online.onlineMeetingId, events.map((e) => new Date(e.start)));
  const sessions = await readAttendance(graph, online.onlineMeetingId);
  for (const [week, event] of events.entries()) {
    context.signal?.throwIfAborted();
    const speaking = await speakingOf(context, event, online);
    const present = presentAt(deps, event, organizer, attendeesOf(sessions, event));
    for (const person of present.filter((p) => !context.known.has(p.userId))) {
      await deps.store.users.upsert({ tenantId: deps.tenantId, userId: person.userId, displayName: person.name, upn: person.email });
      context.known.add(person.userId);
    }
    const ref: OccurrenceRef = { tenantId: deps.tenantId, onlineMeetingId: online.onlineMeetingId, occurrenceStart: new Date(event.start) };
    const story = tellOccurrence(script, {
      subject: script.subject,
      week,
      weeks: events.length,
      start: ref.occurrenceStart,
      end: new Date(event.end),
      organizer: storyPerson(organizer),
      present,
      hasTranscript: speaking.state === 'ready',
    });
    if (story.checkin) {
      const { round, answers } = roundRows(ref, story.checkin, deps.anonymousAnswerKey);
      if (await deps.history.addRound(round, answers)) summary.rounds += 1;
    }
    const stored = await deps.history.existingPraise(deps.tenantId, story.praise.map((_, index) => praiseId(ref, index)));
    if (stored.size < story.praise.length) {
      const eventIds = new Map<string, string>();
      for (const { giver } of story.praise) eventIds.set(giver.userId, (await context.eventIdOf(giver.email, online.joinUrl, event.start)) ?? event.eventId);
      const rows = praiseRows(ref, { subject: event.subject, chatId: online.chatId ?? '' }, story.praise, (giver) => eventIds.get(giver.userId) ?? event.eventId);
      summary.praise += await deps.history.addPraise(
        rows.filter((row) => !stored.has(row.praiseId)),
        organizer.id,
      );
    }
    if (story.tracker && (await deps.history.addTrackerSession(trackerRows(ref, story.tracker)))) summary.trackers += 1;
    summary.occurrences += 1;
  }
};

export const seedReportHistory = async (deps: DemoHistoryDeps, options: { signal?: AbortSignal } = {}): Promise<DemoHistorySummary> => {
  const now = deps.clock.now();
  const range: TimeRange = { start: new Date(now.getTime() - LOOKBACK_MS), end: now };
  const summary: DemoHistorySummary = { series: 0, occurrences: 0, ingested: 0, rounds: 0, praise: 0, trackers: 0, removed: 0 };
  const graphOf = async (upn: string) => deps.graph.forUser(await deps.signIn(upn));
  const eventIdOf = createEventIdFinder(range, graphOf);
  const known = new Set<string>();
  for (const script of SERIES_SCRIPTS) {
    options.signal?.throwIfAborted();
    const organizer = deps.people.find((p) => p.upn.toLowerCase().startsWith(`${script.organizer}@`));
    if (!organizer) continue;
    const user = await deps.signIn(organizer.upn);
    await seedSeries({ deps, script, organizer, user, graph: deps.graph.forUser(user), eventIdOf, summary, known, signal: options.signal }, range);
  }
  return summary;
};
