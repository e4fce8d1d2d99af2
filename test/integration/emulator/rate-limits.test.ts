// Graph's per-app Teams limits as the emulator enforces them when asked (enforceRateLimits): chat posts 20 and
// activity notifications 5 in any second per app and tenant, the 21st (6th) answered 429 with Retry-After and Graph's
// throttling body, nothing stored; requests refused by an injected fault do not count. The clock is the harness's.
import type { OnlineMeeting } from '@microsoft/microsoft-graph-types';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { praiseChatMessage } from '../../../server/domain/praise';
import { DEMO_APP, type Emulator } from '../../../server/emulator/index';
import { graphAs, graphFor, ORIGIN, startEmulator, tokenRequest, UPN, weeklyMeeting, type Clock, type Graph, type GraphErrorBody } from './harness';

let emulator: Emulator;
let clock: Clock;
let priya: Graph;
let lucia: Graph;
let app: Graph;
let chatId: string;
let n = 0;

const card = () => praiseChatMessage({ praiseId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, giverName: 'Priya Raman', recipient: { kind: 'team' }, valueLabel: 'Teamwork', message: 'Together.' });
const post = (as: Graph) => as.post<GraphErrorBody>(`/chats/${chatId}/messages`, card());
const notify = () =>
  app.post<GraphErrorBody>(`/users/${UPN.lucia}/teamwork/sendActivityNotification`, {
    topic: { source: 'text', value: 'Praise for you', webUrl: 'https://teams.microsoft.com/l/entity/app/roundtable-home' },
    activityType: 'privatePraise',
    chainId: ++n,
    previewText: { content: 'Priya Raman praised you' },
  });
const stored = async () => (await priya.all(`/chats/${chatId}/messages`)).items.length;
const later = (ms: number) => void (clock.now = new Date(clock.now.getTime() + ms));

beforeAll(async () => {
  ({ emulator, clock } = await startEmulator({ pageSize: 50 }));
  priya = await graphFor(emulator, UPN.priya);
  lucia = await graphFor(emulator, UPN.lucia);
  const token = String((await tokenRequest(emulator, { grant_type: 'client_credentials', client_id: DEMO_APP.clientId, client_secret: DEMO_APP.clientSecret, scope: 'https://graph.microsoft.com/.default' })).body.access_token);
  app = graphAs(emulator, token);
  const { meetingId } = await weeklyMeeting(await graphFor(emulator, UPN.hiroshi));
  chatId = String((await priya.get<OnlineMeeting>(`/me/onlineMeetings/${meetingId}`)).body.chatInfo?.threadId);
});
afterEach(() => {
  emulator.setFaults({});
  later(5_000);
});

describe('Graph’s rate limits, when enforced', () => {
  it('takes 20 chat posts in a second from the app, whoever posts; the 21st is 429 with Retry-After and stores nothing', async () => {
    emulator.setFaults({ enforceRateLimits: true });
    const before = await stored();
    for (let i = 0; i < 20; i++) expect((await post(i % 2 === 0 ? priya : lucia)).status).toBe(201);
    later(999);
    const refused = await post(priya);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(refused.body.error).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', message: 'Please retry after', status: '429' } });
    expect(await stored()).toBe(before + 20);
    later(1);
    expect((await post(lucia)).status).toBe(201);
  });

  it('never lets more than 20 through in any second, however they are spread', async () => {
    emulator.setFaults({ enforceRateLimits: true });
    const accepted: number[] = [];
    for (let i = 0; i < 120; i++) {
      if ((await post(priya)).status === 201) accepted.push(clock.now.getTime());
      later(7);
    }
    const most = Math.max(...accepted.map((t) => accepted.filter((u) => u >= t && u < t + 1_000).length));
    expect(most).toBe(20);
  });

  it('takes 5 notifications a second; the 6th waits for the oldest to leave the window', async () => {
    emulator.setFaults({ enforceRateLimits: true });
    for (let i = 0; i < 5; i++) {
      expect((await notify()).status).toBe(204);
      later(100);
    }
    const refused = await notify();
    expect([refused.status, refused.headers.get('Retry-After')]).toEqual([429, '1']);
    later(500);
    expect((await notify()).status).toBe(204);
  });

  it('counts only what Graph took on: posts refused by an injected fault leave the limit untouched', async () => {
    emulator.setFaults({ enforceRateLimits: true, rate503: 1, paths: /\/messages$/ });
    for (let i = 0; i < 30; i++) expect((await post(priya)).status).toBe(503);
    emulator.setFaults({ enforceRateLimits: true });
    for (let i = 0; i < 20; i++) expect((await post(priya)).status).toBe(201);
  });

  it('is off unless asked for', async () => {
    for (let i = 0; i < 25; i++) expect((await post(priya)).status).toBe(201);
    expect((await emulator.app.request(`${ORIGIN}/demo/people`)).status).toBe(200);
  });
});
