// A Server-Sent Events response as a plain byte stream. Hono's streamSSE passes every write through a TransformStream
// and an encoder, which at 1,000 panels × 100 events a second costs more than the meeting's database work; here a
// write is one enqueue, and the runtime adapter writes each chunk to the socket as it comes.
import type { LiveEvent } from '../services/ports';
import { createSseWriter, type SseWriterOptions } from './sse-writer';

export type SseStream = {
  response: Response;
  /** Queues a live event (coalesced with others that arrive close together, see sse-writer). */
  send(event: LiveEvent): void;
  /** Queues several live events, in order. */
  sendBatch(events: readonly LiveEvent[]): void;
  /** A comment line: keeps proxies from closing an idle stream. */
  ping(): void;
  /** Ends the stream; the client's EventSource reconnects with Last-Event-ID and replays from the log. */
  close(): void;
  /** Called once when the stream ends, whether the client left, a write failed or `close` was called. */
  onClose(listener: () => void): void;
};

/** Bytes the client may leave unread before writes wait (and the writer starts coalescing and, at worst, cuts off). */
const HIGH_WATER_BYTES = 256 * 1024;

const KEEP_ALIVE = new TextEncoder().encode(': keep-alive\n\n');

export const createSseStream = (writerOptions: SseWriterOptions = {}): SseStream => {
  const listeners: (() => void)[] = [];
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let resumeWriting: (() => void) | null = null;
  let isClosed = false;

  const finish = () => {
    if (isClosed) return;
    isClosed = true;
    writer.close();
    resumeWriting?.();
    for (const listener of listeners.splice(0)) listener();
  };

  const body = new ReadableStream<Uint8Array>(
    {
      start: (c) => void (controller = c),
      pull: () => {
        resumeWriting?.();
        resumeWriting = null;
      },
      cancel: finish,
    },
    { highWaterMark: HIGH_WATER_BYTES, size: (chunk) => chunk.byteLength },
  );

  /** Resolves once the chunk is queued and the client has room for more; rejects when the stream has ended. */
  const write = async (chunk: Uint8Array): Promise<void> => {
    if (isClosed) throw new Error('the event stream has ended');
    controller.enqueue(chunk);
    if ((controller.desiredSize ?? 0) <= 0) await new Promise<void>((resolve) => (resumeWriting = resolve));
    if (isClosed) throw new Error('the event stream has ended');
  };

  const close = () => {
    if (isClosed) return;
    try {
      controller.close();
    } catch {
      // Already closed by the runtime (the client left).
    }
    finish();
  };

  const writer = createSseWriter(write, close, writerOptions);
  return {
    response: new Response(body, {
      headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
    }),
    send: writer.send,
    sendBatch: writer.sendBatch,
    // Only when the client is keeping up: one that is behind is receiving data anyway.
    ping: () => {
      if (!isClosed && (controller.desiredSize ?? 0) > 0) controller.enqueue(KEEP_ALIVE);
    },
    close,
    onClose: (listener) => {
      if (isClosed) listener();
      else listeners.push(listener);
    },
  };
};
