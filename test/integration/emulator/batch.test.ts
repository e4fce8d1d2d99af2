import type { User } from '@microsoft/microsoft-graph-types';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../../server/emulator/index';
import { graphFor, startEmulator, UPN, weeklyMeeting, type Graph, type GraphErrorBody } from './harness';

type BatchItem = { id: string; status: number; headers: Record<string, string>; body?: unknown };
type BatchAnswer = { responses: BatchItem[] };

let emulator: Emulator;
let graph: Graph;
beforeAll(async () => {
  ({ emulator } = await startEmulator());
  graph = await graphFor(emulator, UPN.hiroshi);
});

const byId = (answer: BatchAnswer, id: string): BatchItem => {
  const item = answer.responses.find((r) => r.id === id);
  if (!item) throw new Error(`no response ${id}`);
  return item;
};

describe('$batch', () => {
  it('answers each request with its own status, and 200 outside even when items fail', async () => {
    const res = await graph.post<BatchAnswer>('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: `/users/${UPN.lucia}?$select=displayName` },
        { id: '3', method: 'GET', url: '/me/calendarViewz' },
      ],
    });
    expect(res.status).toBe(200);
    expect((byId(res.body, '1').body as User).userPrincipalName).toBe(UPN.hiroshi);
    expect(byId(res.body, '2').body).toMatchObject({ displayName: 'Lucía Fernández' });
    expect(byId(res.body, '3')).toMatchObject({ status: 400, body: { error: { code: 'BadRequest' } } });
  });

  it('$batch answers 424 for a request whose dependency failed', async () => {
    const res = await graph.post<BatchAnswer>('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/users/nobody@roundtabledemo.onmicrosoft.com' },
        { id: '2', method: 'GET', url: '/me', dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/me/manager', dependsOn: ['2'] },
      ],
    });
    expect(byId(res.body, '1').status).toBe(404);
    expect(byId(res.body, '2').status).toBe(424);
    expect(byId(res.body, '3').status).toBe(424);
  });

  it('more than 20 requests is 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const res = await graph.post<GraphErrorBody>('/$batch', { requests });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BadRequest');
  });

  it('duplicate ids and a body without Content-Type are 400', async () => {
    expect((await graph.post('/$batch', { requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'A', method: 'GET', url: '/me' }] })).status).toBe(400);
    expect((await graph.post('/$batch', { requests: [{ id: '1', method: 'PATCH', url: '/me/events/x', body: { subject: 'y' } }] })).status).toBe(400);
  });

  it('a batch is one round trip however many requests it holds', async () => {
    const before = emulator.stats().graphRequests;
    await graph.post('/$batch', { requests: Array.from({ length: 5 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) });
    expect(emulator.stats().graphRequests - before).toBe(1);
  });

  it('PATCH works inside a batch and non-JSON bodies come back base64-encoded', async () => {
    const { meetingId, occurrence } = await weeklyMeeting(graph);
    const transcripts = (await graph.get<{ value: { id: string }[] }>(`/me/onlineMeetings/${meetingId}/transcripts`)).body.value;
    const res = await graph.post<BatchAnswer>('/$batch', {
      requests: [
        { id: 'patch', method: 'PATCH', url: `/me/events/${occurrence.id}`, body: { subject: 'Batched' }, headers: { 'Content-Type': 'application/json' } },
        { id: 'vtt', method: 'GET', url: `/me/onlineMeetings/${meetingId}/transcripts/${transcripts[0]?.id}/content?$format=text/vtt` },
      ],
    });
    expect(byId(res.body, 'patch')).toMatchObject({ status: 200, body: { subject: 'Batched', type: 'exception' } });
    const vtt = byId(res.body, 'vtt');
    expect(vtt.headers['Content-Type']).toBe('text/vtt');
    expect(Buffer.from(String(vtt.body), 'base64').toString('utf8').startsWith('WEBVTT')).toBe(true);
  });
});
