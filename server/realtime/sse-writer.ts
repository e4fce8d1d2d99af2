// Writes live events to one Server-Sent Events response. Events that arrive while a write is in flight are sent
// together in the next write — under load one chunk carries many events instead of one syscall each — and a client
// that falls too far behind is cut off (its EventSource reconnects with Last-Event-ID and replays from the log).
import type { LiveEvent } from '../services/ports';

/** One SSE frame; JSON.stringify never emits a raw newline, so `data` stays one line. */
export const formatSseEvent = (event: LiveEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

// The hub hands the same event object to every stream of a meeting: serialize it once, not once per panel.
const frames = new WeakMap<LiveEvent, string>();
const frameOf = (event: LiveEvent): string => {
  let frame = frames.get(event);
  if (frame === undefined) frames.set(event, (frame = formatSseEvent(event)));
  return frame;
};

export type SseWriter = { send(event: LiveEvent): void };

export type SseWriterOptions = {
  /** Waiting frames beyond this cut the client off (it reconnects and replays from the log). */
  maxBuffered?: number;
  /**
   * At most one write per this many ms: a busy meeting's events then share a write (one syscall per panel for many
   * answers, not one each), at the cost of that much delay; a quiet stream's event still goes out at once.
   */
  minIntervalMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
};

export const createSseWriter = (
  write: (chunk: string) => Promise<unknown>,
  onOverflow: () => void,
  { maxBuffered = 1000, minIntervalMs = 100, now = () => performance.now(), setTimer = setTimeout }: SseWriterOptions = {},
): SseWriter => {
  const queued: string[] = [];
  let writing = false;
  let timerSet = false;
  let failed = false;
  let lastWriteAt = Number.NEGATIVE_INFINITY;

  const pump = async () => {
    if (writing || timerSet || failed) return;
    const wait = lastWriteAt + minIntervalMs - now();
    if (wait > 0) {
      timerSet = true;
      setTimer(() => {
        timerSet = false;
        void pump();
      }, wait);
      return;
    }
    writing = true;
    try {
      lastWriteAt = now();
      await write(queued.splice(0).join(''));
    } catch {
      failed = true;
      onOverflow();
    } finally {
      writing = false;
    }
    if (queued.length > 0) void pump();
  };

  return {
    send: (event) => {
      if (failed) return;
      queued.push(frameOf(event));
      if (queued.length > maxBuffered) {
        failed = true;
        queued.length = 0;
        onOverflow();
        return;
      }
      void pump();
    },
  };
};
