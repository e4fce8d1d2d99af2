// Two server instances on one PostgreSQL serve one meeting: an answer given through one reaches a side panel whose
// event stream is open on the other. Instance B shares nothing with A but the database and Microsoft Graph (the
// emulator), as two processes behind a load balancer would.
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { openDatabase } from '../../../server/db/client';
import { createLiveEventLog } from '../../../server/db/live-event-log';
import { createStore } from '../../../server/db/store';
import { createTtlCache } from '../../../server/lib/ttl-cache';
import { listen } from '../../../server/listen';
import { startLiveHub } from '../../../server/realtime/live-hub';
import { callApi, tokenFor } from '../../support/api';
import { openPostgres } from '../../support/databases';
import { startDemoStack, type DemoStack } from '../../support/demo-stack';
import { readSse } from '../../support/sse';

let instanceA: DemoStack;
let instanceBUrl: string;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const database = await openPostgres();
  await database.close();
  instanceA = await startDemoStack({ staticRoot: null, databaseUrl: database.url });
  stops.push(() => instanceA.stop());

  const databaseB = await openDatabase({ url: database.url });
  const storeB = createStore(databaseB.db, databaseB.close);
  const liveB = await startLiveHub({ log: createLiveEventLog(databaseB.db), listen: databaseB.listen });
  const server = await listen(0);
  server.handle(
    createApp({
      ...instanceA.running.deps,
      logger: pino({ level: 'silent' }),
      store: storeB,
      live: liveB,
      participations: createTtlCache({ ttlMs: 60_000, maxEntries: 100, now: () => Date.now() }),
      openRounds: createTtlCache({ ttlMs: 60_000, maxEntries: 100, now: () => Date.now() }),
      demo: null,
      staticRoot: null,
    }).fetch,
  );
  instanceBUrl = server.url;
  stops.push(() => server.close(), () => liveB.stop(), () => storeB.close());
});
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

const upnOf = (handle: string) => instanceA.people.find((p) => p.upn.startsWith(`${handle}@`))!.upn;

const call = async (appUrl: string, handle: string, method: string, path: string, body?: unknown) =>
  callApi(appUrl, path, await tokenFor(instanceA, upnOf(handle)), {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
  });

const eventIdOf = async (handle: string) => ((await (await call(instanceA.appUrl, handle, 'GET', '/api/meetings/next')).json()) as { eventId: string }).eventId;

describe('[CHECKIN]: several server instances on one PostgreSQL', () => {
  it('an answer given through one instance reaches a panel streaming from the other', async () => {
    const organizerEvent = await eventIdOf('hiroshi.tanaka');
    const checkin = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/checkin${rest}`;
    const choice = { promptId: null, customQuestion: 'One word for today?', anonymous: false, scope: 'occurrence' };
    expect((await call(instanceA.appUrl, 'hiroshi.tanaka', 'PUT', checkin(organizerEvent), choice)).status).toBe(200);
    expect((await call(instanceA.appUrl, 'hiroshi.tanaka', 'POST', checkin(organizerEvent, '/actions'), { action: 'open' })).status).toBe(200);

    const panelEvent = await eventIdOf('priya.raman');
    const { lastEventId } = (await (await call(instanceBUrl, 'priya.raman', 'GET', checkin(panelEvent))).json()) as { lastEventId: string | null };
    const stream = await callApi(instanceBUrl, `/api/meetings/${encodeURIComponent(panelEvent)}/events`, await tokenFor(instanceA, upnOf('priya.raman')), {
      headers: lastEventId ? { 'Last-Event-ID': lastEventId } : {},
    });
    expect(stream.status).toBe(200);
    const panelOnB = readSse(stream);

    const answererEvent = await eventIdOf('lucia.fernandez');
    const answered = await call(instanceA.appUrl, 'lucia.fernandez', 'PUT', checkin(answererEvent, '/answer'), { submissionId: randomUUID(), text: 'Given on A' });
    expect(answered.status).toBe(200);

    let messages = await panelOnB.until(1);
    while (!messages.some((m) => m.event === 'checkin.answer')) messages = await panelOnB.until(messages.length + 1);
    const answer = messages.find((m) => m.event === 'checkin.answer');
    expect(answer).toBeDefined();
    expect(JSON.parse(answer!.data)).toMatchObject({ answer: { text: 'Given on A', author: { name: 'Lucía Fernández' } }, answerCount: 1 });
    await panelOnB.close();
  });

  it('an instance that saw the round open refuses an answer once another instance has closed it', async () => {
    // Follows the test above: the round is open, and instance B has not taken an answer yet.
    const checkin = (eventId: string, rest = '') => `/api/meetings/${encodeURIComponent(eventId)}/checkin${rest}`;
    const answererEvent = await eventIdOf('jonas.weber');
    const onB = await call(instanceBUrl, 'jonas.weber', 'PUT', checkin(answererEvent, '/answer'), { submissionId: randomUUID(), text: 'Given on B' });
    expect(onB.status).toBe(200);
    const organizerEvent = await eventIdOf('hiroshi.tanaka');
    expect((await call(instanceA.appUrl, 'hiroshi.tanaka', 'POST', checkin(organizerEvent, '/actions'), { action: 'close' })).status).toBe(200);
    const late = await call(instanceBUrl, 'jonas.weber', 'PUT', checkin(answererEvent, '/answer'), { submissionId: randomUUID(), text: 'Too late, on B' });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/closed/);
    const { answers } = (await (await call(instanceA.appUrl, 'hiroshi.tanaka', 'GET', checkin(organizerEvent))).json()) as { answers: { text: string }[] };
    expect(answers.map((a) => a.text).sort()).toEqual(['Given on A', 'Given on B']);
  });
});
