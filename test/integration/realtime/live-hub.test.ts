// Live events reach every subscriber in id order, without gaps or repeats, replay from Last-Event-ID, and cross
// server instances through PostgreSQL LISTEN/NOTIFY.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../server/db/client';
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
});
