// Writes live events to one Server-Sent Events response. Events that arrive while a write is waiting or in flight are
// sent together in the next write — under load one chunk carries many events instead of one syscall each — and a
// client that falls too far behind is cut off (its EventSource reconnects with Last-Event-ID and replays from the log).
import type { LiveEvent } from '../services/ports';
import { processSseWriteQueue, type SseWriteQueue } from './sse-write-queue';

/** One SSE frame; JSON.stringify never emits a raw newline, so `data` stays one line. */
export const formatSseEvent = (event: LiveEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

// The hub hands the same event object to every stream of a meeting: serialize and encode it once, not once per panel.
const encoder = new TextEncoder();
const frames = new WeakMap<LiveEvent, Uint8Array>();
const frameOf = (event: LiveEvent): Uint8Array => {
  let frame = frames.get(event);
  if (frame === undefined) frames.set(event, (frame = encoder.encode(formatSseEvent(event))));
  return frame;
};

// A batch the hub hands out goes to every panel of the meeting as the same array: join its frames once too.
const batchFrames = new WeakMap<readonly LiveEvent[], Uint8Array>();
const framesOf = (events: readonly LiveEvent[]): Uint8Array => {
  let frames = batchFrames.get(events);
  if (frames === undefined) batchFrames.set(events, (frames = joined(events.map(frameOf))));
  return frames;
};

/** The frames as one chunk (one write, one syscall): a copy of bytes already encoded. */
const joined = (chunks: Uint8Array[]): Uint8Array => (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));

export type SseWriter = {
  send(event: LiveEvent): void;
  /** Several events at once, in order (see LiveSubscriber.sendBatch). */
  sendBatch(events: readonly LiveEvent[]): void;
  /** The stream has ended: frees its share of the write budget; later events are dropped. */
  close(): void;
};

export type SseWriterOptions = {
  /** Waiting events beyond this cut the client off (it reconnects and replays from the log). */
  maxBuffered?: number;
  /**
   * Paces the writes: at most one per stream per `intervalMs()` (a busy meeting's events then share a write, a quiet
   * stream's event still goes out at once), and a few streams' writes per turn of the event loop. See sse-write-queue.
   */
  queue?: SseWriteQueue;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
};

export const createSseWriter = (
  write: (chunk: Uint8Array) => Promise<unknown>,
  onOverflow: () => void,
  { maxBuffered = 1000, queue = processSseWriteQueue, now = () => performance.now(), setTimer = setTimeout }: SseWriterOptions = {},
): SseWriter => {
  const queued: Uint8Array[] = [];
  /** Events in `queued` (a chunk may hold several). */
  let queuedEvents = 0;
  // Waiting for the interval to pass, for the queue, or for the previous write: events meanwhile join the next write.
  let isPending = false;
  let isClosed = false;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  // A stream counts toward the write budget from its first event until it ends (one that never gets an event, e.g.
  // because its subscription failed and the response was never sent, never counts).
  let leaveBudget: (() => void) | null = null;

  const end = () => {
    isClosed = true;
    queued.length = 0;
    queuedEvents = 0;
    leaveBudget?.();
  };

  const fail = () => {
    end();
    onOverflow();
  };

  const writeQueued = async () => {
    if (isClosed) return;
    lastWriteAt = now();
    try {
      queuedEvents = 0;
      await write(joined(queued.splice(0)));
    } catch {
      fail();
      return;
    }
    isPending = false;
    if (queued.length > 0) schedule();
  };

  const schedule = () => {
    if (isPending || isClosed) return;
    isPending = true;
    const wait = lastWriteAt + queue.intervalMs() - now();
    if (wait > 0) setTimer(() => queue.run(() => void writeQueued()), wait);
    else queue.run(() => void writeQueued());
  };

  const enqueue = (chunk: Uint8Array, events: number) => {
    if (isClosed) return;
    leaveBudget ??= queue.open();
    queued.push(chunk);
    queuedEvents += events;
    if (queuedEvents > maxBuffered) return fail();
    schedule();
  };

  return {
    send: (event) => enqueue(frameOf(event), 1),
    sendBatch: (events) => {
      if (events.length > 0) enqueue(framesOf(events), events.length);
    },
    close: end,
  };
};
