// Writes live events to one Server-Sent Events response. Events that arrive while a write is in flight are sent
// together in the next write — under load one chunk carries many events instead of one syscall each — and a client
// that falls too far behind is cut off (its EventSource reconnects with Last-Event-ID and replays from the log).
import type { LiveEvent } from '../services/ports';

/** One SSE frame; JSON.stringify never emits a raw newline, so `data` stays one line. */
export const formatSseEvent = (event: LiveEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;

export type SseWriter = { send(event: LiveEvent): void };

export const createSseWriter = (write: (chunk: string) => Promise<unknown>, onOverflow: () => void, maxBuffered = 1000): SseWriter => {
  const frames: string[] = [];
  let writing = false;
  let failed = false;

  const pump = async () => {
    if (writing) return;
    writing = true;
    try {
      while (frames.length > 0) await write(frames.splice(0).join(''));
    } catch {
      failed = true;
      onOverflow();
    } finally {
      writing = false;
    }
  };

  return {
    send: (event) => {
      if (failed) return;
      frames.push(formatSseEvent(event));
      if (frames.length > maxBuffered) {
        failed = true;
        frames.length = 0;
        onOverflow();
        return;
      }
      void pump();
    },
  };
};
