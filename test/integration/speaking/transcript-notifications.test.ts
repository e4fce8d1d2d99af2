// Speaking figures that appear without anyone asking, end to end on the demo stack (PGlite + the Graph emulator
// over real HTTP): Roundtable subscribes to the organizer's transcripts once someone opened their meeting, the
// emulator notifies the webhook when the weekly meeting ends, the webhook answers 202 and the worker ingests — and
// forged, unknown or repeated deliveries change nothing, a Graph outage loses nothing, lifecycle notifications keep
// the subscription alive, and the delta poll finds what no notification announced. Time moves only when the test
// says so; the background jobs run only when the test calls runOnce().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP } from '../../../server/emulator/index';
import type { MeetingSpeakingView } from '../../../server/domain/speakers/speaking-view';
import { callApi, personNamed, tokenFor } from '../../support/api';
import { startNotificationStack, type NotificationStack } from './notification-stack';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const WEEK = 7 * 24 * HOUR;

let stack: NotificationStack;
let hiroshi: { id: string; token: string };
let lucia: { token: string; eventId: string };
let onlineMeetingId: string;

type SubscriptionRow = { subscription_id: string; resource: string; notification_url: string; status: string; expires_at: Date; client_state_hash: string };

const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await stack.pglite.query<T>(sql, params)).rows;
const subscriptionRow = async (): Promise<SubscriptionRow> => (await query<SubscriptionRow>('select * from graph_subscriptions where organizer_id = $1', [hiroshi.id]))[0]!;
const figuresOf = (start: Date) => query<{ state: string; roster: string; inputs_hash: string }>('select state, roster, inputs_hash from speaking_occurrences where online_meeting_id = $1 and starts_at = $2', [onlineMeetingId, start]);
const inboxRows = () => query<{ kind: string; outcome: string | null; attempts: number; last_error: string | null; processed_at: Date | null }>('select kind, outcome, attempts, last_error, processed_at from graph_notifications order by received_at, created_at');
const pending = () => stack.running.deps.store.transcriptSync.notifications.countPending();
const jobs = () => stack.running.transcriptJobs;

const post = (path: string, body: unknown, init: RequestInit = {}) =>
  fetch(`${stack.appUrl}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body), ...init });

const appGraph = async (path: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' });
  const token = ((await (await fetch(`${stack.emulatorUrl}/${stack.running.emulator!.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: form })).json()) as { access_token: string }).access_token;
  const response = await fetch(`${stack.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

const nextMeeting = async (token: string) => (await (await callApi(stack.appUrl, '/api/meetings/next', token)).json()) as { eventId: string; onlineMeetingId: string; start: string };

beforeAll(async () => {
  stack = await startNotificationStack();
  const organizer = personNamed(stack, 'Hiroshi Tanaka');
  hiroshi = { id: organizer.id, token: await tokenFor(stack, organizer.upn) };
  const luciaToken = await tokenFor(stack, personNamed(stack, 'Lucía Fernández').upn);
  // Hiroshi opens the weekly meeting in progress: Roundtable now knows the meeting and its organizer.
  const meeting = await nextMeeting(hiroshi.token);
  expect(meeting.start).toBe(stack.meetingStart.toISOString());
  onlineMeetingId = meeting.onlineMeetingId;
  lucia = { token: luciaToken, eventId: (await nextMeeting(luciaToken)).eventId };
  await jobs().subscriptions.runOnce();
});
afterAll(() => stack?.stop());

describe('[SPEAKING]: the Graph webhook', () => {
  it('answers Graph’s validation handshake on both URLs with the decoded token as text/plain', async () => {
    for (const path of ['/notifications/graph', '/notifications/graph/lifecycle']) {
      const response = await post(`${path}?validationToken=${encodeURIComponent('Validation: Testing + & reachability')}`, '', { headers: {} });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await response.text()).toBe('Validation: Testing + & reachability');
    }
  });

  it('subscribes once to the organizer’s transcripts, with lifecycle notifications and a secret kept only as a hash', async () => {
    const row = await subscriptionRow();
    expect(row).toMatchObject({ resource: `users/${hiroshi.id}/onlineMeetings/getAllTranscripts`, notification_url: `${stack.appUrl}/notifications/graph`, status: 'active' });
    const atGraph = await appGraph(`/subscriptions/${row.subscription_id}`);
    expect(atGraph.body).toMatchObject({ changeType: 'created', lifecycleNotificationUrl: `${stack.appUrl}/notifications/graph/lifecycle` });
    expect(row.client_state_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.client_state_hash).not.toBe(atGraph.body.clientState);
    await jobs().subscriptions.runOnce();
    expect((await query('select * from graph_subscriptions')).length).toBe(1);
    expect((await subscriptionRow()).subscription_id).toBe(row.subscription_id);
  });
});

describe('[SPEAKING]: the meeting ends and its figures appear without anyone asking', () => {
  it('a Graph outage while processing leaves the notification waiting; it is retried later and nothing is lost', async () => {
    stack.setNow(new Date(stack.meetingStart.getTime() + HOUR));
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 0, paths: /\/transcripts/ });
    try {
      const sent = await stack.running.emulator!.deliverNotifications();
      expect(sent.map((d) => [d.url, d.status])).toEqual([[`${stack.appUrl}/notifications/graph`, 202]]);
      // Recorded before the 202, worked on after it.
      expect(await pending()).toBe(1);
      expect(await figuresOf(stack.meetingStart)).toEqual([]);
      await jobs().notifications.runOnce();
      expect(await pending()).toBe(1);
      expect((await inboxRows())[0]).toMatchObject({ attempts: 1, processed_at: null, last_error: expect.stringMatching(/Microsoft 365 is busy|unavailable/) });
    } finally {
      stack.running.emulator!.setFaults({});
    }
    await jobs().notifications.runOnce();
    expect(await pending()).toBe(1);
    stack.setNow(new Date(stack.now().getTime() + MINUTE));
    await jobs().notifications.runOnce();
    expect(await pending()).toBe(0);
    expect(await inboxRows()).toEqual([expect.objectContaining({ kind: 'transcript', outcome: 'ingested', attempts: 2 })]);
    expect(await figuresOf(stack.meetingStart)).toEqual([expect.objectContaining({ state: 'ready', roster: 'attendance' })]);
  });

  it('an attendee sees the figures, which nobody opened and she could not have computed herself', async () => {
    const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(lucia.eventId)}/speaking`, lucia.token);
    expect(response.status).toBe(200);
    const view = (await response.json()) as MeetingSpeakingView;
    expect(view).toMatchObject({ state: 'ready', audience: 'participant', occurrence: { start: stack.meetingStart.toISOString() } });
    expect(view.me?.name).toBe('Lucía Fernández');
  });

  it('a repeated delivery of the same notification changes nothing', async () => {
    const delivered = stack.running.emulator!.notificationLog().find((d) => d.url.endsWith('/notifications/graph'))!;
    const before = { figures: await figuresOf(stack.meetingStart), inbox: await inboxRows() };
    const response = await post('/notifications/graph', delivered.body);
    expect(response.status).toBe(202);
    expect(await pending()).toBe(0);
    await jobs().notifications.runOnce();
    expect({ figures: await figuresOf(stack.meetingStart), inbox: await inboxRows() }).toEqual(before);
  });
});

describe('[SPEAKING]: deliveries that change nothing', () => {
  const forged = (overrides: Record<string, unknown>) => ({
    value: [
      {
        subscriptionId: '',
        subscriptionExpirationDateTime: new Date(Date.now() + HOUR).toISOString(),
        tenantId: stack.running.emulator!.tenantId,
        changeType: 'created',
        resource: `communications/onlineMeetings('${onlineMeetingId}')/transcripts('forged')`,
        ...overrides,
      },
    ],
  });

  it('a wrong or missing clientState is answered 202 and neither queued nor ingested', async () => {
    const { subscription_id } = await subscriptionRow();
    const before = await inboxRows();
    for (const clientState of ['a-guess', '', undefined]) {
      const response = await post('/notifications/graph', forged({ subscriptionId: subscription_id, clientState }));
      expect(response.status).toBe(202);
    }
    const lifecycle = await post('/notifications/graph/lifecycle', forged({ subscriptionId: subscription_id, clientState: 'a-guess', lifecycleEvent: 'subscriptionRemoved' }));
    expect(lifecycle.status).toBe(202);
    expect(await inboxRows()).toEqual(before);
    await jobs().notifications.runOnce();
    expect((await subscriptionRow()).subscription_id).toBe(subscription_id);
  });

  it('a notification for a subscription Roundtable does not hold is ignored', async () => {
    const before = await inboxRows();
    const response = await post('/notifications/graph', forged({ subscriptionId: '6aa5ced2-0a5a-4643-9274-3109c731d986', clientState: 'anything' }));
    expect(response.status).toBe(202);
    expect(await inboxRows()).toEqual(before);
  });

  it('a body that is not a notification collection is refused with 400', async () => {
    for (const body of ['{}', '{"value":[]}', 'not json', JSON.stringify({ value: [{ clientState: 'x' }] })]) {
      expect((await post('/notifications/graph', body)).status, body).toBe(400);
    }
  });
});

describe('[SPEAKING]: lifecycle notifications and the delta poll', () => {
  it('reauthorizationRequired renews the subscription at Graph', async () => {
    const before = await subscriptionRow();
    stack.setNow(new Date(stack.now().getTime() + MINUTE));
    const sent = await stack.running.emulator!.sendLifecycleNotification(before.subscription_id, 'reauthorizationRequired');
    expect(sent.map((d) => [d.url, d.status])).toEqual([[`${stack.appUrl}/notifications/graph/lifecycle`, 202]]);
    await jobs().notifications.runOnce();
    const after = await subscriptionRow();
    expect(after.subscription_id).toBe(before.subscription_id);
    expect(after.expires_at.getTime()).toBeGreaterThan(before.expires_at.getTime());
    const atGraph = await appGraph(`/subscriptions/${after.subscription_id}`);
    expect(Date.parse(String(atGraph.body.expirationDateTime))).toBe(after.expires_at.getTime());
    expect((await inboxRows()).at(-1)).toMatchObject({ kind: 'lifecycle', outcome: 'renewed' });
  });

  it('the delta poll ingests a transcript no notification announced, and a second poll changes nothing', async () => {
    // Last week's transcript was published before the subscription existed: Graph never notified about it.
    const lastWeek = new Date(stack.meetingStart.getTime() - WEEK);
    expect(await figuresOf(lastWeek)).toEqual([]);
    await jobs().deltaPoll.runOnce();
    const figures = await figuresOf(lastWeek);
    expect(figures).toEqual([expect.objectContaining({ state: 'ready', roster: 'attendance' })]);
    const [link] = await query<{ delta_link: string }>('select delta_link from transcript_delta_links where organizer_id = $1', [hiroshi.id]);
    expect(link?.delta_link).toMatch(/\/delta\?\$skiptoken=/);
    const thisWeek = await figuresOf(stack.meetingStart);
    await jobs().deltaPoll.runOnce();
    expect(await figuresOf(lastWeek)).toEqual(figures);
    expect(await figuresOf(stack.meetingStart)).toEqual(thisWeek);
  });

  it('subscriptionRemoved subscribes again; missed runs the delta poll', async () => {
    const before = await subscriptionRow();
    await stack.running.emulator!.sendLifecycleNotification(before.subscription_id, 'subscriptionRemoved');
    await jobs().notifications.runOnce();
    const after = await subscriptionRow();
    expect(after.subscription_id).not.toBe(before.subscription_id);
    expect(after.status).toBe('active');
    expect((await appGraph(`/subscriptions/${after.subscription_id}`)).status).toBe(200);
    expect((await appGraph(`/subscriptions/${before.subscription_id}`)).status).toBe(404);
    // Graph's notice about the old subscription, delivered again, is not accepted: Roundtable no longer holds it.
    const removal = stack.running.emulator!.notificationLog().findLast((d) => JSON.stringify(d.body).includes('subscriptionRemoved'))!;
    const inbox = await inboxRows();
    expect((await post('/notifications/graph/lifecycle', removal.body)).status).toBe(202);
    expect(await inboxRows()).toEqual(inbox);
    await stack.running.emulator!.sendLifecycleNotification(after.subscription_id, 'missed');
    await jobs().notifications.runOnce();
    expect((await inboxRows()).slice(-2).map((row) => row.outcome)).toEqual(['recreated', 'resynced']);
  });
});
