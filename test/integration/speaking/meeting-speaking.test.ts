// An occurrence's speaking figures through the API, against the demo stack: Hiroshi organizes the weekly team
// meeting, whose past occurrences each have a transcript and an attendance report; Aroha attends and never speaks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSpeakingView, SpeakerRow } from '../../../server/domain/speakers/speaking-view';
import { analyzeCues, parseTranscript } from '../../../server/domain/transcript';
import { ingestMeetingTranscripts } from '../../../server/services/ingest-meeting-transcripts';
import { callApi, personNamed, tokenFor, type ApiError } from '../../support/api';
import { graphAll, graphText, occurrencesOf, startSpeakingStack, type CalendarOccurrence, type SpeakingStack } from './speaking-stack';

const WEEKLY = 'Weekly team meeting';
const HOUR = 3_600_000;

let stack: SpeakingStack;
let hiroshi: { upn: string; token: string };
let lucia: { upn: string; token: string };
/** Hiroshi's and Lucía's own events of the weekly meeting's past occurrences, newest first. */
let organizerPast: CalendarOccurrence[];
let attendeePast: CalendarOccurrence[];

const signIn = async (displayName: string) => {
  const { upn } = personNamed(stack, displayName);
  return { upn, token: await tokenFor(stack, upn) };
};

const speakingOf = async (token: string, eventId: string) => {
  const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(eventId)}/speaking`, token);
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as MeetingSpeakingView & ApiError };
};

const pastOf = async (upn: string) =>
  (await occurrencesOf(stack, upn, WEEKLY)).filter((o) => Date.parse(o.end) <= Date.now()).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));

/** The same occurrence in another mailbox (event ids differ per mailbox; the start does not). */
const sameOccurrence = (occurrences: CalendarOccurrence[], start: string): CalendarOccurrence => {
  const found = occurrences.find((o) => o.start === start);
  if (!found) throw new Error(`no occurrence at ${start}`);
  return found;
};

/** What Graph holds for an occurrence, read directly from the emulator as the organizer. */
const artifactsOf = async (onlineMeetingId: string, occurrence: CalendarOccurrence) => {
  const base = `/me/onlineMeetings/${onlineMeetingId}`;
  const [start, end] = [Date.parse(occurrence.start), Date.parse(occurrence.end)];
  const transcripts = await graphAll<{ id: string; createdDateTime: string }>(stack, hiroshi.upn, `${base}/transcripts`);
  const transcript = transcripts.find((t) => Date.parse(t.createdDateTime) >= start && Date.parse(t.createdDateTime) < end);
  const reports = await graphAll<{ id: string; meetingStartDateTime: string }>(stack, hiroshi.upn, `${base}/attendanceReports`);
  const report = reports.find((r) => Math.abs(Date.parse(r.meetingStartDateTime) - start) < HOUR);
  if (!transcript || !report) throw new Error('the demo occurrence has no transcript or attendance report');
  const vtt = await graphText(stack, hiroshi.upn, `${base}/transcripts/${transcript.id}/content?$format=text/vtt`);
  const records = await graphAll<{ identity: { id: string; displayName: string } }>(stack, hiroshi.upn, `${base}/attendanceReports/${report.id}/attendanceRecords`);
  return { vtt, attendees: records.map((r) => r.identity) };
};

const countRows = async (onlineMeetingId: string, start: string) => {
  const counts: Record<string, number> = {};
  for (const table of ['speaking_occurrences', 'speaking_transcripts', 'speaking_people']) {
    const { rows } = await stack.pglite.query<{ n: number }>(`select count(*)::int as n from ${table} where online_meeting_id = $1 and starts_at = $2`, [onlineMeetingId, start]);
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
};

const dumpRows = async (onlineMeetingId: string, start: string) => {
  const dump: Record<string, unknown[]> = {};
  for (const [table, order] of [['speaking_occurrences', 'starts_at'], ['speaking_transcripts', 'transcript_id'], ['speaking_people', 'person_key']] as const) {
    dump[table] = (await stack.pglite.query(`select * from ${table} where online_meeting_id = $1 and starts_at = $2 order by ${order}`, [onlineMeetingId, start])).rows;
  }
  return dump;
};

beforeAll(async () => {
  stack = await startSpeakingStack();
  hiroshi = await signIn('Hiroshi Tanaka');
  lucia = await signIn('Lucía Fernández');
  organizerPast = await pastOf(hiroshi.upn);
  attendeePast = await pastOf(lucia.upn);
  expect(organizerPast.length).toBeGreaterThanOrEqual(8);
});
afterAll(() => stack.stop());

describe('[SPEAKING]: the organizer sees everyone’s figures', () => {
  it('gives a row to everyone who attended, Aroha with 0, and the same figures as the analyzer on that transcript', async () => {
    const occurrence = organizerPast[0]!;
    const { status, body } = await speakingOf(hiroshi.token, occurrence.eventId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'ready', audience: 'organizer', occurrence: { start: occurrence.start, end: occurrence.end } });
    const people = body.people!;
    const { vtt, attendees } = await artifactsOf(body.occurrence.onlineMeetingId, occurrence);

    expect(people.map((p) => p.name).sort()).toEqual(attendees.map((a) => a.displayName).sort());
    for (const attendee of attendees) expect(people.find((p) => p.name === attendee.displayName)?.userId).toBe(attendee.id);
    expect(people.every((p) => !p.isGuest && !p.isAmbiguous)).toBe(true);
    expect(people.find((p) => p.name === 'Aroha Ngata')).toMatchObject({ talkMs: 0, share: 0, turns: 0, longestTurnMs: 0, backchannels: 0 });
    const spoke = people.filter((p) => p.talkMs > 0);
    expect(spoke.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1, 12);

    const spokenNames = new Set(parseTranscript(vtt).cues.flatMap((cue) => (cue.speaker ? [cue.speaker] : [])));
    const silent = attendees.map((a) => a.displayName).filter((name) => !spokenNames.has(name));
    expect(silent).toContain('Aroha Ngata');
    const expected = analyzeCues(parseTranscript(vtt).cues, { extraSilent: silent });
    expect(body.meeting).toMatchObject({
      durationMs: expected.durationMs,
      unattributedMs: expected.unattributedMs,
      balance: expected.balance,
      voicesHeard: { heard: spokenNames.size, counted: attendees.length },
      source: { kind: 'transcript', transcripts: 1, roster: 'attendance' },
    });
    const byName = <T extends { name: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(byName(people).map(({ name, talkMs, share, turns, longestTurnMs, backchannels }) => ({ name, talkMs, share, turns, longestTurnMs, backchannels }))).toEqual(
      byName(expected.speakers),
    );
    expect(body.me?.name).toBe('Hiroshi Tanaka');
  });

  it('counts a transcript whose speakers are written with character references the same way', async () => {
    // The fifth past occurrence plays the excerpt that writes Lucía as "Luc&#237;a Fern&#225;ndez"; Hiroshi is silent in it.
    const occurrence = organizerPast[4]!;
    const { body } = await speakingOf(hiroshi.token, occurrence.eventId);
    expect(body.state).toBe('ready');
    expect(body.people!.find((p) => p.name === 'Lucía Fernández')?.talkMs).toBeGreaterThan(0);
    expect(body.people!.filter((p) => p.talkMs === 0).map((p) => p.name).sort()).toEqual(['Aroha Ngata', 'Hiroshi Tanaka']);
    expect(body.people!.every((p) => !p.isGuest)).toBe(true);
  });

  it('ingesting the same transcript again changes nothing', async () => {
    const occurrence = organizerPast[1]!;
    const first = await speakingOf(hiroshi.token, occurrence.eventId);
    expect(first.body.state).toBe('ready');
    const { onlineMeetingId } = first.body.occurrence;
    const before = { counts: await countRows(onlineMeetingId, occurrence.start), rows: await dumpRows(onlineMeetingId, occurrence.start) };
    expect(before.counts).toEqual({ speaking_occurrences: 1, speaking_transcripts: 1, speaking_people: first.body.people!.length });

    // Opening it again serves what is stored; ingesting it again (as a notification would) rewrites nothing.
    const again = await speakingOf(hiroshi.token, occurrence.eventId);
    const organizer = await stack.running.deps.verifySsoToken(hiroshi.token);
    const event = await stack.running.deps.graph.forUser(organizer).getEvent(occurrence.eventId);
    await ingestMeetingTranscripts(stack.running.deps, { organizer, event, onlineMeetingId });
    await ingestMeetingTranscripts(stack.running.deps, { organizer, event, onlineMeetingId });

    expect(again.text).toBe(first.text);
    expect(await countRows(onlineMeetingId, occurrence.start)).toEqual(before.counts);
    expect(await dumpRows(onlineMeetingId, occurrence.start)).toEqual(before.rows);
  });

  it('a meeting still in progress is pending, and a series (not an occurrence) is refused', async () => {
    const all = await occurrencesOf(stack, hiroshi.upn, WEEKLY);
    const current = all.find((o) => Date.parse(o.start) <= Date.now() && Date.now() < Date.parse(o.end))!;
    const { status, body } = await speakingOf(hiroshi.token, current.eventId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'pending', meeting: null, people: null, me: null });
    const series = await speakingOf(hiroshi.token, current.seriesMasterId!);
    expect(series.status).toBe(400);
  });
});

describe('[SPEAKING]: everyone else sees the meeting and only themselves', () => {
  it('an attendee sees the balance and their own row, and nobody else’s name', async () => {
    const start = organizerPast[0]!.start;
    const organizerView = (await speakingOf(hiroshi.token, organizerPast[0]!.eventId)).body;
    const { status, text, body } = await speakingOf(lucia.token, sameOccurrence(attendeePast, start).eventId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'ready', audience: 'participant', people: null });
    expect(body.meeting).toEqual(organizerView.meeting);
    const own = organizerView.people!.find((p) => p.name === 'Lucía Fernández') as SpeakerRow;
    expect(body.me).toEqual(own);
    for (const other of organizerView.people!.filter((p) => p.name !== 'Lucía Fernández')) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(other.userId!);
    }
  });

  it('the silent attendee sees their own 0', async () => {
    const aroha = await signIn('Aroha Ngata');
    const start = organizerPast[0]!.start;
    const { body } = await speakingOf(aroha.token, sameOccurrence(await pastOf(aroha.upn), start).eventId);
    expect(body.me).toMatchObject({ name: 'Aroha Ngata', talkMs: 0, share: 0, turns: 0 });
  });

  it('an attendee who asks before the organizer has opened the figures gets pending, not an error', async () => {
    const start = organizerPast[6]!.start;
    const { status, body } = await speakingOf(lucia.token, sameOccurrence(attendeePast, start).eventId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ state: 'pending', audience: 'participant', meeting: null, people: null, me: null });
  });

  it('someone outside the meeting is refused', async () => {
    const outsider = await signIn('Dmitri Volkov');
    const { status, body } = await speakingOf(outsider.token, organizerPast[0]!.eventId);
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(JSON.stringify(body)).not.toContain('Aroha');
  });
});

describe('[SPEAKING]: states, not errors', () => {
  it('an occurrence without a transcript says no_transcript, to its organizer and its attendees', async () => {
    // Priya's design critique has past occurrences but nobody ever turned transcription on.
    const priya = await signIn('Priya Raman');
    const amara = await signIn('Amara Okafor');
    const past = (await occurrencesOf(stack, priya.upn, 'Design critique')).filter((o) => Date.parse(o.end) <= Date.now());
    const occurrence = past.at(-1)!;
    const organizer = await speakingOf(priya.token, occurrence.eventId);
    expect(organizer.status).toBe(200);
    expect(organizer.body).toMatchObject({ state: 'no_transcript', audience: 'organizer', meeting: null, people: null });
    const attendee = await speakingOf(amara.token, sameOccurrence(await occurrencesOf(stack, amara.upn, 'Design critique'), occurrence.start).eventId);
    expect(attendee.body).toMatchObject({ state: 'no_transcript', audience: 'participant' });
  });

  it('with speaker attribution turned off the figures say attribution_disabled, and come once it is back on', async () => {
    const occurrence = organizerPast[2]!;
    const emulator = stack.running.emulator!;
    emulator.setSpeakerAttribution(false);
    const off = await speakingOf(hiroshi.token, occurrence.eventId).finally(() => emulator.setSpeakerAttribution(true));
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ state: 'attribution_disabled', meeting: null, people: null });
    const attendee = await speakingOf(lucia.token, sameOccurrence(attendeePast, occurrence.start).eventId);
    expect(attendee.body.state).toBe('attribution_disabled');

    const on = await speakingOf(hiroshi.token, occurrence.eventId);
    expect(on.body.state).toBe('ready');
    expect(await countRows(on.body.occurrence.onlineMeetingId, occurrence.start)).toMatchObject({ speaking_occurrences: 1, speaking_transcripts: 1 });
  });

  it('a Graph outage during ingestion is a 502 and writes nothing', async () => {
    const occurrence = organizerPast[3]!;
    const emulator = stack.running.emulator!;
    // Graph fails at the last read before the write: the attendance records, after the transcript was downloaded.
    emulator.setFaults({ rate503: 1, retryAfterSeconds: 0, paths: /\/attendanceRecords$/ });
    const failed = await speakingOf(hiroshi.token, occurrence.eventId).finally(() => emulator.setFaults({}));
    expect(failed.status).toBe(502);
    expect(failed.body.error.code).toBe('graph_unavailable');
    const { rows } = await stack.pglite.query<{ online_meeting_id: string }>('select online_meeting_id from speaking_occurrences limit 1');
    expect(await countRows(rows[0]!.online_meeting_id, occurrence.start)).toEqual({ speaking_occurrences: 0, speaking_transcripts: 0, speaking_people: 0 });

    const recovered = await speakingOf(hiroshi.token, occurrence.eventId);
    expect(recovered.body.state).toBe('ready');
  });
});
