// A person's own speaking figures across their meetings: only what is stored, only their own row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingSpeakingView } from '../../../server/domain/speakers/speaking-view';
import type { MySpeaking } from '../../../server/services/get-my-speaking';
import { callApi, personNamed, tokenFor, type ApiError } from '../../support/api';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';
import { occurrencesOf, type CalendarOccurrence } from './speaking-stack';

const DAY = 86_400_000;

let stack: DemoStack;
let organizerViews: MeetingSpeakingView[];
let past: CalendarOccurrence[];

const tokenOf = (displayName: string) => tokenFor(stack, personNamed(stack, displayName).upn);

const mySpeaking = async (displayName: string, query: string) => {
  const response = await callApi(stack.appUrl, `/api/me/speaking?${query}`, await tokenOf(displayName));
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as MySpeaking & ApiError };
};

const range = (from: Date, to: Date) => `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;

beforeAll(async () => {
  stack = await startDemoStack({ staticRoot: null });
  const hiroshi = personNamed(stack, 'Hiroshi Tanaka');
  past = (await occurrencesOf(stack, hiroshi.upn, 'Weekly team meeting')).filter((o) => Date.parse(o.end) <= Date.now()).slice(-3);
  // The organizer opens the last three occurrences' figures: that computes and stores them.
  const token = await tokenFor(stack, hiroshi.upn);
  organizerViews = [];
  for (const occurrence of past) {
    const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(occurrence.eventId)}/speaking`, token);
    organizerViews.push((await response.json()) as MeetingSpeakingView);
  }
});
afterAll(() => stack.stop());

describe('[SPEAKING]: my speaking across my meetings', () => {
  it('lists the person’s own row in each stored occurrence, newest first, with the meeting-level figures', async () => {
    const { status, body } = await mySpeaking('Lucía Fernández', range(new Date(Date.now() - 30 * DAY), new Date()));
    expect(status).toBe(200);
    expect(body.meetings.map((m) => m.start)).toEqual(past.map((o) => o.start).reverse());
    for (const meeting of body.meetings) {
      const view = organizerViews.find((v) => v.occurrence.start === meeting.start)!;
      expect(meeting).toMatchObject({ subject: 'Weekly team meeting', end: view.occurrence.end, durationMs: view.meeting!.durationMs, balance: view.meeting!.balance, voicesHeard: view.meeting!.voicesHeard });
      expect(meeting.me).toEqual(view.people!.find((p) => p.name === 'Lucía Fernández'));
    }
  });

  it('shows nobody else’s figures', async () => {
    const { text } = await mySpeaking('Aroha Ngata', range(new Date(Date.now() - 30 * DAY), new Date()));
    const body = JSON.parse(text) as MySpeaking;
    expect(body.meetings).toHaveLength(3);
    expect(body.meetings.every((m) => m.me.name === 'Aroha Ngata' && m.me.talkMs === 0)).toBe(true);
    for (const name of ['Hiroshi', 'Lucía', 'Jonas', 'Priya', 'Mateus', 'Fatima']) expect(text).not.toContain(name);
  });

  it('keeps to the range, and someone with no stored figures gets an empty list', async () => {
    const { body } = await mySpeaking('Lucía Fernández', range(new Date(Date.parse(past[2]!.start)), new Date()));
    expect(body.meetings.map((m) => m.start)).toEqual([past[2]!.start]);
    expect((await mySpeaking('Dmitri Volkov', range(new Date(Date.now() - 30 * DAY), new Date()))).body.meetings).toEqual([]);
  });

  it('accepts plain dates', async () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const { status, body } = await mySpeaking('Lucía Fernández', `from=${day(Date.now() - 30 * DAY)}&to=${day(Date.now() + DAY)}`);
    expect(status).toBe(200);
    expect(body.meetings).toHaveLength(3);
  });

  it('refuses a reversed, too long, missing or unreadable range with 400', async () => {
    const now = Date.now();
    const cases = [
      range(new Date(now), new Date(now - DAY)),
      range(new Date(now - 400 * DAY), new Date(now)),
      `from=${encodeURIComponent(new Date(now).toISOString())}`,
      'from=yesterday&to=today',
    ];
    for (const query of cases) {
      const { status, body } = await mySpeaking('Lucía Fernández', query);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('validation_failed');
    }
  });

  it('refuses a caller without a token', async () => {
    expect((await callApi(stack.appUrl, `/api/me/speaking?${range(new Date(Date.now() - DAY), new Date())}`)).status).toBe(401);
  });
});
