// The emulator as Microsoft 365 behaves after a meeting: the transcript becomes listable when the meeting ends,
// subscribers get a change notification (only if they subscribed before transcription started), the delta function
// reports it, and lifecycle notifications arrive near expiry or when Graph removes a subscription. Every body sent
// validates against Graph's schema.
import type { CallTranscript, Subscription } from '@microsoft/microsoft-graph-types';
import { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP, type DeliveryRecord, type Emulator } from '../../../server/emulator/index';
import { graphTypeFor, validateGraphBody } from '../../support/graph-conformance';
import { graphAs, graphFor, startEmulator, tokenRequest, UPN, weeklyMeeting, type Clock, type Collection, type Graph, type GraphErrorBody } from './harness';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The weekly team meeting starts at the top of this hour; transcription some seconds later. */
const MEETING_START = new Date('2025-03-04T10:00:00Z');

type Notification = { subscriptionId: string; clientState?: string; changeType?: string; resource?: string; lifecycleEvent?: string; tenantId: string; resourceData?: Record<string, unknown> };
type DeltaPage = Collection<CallTranscript> & { '@odata.deltaLink'?: string };

/** The subscriber's end: echoes handshakes, records deliveries, and answers `status` to them. */
const receiver = () => {
  const received: { path: string; body: { value: Notification[] } }[] = [];
  const answer = { status: 202 };
  const hook = new Hono().post('/*', async (c) => {
    const token = c.req.query('validationToken');
    if (token !== undefined) return c.text(token);
    received.push({ path: c.req.path, body: await c.req.json() });
    return c.body(null, answer.status as 202);
  });
  const fetch = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    return hook.request(url.pathname + url.search, { method: req.method, headers: req.headers, body: await req.text() });
  };
  return { received, answer, fetch };
};

let emulator: Emulator;
let clock: Clock;
let app: Graph;
let organizer: Graph;
let hook: ReturnType<typeof receiver>;
let meetingId: string;

const subscribe = async (resource: string, extra: Record<string, unknown> = {}): Promise<Subscription> => {
  const body = {
    changeType: 'created',
    notificationUrl: 'https://roundtable.example/notifications/graph',
    lifecycleNotificationUrl: 'https://roundtable.example/notifications/graph/lifecycle',
    resource,
    expirationDateTime: new Date(clock.now.getTime() + 2 * 24 * HOUR).toISOString(),
    clientState: 'the-secret',
    ...extra,
  };
  const res = await app.post<Subscription>('/subscriptions', body);
  expect(res.status).toBe(201);
  return res.body;
};

const expectConforming = (records: DeliveryRecord[]): void => {
  for (const record of records) expect(validateGraphBody('microsoft.graph.changeNotificationCollection', record.body)).toEqual([]);
};

const deltaRound = async (path: string): Promise<{ items: CallTranscript[]; deltaLink: string; pages: number }> => {
  const items: CallTranscript[] = [];
  let next: string | undefined = path;
  for (let pages = 1; next; pages += 1) {
    const page: { status: number; path: string; body: DeltaPage } = { ...(await app.get<DeltaPage>(next)), path: next };
    expect(page.status).toBe(200);
    expect(validateGraphBody(graphTypeFor('GET', new URL(next, 'http://x/v1.0/').pathname, 200) ?? '', page.body)).toEqual([]);
    items.push(...page.body.value);
    if (page.body['@odata.deltaLink']) return { items, deltaLink: page.body['@odata.deltaLink'], pages };
    next = page.body['@odata.nextLink'];
  }
  throw new Error('a delta round ended without a deltaLink');
};

beforeEach(async () => {
  hook = receiver();
  ({ emulator, clock } = await startEmulator({ pageSize: 4, fetch: hook.fetch }));
  clock.now = MEETING_START;
  const token = (await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token;
  app = graphAs(emulator, String(token));
  organizer = await graphFor(emulator, UPN.hiroshi);
  ({ meetingId } = await weeklyMeeting(organizer));
});

const transcriptsOfMeeting = async () => (await organizer.all<CallTranscript>(`/me/onlineMeetings/${meetingId}/transcripts`)).items;

describe('[EMULATOR]: a meeting ends and its transcript is published', () => {
  it('the transcript is listable only once the meeting ends, and the subscriber is notified', async () => {
    const hiroshiId = emulator.people.find((p) => p.upn === UPN.hiroshi)!.id;
    const subscription = await subscribe(`users/${hiroshiId}/onlineMeetings/getAllTranscripts`);
    expect(await transcriptsOfMeeting()).toHaveLength(10);
    expect(await emulator.deliverNotifications()).toEqual([]);

    clock.now = new Date(MEETING_START.getTime() + HOUR);
    const sent = await emulator.deliverNotifications();
    const transcripts = await transcriptsOfMeeting();
    expect(transcripts).toHaveLength(11);
    const newest = transcripts.find((t) => Date.parse(t.createdDateTime ?? '') > MEETING_START.getTime())!;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: 'https://roundtable.example/notifications/graph', status: 202 });
    const resource = `communications/onlineMeetings('${meetingId}')/transcripts('${newest.id}')`;
    expect(hook.received[0]?.body.value).toEqual([
      {
        subscriptionId: subscription.id,
        subscriptionExpirationDateTime: subscription.expirationDateTime,
        tenantId: emulator.tenantId,
        clientState: 'the-secret',
        changeType: 'created',
        resource,
        resourceData: { '@odata.id': resource },
      },
    ]);
    expectConforming(sent);
    // Nothing is sent twice.
    expect(await emulator.deliverNotifications()).toEqual([]);
  });

  it('a subscription made after transcription started is not notified (the delta function still reports it)', async () => {
    clock.now = new Date(MEETING_START.getTime() + 10 * MINUTE);
    await subscribe('communications/onlineMeetings/getAllTranscripts');
    const ended = await emulator.endMeeting();
    expect(ended?.onlineMeetingId).toBe(meetingId);
    expect(hook.received).toEqual([]);
    expect((await transcriptsOfMeeting()).map((t) => t.id)).toContain(ended?.transcriptId);
  });

  it('a meeting-level subscription is notified, a subscription for another organizer is not', async () => {
    await subscribe(`communications/onlineMeetings/${meetingId}/transcripts`);
    await subscribe(`users/${UPN.amara}/onlineMeetings/getAllTranscripts`, { clientState: 'amara' });
    await emulator.endMeeting();
    expect(hook.received.map((r) => r.body.value[0]?.clientState)).toEqual(['the-secret']);
  });

  it('a receiver that fails is tried again later, not at once', async () => {
    await subscribe(`users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`);
    hook.answer.status = 500;
    clock.now = new Date(MEETING_START.getTime() + HOUR);
    expect((await emulator.deliverNotifications()).map((r) => r.status)).toEqual([500]);
    hook.answer.status = 202;
    expect(await emulator.deliverNotifications()).toEqual([]);
    clock.now = new Date(clock.now.getTime() + MINUTE);
    expect((await emulator.deliverNotifications()).map((r) => r.status)).toEqual([202]);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]?.body).toEqual(hook.received[0]?.body);
  });
});

describe('[EMULATOR]: getAllTranscripts delta', () => {
  const deltaPath = (since: Date) => `/users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId='${UPN.hiroshi}',startDateTime=${since.toISOString()})/delta`;

  it('a first round pages through the transcripts since startDateTime and ends with a deltaLink', async () => {
    const round = await deltaRound(deltaPath(new Date(MEETING_START.getTime() - 70 * 24 * HOUR)));
    expect(round.items).toHaveLength(10);
    expect(round.pages).toBe(3);
    expect(round.items.every((t) => t.meetingId === meetingId)).toBe(true);
    const recent = await deltaRound(deltaPath(new Date(MEETING_START.getTime() - 15 * 24 * HOUR)));
    expect(recent.items).toHaveLength(2);
  });

  it('the next round returns only what was published since, even on a clock that stands still', async () => {
    const first = await deltaRound(deltaPath(new Date(MEETING_START.getTime() - 70 * 24 * HOUR)));
    expect((await deltaRound(first.deltaLink)).items).toEqual([]);
    const ended = await emulator.endMeeting();
    const next = await deltaRound(first.deltaLink);
    expect(next.items.map((t) => t.id)).toEqual([ended?.transcriptId]);
    expect((await deltaRound(next.deltaLink)).items).toEqual([]);
  });

  it('is refused to a delegated caller, and without meetingOrganizerUserId', async () => {
    const delegated = await organizer.get<GraphErrorBody>(deltaPath(MEETING_START));
    expect(delegated.status).toBe(403);
    const missing = await app.get<GraphErrorBody>(`/users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts(startDateTime=${MEETING_START.toISOString()})/delta`);
    expect(missing.status).toBe(400);
    expect(validateGraphBody('microsoft.graph.ODataError', missing.body)).toEqual([]);
  });
});

describe('[EMULATOR]: lifecycle notifications', () => {
  it('reauthorizationRequired within the last hour of a subscription, every 15 minutes until renewed', async () => {
    const subscription = await subscribe(`users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`, { expirationDateTime: new Date(MEETING_START.getTime() + 90 * MINUTE).toISOString() });
    expect(await emulator.deliverNotifications()).toEqual([]);
    clock.now = new Date(MEETING_START.getTime() + 31 * MINUTE);
    const notices = await emulator.deliverNotifications();
    expect(notices.map((n) => n.url)).toEqual(['https://roundtable.example/notifications/graph/lifecycle']);
    expect(hook.received.at(-1)?.body.value[0]).toMatchObject({ subscriptionId: subscription.id, lifecycleEvent: 'reauthorizationRequired', clientState: 'the-secret' });
    expectConforming(notices);
    clock.now = new Date(clock.now.getTime() + 5 * MINUTE);
    expect(await emulator.deliverNotifications()).toEqual([]);
    await app.patch(`/subscriptions/${subscription.id}`, { expirationDateTime: new Date(clock.now.getTime() + 2 * 24 * HOUR).toISOString() });
    clock.now = new Date(clock.now.getTime() + 15 * MINUTE);
    // Ended meetings publish now too; only lifecycle deliveries matter here.
    expect((await emulator.deliverNotifications()).filter((n) => n.url.endsWith('/lifecycle'))).toEqual([]);
  });

  it('an expired subscription is gone: renewing it answers 404', async () => {
    const subscription = await subscribe(`users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`, { expirationDateTime: new Date(MEETING_START.getTime() + 30 * MINUTE).toISOString() });
    clock.now = new Date(MEETING_START.getTime() + 31 * MINUTE);
    const renewal = await app.patch<GraphErrorBody>(`/subscriptions/${subscription.id}`, { expirationDateTime: new Date(clock.now.getTime() + HOUR).toISOString() });
    expect(renewal.status).toBe(404);
  });

  it('subscriptionRemoved removes the subscription and tells the lifecycle URL; missed is sent as asked', async () => {
    const subscription = await subscribe(`users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`);
    const removed = await emulator.sendLifecycleNotification(subscription.id!, 'subscriptionRemoved');
    expect(removed.map((r) => r.status)).toEqual([202]);
    expect((await app.get(`/subscriptions/${subscription.id}`)).status).toBe(404);
    const other = await subscribe(`users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`);
    const missed = await emulator.sendLifecycleNotification(other.id!, 'missed');
    expect(hook.received.map((r) => r.body.value[0]?.lifecycleEvent)).toEqual(['subscriptionRemoved', 'missed']);
    expectConforming([...removed, ...missed]);
    expect(emulator.notificationLog()).toHaveLength(2);
  });
});
