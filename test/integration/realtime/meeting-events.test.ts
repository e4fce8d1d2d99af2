// GET /api/meetings/:eventId/events: a meeting's live events as Server-Sent Events, for its participants only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveStreamOf, type MeetingView } from '../../../server/domain/meeting';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';
import { readSse } from '../../support/sse';

let stack: DemoStack;
let token: string;
let meeting: MeetingView;

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  const attendee = stack.people.find((p) => p.upn.startsWith('priya.'))!;
  token = await tokenFor(stack, attendee.upn);
  meeting = (await (await callApi(stack.appUrl, '/api/meetings/next', token)).json()) as MeetingView;
});
afterAll(() => stack.stop());

const publish = (type: string, data: unknown) =>
  stack.running.deps.live.publish(stack.running.emulator!.tenantId, liveStreamOf(meeting)!, type, data);

const open = (headers: Record<string, string> = {}) =>
  callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(meeting.eventId)}/events`, token, { headers });

describe('[LIVE]: the meeting event stream', () => {
  it('streams the meeting’s events to a participant as they happen', async () => {
    const response = await open();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const sse = readSse(response);
    const published = await publish('checkin.answer', { text: 'Curious' });
    const [message] = await sse.until(1);
    expect(message).toEqual({ id: published.id, event: 'checkin.answer', data: JSON.stringify({ text: 'Curious' }) });
    await sse.close();
  });

  it('replays what a reconnecting panel missed after Last-Event-ID', async () => {
    const seen = await publish('checkin.answer', { n: 1 });
    const missed = [await publish('checkin.answer', { n: 2 }), await publish('checkin.answer', { n: 3 })];
    const sse = readSse(await open({ 'Last-Event-ID': seen.id }));
    const messages = await sse.until(2);
    expect(messages.map((m) => m.id)).toEqual(missed.map((e) => e.id));
    await sse.close();
  });

  it('refuses someone outside the meeting with a JSON error, not a stream', async () => {
    const inside = new Set([meeting.organizer.email, ...meeting.attendees.map((a) => a.email)].map((e) => e.toLowerCase()));
    const outsider = stack.people.find((p) => !inside.has(p.upn.toLowerCase()))!;
    const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(meeting.eventId)}/events`, await tokenFor(stack, outsider.upn));
    expect(response.status).toBe(404);
    expect(((await response.json()) as ApiError).error.code).toBe('not_found');
  });

  it('refuses a request without a token, and a malformed Last-Event-ID', async () => {
    expect((await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(meeting.eventId)}/events`)).status).toBe(401);
    const response = await open({ 'Last-Event-ID': 'yesterday' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.message).toMatch(/last-event-id/);
  });
});
