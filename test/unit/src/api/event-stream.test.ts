import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSseParser, followEventStream, type StreamEvent, type StreamStatus } from '../../../../src/api/event-stream';

// The module calls the global fetch (it cannot take one in): each call opens a "connection" whose body the test writes
// to, chunk by chunk, through a ReadableStream it controls. Backoff runs on faked setTimeout; Math.random is pinned to
// the top of the jitter range so a wait lasts exactly the computed delay.

type Connection = {
  headers: Headers;
  signal: AbortSignal;
  send: (text: string) => void;
  sendBytes: (bytes: Uint8Array) => void;
  close: () => void;
  fail: () => void;
};

const encoder = new TextEncoder();
const MEETING_EVENTS_URL = 'https://roundtable.test/api/meetings/m-1/events';

/** Lets every pending promise settle (fetch, token, reads) without moving the faked clock. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const frame = (id: string, type: string, data: unknown) => `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

let connections: Connection[];
let refusals: Response[];
let fetchMock: ReturnType<typeof vi.fn>;

const openConnection = (init: RequestInit): Response => {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  connections.push({
    headers: new Headers(init.headers),
    signal: init.signal as AbortSignal,
    send: (text) => controller.enqueue(encoder.encode(text)),
    sendBytes: (bytes) => controller.enqueue(bytes),
    close: () => controller.close(),
    fail: () => controller.error(new TypeError('network error')),
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
};

const refuse = (status: number, code: string) =>
  refusals.push(new Response(JSON.stringify({ error: { code, message: `refused with ${status}`, requestId: 'req-1' } }), { status }));

const follow = (options: { lastEventId?: string | null; initialDelayMs?: number; maxDelayMs?: number } = {}) => {
  const events: StreamEvent[] = [];
  const statuses: { status: StreamStatus; error?: unknown }[] = [];
  const getToken = vi.fn(async () => `token-${getToken.mock.calls.length}`);
  const stop = followEventStream({
    url: MEETING_EVENTS_URL,
    getToken,
    lastEventId: options.lastEventId ?? null,
    onEvent: (event) => events.push(event),
    onStatus: (status, error) => statuses.push(error === undefined ? { status } : { status, error }),
    initialDelayMs: options.initialDelayMs ?? 1000,
    maxDelayMs: options.maxDelayMs ?? 30_000,
  });
  return { events, statuses, getToken, stop, statusNames: () => statuses.map((entry) => entry.status) };
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(Math, 'random').mockReturnValue(1);
  connections = [];
  refusals = [];
  fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    // As the real fetch does: a request whose signal is already aborted rejects.
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    return refusals.shift() ?? openConnection(init);
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('following a meeting stream', () => {
  it('connects with the bearer token and goes live', async () => {
    const stream = follow();
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe(MEETING_EVENTS_URL);
    expect(connections[0]?.headers.get('authorization')).toBe('Bearer token-1');
    expect(connections[0]?.headers.get('accept')).toBe('text/event-stream');
    expect(connections[0]?.headers.has('last-event-id')).toBe(false);
    expect(stream.statusNames()).toEqual(['connecting', 'live']);
    stream.stop();
  });

  it('a first connection replays from the event the panel already shows', async () => {
    const stream = follow({ lastEventId: '41' });
    await settle();
    expect(connections[0]?.headers.get('last-event-id')).toBe('41');
    stream.stop();
  });

  it('events arrive with their type, id and data', async () => {
    const stream = follow();
    await settle();
    connections[0]?.send(frame('7', 'checkin.answer', { answer: null, answerCount: 2 }) + 'id: 8\nevent: note\ndata: not json\n\n');
    await settle();
    expect(stream.events).toEqual([
      { id: '7', type: 'checkin.answer', data: { answer: null, answerCount: 2 } },
      { id: '8', type: 'note', data: 'not json' },
    ]);
    stream.stop();
  });

  it('events split across chunks are read whole', async () => {
    const stream = follow();
    await settle();
    // An emoji answer whose UTF-8 bytes straddle two chunks, and a CRLF split between its CR and LF.
    const bytes = encoder.encode('id: 9\r\nevent: checkin.answer\r\ndata: {"text":"🌱 fresh"}\r\n\r\n');
    const emojiAt = bytes.indexOf(0xf0);
    const crAt = bytes.indexOf(0x0d);
    for (const chunk of [bytes.slice(0, crAt + 1), bytes.slice(crAt + 1, emojiAt + 2), bytes.slice(emojiAt + 2)]) {
      connections[0]?.sendBytes(chunk);
      await settle();
    }
    expect(stream.events).toEqual([{ id: '9', type: 'checkin.answer', data: { text: '🌱 fresh' } }]);
    stream.stop();
  });

  it('a dropped stream reconnects with the last event id it saw', async () => {
    const stream = follow({ lastEventId: '3' });
    await settle();
    connections[0]?.send(frame('4', 'checkin.round', { round: {} }) + frame('5', 'checkin.round', { round: {} }));
    connections[0]?.close();
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(connections[1]?.headers.get('last-event-id')).toBe('5');
    expect(connections[1]?.headers.get('authorization')).toBe('Bearer token-2');
    expect(stream.statusNames()).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    stream.stop();
  });

  it('a connection lost mid-read reports reconnecting and comes back', async () => {
    const stream = follow();
    await settle();
    connections[0]?.send(frame('12', 'checkin.choice', {}));
    connections[0]?.fail();
    await settle();
    expect(stream.statuses.at(-1)).toMatchObject({ status: 'reconnecting', error: expect.any(TypeError) });

    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(connections[1]?.headers.get('last-event-id')).toBe('12');
    expect(stream.statusNames().at(-1)).toBe('live');
    stream.stop();
  });

  it('backs off, doubling up to the maximum, while the server is away', async () => {
    for (let attempt = 0; attempt < 5; attempt++) refuse(503, 'not_ready');
    const stream = follow({ initialDelayMs: 1000, maxDelayMs: 5000 });
    await settle();
    expect(stream.statuses[1]).toMatchObject({ status: 'reconnecting', error: { status: 503, code: 'not_ready' } });

    for (const delay of [1000, 2000, 4000, 5000, 5000]) {
      const before = fetchMock.mock.calls.length;
      await vi.advanceTimersByTimeAsync(delay - 1);
      await settle();
      expect(fetchMock).toHaveBeenCalledTimes(before);
      await vi.advanceTimersByTimeAsync(1);
      await settle();
      expect(fetchMock).toHaveBeenCalledTimes(before + 1);
    }
    expect(stream.statusNames().at(-1)).toBe('live');
    stream.stop();
  });

  it('the backoff starts over once events flow again', async () => {
    refuse(503, 'not_ready');
    refuse(503, 'not_ready');
    const stream = follow({ initialDelayMs: 1000 });
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    await vi.advanceTimersByTimeAsync(2000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(3);

    connections[0]?.send(frame('20', 'checkin.choice', {}));
    connections[0]?.close();
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(4);
    stream.stop();
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not_found'],
  ])('a meeting refused with %i stops for good', async (status, code) => {
    refuse(status, code);
    const stream = follow();
    await settle();
    expect(stream.statuses.at(-1)).toMatchObject({ status: 'stopped', error: { status, code } });

    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('an expired token is asked for again on the next attempt', async () => {
    refuse(401, 'unauthenticated');
    const stream = follow();
    await settle();
    expect(stream.statusNames()).toEqual(['connecting', 'reconnecting']);

    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(stream.getToken).toHaveBeenCalledTimes(2);
    expect(connections[0]?.headers.get('authorization')).toBe('Bearer token-2');
    stream.stop();
  });

  it('stopping closes the connection and never reconnects', async () => {
    const stream = follow();
    await settle();
    const statusesBefore = stream.statuses.length;
    stream.stop();
    await settle();
    expect(connections[0]?.signal.aborted).toBe(true);

    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(stream.statuses).toHaveLength(statusesBefore);
  });

  it('stopping while it connects reports nothing more', async () => {
    const stream = follow();
    stream.stop();
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(stream.statusNames()).toEqual(['connecting']);
    expect(connections).toHaveLength(0);
  });

  it('stopping while waiting to reconnect cancels the attempt', async () => {
    refuse(503, 'not_ready');
    const stream = follow();
    await settle();
    stream.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});

describe('reading Server-Sent Events', () => {
  const read = (...chunks: string[]) => {
    const messages: { id: string | null; type: string; data: string }[] = [];
    const parse = createSseParser((message) => messages.push(message));
    for (const chunk of chunks) parse(chunk);
    return messages;
  };

  it('keep-alive comments produce no events', () => {
    expect(read(': ping\n\n', ':\n\n')).toEqual([]);
  });

  it('an event without a type is a plain message and its data lines are joined', () => {
    expect(read('data: first\ndata:second\n\n')).toEqual([{ id: null, type: 'message', data: 'first\nsecond' }]);
  });

  it('an event is only delivered once its blank line arrives', () => {
    expect(read('id: 1\nevent: checkin.choice\ndata: {}\n')).toEqual([]);
    expect(read('id: 1\nevent: checkin.choice\ndata: {}\n', '\n')).toEqual([{ id: '1', type: 'checkin.choice', data: '{}' }]);
  });

  it('lines may end in CR, LF or CRLF, even when a CRLF is split between chunks', () => {
    expect(read('data: a\r\r', 'data: b\n\n', 'data: c\r', '\n\r', '\n')).toEqual([
      { id: null, type: 'message', data: 'a' },
      { id: null, type: 'message', data: 'b' },
      { id: null, type: 'message', data: 'c' },
    ]);
  });
});
