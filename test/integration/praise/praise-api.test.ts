// Praise through the API on the demo stack: giving (idempotent by the client's id), the meeting's wall and live
// stream, privacy of private praise through every route, refusals, preferences, the praise round and its suggestions.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, tokenFor, type ApiError } from '../../support/api';
import { readSse } from '../../support/sse';
import { activityFeed, chatIdOf, chatMessages, eventIdOf, startPraiseStack, type PraiseStack } from './praise-stack';

const DOMAIN = 'roundtabledemo.onmicrosoft.com';
const upn = (handle: string) => `${handle}@${DOMAIN}`;
const WEEKLY = 'Weekly team meeting';

let stack: PraiseStack;
const logLines: string[] = [];
const tokens = new Map<string, string>();
const events = new Map<string, string>();
let chatId: string;

const token = async (handle: string) => {
  if (!tokens.has(handle)) tokens.set(handle, await tokenFor(stack, upn(handle)));
  return tokens.get(handle)!;
};
const idOf = (handle: string) => stack.people.find((p) => p.upn === upn(handle))!.id;
const eventOf = async (handle: string, subject = WEEKLY, weeksAgo = 0) => {
  const key = `${handle}/${subject}/${weeksAgo}`;
  if (!events.has(key)) events.set(key, await eventIdOf(stack, upn(handle), subject, weeksAgo));
  return events.get(key)!;
};
const api = async (handle: string, method: string, path: string, body?: unknown) =>
  callApi(stack.appUrl, path, await token(handle), { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }) });
const praisePath = async (handle: string, rest = '', subject = WEEKLY, weeksAgo = 0) => `/api/meetings/${encodeURIComponent(await eventOf(handle, subject, weeksAgo))}/praise${rest}`;

type View = { id: string; message: string; visibility: string; requestedVisibility: string; recipient: { kind: string; userId?: string; displayName?: string }; delivery: { status: string; message: string | null }; giver: { displayName: string }; meeting: { subject: string } };
type Given = { praise: View; notice: string | null };
type Wall = { praise: View[]; round: { isOpen: boolean }; people: { userId: string; displayName: string; preference: string }[]; suggestions: { userId: string; displayName: string }[]; canFacilitate: boolean; lastEventId: string | null };

const give = async (giver: string, body: { recipient: unknown; value?: string; message?: string; visibility?: string }, id = randomUUID(), subject = WEEKLY, weeksAgo = 0) =>
  api(giver, 'PUT', await praisePath(giver, `/${id}`, subject, weeksAgo), { value: 'courage', message: 'You asked the question we all needed.', visibility: 'public', ...body });
const person = (handle: string) => ({ kind: 'person', userId: idOf(handle) });
const wall = async (handle: string) => (await (await api(handle, 'GET', await praisePath(handle))).json()) as Wall;
const postsOf = async (praiseId: string) => (await chatMessages(stack, upn('hiroshi.tanaka'), chatId)).filter((m) => m.attachments.some((a) => a.id === praiseId.replace(/-/g, '')));

beforeAll(async () => {
  stack = await startPraiseStack('PGlite', logLines);
  chatId = await chatIdOf(stack, upn('hiroshi.tanaka'), await eventOf('hiroshi.tanaka'));
});
afterAll(() => stack.stop());

describe('[PRAISE]: public praise', () => {
  const id = randomUUID();
  const body = { recipient: { kind: 'person', userId: '' }, value: 'courage', message: 'You asked the question we all needed.', visibility: 'public' };

  it('is recorded (201), goes out live on the meeting stream, and lands in the chat once as a card from the giver mentioning the recipient', async () => {
    body.recipient.userId = idOf('priya.raman');
    const { lastEventId } = await wall('jonas.weber');
    const stream = readSse(await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(await eventOf('jonas.weber'))}/events`, await token('jonas.weber'), { headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {} }));
    const response = await api('lucia.fernandez', 'PUT', await praisePath('lucia.fernandez', `/${id}`), body);
    expect(response.status).toBe(201);
    const given = (await response.json()) as Given;
    expect(given).toMatchObject({ notice: null, praise: { id, visibility: 'public', delivery: { status: 'pending' }, recipient: { kind: 'person', displayName: 'Priya Raman' }, value: { id: 'courage', label: 'Courage' } } });
    const [announced] = await stream.until(1);
    expect(announced?.event).toBe('praise.given');
    expect(JSON.parse(announced!.data)).toMatchObject({ id, message: body.message, giver: { displayName: 'Lucía Fernández' } });

    await stack.drain();
    const [delivered] = await stream.until(2).then((m) => m.slice(1));
    await stream.close();
    expect(delivered?.event).toBe('praise.delivery');
    expect(JSON.parse(delivered!.data)).toEqual({ id, delivery: { status: 'delivered', message: null } });
    const posts = await postsOf(id);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.from?.user?.displayName).toBe('Lucía Fernández');
    const card = JSON.parse(String(posts[0]?.attachments[0]?.content)) as { msteams: { entities: { text: string; mentioned: { id: string } }[] } };
    expect(card.msteams.entities).toEqual([{ type: 'mention', text: '<at>Priya Raman</at>', mentioned: { id: idOf('priya.raman'), name: 'Priya Raman' } }]);
  });

  it('a repeat with the same id answers 200 with the same praise and posts nothing more', async () => {
    const again = await api('lucia.fernandez', 'PUT', await praisePath('lucia.fernandez', `/${id}`), body);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Given).praise).toMatchObject({ id, delivery: { status: 'delivered' } });
    await stack.drain();
    expect(await postsOf(id)).toHaveLength(1);
  });

  it('the same id with a different body is a conflict', async () => {
    const response = await api('lucia.fernandez', 'PUT', await praisePath('lucia.fernandez', `/${id}`), { ...body, message: 'Something else' });
    expect(response.status).toBe(409);
    expect((await api('jonas.weber', 'PUT', await praisePath('jonas.weber', `/${id}`), body)).status).toBe(409);
  });

  it('shows on every participant’s wall, oldest first, with the giver told how it went', async () => {
    expect((await wall('mateus.silva')).praise.map((p) => p.id)).toContain(id);
    const given = (await (await api('lucia.fernandez', 'GET', '/api/me/praise?box=given')).json()) as { praise: View[] };
    expect(given.praise.find((p) => p.id === id)?.delivery.status).toBe('delivered');
    const received = (await (await api('priya.raman', 'GET', '/api/me/praise?box=received')).json()) as { praise: View[] };
    expect(received.praise.map((p) => p.id)).toContain(id);
  });

  it('team praise is public, mentions nobody, and is not in anyone’s received list', async () => {
    const teamId = randomUUID();
    expect((await give('mateus.silva', { recipient: { kind: 'team' }, value: 'teamwork' }, teamId)).status).toBe(201);
    expect((await give('mateus.silva', { recipient: { kind: 'team' }, visibility: 'private' })).status).toBe(400);
    await stack.drain();
    const [post] = await postsOf(teamId);
    expect(post?.attachments[0]?.content).not.toContain('<at>');
    const received = (await (await api('priya.raman', 'GET', '/api/me/praise?box=received')).json()) as { praise: View[] };
    expect(received.praise.map((p) => p.id)).not.toContain(teamId);
  });
});

describe('[PRAISE]: refusals', () => {
  it('nobody praises themselves (400 cannot_praise_self)', async () => {
    const response = await give('lucia.fernandez', { recipient: person('lucia.fernandez') });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.code).toBe('cannot_praise_self');
  });

  it('someone outside the meeting cannot be praised in it (400 naming why) nor give or read praise there (403)', async () => {
    const response = await give('lucia.fernandez', { recipient: person('dmitri.volkov') });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.message).toMatch(/not a participant/);
    const hiroshisEvent = await eventOf('hiroshi.tanaka');
    expect((await api('dmitri.volkov', 'GET', `/api/meetings/${encodeURIComponent(hiroshisEvent)}/praise`)).status).toBe(403);
    expect((await api('dmitri.volkov', 'PUT', `/api/meetings/${encodeURIComponent(hiroshisEvent)}/praise/${randomUUID()}`, { recipient: person('priya.raman'), value: 'courage', message: 'hi', visibility: 'public' })).status).toBe(403);
  });

  it('bad bodies are 400: unknown value, empty or over-long message, bad id, bad visibility', async () => {
    for (const bad of [{ value: 'bravado' }, { message: '   ' }, { message: 'x'.repeat(1001) }, { visibility: 'secret' }]) {
      expect((await give('lucia.fernandez', { recipient: person('priya.raman'), ...bad })).status, JSON.stringify(bad).slice(0, 40)).toBe(400);
    }
    expect((await give('lucia.fernandez', { recipient: person('priya.raman'), message: '😀'.repeat(1000) })).status).toBe(201);
    expect((await api('lucia.fernandez', 'PUT', await praisePath('lucia.fernandez', '/not-a-uuid'), { recipient: person('priya.raman'), value: 'courage', message: 'hi', visibility: 'public' })).status).toBe(400);
  });
});

describe('[PRAISE]: private praise', () => {
  const id = randomUUID();
  const secret = 'Private: thank you for covering for me while my father was ill.';

  beforeAll(async () => {
    const response = await give('mateus.silva', { recipient: person('aroha.ngata'), value: 'helping-hand', message: secret, visibility: 'private' }, id);
    expect(response.status).toBe(201);
    await stack.drain();
  });

  it('reaches only the recipient’s activity feed, pointing at the personal tab, without the text', async () => {
    const feed = await activityFeed(stack, upn('aroha.ngata'));
    expect(feed).toHaveLength(1);
    expect(feed[0]?.notification.previewText.content).toBe('Mateus Silva praised you for Helping hand in Weekly team meeting');
    expect(feed[0]?.notification.topic.webUrl).toMatch(/personal\.html\?view=praise$/);
    expect(JSON.stringify(await chatMessages(stack, upn('hiroshi.tanaka'), chatId))).not.toContain('covering for me');
  });

  it('is never on the meeting wall, not even the organizer’s', async () => {
    for (const handle of ['hiroshi.tanaka', 'jonas.weber', 'aroha.ngata', 'mateus.silva']) expect((await wall(handle)).praise.map((p) => p.id)).not.toContain(id);
  });

  it('the organizer and other attendees get 404 for it by id; giver and recipient read it', async () => {
    for (const handle of ['hiroshi.tanaka', 'jonas.weber', 'dmitri.volkov']) expect((await api(handle, 'GET', `/api/praise/${id}`)).status, handle).toBe(404);
    for (const handle of ['aroha.ngata', 'mateus.silva']) {
      const response = await api(handle, 'GET', `/api/praise/${id}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { praise: View }).praise).toMatchObject({ message: secret, visibility: 'private', delivery: { status: 'delivered' } });
    }
  });

  it('is in the recipient’s received list and the giver’s given list, nobody else’s', async () => {
    const list = async (handle: string, box: string) => JSON.stringify(await (await api(handle, 'GET', `/api/me/praise?box=${box}`)).json());
    expect(await list('aroha.ngata', 'received')).toContain(secret);
    expect(await list('mateus.silva', 'given')).toContain(secret);
    for (const handle of ['hiroshi.tanaka', 'jonas.weber']) {
      expect(await list(handle, 'received')).not.toContain(secret);
      expect(await list(handle, 'given')).not.toContain(secret);
    }
  });

  it('never appears in the server’s logs, at any level', async () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((line) => line.includes(id))).toBe(true);
    expect(logLines.filter((line) => line.includes('covering for me'))).toEqual([]);
  });

  it('a repeat by someone else with its id learns nothing about it', async () => {
    const response = await api('jonas.weber', 'PUT', await praisePath('jonas.weber', `/${id}`), { recipient: person('aroha.ngata'), value: 'helping-hand', message: 'guess', visibility: 'private' });
    expect(response.status).toBe(409);
    expect(await response.text()).not.toContain('covering');
  });
});

describe('[PRAISE]: preferences', () => {
  it('each person says how they like praise; givers see it; public praise for someone who prefers private goes privately, and the giver is told', async () => {
    expect(await (await api('fatima.alsayed', 'GET', '/api/me/praise-preference')).json()).toEqual({ preference: 'either' });
    expect((await api('fatima.alsayed', 'PUT', '/api/me/praise-preference', { preference: 'loud' })).status).toBe(400);
    expect(await (await api('fatima.alsayed', 'PUT', '/api/me/praise-preference', { preference: 'private' })).json()).toEqual({ preference: 'private' });
    expect((await wall('jonas.weber')).people.find((p) => p.userId === idOf('fatima.alsayed'))?.preference).toBe('private');

    const id = randomUUID();
    const response = await give('jonas.weber', { recipient: person('fatima.alsayed'), value: 'clarity' }, id);
    expect(response.status).toBe(201);
    expect((await response.json()) as Given).toMatchObject({ notice: 'delivered_privately_by_preference', praise: { requestedVisibility: 'public', visibility: 'private' } });
    await stack.drain();
    expect(await postsOf(id)).toEqual([]);
    expect((await activityFeed(stack, upn('fatima.alsayed'))).map((n) => n.notification.previewText.content)).toEqual(['Jonas Weber praised you for Clarity in Weekly team meeting']);
    expect((await wall('hiroshi.tanaka')).praise.map((p) => p.id)).not.toContain(id);
  });
});

describe('[PRAISE]: the praise round', () => {
  it('only the facilitator opens and closes it, and panels hear it live', async () => {
    expect((await api('jonas.weber', 'POST', await praisePath('jonas.weber', '/round'), { action: 'open' })).status).toBe(403);
    expect((await wall('jonas.weber')).canFacilitate).toBe(false);
    const { lastEventId, canFacilitate } = await wall('hiroshi.tanaka');
    expect(canFacilitate).toBe(true);
    const stream = readSse(await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(await eventOf('jonas.weber'))}/events`, await token('jonas.weber'), { headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {} }));
    const opened = await api('hiroshi.tanaka', 'POST', await praisePath('hiroshi.tanaka', '/round'), { action: 'open' });
    expect(await opened.json()).toEqual({ round: { isOpen: true } });
    const [event] = await stream.until(1);
    await stream.close();
    expect(event?.event).toBe('praise.round');
    expect(JSON.parse(event!.data)).toEqual({ isOpen: true });
    expect((await wall('jonas.weber')).round).toEqual({ isOpen: true });
    expect((await api('hiroshi.tanaka', 'POST', await praisePath('hiroshi.tanaka', '/round'), { action: 'shout' })).status).toBe(400);
    expect(await (await api('hiroshi.tanaka', 'POST', await praisePath('hiroshi.tanaka', '/round'), { action: 'close' })).json()).toEqual({ round: { isOpen: false } });
  });

  it('suggests attendees nobody praised in public in the recent occurrences; private praise does not count', async () => {
    // Last week Jonas was praised in public; six weeks ago Mateus (outside the window); Aroha and Fatima only in private.
    expect((await give('lucia.fernandez', { recipient: person('jonas.weber') }, randomUUID(), WEEKLY, 1)).status).toBe(201);
    expect((await give('lucia.fernandez', { recipient: person('mateus.silva') }, randomUUID(), WEEKLY, 6)).status).toBe(201);
    expect((await give('priya.raman', { recipient: person('fatima.alsayed'), visibility: 'private' })).status).toBe(201);
    const suggested = (await wall('hiroshi.tanaka')).suggestions.map((s) => s.displayName);
    // Priya was praised in public this week and Jonas last week; Hiroshi, who asks, is never suggested to himself.
    expect(suggested).toEqual(['Aroha Ngata', 'Fatima Al-Sayed', 'Lucía Fernández', 'Mateus Silva']);
  });
});

describe('[PRAISE]: values and limits', () => {
  it('lists the tenant’s values (the default six)', async () => {
    const { values } = (await (await api('jonas.weber', 'GET', '/api/praise/values')).json()) as { values: { id: string; label: string }[] };
    expect(values.map((v) => v.label)).toEqual(['Courage', 'Curiosity', 'Helping hand', 'Ownership', 'Clarity', 'Teamwork']);
  });

  it('more than 30 praises an hour from one person is 429 with Retry-After; repeats do not count', async () => {
    const first = randomUUID();
    const aroha = async (id = randomUUID()) => give('aroha.ngata', { recipient: { kind: 'team' } }, id);
    expect((await aroha(first)).status).toBe(201);
    for (let i = 1; i < 30; i++) expect((await aroha()).status).toBe(201);
    expect((await aroha(first)).status).toBe(200);
    const refused = await aroha();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(3600);
    stack.clock.advance(3_600_001);
    expect((await aroha()).status).toBe(201);
  });
});
