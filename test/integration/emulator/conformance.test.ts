// Every JSON body the emulator's Graph routes send — happy paths and error paths — must validate against Graph's
// schema (fixtures/graph/schemas.json) with no property name the schema does not declare.
import type { Event, OnlineMeeting, Subscription } from '@microsoft/microsoft-graph-types';
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP, type Emulator, type GraphResponseRecord } from '../../../server/emulator/index';
import { praiseChatMessage } from '../../../server/domain/praise';
import { graphTypeFor, validateGraphBody } from '../../support/graph-conformance';
import { first, graphAs, graphFor, NOW, startEmulator, tokenRequest, UPN, weeklyMeeting, type Clock, type Collection, type Graph } from './harness';

const WEEK = 7 * 86400_000;
const records: GraphResponseRecord[] = [];
const webhook = new Hono().post('/hook', (c) => c.text(c.req.query('validationToken') ?? ''));

let emulator: Emulator;
let clock: Clock;
let organizer: Graph;
let attendee: Graph;
let app: Graph;

/** Calls every Graph route the emulator serves, the way the product and its tests do, errors included. */
const driveEveryRoute = async (): Promise<void> => {
  const window = `startDateTime=${new Date(NOW.getTime() - 11 * WEEK).toISOString()}&endDateTime=${new Date(NOW.getTime() + 2 * WEEK).toISOString()}`;
  // Directory
  await organizer.all('/users');
  await organizer.get('/users?$select=displayName,mail');
  await organizer.get('/me');
  await organizer.get(`/users/${UPN.lucia}`);
  await organizer.get('/me/manager');
  await organizer.all('/me/directReports');
  await organizer.get(`/users/${UPN.amara}/manager`);
  await organizer.get('/users/nobody@roundtabledemo.onmicrosoft.com');
  await organizer.get('/me?$select=shoeSize');
  // Calendar
  const view = await organizer.all<Event>(`/me/calendarView?${window}`);
  await attendee.all(`/me/calendarView?${window}`, { Prefer: 'outlook.timezone="W. Europe Standard Time", outlook.body-content-type="text"' });
  await organizer.get(`/me/calendarView?${window}&$select=subject,start,end&$top=3`);
  await organizer.all('/me/events');
  const occurrence = first(view.items.filter((e) => e.type === 'occurrence'));
  const master = (await organizer.get<Event & { '@odata.etag': string }>(`/me/events/${occurrence.seriesMasterId}`)).body;
  await organizer.get(`/me/events/${occurrence.id}`);
  await organizer.all(`/me/events/${master.id}/instances?${window}`);
  await organizer.get('/me/calendarView');
  await organizer.get('/me/events/AAMkADnothing');
  await organizer.get(`/me/calendarView?${window}&$select=subjekt`);
  await attendee.get(`/users/${UPN.hiroshi}/events`);
  await organizer.get('/users/ghost@roundtabledemo.onmicrosoft.com/events');
  // Event updates
  await organizer.patch(`/me/events/${master.id}`, { subject: 'Weekly team meeting' }, { 'If-Match': master['@odata.etag'] });
  await organizer.patch(`/me/events/${master.id}`, { subject: 'stale' }, { 'If-Match': master['@odata.etag'] });
  await organizer.patch(`/me/events/${occurrence.id}`, { body: { contentType: 'html', content: '<p>Exception</p>' } });
  await organizer.patch(`/me/events/${master.id}`, { shoeSize: 44 });
  await organizer.patch(`/me/events/${master.id}`, { start: { dateTime: '2025-03-04T11:00:00', timeZone: 'UTC' } });
  // Online meetings, transcripts, attendance
  const { joinUrl, meetingId } = await weeklyMeeting(organizer);
  await attendee.get(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
  await (await graphFor(emulator, UPN.dmitri)).get(`/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`)}`);
  await organizer.get('/me/onlineMeetings');
  const meeting = (await organizer.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`)).body;
  await organizer.get('/me/onlineMeetings/MSnothing');
  const transcripts = await organizer.all<{ id: string }>(`/me/onlineMeetings/${meetingId}/transcripts`);
  await app.all(`/users/${UPN.hiroshi}/onlineMeetings/${meetingId}/transcripts`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/transcripts/${first(transcripts.items).id}`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/transcripts/${first(transcripts.items).id}/content`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/transcripts/${first(transcripts.items).id}/content?$format=text/vtt`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/transcripts?$top=500`);
  await attendee.get(`/me/onlineMeetings/${meetingId}/transcripts`);
  const reports = await organizer.all<{ id: string }>(`/me/onlineMeetings/${meetingId}/attendanceReports`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/attendanceReports/${first(reports.items).id}`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/attendanceReports/${first(reports.items).id}?$expand=attendanceRecords`);
  await organizer.all(`/me/onlineMeetings/${meetingId}/attendanceReports/${first(reports.items).id}/attendanceRecords`);
  await organizer.get(`/me/onlineMeetings/${meetingId}/attendanceReports/not-a-report`);
  // Chat
  const chatId = String(meeting.chatInfo?.threadId);
  await organizer.get(`/chats/${chatId}`);
  await app.get(`/chats/${chatId}`);
  await organizer.get(`/chats/${chatId}/members`);
  const posted = await attendee.post<{ id: string }>(`/chats/${chatId}/messages`, { body: { content: 'Hello world' } });
  await organizer.post(`/chats/${chatId}/messages`, {
    body: { contentType: 'html', content: '<attachment id="card1"></attachment>' },
    attachments: [{ id: 'card1', contentType: 'application/vnd.microsoft.card.adaptive', content: '{"type":"AdaptiveCard","version":"1.4","body":[]}' }],
  });
  await organizer.get(`/chats/${chatId}/messages/${posted.body.id}`);
  await organizer.all(`/chats/${chatId}/messages`);
  await app.post(`/chats/${chatId}/messages`, { body: { content: 'from an app' } });
  await (await graphFor(emulator, UPN.dmitri)).post(`/chats/${chatId}/messages`, { body: { content: 'not a member' } });
  await organizer.post(`/chats/${chatId}/messages`, { body: { contentType: 'html', content: '<attachment id="gone"></attachment>' } });
  await organizer.get('/chats/19:nothing@thread.v2');
  // Praise: a card as the praise outbox posts it, an invalid card, a post whose answer is lost, paging with $top.
  await attendee.post(`/chats/${chatId}/messages`, praiseChatMessage({ praiseId: '2f6c1a9e-4b0d-4c1e-9a7f-3d2b1c0e9f8a', giverName: 'Lucía Fernández', recipient: { kind: 'person', userId: 'x', displayName: 'Priya Raman' }, valueLabel: 'Courage', message: 'Thanks!' }));
  await organizer.post(`/chats/${chatId}/messages`, {
    body: { contentType: 'html', content: '<attachment id="bad"></attachment>' },
    attachments: [{ id: 'bad', contentType: 'application/vnd.microsoft.card.adaptive', content: '{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Marquee"}]}' }],
  });
  emulator.loseResponses({ method: 'POST', path: /\/messages$/, times: 1, as: 'gateway-timeout' });
  await organizer.post(`/chats/${chatId}/messages`, { body: { content: 'answer lost' } });
  await organizer.get(`/chats/${chatId}/messages?$top=2`);
  // Activity feed
  const topic = { source: 'text', value: 'Weekly team meeting', webUrl: 'https://teams.microsoft.com/l/entity/roundtable' };
  await organizer.post(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, { topic, activityType: 'praiseReceived', previewText: { content: 'You got praise' } });
  await organizer.post(`/users/${UPN.dmitri}/teamwork/sendActivityNotification`, { topic, activityType: 'praiseReceived', previewText: { content: 'You got praise' } });
  await organizer.post(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, { topic, activityType: 'praiseReceived', previewText: { content: 'x'.repeat(200) } });
  await app.post(`/users/${UPN.priya}/teamwork/sendActivityNotification`, { topic, activityType: 'privatePraise', chainId: 42, previewText: { content: 'You got praise' }, templateParameters: [] });
  await app.post(`/users/${UPN.dmitri}/teamwork/sendActivityNotification`, { topic, activityType: 'privatePraise', chainId: 42, previewText: { content: 'You got praise' } });
  await organizer.get(`/users/${UPN.lucia}/teamwork/installedApps?$expand=teamsApp`);
  await organizer.get(`/users/${UPN.lucia}/teamwork/installedApps?$expand=teamsAppDefinition`);
  // Subscriptions
  const subscription = { changeType: 'created', notificationUrl: 'https://roundtable.example/hook', resource: 'communications/onlineMeetings/getAllTranscripts', expirationDateTime: new Date(NOW.getTime() + 45 * 60_000).toISOString(), clientState: 's' };
  const created = (await app.post<Subscription>('/subscriptions', subscription)).body;
  await app.get(`/subscriptions/${created.id}`);
  await app.all('/subscriptions');
  await app.patch(`/subscriptions/${created.id}`, { expirationDateTime: new Date(NOW.getTime() + 50 * 60_000).toISOString() });
  await app.patch(`/subscriptions/${created.id}`, { expirationDateTime: new Date(NOW.getTime() + 90 * 60_000).toISOString() });
  await app.delete(`/subscriptions/${created.id}`);
  await app.get(`/subscriptions/${created.id}`);
  await app.post('/subscriptions', { ...subscription, notificationUrl: 'https://roundtable.example/nowhere' });
  // Change notifications: subscribed before the weekly meeting's transcription starts, notified when it ends.
  const meetingStart = new Date(Math.floor(NOW.getTime() / 3600_000) * 3600_000);
  clock.now = meetingStart;
  const early = graphAs(emulator, String((await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token));
  const watching = (
    await early.post<Subscription>('/subscriptions', {
      ...subscription,
      resource: `users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts`,
      lifecycleNotificationUrl: 'https://roundtable.example/hook',
      expirationDateTime: new Date(meetingStart.getTime() + 2 * 86_400_000).toISOString(),
    })
  ).body;
  clock.now = new Date(meetingStart.getTime() + 3600_000);
  await emulator.deliverNotifications();
  await emulator.sendLifecycleNotification(String(watching.id), 'reauthorizationRequired');
  await early.all(`/users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId='${UPN.hiroshi}',startDateTime=${new Date(NOW.getTime() - 3 * WEEK).toISOString()})/delta`);
  await organizer.get(`/users/${UPN.hiroshi}/onlineMeetings/getAllTranscripts(meetingOrganizerUserId='${UPN.hiroshi}')/delta`);
  clock.now = NOW;
  // Batching, faults, authentication and unknown paths
  await organizer.post('/$batch', {
    requests: [
      { id: '1', method: 'GET', url: '/me/onlineMeetings?$filter=' + encodeURIComponent(`JoinWebUrl eq '${joinUrl}'`) },
      { id: '2', method: 'GET', url: `/users/${UPN.priya}`, dependsOn: ['1'] },
      { id: '3', method: 'GET', url: '/users/ghost@roundtabledemo.onmicrosoft.com' },
      { id: '4', method: 'GET', url: '/me', dependsOn: ['3'] },
    ],
  });
  await organizer.post('/$batch', { requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) });
  emulator.setFaults({ rate429: 1 });
  await organizer.get('/me');
  emulator.setFaults({ rate503: 1 });
  await organizer.get('/me/calendarView');
  // Outlook's concurrency limit (a limit of 0 refuses every Outlook request): 429 ApplicationThrottled.
  emulator.setFaults({ mailboxConcurrency: 0 });
  await organizer.get(`/me/calendarView?${window}`);
  emulator.setFaults({});
  await graphAs(emulator, '').get('/me');
  await graphAs(emulator, 'x.y.z').get('/me');
  await organizer.get('/me/mailFolders');
  await organizer.delete('/me/events');
};

beforeAll(async () => {
  ({ emulator, clock } = await startEmulator({
    pageSize: 4,
    onGraphResponse: (record) => records.push(record),
    fetch: async (req) => webhook.request(new URL(req.url).pathname + new URL(req.url).search, { method: 'POST' }),
  }));
  organizer = await graphFor(emulator, UPN.hiroshi);
  attendee = await graphFor(emulator, UPN.lucia);
  const appToken = await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' });
  app = graphAs(emulator, String(appToken.body.access_token));
  await driveEveryRoute();
});

describe('Graph conformance', () => {
  it('every JSON body validates against Graph’s schema with no undeclared properties', () => {
    expect(records.length).toBeGreaterThan(90);
    const problems = records.flatMap((record) => {
      const type = graphTypeFor(record.method, record.path, record.status);
      return type ? validateGraphBody(type, record.body).map((p) => `${record.method} ${record.path} → ${record.status} as ${type}: ${p}`) : [];
    });
    expect(problems).toEqual([]);
  });

  it('the drive covers every Graph type the emulator answers with, and every error status', () => {
    const types = new Set(records.map((r) => graphTypeFor(r.method, r.path, r.status)));
    for (const name of [
      'user', 'userCollectionResponse', 'directoryObject', 'directoryObjectCollectionResponse', 'event', 'eventCollectionResponse',
      'onlineMeeting', 'onlineMeetingCollectionResponse', 'callTranscript', 'callTranscriptCollectionResponse', 'meetingAttendanceReport',
      'meetingAttendanceReportCollectionResponse', 'attendanceRecordCollectionResponse', 'chat', 'chatMessage', 'chatMessageCollectionResponse',
      'conversationMemberCollectionResponse', 'userScopeTeamsAppInstallationCollectionResponse', 'subscription', 'subscriptionCollectionResponse', 'ODataError',
    ]) {
      expect(types, name).toContain(`microsoft.graph.${name}`);
    }
    const statuses = new Set(records.map((r) => r.status));
    for (const status of [200, 201, 400, 401, 403, 404, 405, 412, 429, 501, 503]) expect(statuses, String(status)).toContain(status);
    expect(records.some((r) => r.path === '/v1.0/$batch')).toBe(true);
  });

  it('every change and lifecycle notification POSTed to a subscriber validates as a changeNotificationCollection', () => {
    const log = emulator.notificationLog();
    const kinds = log.flatMap((delivery) => (delivery.body.value as { lifecycleEvent?: string; changeType?: string }[]).map((n) => n.lifecycleEvent ?? n.changeType));
    expect(kinds).toEqual(expect.arrayContaining(['created', 'reauthorizationRequired']));
    expect(log.flatMap((delivery) => validateGraphBody('microsoft.graph.changeNotificationCollection', delivery.body))).toEqual([]);
  });

  it('the checker catches a misspelt property, at the top and nested', async () => {
    const event = first((await organizer.get<Collection<Record<string, unknown>>>(`/me/events?$top=1`)).body.value);
    expect(validateGraphBody('microsoft.graph.event', event)).toEqual([]);
    const { subject, start, ...rest } = event;
    const misspelt = { ...rest, subjet: subject, start: { ...(start as object), timezone: 'UTC' } };
    const problems = validateGraphBody('microsoft.graph.event', misspelt);
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining("'subjet'"), expect.stringContaining("/start/timezone")]));
  });

  it('the checker follows @odata.type to a derived type and still catches strays', () => {
    const manager = { '@odata.type': '#microsoft.graph.user', id: 'x', displayName: 'A', jobTitle: 'B' };
    expect(validateGraphBody('microsoft.graph.directoryObject', manager)).toEqual([]);
    expect(validateGraphBody('microsoft.graph.directoryObject', { ...manager, favouriteColour: 'teal' })).toEqual([expect.stringContaining("'favouriteColour'")]);
    expect(validateGraphBody('microsoft.graph.event', { '@odata.type': '#microsoft.graph.user' })).toEqual([expect.stringContaining('does not derive from microsoft.graph.event')]);
  });

  it('the checker reports schema violations, not only names', () => {
    expect(validateGraphBody('microsoft.graph.event', { id: 'x', isOrganizer: 'yes' }).length).toBeGreaterThan(0);
  });
});
