import { describe, expect, it } from 'vitest';
import { createSseWriteQueue } from '../../../server/realtime/sse-write-queue';
import { createSseWriter, formatSseEvent } from '../../../server/realtime/sse-writer';
import type { LiveEvent } from '../../../server/services/ports';

/** What a client reads from a chunk the writer wrote. */
const text = (chunk: Uint8Array) => new TextDecoder().decode(chunk);

const event = (id: number): LiveEvent => ({ id: String(id), stream: 's', type: 'checkin.answer', data: { text: `a${id}` }, at: '' });

/** A write queue whose turns of the event loop the test takes one at a time. */
const manualQueue = (options: { minIntervalMs?: number; writesPerSecond?: number; writesPerTurn?: number } = {}) => {
  const turns: (() => void)[] = [];
  const queue = createSseWriteQueue({ minIntervalMs: 0, writesPerSecond: Number.POSITIVE_INFINITY, ...options, defer: (run) => turns.push(run) });
  return {
    queue,
    turnsWaiting: () => turns.length,
    /** Runs one turn, then lets the writes' promises settle. */
    nextTurn: async () => {
      turns.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
};

describe('SSE writer', () => {
  it('frames an event as id, event and one data line', () => {
    expect(formatSseEvent(event(7))).toBe('id: 7\nevent: checkin.answer\ndata: {"text":"a7"}\n\n');
  });

  /** Sends `first`, holds its write, sends `rest` meanwhile, then lets the writes go: returns what was written. */
  const writtenWhileFirstIsHeld = async (first: LiveEvent, rest: LiveEvent[]) => {
    const { queue, nextTurn } = manualQueue();
    const chunks: string[] = [];
    let release = () => {};
    const writer = createSseWriter(
      (chunk) => {
        chunks.push(text(chunk));
        return chunks.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      () => {},
      { queue },
    );
    writer.send(first);
    await nextTurn();
    for (const later of rest) writer.send(later);
    release();
    await nextTurn();
    await nextTurn();
    return chunks;
  };

  it('sends events that arrive during a write together in the next one, in order', async () => {
    expect(await writtenWhileFirstIsHeld(event(1), [event(2), event(3)])).toEqual([
      formatSseEvent(event(1)),
      formatSseEvent(event(2)) + formatSseEvent(event(3)),
    ]);
  });

  it('writes text beyond ASCII intact when it sends several events in one chunk', async () => {
    const said = (id: number, words: string): LiveEvent => ({ ...event(id), data: { text: words } });
    const chunks = await writtenWhileFirstIsHeld(said(1, 'first'), [said(2, 'Ça va 🙂'), said(3, '元気です')]);
    expect(chunks[1]).toBe(formatSseEvent(said(2, 'Ça va 🙂')) + formatSseEvent(said(3, '元気です')));
  });

  it('cuts off a client that falls too far behind', async () => {
    const { queue, nextTurn } = manualQueue();
    let overflowed = 0;
    const writer = createSseWriter(() => new Promise(() => {}), () => overflowed++, { maxBuffered: 2, queue });
    writer.send(event(1));
    await nextTurn();
    for (const id of [2, 3, 4, 5]) writer.send(event(id));
    expect(overflowed).toBe(1);
  });

  it('writes a quiet stream’s event at the next turn, and a busy stream’s events together at most once per interval', async () => {
    let now = 1000;
    const timers: { run: () => void; at: number }[] = [];
    const chunks: string[] = [];
    const { queue, nextTurn } = manualQueue({ minIntervalMs: 25 });
    const writer = createSseWriter(
      async (chunk) => void chunks.push(text(chunk)),
      () => {},
      { queue, now: () => now, setTimer: (run, ms) => timers.push({ run, at: now + ms }) },
    );
    writer.send(event(1));
    await nextTurn();
    expect(chunks).toEqual([formatSseEvent(event(1))]);
    now += 5;
    writer.send(event(2));
    writer.send(event(3));
    await nextTurn();
    expect(chunks).toHaveLength(1);
    expect(timers.map((t) => t.at)).toEqual([1025]);
    now = 1025;
    timers.shift()!.run();
    await nextTurn();
    expect(chunks).toEqual([formatSseEvent(event(1)), formatSseEvent(event(2)) + formatSseEvent(event(3))]);
    now = 2000;
    writer.send(event(4));
    await nextTurn();
    expect(chunks.at(-1)).toBe(formatSseEvent(event(4)));
    expect(timers).toHaveLength(0);
  });

  it('drops what a closed stream is sent', async () => {
    const { queue, nextTurn, turnsWaiting } = manualQueue();
    const chunks: string[] = [];
    const writer = createSseWriter(async (chunk) => void chunks.push(text(chunk)), () => {}, { queue });
    writer.send(event(1));
    writer.close();
    writer.send(event(2));
    while (turnsWaiting() > 0) await nextTurn();
    expect(chunks).toEqual([]);
  });
});

describe('SSE write queue', () => {
  it('runs a few writes per turn of the event loop, in the order they were asked for', async () => {
    const { queue, nextTurn, turnsWaiting } = manualQueue({ writesPerTurn: 2 });
    const ran: number[] = [];
    for (const n of [1, 2, 3, 4, 5]) queue.run(() => ran.push(n));
    expect(ran).toEqual([]);
    await nextTurn();
    expect(ran).toEqual([1, 2]);
    await nextTurn();
    queue.run(() => ran.push(6));
    await nextTurn();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6]);
    expect(turnsWaiting()).toBe(0);
  });

  it('stretches the interval between a stream’s writes so that all open streams stay within the write budget', () => {
    const { queue } = manualQueue({ minIntervalMs: 100, writesPerSecond: 4000 });
    expect(queue.intervalMs()).toBe(100);
    const closes = Array.from({ length: 1000 }, () => queue.open());
    expect(queue.intervalMs()).toBe(250);
    for (const close of closes.slice(0, 800)) close();
    closes[0]!();
    expect(queue.intervalMs()).toBe(100);
  });

  it('counts a stream toward the budget from its first event until it is closed', () => {
    const { queue } = manualQueue({ minIntervalMs: 1, writesPerSecond: 1000 });
    const writers = Array.from({ length: 10 }, () => createSseWriter(async () => {}, () => {}, { queue }));
    expect(queue.intervalMs()).toBe(1);
    for (const writer of writers) writer.send(event(1));
    expect(queue.intervalMs()).toBe(10);
    for (const writer of writers.slice(0, 5)) writer.close();
    writers[0]!.close();
    expect(queue.intervalMs()).toBe(5);
  });
});
