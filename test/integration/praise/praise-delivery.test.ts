// The praise outbox end to end, on PGlite and on PostgreSQL: Graph failing (503, 429 with Retry-After), answers lost
// after the post was made, a worker dying mid-send, a giver whose sign-in expired, a recipient without the app. Each
// praise ends delivered once — never lost, never posted twice. The clock is injected: no test waits for time.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID } from '../../../server/emulator/index';
import { praiseChatMessage } from '../../../server/domain/praise';
import { callApi, tokenFor } from '../../support/api';
import { readSse } from '../../support/sse';
import { chatIdOf, chatMessages, eventIdOf, startPraiseStack, type PraiseStack } from './praise-stack';

const upn = (handle: string) => `${handle}@roundtabledemo.onmicrosoft.com`;
const WEEKLY = 'Weekly team meeting';
const CHAT_POSTS = /^\/v1\.0\/chats\/[^/]+\/messages$/;

describe.each(['PGlite', 'PostgreSQL'] as const)('[PRAISE]: delivery on %s', (database) => {
  let stack: PraiseStack;
  let chatId: string;
  const tokens = new Map<string, string>();
  const events = new Map<string, string>();

  const token = async (handle: string) => {
    if (!tokens.has(handle)) tokens.set(handle, await tokenFor(stack, upn(handle)));
    return tokens.get(handle)!;
  };
  const idOf = (handle: string) => stack.people.find((p) => p.upn === upn(handle))!.id;
  const eventOf = async (handle: string, subject = WEEKLY) => {
    if (!events.has(`${handle}/${subject}`)) events.set(`${handle}/${subject}`, await eventIdOf(stack, upn(handle), subject));
    return events.get(`${handle}/${subject}`)!;
  };
  const give = async (giver: string, recipient: string, options: { visibility?: string; subject?: string; as?: string } = {}) => {
    const id = randomUUID();
    const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(await eventOf(giver, options.subject))}/praise/${id}`, options.as ?? (await token(giver)), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ recipient: { kind: 'person', userId: idOf(recipient) }, value: 'ownership', message: `Thank you, ${recipient}!`, visibility: options.visibility ?? 'public' }),
    });
    expect(response.status).toBe(201);
    return { id, answer: (await response.json()) as { notice: string | null } };
  };
  const deliveryOf = async (handle: string, id: string) =>
    ((await (await callApi(stack.appUrl, `/api/praise/${id}`, await token(handle))).json()) as { praise: { delivery: { status: string; message: string | null } } }).praise.delivery;
  const postsOf = async (id: string) => (await chatMessages(stack, upn('hiroshi.tanaka'), chatId)).filter((m) => m.attachments.some((a) => a.id === id.replace(/-/g, '')));

  beforeAll(async () => {
    stack = await startPraiseStack(database);
    chatId = await chatIdOf(stack, upn('hiroshi.tanaka'), await eventOf('hiroshi.tanaka'));
  });
  afterAll(() => stack.stop());
  // Each test starts with nothing due and a fresh second for the rate limiter (one chat post per 50 ms per tenant).
  beforeEach(async () => {
    await stack.drain();
    stack.clock.advance(1_000);
  });
  afterEach(() => stack.running.emulator!.setFaults({}));

  it('Graph answering 503: retried after its Retry-After, delivered once', async () => {
    const { id } = await give('lucia.fernandez', 'priya.raman');
    stack.running.emulator!.setFaults({ rate503: 1, retryAfterSeconds: 2, paths: CHAT_POSTS, methods: ['POST'] });
    expect(await stack.worker.runOnce()).toMatchObject({ attempted: 1 });
    stack.running.emulator!.setFaults({});
    expect(await deliveryOf('lucia.fernandez', id)).toEqual({ status: 'pending', message: null });
    stack.clock.advance(1_999);
    expect(await stack.worker.runOnce()).toMatchObject({ attempted: 0 });
    stack.clock.advance(1);
    expect(await stack.worker.runOnce()).toMatchObject({ attempted: 1 });
    expect(await deliveryOf('lucia.fernandez', id)).toEqual({ status: 'delivered', message: null });
    expect(await postsOf(id)).toHaveLength(1);
  });

  it('throttled (429 Retry-After: 30): not before 30 seconds, then delivered', async () => {
    const { id } = await give('jonas.weber', 'mateus.silva');
    stack.running.emulator!.setFaults({ rate429: 1, retryAfterSeconds: 30, paths: CHAT_POSTS, methods: ['POST'] });
    await stack.worker.runOnce();
    stack.clock.advance(29_999);
    expect(await stack.worker.runOnce()).toMatchObject({ claimed: 0, attempted: 0 });
    stack.running.emulator!.setFaults({});
    stack.clock.advance(1);
    expect(await stack.worker.runOnce()).toMatchObject({ attempted: 1 });
    expect(await postsOf(id)).toHaveLength(1);
  });

  it('the post reached the chat but its answer was lost: found there, not posted again', async () => {
    const { id } = await give('priya.raman', 'lucia.fernandez');
    stack.running.emulator!.loseResponses({ method: 'POST', path: CHAT_POSTS, times: 1, as: 'gateway-timeout' });
    await stack.worker.runOnce();
    expect(await postsOf(id)).toHaveLength(1);
    expect(await deliveryOf('priya.raman', id)).toMatchObject({ status: 'pending' });
    stack.clock.advance(10_000);
    await stack.drain();
    expect(await deliveryOf('priya.raman', id)).toEqual({ status: 'delivered', message: null });
    expect(await postsOf(id)).toHaveLength(1);
  });

  it('a worker that died after posting: its job is taken over once the lease expires, and found posted', async () => {
    const { id } = await give('mateus.silva', 'jonas.weber');
    const store = stack.running.deps.store;
    const now = stack.clock.now();
    // The dead worker held Mateus's sign-in and the job, and its post reached Teams before it died.
    await store.praiseOutbox.recordGiverSession(DEMO_TENANT_ID, idOf('mateus.silva'), 'worker-that-died', new Date(now.getTime() + 3_600_000));
    const [job] = await store.praiseOutbox.claimDue({ instanceId: 'worker-that-died', now, leaseMs: 120_000, limit: 50, usableUntil: now });
    expect(job?.praise.id).toBe(id);
    const post = praiseChatMessage({ praiseId: id, giverName: 'Mateus Silva', recipient: job!.praise.recipient, valueLabel: 'Ownership', message: job!.praise.message });
    const posted = await fetch(`${stack.emulatorUrl}/v1.0/chats/${encodeURIComponent(chatId)}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await tokenFor(stack, upn('mateus.silva'), 'graph')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(post),
    });
    expect(posted.status).toBe(201);
    // Mateus is back on this instance (a new sign-in); the job is still leased to the dead worker.
    const fresh = await stack.running.emulator!.mintSsoToken(upn('mateus.silva'), { expiresInSeconds: 3_000 });
    expect((await callApi(stack.appUrl, '/api/me/praise-preference', fresh)).status).toBe(200);
    expect(await stack.worker.runOnce()).toMatchObject({ claimed: 0 });
    stack.clock.advance(120_001);
    expect(await stack.worker.runOnce()).toMatchObject({ claimed: 1, attempted: 1 });
    expect(await deliveryOf('mateus.silva', id)).toEqual({ status: 'delivered', message: null });
    expect(await postsOf(id)).toHaveLength(1);
  });

  it('private praise for someone without the app is kept for their personal tab, and the giver is told', async () => {
    const { id, answer } = await give('amara.okafor', 'dmitri.volkov', { visibility: 'private', subject: 'Roadmap review' });
    expect(answer.notice).toBeNull();
    await stack.drain();
    expect(await deliveryOf('amara.okafor', id)).toEqual({ status: 'kept_for_recipient', message: expect.stringMatching(/^Dmitri Volkov hasn't installed Roundtable/) });
    const received = (await (await callApi(stack.appUrl, '/api/me/praise?box=received', await token('dmitri.volkov'))).json()) as { praise: { id: string; message: string }[] };
    expect(received.praise.map((p) => p.id)).toContain(id);
    const again = await give('amara.okafor', 'dmitri.volkov', { visibility: 'private', subject: 'Roadmap review' });
    expect(again.answer.notice).toBe('recipient_has_no_app');
  });

  it('a giver whose sign-in expired: the post waits ("when you’re back") and goes out at their next request', async () => {
    const short = await stack.running.emulator!.mintSsoToken(upn('fatima.alsayed'), { expiresInSeconds: 400 });
    const { lastEventId } = (await (await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(await eventOf('jonas.weber'))}/praise`, await token('jonas.weber'))).json()) as { lastEventId: string | null };
    const stream = readSse(await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(await eventOf('jonas.weber'))}/events`, await token('jonas.weber'), { headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {} }));
    const { id } = await give('fatima.alsayed', 'jonas.weber', { as: short });
    stack.clock.advance(300_000);
    expect(await stack.worker.runOnce()).toMatchObject({ parked: 1, attempted: 0 });
    expect(await deliveryOf('jonas.weber', id).catch(() => null)).not.toBeNull();
    const waiting = ((await (await callApi(stack.appUrl, `/api/praise/${id}`, short)).json()) as { praise: { delivery: { status: string; message: string } } }).praise.delivery;
    expect(waiting).toEqual({ status: 'waiting_for_giver', message: "Will be posted to the meeting chat when you're back in Teams." });
    expect(await postsOf(id)).toEqual([]);

    const back = await stack.running.emulator!.mintSsoToken(upn('fatima.alsayed'), { expiresInSeconds: 3_000 });
    expect((await callApi(stack.appUrl, '/api/me/praise?box=given', back)).status).toBe(200);
    await stack.drain();
    expect(await postsOf(id)).toHaveLength(1);
    const changes = (await stream.until(4)).filter((m) => m.event === 'praise.delivery').map((m) => (JSON.parse(m.data) as { delivery: { status: string } }).delivery.status);
    await stream.close();
    expect(changes).toEqual(['waiting_for_giver', 'pending', 'delivered']);
  });
});
