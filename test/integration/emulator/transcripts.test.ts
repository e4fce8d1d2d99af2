import { readFileSync } from 'node:fs';
import type { CallTranscript, MeetingAttendanceReport, AttendanceRecord } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { first, graphFor, NOW, startEmulator, UPN, weeklyMeeting, type Collection, type Graph, type GraphErrorBody } from './harness';

const HOUR = 3600_000;
const WEEK = 7 * 24 * HOUR;
const speakersOf = (vtt: string): Set<string> => new Set([...vtt.matchAll(/<v ([^>]+)>/g)].map((m) => (m[1] ?? '').replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)))));

let emulator: Emulator;
let organizer: Graph;
let meetingId: string;
let transcripts: CallTranscript[];
let base: string;
beforeAll(async () => {
  ({ emulator } = await startEmulator({ pageSize: 4 }));
  organizer = await graphFor(emulator, UPN.hiroshi);
  ({ meetingId } = await weeklyMeeting(organizer));
  base = `/me/onlineMeetings/${meetingId}`;
  transcripts = (await organizer.all<CallTranscript>(`${base}/transcripts`)).items;
});

const content = async (transcript: CallTranscript): Promise<string> => (await organizer.get<string>(`${base}/transcripts/${transcript.id}/content?$format=text/vtt`)).body;

describe('transcripts', () => {
  it('every past occurrence has one transcript inside its window', () => {
    expect(transcripts).toHaveLength(10);
    const occurrenceStarts = transcripts.map((t) => {
      const created = Date.parse(t.createdDateTime ?? '');
      const start = Math.floor(created / HOUR) * HOUR;
      expect(Date.parse(t.endDateTime ?? '')).toBeLessThanOrEqual(start + HOUR);
      expect(created).toBeGreaterThan(start);
      return start;
    });
    expect(new Set(occurrenceStarts).size).toBe(10);
    expect(Math.max(...occurrenceStarts)).toBe(Date.parse('2025-03-04T10:00:00Z') - WEEK);
    expect(Math.min(...occurrenceStarts)).toBe(Date.parse('2025-03-04T10:00:00Z') - 10 * WEEK);
  });

  it('transcript content without $format=text/vtt is 400 Invalid format', async () => {
    const res = await organizer.get<GraphErrorBody>(`${base}/transcripts/${first(transcripts).id}/content`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe("Invalid format '*/*' specified.");
  });

  it('serves WebVTT with $format or Accept: text/vtt', async () => {
    const byFormat = await organizer.get<string>(`${base}/transcripts/${first(transcripts).id}/content?$format=text/vtt`);
    expect(byFormat.headers.get('Content-Type')).toBe('text/vtt');
    expect(byFormat.body.startsWith('WEBVTT\r\n')).toBe(true);
    const byAccept = await organizer.get<string>(`${base}/transcripts/${first(transcripts).id}/content`, { Accept: 'text/vtt' });
    expect(byAccept.body).toBe(byFormat.body);
  });

  it('speakers are demo people and every other byte is the real export', async () => {
    const vtt = await content(first(transcripts));
    const original = readFileSync(new URL('../../../../shared/fixtures/transcripts/nicolasblank_AZMGZA__Transcript_Data_Deep_Dive.vtt', import.meta.url), 'utf8');
    expect(vtt.replace(/<v [^>]+>/g, '<v>')).toBe(original.replace(/<v [^>]+>/g, '<v>'));
    expect(speakersOf(vtt)).toEqual(new Set(['Hiroshi Tanaka', 'Lucía Fernández', 'Priya Raman', 'Jonas Weber', 'Mateus Silva', 'Fatima Al-Sayed']));
  });

  it('the excerpt without a header gets WEBVTT prepended', async () => {
    const texts = await Promise.all(transcripts.map(content));
    const excerpt = texts.find((t) => t.includes('Luc&#237;a Fern&#225;ndez'));
    expect(excerpt?.startsWith('WEBVTT\r\n\r\n001ec368')).toBe(true);
  });

  it('$top above 100 is 400 and $top pages the list', async () => {
    expect((await organizer.get<GraphErrorBody>(`${base}/transcripts?$top=101`)).status).toBe(400);
    const page = await organizer.get<Collection<CallTranscript>>(`${base}/transcripts?$top=3`);
    expect(page.body.value).toHaveLength(3);
    expect(page.body['@odata.nextLink']).toBeTruthy();
  });

  it('a transcript reads by id with its meeting and organizer', async () => {
    const res = await organizer.get<CallTranscript>(`/users/${UPN.hiroshi}/onlineMeetings/${meetingId}/transcripts/${first(transcripts).id}`);
    expect(res.body).toMatchObject({ id: first(transcripts).id, meetingId, meetingOrganizer: { user: { userIdentityType: 'aadUser' } } });
  });

  it('only the organizer reads transcripts', async () => {
    const attendee = await graphFor(emulator, UPN.lucia);
    expect((await attendee.get(`${base}/transcripts`)).status).toBe(403);
    expect((await (await graphFor(emulator, UPN.dmitri)).get(`${base}/transcripts`)).status).toBe(404);
  });

  it('metadataContent gives one JSON cue per spoken line', async () => {
    const res = await organizer.get<string>(`${base}/transcripts/${first(transcripts).id}/metadataContent`);
    const firstCue = JSON.parse(res.body.split('\n')[3] ?? '{}') as { speakerName?: string; startDateTime?: string };
    expect(firstCue.speakerName).toBe('Hiroshi Tanaka');
    expect(Date.parse(firstCue.startDateTime ?? '')).toBeGreaterThan(Date.parse(first(transcripts).createdDateTime ?? ''));
  });
});

describe('attendance reports', () => {
  it('one report per past occurrence, inside that occurrence, naming the people who spoke and one who never did', async () => {
    const { items: reports } = await organizer.all<MeetingAttendanceReport>(`${base}/attendanceReports`);
    expect(reports).toHaveLength(10);
    for (const report of reports) {
      const start = Date.parse(report.meetingStartDateTime ?? '');
      const occurrence = Math.floor(start / HOUR) * HOUR;
      expect(Date.parse(report.meetingEndDateTime ?? '')).toBeLessThanOrEqual(occurrence + HOUR);
    }
    const latest = first(reports);
    const { items: records } = await organizer.all<AttendanceRecord>(`${base}/attendanceReports/${latest.id}/attendanceRecords`);
    const attendees = new Set(records.map((r) => r.identity?.displayName));
    const speakers = speakersOf(await content(first(transcripts)));
    for (const speaker of speakers) expect(attendees).toContain(speaker);
    expect(attendees).toContain('Aroha Ngata');
    expect(speakers.has('Aroha Ngata')).toBe(false);
    expect(records.find((r) => r.role === 'Organizer')?.emailAddress).toBe(UPN.hiroshi);
    const total = (r: AttendanceRecord) => (r.attendanceIntervals ?? []).reduce((sum, i) => sum + (i.durationInSeconds ?? 0), 0);
    expect(records.every((r) => r.totalAttendanceInSeconds === total(r))).toBe(true);
  });

  it('$expand=attendanceRecords inlines the records', async () => {
    const latest = first((await organizer.get<Collection<MeetingAttendanceReport>>(`${base}/attendanceReports`)).body.value);
    const plain = await organizer.get<MeetingAttendanceReport>(`${base}/attendanceReports/${latest.id}`);
    expect(plain.body).not.toHaveProperty('attendanceRecords');
    const expanded = await organizer.get<MeetingAttendanceReport>(`${base}/attendanceReports/${latest.id}?$expand=attendanceRecords`);
    expect(expanded.body.attendanceRecords?.length).toBe(latest.totalParticipantCount);
  });

  it('no report exists yet for the occurrence in progress', async () => {
    const { items } = await organizer.all<MeetingAttendanceReport>(`${base}/attendanceReports`);
    expect(items.every((r) => Date.parse(r.meetingStartDateTime ?? '') < Date.parse(NOW.toISOString()) - HOUR)).toBe(true);
  });
});
