import { describe, expect, it } from 'vitest';
import { createSseWriter, formatSseEvent } from '../../../server/realtime/sse-writer';
import type { LiveEvent } from '../../../server/services/ports';

const event = (id: number): LiveEvent => ({ id: String(id), stream: 's', type: 'checkin.answer', data: { text: `a${id}` }, at: '' });

describe('SSE writer', () => {
  it('frames an event as id, event and one data line', () => {
    expect(formatSseEvent(event(7))).toBe('id: 7\nevent: checkin.answer\ndata: {"text":"a7"}\n\n');
  });

  it('sends events that arrive during a write together in the next one, in order', async () => {
    const chunks: string[] = [];
    let release = () => {};
    const writer = createSseWriter(
      (chunk) => {
        chunks.push(chunk);
        return chunks.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      () => {},
      { minIntervalMs: 0 },
    );
    writer.send(event(1));
    writer.send(event(2));
    writer.send(event(3));
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks).toEqual([formatSseEvent(event(1)), formatSseEvent(event(2)) + formatSseEvent(event(3))]);
  });

  it('cuts off a client that falls too far behind', () => {
    let overflowed = 0;
    const writer = createSseWriter(() => new Promise(() => {}), () => overflowed++, { maxBuffered: 2 });
    for (const id of [1, 2, 3, 4, 5]) writer.send(event(id));
    expect(overflowed).toBe(1);
  });

  it('writes a quiet stream’s event at once, and a busy stream’s events together at most once per interval', async () => {
    let now = 1000;
    const timers: { run: () => void; at: number }[] = [];
    const chunks: string[] = [];
    const writer = createSseWriter(
      async (chunk) => void chunks.push(chunk),
      () => {},
      { minIntervalMs: 25, now: () => now, setTimer: (run, ms) => timers.push({ run, at: now + ms }) },
    );
    writer.send(event(1));
    await Promise.resolve();
    expect(chunks).toEqual([formatSseEvent(event(1))]);
    now += 5;
    writer.send(event(2));
    writer.send(event(3));
    await Promise.resolve();
    expect(chunks).toHaveLength(1);
    expect(timers.map((t) => t.at)).toEqual([1025]);
    now = 1025;
    timers.shift()!.run();
    await Promise.resolve();
    expect(chunks).toEqual([formatSseEvent(event(1)), formatSseEvent(event(2)) + formatSseEvent(event(3))]);
    now = 2000;
    writer.send(event(4));
    await Promise.resolve();
    expect(chunks.at(-1)).toBe(formatSseEvent(event(4)));
    expect(timers).toHaveLength(0);
  });
});
