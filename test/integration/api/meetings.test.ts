// A person's meetings, read from Graph (the emulator) with their own token through on-behalf-of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingView, TabMeetingView } from '../../../server/domain/meeting';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';

let stack: DemoStack;
let attendee: { upn: string; token: string };
let meeting: MeetingView;

const graphGet = async (upn: string, path: string) => {
  const response = await fetch(`${stack.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await tokenFor(stack, upn, 'graph')}` } });
  return (await response.json()) as Record<string, unknown>;
};

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  // The first demo person whose current meeting is the weekly team meeting.
  for (const person of stack.people) {
    const token = await tokenFor(stack, person.upn);
    const response = await callApi(stack.appUrl, '/api/meetings/next', token);
    if (response.status !== 200) continue;
    const next = (await response.json()) as MeetingView;
    if (/weekly team meeting/i.test(next.subject) && !next.isOrganizer) {
      attendee = { upn: person.upn, token };
      meeting = next;
      break;
    }
  }
  if (!attendee) throw new Error('no demo attendee is in the weekly team meeting now');
});
afterAll(() => stack.stop());

/** Someone in the demo tenant who is neither organizer nor attendee of `meeting`. */
const outsider = () => {
  const inside = new Set([meeting.organizer.email, ...meeting.attendees.map((a) => a.email)].map((e) => e.toLowerCase()));
  const person = stack.people.find((p) => !inside.has(p.upn.toLowerCase()));
  if (!person) throw new Error('the demo tenant needs someone outside the weekly team meeting');
  return person;
};

describe('[SHELL]: meetings come from the person’s calendar in Graph', () => {
  it('opens the weekly team meeting in progress, as Graph has it', async () => {
    expect(meeting.subject).toMatch(/weekly team meeting/i);
    expect(Date.parse(meeting.start)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(meeting.end)).toBeGreaterThan(Date.now());
    const event = await graphGet(attendee.upn, `/me/events/${encodeURIComponent(meeting.eventId)}`);
    expect(event.subject).toBe(meeting.subject);
    expect((event.organizer as { emailAddress: { name: string } }).emailAddress.name).toBe(meeting.organizer.name);
    expect((event.attendees as unknown[]).length).toBe(meeting.attendees.length);
    expect(meeting.attendees.length).toBeGreaterThanOrEqual(3);
    expect(meeting.chatId).toMatch(/^19:meeting_.+@thread\.v2$/);
    expect(meeting.type).toBe('occurrence');
    expect(meeting.seriesMasterId).toBeTruthy();
  });

  it('finds the same occurrence from the join URL a meeting tab gets from Teams', async () => {
    const response = await callApi(stack.appUrl, `/api/meetings/by-join-url?joinUrl=${encodeURIComponent(meeting.joinUrl!)}`, attendee.token);
    expect(response.status).toBe(200);
    expect(((await response.json()) as MeetingView).eventId).toBe(meeting.eventId);
  });

  it('of a series, finds the occurrence Teams names by its start — weeks back too — with the one that ended before it', async () => {
    const WEEK = 7 * 86_400_000;
    const byJoinUrl = async (start?: string) => {
      const query = `joinUrl=${encodeURIComponent(meeting.joinUrl!)}${start ? `&start=${encodeURIComponent(start)}` : ''}`;
      const response = await callApi(stack.appUrl, `/api/meetings/by-join-url?${query}`, attendee.token);
      expect(response.status).toBe(200);
      return (await response.json()) as TabMeetingView;
    };
    const weeksBefore = (weeks: number) => new Date(Date.parse(meeting.start) - weeks * WEEK).toISOString();
    // Teams gives no start: the occurrence in progress, and last week's as the previous one.
    const current = await byJoinUrl();
    expect(current.eventId).toBe(meeting.eventId);
    expect(Date.parse(current.previousOccurrence!.start)).toBe(Date.parse(weeksBefore(1)));
    // Three weeks back lies outside the usual window around today: the day around it is read.
    const past = await byJoinUrl(weeksBefore(3));
    expect(past).toMatchObject({ type: 'occurrence', seriesMasterId: meeting.seriesMasterId, subject: meeting.subject });
    expect(Date.parse(past.start)).toBe(Date.parse(weeksBefore(3)));
    expect(past.eventId).not.toBe(meeting.eventId);
    expect(Date.parse(past.previousOccurrence!.start)).toBe(Date.parse(weeksBefore(4)));
    const again = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(past.previousOccurrence!.eventId)}`, attendee.token);
    expect(((await again.json()) as MeetingView).subject).toBe(meeting.subject);
    // A start that is no occurrence falls back to the one in progress.
    expect((await byJoinUrl(new Date(Date.parse(meeting.start) + 60_000).toISOString())).eventId).toBe(meeting.eventId);
  });

  it('reads a meeting by the id of the person’s own event', async () => {
    const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(meeting.eventId)}`, attendee.token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(meeting);
  });

  it('the organizer sees the same meeting, marked as theirs', async () => {
    const organizer = stack.people.find((p) => p.upn.toLowerCase() === meeting.organizer.email.toLowerCase())!;
    const token = await tokenFor(stack, organizer.upn);
    const response = await callApi(stack.appUrl, `/api/meetings/by-join-url?joinUrl=${encodeURIComponent(meeting.joinUrl!)}`, token);
    expect(response.status).toBe(200);
    const theirs = (await response.json()) as MeetingView;
    expect(theirs).toMatchObject({ subject: meeting.subject, isOrganizer: true, onlineMeetingId: meeting.onlineMeetingId, start: meeting.start });
  });

  it('refuses someone outside the meeting, by join URL and by event id', async () => {
    const token = await tokenFor(stack, outsider().upn);
    const byUrl = await callApi(stack.appUrl, `/api/meetings/by-join-url?joinUrl=${encodeURIComponent(meeting.joinUrl!)}`, token);
    expect(byUrl.status).toBe(403);
    expect(((await byUrl.json()) as ApiError).error).toMatchObject({ code: 'forbidden', message: 'You are not a participant of this Teams meeting.' });
    const byId = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(meeting.eventId)}`, token);
    expect(byId.status).toBe(404);
  });

  it('refuses meeting routes without a token', async () => {
    for (const path of ['/api/meetings/next', `/api/meetings/${encodeURIComponent(meeting.eventId)}`]) {
      expect((await callApi(stack.appUrl, path)).status).toBe(401);
    }
  });

  it('answers bad input with 400 and says what is wrong', async () => {
    const cases = ['/api/meetings/by-join-url', '/api/meetings/by-join-url?joinUrl=not-a-url', '/api/meetings/by-join-url?joinUrl=http%3A%2F%2Fteams.example%2Fx'];
    for (const path of cases) {
      const response = await callApi(stack.appUrl, path, attendee.token);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as ApiError;
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.message).toMatch(/joinUrl/);
    }
    const badStart = await callApi(stack.appUrl, `/api/meetings/by-join-url?joinUrl=${encodeURIComponent(meeting.joinUrl!)}&start=last%20week`, attendee.token);
    expect(badStart.status).toBe(400);
    expect(((await badStart.json()) as ApiError).error.message).toMatch(/start/);
    const badId = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent('<script>')}`, attendee.token);
    expect(badId.status).toBe(400);
  });
});

describe('[SHELL]: Graph throttling and outages', () => {
  it('rides out throttling: 429s with Retry-After are retried', async () => {
    const emulator = stack.running.emulator!;
    const roundTrips = async () => {
      const before = emulator.stats().graphRequests;
      const response = await callApi(stack.appUrl, '/api/meetings/next', attendee.token);
      return { response, count: emulator.stats().graphRequests - before };
    };
    const calm = await roundTrips();
    let call = 0;
    // Every other Graph request is throttled.
    emulator.setFaults({ rate429: 0.5, retryAfterSeconds: 0, random: () => (call++ % 2 === 0 ? 0 : 0.99) });
    const { response, count } = await roundTrips();
    emulator.setFaults({});
    expect(count).toBe(calm.count * 2);
    expect(response.status).toBe(200);
    expect(((await response.json()) as MeetingView).eventId).toBe(meeting.eventId);
  });

  it('says Microsoft 365 is unavailable when Graph keeps failing', async () => {
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 0 });
    const response = await callApi(stack.appUrl, '/api/meetings/next', attendee.token);
    stack.running.emulator!.setFaults({});
    expect(response.status).toBe(502);
    const body = (await response.json()) as ApiError & { error: { details?: { graph?: { status: number; requestId: string } } } };
    expect(body.error.code).toBe('graph_unavailable');
    expect(body.error.message).toMatch(/unavailable/);
    expect(body.error.details?.graph?.status).toBe(503);
    expect(body.error.details?.graph?.requestId).toBeTruthy();
  });
});
