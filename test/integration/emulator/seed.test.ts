import type { AttendanceRecord, CallTranscript, Chat, Event, MeetingAttendanceReport, OnlineMeeting, User } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, type Emulator, type GraphResponseRecord } from '../../../server/emulator/index';
import { graphTypeFor, validateGraphBody } from '../../support/graph-conformance';
import { first, graphFor, NOW, startEmulator, UPN, type Collection } from './harness';

const window = `startDateTime=${new Date(NOW.getTime() - 70 * 86400_000).toISOString()}&endDateTime=${new Date(NOW.getTime() + 7 * 86400_000).toISOString()}`;

describe('demo tenant seed', () => {
  it('is deterministic for a given now: two emulators hand out the same ids', async () => {
    const [a, b] = await Promise.all([startEmulator(), startEmulator()]);
    expect(a.emulator.people).toEqual(b.emulator.people);
    const idsOf = async (emulator: typeof a.emulator) => (await (await graphFor(emulator, UPN.lucia)).all<Event>(`/me/calendarView?${window}`)).items.map((e) => `${e.id}|${e.changeKey}`);
    expect(await idsOf(a.emulator)).toEqual(await idsOf(b.emulator));
  });

  it('has at least eight people from several cultures in a two-level hierarchy', async () => {
    const { emulator } = await startEmulator();
    expect(emulator.tenantId).toBe(DEMO_TENANT_ID);
    expect(emulator.people.length).toBeGreaterThanOrEqual(8);
    expect(emulator.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Amara Okafor', 'Hiroshi Tanaka', 'Lucía Fernández', 'Aroha Ngata']));
    const top = emulator.people.filter((p) => p.managerId === null);
    expect(top).toHaveLength(1);
    const middle = emulator.people.filter((p) => p.managerId === top[0]?.id && emulator.people.some((q) => q.managerId === p.id));
    expect(middle.length).toBeGreaterThan(0);
    expect(emulator.people.every((p) => p.upn.endsWith('@roundtabledemo.onmicrosoft.com') && p.jobTitle)).toBe(true);
  });

  it.each([
    ['early in an hour', '2026-07-17T23:10:00Z', '2026-07-17T23:00:00.0000000'],
    ['late in an hour, with over half an hour left', '2026-07-17T23:59:00Z', '2026-07-17T23:30:00.0000000'],
  ])('moves with the clock: the weekly meeting is in progress at any now (%s)', async (_when, now, start) => {
    const { emulator } = await startEmulator({ now: () => new Date(now) });
    const graph = await graphFor(emulator, UPN.hiroshi);
    const halfHourLater = new Date(Date.parse(now) + 30 * 60_000).toISOString();
    const { items } = await graph.all<Event>(`/me/calendarView?startDateTime=${now}&endDateTime=${halfHourLater}`);
    const weekly = items.filter((e) => e.subject === 'Weekly team meeting');
    expect(weekly.map((e) => e.start?.dateTime)).toEqual([start]);
    expect(Date.parse(`${weekly[0]!.end!.dateTime}Z`)).toBeGreaterThan(Date.parse(halfHourLater));
  });
});

describe('demo transcripts folder', () => {
  it('names the missing folder and the setting that points elsewhere', async () => {
    const { loadTranscriptSources } = await import('../../../server/emulator/seed/transcript-sources');
    await expect(loadTranscriptSources('/nonexistent/transcripts')).rejects.toThrow(
      /\/nonexistent\/transcripts\/nicolasblank_.*does not exist.*DEMO_TRANSCRIPTS_DIR/s,
    );
  });
});

const WEEK = 7 * 86400_000;

/** Talk time per voice of a WebVTT transcript (cue end − start, by its <v> tag). */
const talkByVoice = (vtt: string): Map<string, number> => {
  const talk = new Map<string, number>();
  const ms = (stamp: string) => stamp.split(':').reduce((total, field) => total * 60 + Number(field), 0) * 1000;
  for (const cue of vtt.matchAll(/([\d:.]+) --> ([\d:.]+)\r?\n<v ([^>]+)>/g)) {
    talk.set(cue[3]!, (talk.get(cue[3]!) ?? 0) + ms(cue[2]!) - ms(cue[1]!));
  }
  return talk;
};

const topShareOf = (talk: Map<string, number>): { name: string; share: number } => {
  const total = [...talk.values()].reduce((sum, ms) => sum + ms, 0);
  const [name, ms] = [...talk.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { name, share: ms / total };
};

describe('[EMULATOR]: a leader’s quarter of history (issue 6)', () => {
  const records: GraphResponseRecord[] = [];
  let emulator: Emulator;
  beforeAll(async () => {
    ({ emulator } = await startEmulator({ onGraphResponse: (record) => records.push(record) }));
  });

  const SERIES = [
    { subject: 'Product staff meeting', organizer: UPN.amara, transcribed: 13 },
    { subject: 'Research and design review', organizer: UPN.priya, transcribed: 14 },
    { subject: 'Platform standup', organizer: UPN.kwame, transcribed: 0 },
  ];

  /** The series' occurrences in its organizer's calendar that ended by NOW, and its Teams meeting. */
  const pastOf = async (subject: string, organizer: string) => {
    const graph = await graphFor(emulator, organizer);
    const window = `startDateTime=${new Date(NOW.getTime() - 17 * WEEK).toISOString()}&endDateTime=${new Date(NOW.getTime() + WEEK).toISOString()}`;
    const all = (await graph.all<Event>(`/me/calendarView?${window}`)).items.filter((e) => e.subject === subject);
    const past = all.filter((e) => Date.parse(`${e.end?.dateTime}Z`) <= NOW.getTime());
    const joinUrl = first(past).onlineMeeting?.joinUrl ?? '';
    const online = first((await graph.get<Collection<OnlineMeeting>>(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`)).body.value);
    return { graph, all, past, online };
  };

  it('the leader, Amara Okafor, has six direct reports and indirect ones below them', async () => {
    const amara = await graphFor(emulator, UPN.amara);
    const direct = (await amara.all<User>('/me/directReports')).items;
    expect(direct.length).toBeGreaterThanOrEqual(6);
    expect(direct.map((u) => u.userPrincipalName)).toEqual(expect.arrayContaining([UPN.hiroshi, UPN.priya, UPN.aroha, UPN.kwame, UPN.ingrid, UPN.mei]));
    const indirect = (await Promise.all(direct.map(async (report) => (await amara.all<User>(`/users/${report.id}/directReports`)).items))).flat();
    expect(indirect.length).toBeGreaterThanOrEqual(2);
    expect(new Set([...direct, ...indirect].map((u) => u.id)).size).toBeGreaterThanOrEqual(5);
    expect((await amara.get<User>(`/users/${UPN.kwame}/manager`)).body.userPrincipalName).toBe(UPN.amara);
  });

  it.each(SERIES)('$subject: a weekly Teams meeting reaching back more than a quarter, five or more invited, never in progress', async ({ subject, organizer }) => {
    const { graph, all, past, online } = await pastOf(subject, organizer);
    expect(past.length).toBeGreaterThanOrEqual(13);
    expect(Math.min(...past.map((e) => Date.parse(`${e.start?.dateTime}Z`)))).toBeLessThanOrEqual(NOW.getTime() - 13 * WEEK);
    expect(new Set(past.map((e) => e.seriesMasterId)).size).toBe(1);
    for (const event of past) {
      expect(event).toMatchObject({ type: 'occurrence', isOnlineMeeting: true, isOrganizer: true });
      expect(event.onlineMeeting?.joinUrl).toBe(first(past).onlineMeeting?.joinUrl);
      expect(event.attendees?.length).toBeGreaterThanOrEqual(5);
    }
    expect(all.some((e) => Date.parse(`${e.start?.dateTime}Z`) <= NOW.getTime() && Date.parse(`${e.end?.dateTime}Z`) > NOW.getTime())).toBe(false);
    const chat = await graph.get<Chat>(`/chats/${encodeURIComponent(online.chatInfo?.threadId ?? '')}`);
    expect(chat.status).toBe(200);
    expect(chat.body.topic).toBe(subject);
  });

  it.each(SERIES)('$subject: an attendance report of five or more each week, transcripts in $transcribed weeks spoken by those present', async ({ subject, organizer, transcribed }) => {
    const { graph, past, online } = await pastOf(subject, organizer);
    const base = `/me/onlineMeetings/${online.id}`;
    const reports = (await graph.all<MeetingAttendanceReport>(`${base}/attendanceReports`)).items;
    expect(reports).toHaveLength(past.length);
    const transcripts = (await graph.all<CallTranscript>(`${base}/transcripts`)).items;
    expect(transcripts).toHaveLength(transcribed);
    expect(transcripts.length).toBeLessThan(past.length);
    const attendeesOf = new Map<number, string[]>();
    for (const report of reports) {
      const attended = (await graph.all<AttendanceRecord>(`${base}/attendanceReports/${report.id}/attendanceRecords`)).items;
      expect(attended.length).toBeGreaterThanOrEqual(5);
      attendeesOf.set(Math.floor(Date.parse(report.meetingStartDateTime ?? '') / 1800_000), attended.map((r) => r.identity?.displayName ?? ''));
    }
    for (const transcript of transcripts) {
      const vtt = (await graph.get<string>(`${base}/transcripts/${transcript.id}/content?$format=text/vtt`)).body;
      const present = attendeesOf.get(Math.floor(Date.parse(transcript.createdDateTime ?? '') / 1800_000)) ?? [];
      expect(present.length).toBeGreaterThanOrEqual(5);
      expect([...talkByVoice(vtt).keys()].every((voice) => present.includes(voice))).toBe(true);
    }
  });

  it('one voice dominates the staff meeting — its organizer’s — while the design review is balanced', async () => {
    const shares = async (subject: string, organizer: string) => {
      const { graph, online } = await pastOf(subject, organizer);
      const base = `/me/onlineMeetings/${online.id}`;
      const transcripts = (await graph.all<CallTranscript>(`${base}/transcripts`)).items;
      return Promise.all(transcripts.map(async (t) => topShareOf(talkByVoice((await graph.get<string>(`${base}/transcripts/${t.id}/content?$format=text/vtt`)).body))));
    };
    const staff = await shares('Product staff meeting', UPN.amara);
    expect(staff.every((top) => top.name === 'Amara Okafor' && top.share > 0.7)).toBe(true);
    const review = await shares('Research and design review', UPN.priya);
    expect(review.every((top) => top.share < 0.4)).toBe(true);
  });

  it('whatever the day, the series fall on distinct working days before today and none is in progress', async () => {
    const { historySeries, HISTORY_WEEKS } = await import('../../../server/emulator/seed/history-plans');
    for (let hours = 0; hours < 7 * 24; hours += 5) {
      const now = new Date(NOW.getTime() + hours * 3600_000);
      const latest = historySeries(now).map(({ plan }) => ({ start: plan.start.getTime() + (HISTORY_WEEKS - 1) * WEEK, durationMs: plan.durationMs }));
      expect(new Set(latest.map(({ start }) => new Date(start).getUTCDay())).size).toBe(latest.length);
      for (const { start, durationMs } of latest) {
        expect([1, 2, 3, 4, 5]).toContain(new Date(start).getUTCDay());
        expect(start + durationMs).toBeLessThanOrEqual(now.getTime());
        expect(start + WEEK).toBeGreaterThan(now.getTime());
        expect(new Date(start).toISOString().slice(0, 10) < now.toISOString().slice(0, 10)).toBe(true);
      }
    }
  });

  it('every Graph body the history is read with validates against Graph’s schema', () => {
    expect(records.length).toBeGreaterThan(50);
    const problems = records.flatMap((record) => {
      const type = graphTypeFor(record.method, record.path, record.status);
      return type ? validateGraphBody(type, record.body).map((p) => `${record.method} ${record.path} → ${record.status} as ${type}: ${p}`) : [];
    });
    expect(problems).toEqual([]);
  });
});
