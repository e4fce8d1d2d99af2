// The Graph adapter's transcript and attendance reads against the emulator over real HTTP: paging, WebVTT as text,
// and Graph's 403s as answers rather than failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphAdapter } from '../../../server/graph/user-graph';
import type { UserGraph, VerifiedUser } from '../../../server/services/ports';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
let organizer: VerifiedUser;
let attendee: VerifiedUser;
let onlineMeetingId: string;

const userNamed = (displayName: string): VerifiedUser => {
  const person = stack.people.find((p) => p.displayName === displayName)!;
  return { id: person.id, tenantId: stack.running.emulator!.tenantId, displayName, upn: person.upn, ssoToken: '' };
};

const graphFor = (user: VerifiedUser, pageSize?: number): UserGraph =>
  createGraphAdapter({ baseUrl: `${stack.emulatorUrl}/v1.0`, getUserToken: (u) => stack.running.emulator!.mintGraphToken(u.upn), ...(pageSize ? { pageSize } : {}) }).forUser(user);

const requestsDuring = async <T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> => {
  const before = stack.running.emulator!.stats().graphRequests;
  const result = await work();
  return { result, requests: stack.running.emulator!.stats().graphRequests - before };
};

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  organizer = userNamed('Hiroshi Tanaka');
  attendee = userNamed('Lucía Fernández');
  const graph = graphFor(organizer);
  const [event] = (await graph.listCalendarView({ start: new Date(Date.now() - 8 * 86_400_000), end: new Date() })).filter((e) => e.subject === 'Weekly team meeting');
  onlineMeetingId = (await graph.findOnlineMeetingByJoinUrl(event!.joinUrl!))!.onlineMeetingId;
});
afterAll(() => stack.stop());

describe('[GRAPH]: transcripts and attendance', () => {
  it('lists every transcript of the series, page by page', async () => {
    const { result, requests } = await requestsDuring(() => graphFor(organizer, 3).listTranscripts(onlineMeetingId));
    if (result.access !== 'granted') throw new Error('expected the organizer to read the transcripts');
    expect(result.transcripts).toHaveLength(10);
    expect(requests).toBe(4);
    for (const t of result.transcripts) {
      expect(t.transcriptId).toBeTruthy();
      expect(Date.parse(t.endedAt!)).toBeGreaterThan(Date.parse(t.createdAt));
    }
  });

  it('downloads a transcript as WebVTT text', async () => {
    const graph = graphFor(organizer);
    const listing = await graph.listTranscripts(onlineMeetingId);
    if (listing.access !== 'granted') throw new Error('expected transcripts');
    const download = await graph.getTranscriptContent(onlineMeetingId, listing.transcripts[0]!.transcriptId);
    expect(download.access).toBe('granted');
    expect(download.access === 'granted' && download.vtt.startsWith('WEBVTT')).toBe(true);
  });

  it('an attendee’s 403 is an answer, not an error', async () => {
    expect(await graphFor(attendee).listTranscripts(onlineMeetingId)).toEqual({ access: 'denied', reason: 'Forbidden' });
    expect(await graphFor(attendee).listAttendanceReports(onlineMeetingId)).toEqual({ access: 'denied', reason: 'Forbidden' });
  });

  it('with speaker attribution off, the download says SpeakerAttributionNotAllowed', async () => {
    const graph = graphFor(organizer);
    const listing = await graph.listTranscripts(onlineMeetingId);
    if (listing.access !== 'granted') throw new Error('expected transcripts');
    stack.running.emulator!.setSpeakerAttribution(false);
    const download = await graph.getTranscriptContent(onlineMeetingId, listing.transcripts[0]!.transcriptId).finally(() => stack.running.emulator!.setSpeakerAttribution(true));
    expect(download).toEqual({ access: 'denied', reason: 'SpeakerAttributionNotAllowed' });
  });

  it('an outage while downloading is graph_unavailable with Graph’s status and request id', async () => {
    const graph = graphFor(organizer);
    const listing = await graph.listTranscripts(onlineMeetingId);
    if (listing.access !== 'granted') throw new Error('expected transcripts');
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 0, paths: /\/content$/ });
    const failure = graph.getTranscriptContent(onlineMeetingId, listing.transcripts[0]!.transcriptId).finally(() => stack.running.emulator!.setFaults({}));
    await expect(failure).rejects.toMatchObject({ code: 'graph_unavailable', details: { graph: { status: 503, code: 'serviceNotAvailable', requestId: expect.any(String) } } });
  });

  it('reads attendance reports and their records, with identities and every interval', async () => {
    const graph = graphFor(organizer, 3);
    const listing = await graph.listAttendanceReports(onlineMeetingId);
    if (listing.access !== 'granted') throw new Error('expected attendance reports');
    expect(listing.reports).toHaveLength(10);
    const latest = [...listing.reports].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0]!;
    const records = await graph.listAttendanceRecords(onlineMeetingId, latest.reportId);
    const aroha = records.find((r) => r.displayName === 'Aroha Ngata');
    expect(aroha).toMatchObject({ userId: userNamed('Aroha Ngata').id, email: userNamed('Aroha Ngata').upn });
    expect(aroha!.intervals.length).toBeGreaterThanOrEqual(1);
    expect(records.find((r) => r.displayName === 'Mateus Silva')?.intervals.length).toBe(2);
    expect(records.find((r) => r.role === 'Organizer')?.userId).toBe(organizer.id);
  });
});
