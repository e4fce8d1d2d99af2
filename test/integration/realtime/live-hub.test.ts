// Live events reach every subscriber in id order, without gaps or repeats, replay from Last-Event-ID, and cross
// server instances through PostgreSQL LISTEN/NOTIFY.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Listen, type OpenDatabase } from '../../../server/db/client';
import { createLiveEventLog } from '../../../server/db/live-event-log';
import { startLiveHub, type LiveHub } from '../../../server/realtime/live-hub';
import type { LiveEvent } from '../../../server/services/ports';
import { databaseKinds, openPostgres } from '../../support/databases';

const TENANT = 'c0ffee5e-7d1a-4e2b-9a3c-5b1e2d3f4a60';
const STREAM = 'occurrence/MSomeeting/2026-11-21T15:00:00.000Z';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const hubOn = async (database: OpenDatabase, maxPending?: number): Promise<LiveHub> => {
  const hub = await startLiveHub({ log: createLiveEventLog(database.db), listen: database.listen, ...(maxPending ? { maxPending } : {}) });
  cleanups.push(() => hub.stop());
  return hub;
};

/** Collects what a subscriber receives; `until(n)` waits (event-driven, no sleeps) for n events. */
const collector = () => {
  const received: LiveEvent[] = [];
  let waiter: { n: number; resolve: () => void } | null = null;
  return {
    received,
    send: (event: LiveEvent) => {
      received.push(event);
      if (waiter && received.length >= waiter.n) waiter.resolve();
    },
    until: (n: number) =>
      received.length >= n ? Promise.resolve() : new Promise<void>((resolve) => (waiter = { n, resolve })),
  };
};

const ids = (events: LiveEvent[]) => events.map((e) => BigInt(e.id));
const isStrictlyIncreasing = (values: bigint[]) => values.every((v, i) => i === 0 || v > values[i - 1]!);

describe.each(databaseKinds)('[LIVE]: live events on $name', ({ open }) => {
  const openDb = async () => {
    const database = await open();
    cleanups.push(() => database.close());
    return database;
  };

  it('delivers what is published to every subscriber of the stream, and nothing of other streams', async () => {
    const hub = await hubOn(await openDb());
    const a = collector();
    const b = collector();
    const stopA = await hub.subscribe(TENANT, STREAM, null, a);
    cleanups.push(async () => stopA());
    await hub.subscribe(TENANT, STREAM, null, b);
    await hub.publish(TENANT, 'occurrence/other/2026-11-21T15:00:00.000Z', 'answer', { text: 'elsewhere' });
    await hub.publish(TENANT, STREAM, 'answer', { text: 'Curious' });
    await Promise.all([a.until(1), b.until(1)]);
    expect(a.received.map((e) => e.data)).toEqual([{ text: 'Curious' }]);
    expect(b.received.map((e) => e.type)).toEqual(['answer']);
  });

  it('keeps id order without gaps or repeats under concurrent publishing', async () => {
    const hub = await hubOn(await openDb());
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    const published = await Promise.all(Array.from({ length: 40 }, (_, i) => hub.publish(TENANT, STREAM, 'answer', { n: i })));
    await panel.until(40);
    expect(panel.received).toHaveLength(40);
    expect(isStrictlyIncreasing(ids(panel.received))).toBe(true);
    expect(new Set(panel.received.map((e) => e.id))).toEqual(new Set(published.map((e) => e.id)));
  });

  it('replays what a reconnecting panel missed after its Last-Event-ID, then continues live', async () => {
    const hub = await hubOn(await openDb());
    const first = await Promise.all([1, 2, 3, 4].map((n) => hub.publish(TENANT, STREAM, 'answer', { n })));
    const lastSeen = first.map((e) => BigInt(e.id)).sort()[1]!.toString();
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, lastSeen, panel);
    await panel.until(2);
    await hub.publish(TENANT, STREAM, 'answer', { n: 5 });
    await panel.until(3);
    expect(ids(panel.received).every((id) => id > BigInt(lastSeen))).toBe(true);
    expect(panel.received).toHaveLength(3);
    expect(panel.received.at(-1)?.data).toEqual({ n: 5 });
  });

  it('hands out a live event exactly as a reconnecting panel replays it from the log', async () => {
    const hub = await hubOn(await openDb());
    const live = collector();
    await hub.subscribe(TENANT, STREAM, null, live);
    await hub.publish(TENANT, STREAM, 'answer', { text: 'Curious', author: { id: 'u1', name: 'Ana' }, scales: { energy: 4 } });
    await live.until(1);
    const replayed = collector();
    await hub.subscribe(TENANT, STREAM, null, replayed);
    await replayed.until(1);
    expect(live.received).toEqual(replayed.received);
  });

  it('hands out events that travel in their notices without reading the log again', async () => {
    const database = await openDb();
    const log = createLiveEventLog(database.db);
    let reads = 0;
    const hub = await startLiveHub({ log: { ...log, since: (...args) => (reads++, log.since(...args)) }, listen: database.listen });
    cleanups.push(() => hub.stop());
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    const readsToReplay = reads;
    for (const n of [1, 2, 3, 4, 5]) await hub.publish(TENANT, STREAM, 'answer', { n });
    await panel.until(5);
    expect(panel.received.map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }]);
    expect(reads).toBe(readsToReplay);
  });

  it('hands events that arrive within one wait to every subscriber as one batch, the same array for all', async () => {
    const database = await openDb();
    let notices = 0;
    let thirdNoticeCame = () => {};
    const thirdNotice = new Promise<void>((resolve) => (thirdNoticeCame = resolve));
    const listen: Listen = (channel, onNotice, onReconnect) =>
      database.listen(
        channel,
        (payload) => {
          onNotice(payload);
          if (++notices === 3) thirdNoticeCame();
        },
        onReconnect,
      );
    const waits: (() => void)[] = [];
    const waitsMs: number[] = [];
    const timers = { set: (run: () => void, ms: number) => (waitsMs.push(ms), waits.push(run)), clear: () => {} };
    const hub = await startLiveHub({ log: createLiveEventLog(database.db), listen, timers, batchMs: 50, batchFrom: 2 });
    cleanups.push(() => hub.stop());
    const batches: (readonly LiveEvent[])[] = [];
    const otherBatches: (readonly LiveEvent[])[] = [];
    const oneByOne = () => {
      throw new Error('sent one by one');
    };
    await hub.subscribe(TENANT, STREAM, null, { send: oneByOne, sendBatch: (events) => void batches.push(events) });
    await hub.subscribe(TENANT, STREAM, null, { send: oneByOne, sendBatch: (events) => void otherBatches.push(events) });
    for (const n of [1, 2, 3]) await hub.publish(TENANT, STREAM, 'answer', { n });
    await thirdNotice;
    expect(batches).toEqual([]);
    expect(waitsMs).toEqual([50]);
    waits.shift()!();
    expect(batches.map((batch) => batch.map((e) => e.data))).toEqual([[{ n: 1 }, { n: 2 }, { n: 3 }]]);
    expect(otherBatches[0]).toBe(batches[0]);
  });

  it('hands a small stream’s events out at the next turn, without the wait', async () => {
    const database = await openDb();
    const waitsMs: number[] = [];
    const timers = { set: (run: () => void, ms: number) => (waitsMs.push(ms), setTimeout(run, ms)), clear: (timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>) };
    const hub = await startLiveHub({ log: createLiveEventLog(database.db), listen: database.listen, timers, batchMs: 50, batchFrom: 2 });
    cleanups.push(() => hub.stop());
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    await hub.publish(TENANT, STREAM, 'answer', { n: 1 });
    await panel.until(1);
    expect(waitsMs).toEqual([0]);
  });

  it('a subscriber whose replay failed is sent nothing more', async () => {
    const database = await openDb();
    const log = createLiveEventLog(database.db);
    let isReadFailing = true;
    const since: typeof log.since = (...args) => (isReadFailing ? Promise.reject(new Error('database unavailable')) : log.since(...args));
    const hub = await startLiveHub({ log: { ...log, since }, listen: database.listen });
    cleanups.push(() => hub.stop());
    const failed = collector();
    await expect(hub.subscribe(TENANT, STREAM, null, failed)).rejects.toThrow('database unavailable');
    isReadFailing = false;
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    await hub.publish(TENANT, STREAM, 'answer', { n: 1 });
    await panel.until(1);
    expect(failed.received).toEqual([]);
    expect(hub.subscriberCount()).toBe(1);
  });

  it('an event too large to travel in its notice reaches subscribers in order with the others', async () => {
    const hub = await hubOn(await openDb());
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    const large = 'x'.repeat(9000);
    for (const text of ['before', large, 'after']) await hub.publish(TENANT, STREAM, 'answer', { text });
    await panel.until(3);
    expect(panel.received.map((e) => (e.data as { text: string }).text)).toEqual(['before', large, 'after']);
    expect(isStrictlyIncreasing(ids(panel.received))).toBe(true);
  });

  it('drops a subscriber that falls too far behind, telling it to reconnect', async () => {
    const hub = await hubOn(await openDb(), 2);
    let dropped = false;
    let release = () => {};
    const stalled = new Promise<void>((resolve) => (release = resolve));
    await hub.subscribe(TENANT, STREAM, null, { send: () => stalled, onDropped: () => (dropped = true) });
    for (const n of [1, 2, 3, 4]) await hub.publish(TENANT, STREAM, 'answer', { n });
    const deadline = Date.now() + 5000;
    while (!dropped && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(dropped).toBe(true);
    expect(hub.subscriberCount()).toBe(0);
  });
});

describe('[LIVE]: several server instances on one PostgreSQL', () => {
  it('an event published on one instance reaches a panel connected to another', async () => {
    const one = await openPostgres();
    const two = await openDatabase({ url: one.url });
    cleanups.push(() => one.close(), () => two.close());
    const instanceA = await hubOn(one);
    const instanceB = await hubOn(two);
    const panelOnB = collector();
    await instanceB.subscribe(TENANT, STREAM, null, panelOnB);
    const event = await instanceA.publish(TENANT, STREAM, 'answer', { text: 'from A' });
    await panelOnB.until(1);
    expect(panelOnB.received[0]).toMatchObject({ id: event.id, type: 'answer', data: { text: 'from A' } });
  });

  it('panels on both instances get what both publish at once, in the same order, without gaps', async () => {
    const one = await openPostgres();
    const two = await openDatabase({ url: one.url });
    cleanups.push(() => one.close(), () => two.close());
    const instanceA = await hubOn(one);
    const instanceB = await hubOn(two);
    const onA = collector();
    const onB = collector();
    await instanceA.subscribe(TENANT, STREAM, null, onA);
    await instanceB.subscribe(TENANT, STREAM, null, onB);
    const published = await Promise.all(
      Array.from({ length: 40 }, (_, n) => (n % 2 === 0 ? instanceA : instanceB).publish(TENANT, STREAM, 'answer', { n })),
    );
    await Promise.all([onA.until(40), onB.until(40)]);
    expect(isStrictlyIncreasing(ids(onA.received))).toBe(true);
    expect(onA.received).toEqual(onB.received);
    expect(new Set(onA.received.map((e) => e.id))).toEqual(new Set(published.map((e) => e.id)));
  });

  it('a panel gets every event after the LISTEN connection was lost, those published meanwhile too', async () => {
    const database = await openPostgres();
    cleanups.push(() => database.close());
    const hub = await hubOn(database);
    const panel = collector();
    await hub.subscribe(TENANT, STREAM, null, panel);
    await hub.publish(TENANT, STREAM, 'answer', { n: 0 });
    await panel.until(1);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    cleanups.push(() => admin.end());
    const { rowCount } = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN roundtable_live_events'`,
    );
    expect(rowCount).toBe(1);
    for (let n = 1; n <= 10; n++) await hub.publish(TENANT, STREAM, 'answer', { n });
    await panel.until(11);
    expect(panel.received.map((e) => (e.data as { n: number }).n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
