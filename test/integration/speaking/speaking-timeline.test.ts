// The speaking timeline (who spoke when) is written by transcript ingestion with the figures, against the demo
// stack: Hiroshi organizes the weekly team meeting, whose past occurrences each have a transcript.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../server/domain/transcript';
import { speakingTimeline } from '../../../server/domain/transcript/timeline';
import { ingestMeetingTranscripts } from '../../../server/services/ingest-meeting-transcripts';
import { callApi, personNamed, tokenFor } from '../../support/api';
import { graphAll, graphText, occurrencesOf, startSpeakingStack, type CalendarOccurrence, type SpeakingStack } from './speaking-stack';

const WEEKLY = 'Weekly team meeting';

let stack: SpeakingStack;
let hiroshi: { upn: string; token: string };
let past: CalendarOccurrence[];

type TimelineRow = { person_keys: string[]; turn_people: number[]; turn_starts_ms: number[]; turn_ends_ms: number[] };

const openFigures = async (eventId: string): Promise<{ onlineMeetingId: string }> => {
  const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(eventId)}/speaking`, hiroshi.token);
  const body = (await response.json()) as { state: string; occurrence: { onlineMeetingId: string } };
  expect(body.state).toBe('ready');
  return body.occurrence;
};

const timelineRows = async (onlineMeetingId: string, start: string) =>
  (await stack.pglite.query<TimelineRow>('select person_keys, turn_people, turn_starts_ms, turn_ends_ms from speaking_timelines where online_meeting_id = $1 and starts_at = $2', [onlineMeetingId, start])).rows;

beforeAll(async () => {
  stack = await startSpeakingStack();
  const { upn } = personNamed(stack, 'Hiroshi Tanaka');
  hiroshi = { upn, token: await tokenFor(stack, upn) };
  past = (await occurrencesOf(stack, upn, WEEKLY)).filter((o) => Date.parse(o.end) <= Date.now()).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
});
afterAll(() => stack.stop());

describe('[SPEAKING]: the timeline of an ingested occurrence', () => {
  it('holds the transcript’s turns on the occurrence’s clock, as many per person as the figures count', async () => {
    const occurrence = past[0]!;
    const { onlineMeetingId } = await openFigures(occurrence.eventId);
    const [row] = await timelineRows(onlineMeetingId, occurrence.start);
    expect(row).toBeDefined();

    // What the transcript says: its cues' turns, voices named by the people the figures matched them to.
    const base = `/me/onlineMeetings/${onlineMeetingId}`;
    const transcripts = await graphAll<{ id: string; createdDateTime: string }>(stack, hiroshi.upn, `${base}/transcripts`);
    const transcript = transcripts.find((t) => Date.parse(t.createdDateTime) >= Date.parse(occurrence.start) && Date.parse(t.createdDateTime) < Date.parse(occurrence.end))!;
    const vtt = await graphText(stack, hiroshi.upn, `${base}/transcripts/${transcript.id}/content?$format=text/vtt`);
    const people = (await stack.pglite.query<{ person_key: string; name: string; turns: number }>('select person_key, name, turns from speaking_people where online_meeting_id = $1 and starts_at = $2', [onlineMeetingId, occurrence.start])).rows;
    const keyOfName = new Map(people.map((p) => [p.name, p.person_key]));
    const offsetMs = Date.parse(transcript.createdDateTime) - Date.parse(occurrence.start);
    const expected = speakingTimeline(parseTranscript(vtt).cues, (voice) => keyOfName.get(voice) ?? null).map((turn) => ({
      personKey: turn.personKey,
      startMs: turn.startMs + offsetMs,
      endMs: turn.endMs + offsetMs,
    }));
    expect(expected.length).toBeGreaterThan(3);

    const stored = row!.turn_people.map((index, i) => ({ personKey: row!.person_keys[index], startMs: row!.turn_starts_ms[i], endMs: row!.turn_ends_ms[i] }));
    expect(stored).toEqual(expected);
    for (const person of people) expect(stored.filter((turn) => turn.personKey === person.person_key)).toHaveLength(person.turns);

    // The meeting view reads it back with the people's rows.
    const organizer = await stack.running.deps.verifySsoToken(hiroshi.token);
    const detail = await stack.running.deps.store.reports.readMeetingDetail(organizer.tenantId, { onlineMeetingId, startsAt: occurrence.start });
    expect(detail.transcript?.timeline.map((turn) => detail.transcript?.people[turn.person]?.key)).toEqual(expected.map((turn) => turn.personKey));
  });

  it('ingesting the same transcript again leaves the timeline as it was', async () => {
    const occurrence = past[1]!;
    const { onlineMeetingId } = await openFigures(occurrence.eventId);
    const before = await timelineRows(onlineMeetingId, occurrence.start);
    expect(before).toHaveLength(1);
    const organizer = await stack.running.deps.verifySsoToken(hiroshi.token);
    const event = await stack.running.deps.graph.forUser(organizer).getEvent(occurrence.eventId);
    await ingestMeetingTranscripts(stack.running.deps, { organizer, event, onlineMeetingId });
    expect(await timelineRows(onlineMeetingId, occurrence.start)).toEqual(before);
  });
});
