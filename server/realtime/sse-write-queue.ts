// Paces the socket writes of every open Server-Sent Events stream in this process. A meeting's event reaches 1,000
// panels as 1,000 writes; done in one go they hold the event loop for tens of milliseconds, and libuv accepts only one
// new connection per turn of the loop, so under a busy meeting new requests queue in the kernel's accept backlog,
// overflow it and wait for TCP's SYN retransmission (seconds). The queue runs a few writes per turn instead, and
// stretches each stream's interval between writes so that all streams together stay within a write budget: more
// events then share one write (one syscall per panel), well within the seconds a panel may lag.

export type SseWriteQueue = {
  /** Runs a stream's write soon, at most `writesPerTurn` of them per turn of the event loop, in the order asked. */
  run(write: () => void): void;
  /** The least time between two writes of one stream now: `minIntervalMs`, longer when many streams are open. */
  intervalMs(): number;
  /** Counts an open stream (for the budget) until the returned function is called. */
  open(): () => void;
};

export type SseWriteQueueOptions = {
  /** A stream writes at most once per this many ms, however few streams are open. */
  minIntervalMs?: number;
  /** Writes per second all open streams together aim to stay under (each write is a syscall and a few µs of JS). */
  writesPerSecond?: number;
  /** Writes run between two turns of the event loop, so that new connections and requests are served in between. */
  writesPerTurn?: number;
  /** Where the next batch of writes runs: the next turn of the event loop. */
  defer?: (run: () => void) => void;
};

export const createSseWriteQueue = ({
  minIntervalMs = 100,
  writesPerSecond = 2000,
  writesPerTurn = 64,
  defer = setImmediate,
}: SseWriteQueueOptions = {}): SseWriteQueue => {
  let waiting: (() => void)[] = [];
  let next = 0;
  let isScheduled = false;
  let openStreams = 0;

  const runBatch = () => {
    isScheduled = false;
    const end = Math.min(waiting.length, next + writesPerTurn);
    while (next < end) waiting[next++]!();
    if (next < waiting.length) {
      isScheduled = true;
      defer(runBatch);
    } else {
      waiting = [];
      next = 0;
    }
  };

  return {
    run: (write) => {
      waiting.push(write);
      if (!isScheduled) {
        isScheduled = true;
        defer(runBatch);
      }
    },
    intervalMs: () => Math.max(minIntervalMs, (openStreams * 1000) / writesPerSecond),
    open: () => {
      openStreams++;
      let isOpen = true;
      return () => {
        if (isOpen) openStreams--;
        isOpen = false;
      };
    },
  };
};

/** The process's one queue: the budget is about this process's event loop, whatever meeting a stream follows. */
export const processSseWriteQueue = createSseWriteQueue();
