// Fans a meeting's live events out to the panels connected to this instance. Publishing anywhere (this instance or
// another on the same PostgreSQL) NOTIFYs; the notice usually carries the event, otherwise the hub reads the new events
// once per stream — in id order either way, without gaps or repeats. A big meeting's new events go out together a few
// times a second (`batchMs`): handing each of its events to each of its 1,000 panels one by one costs more than
// everything else the meeting does. A subscriber first replays the log after its Last-Event-ID.
import type { Logger } from 'pino';
import type { Listen } from '../db/client';
import { eventOfNotice, LIVE_EVENTS_CHANNEL, type LiveEventNotice } from '../db/live-event-log';
import type { LiveEvent, LiveEventLog, LiveEvents, LiveSubscriber } from '../services/ports';

export type LiveHubOptions = {
  log: LiveEventLog;
  listen: Listen;
  logger?: Logger;
  /** A subscriber further behind than this is dropped; its client reconnects and replays from the log. */
  maxPending?: number;
  /**
   * How long the new events of a stream with at least `batchFrom` subscribers wait to go out together (ms); a big
   * meeting's panels' own writes are paced more slowly anyway. A smaller stream's events go out at the next turn.
   */
  batchMs?: number;
  batchFrom?: number;
  /** Where the wait for a batch is timed (tests take the turns themselves). */
  timers?: { set: (run: () => void, ms: number) => unknown; clear: (timer: unknown) => void };
};

export type LiveHub = LiveEvents & { stop(): Promise<void>; subscriberCount(): number };

type Subscriber = Pick<LiveSubscriber, 'send' | 'sendBatch'> & {
  lastSent: bigint;
  replaying: boolean;
  buffered: LiveEvent[];
  pending: number;
  chain: Promise<void>;
  drop: () => void;
};

type Stream = {
  tenantId: string;
  stream: string;
  /** Resolves once `position` is known (the stream's latest id when the first subscriber came). */
  ready: Promise<void>;
  /** The id of the last event handed out (or found when the stream was opened); undefined until `ready`. */
  position: bigint | undefined;
  subscribers: Set<Subscriber>;
  isReading: boolean;
  readAgain: boolean;
  /** A read failed: events may be missing, so the next notice reads the log instead of trusting what it carries. */
  isBehind: boolean;
  /** Events not handed out yet, and the timer that will (see `batchMs`). */
  outbox: LiveEvent[];
  flushTimer: unknown;
};

const PAGE = 500;

const systemTimers = { set: (run: () => void, ms: number): unknown => setTimeout(run, ms), clear: (timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>) };

export const startLiveHub = async ({ log, listen, logger, maxPending = 1000, batchMs = 50, batchFrom = 100, timers = systemTimers }: LiveHubOptions): Promise<LiveHub> => {
  const streams = new Map<string, Stream>();
  const keyOf = (tenantId: string, stream: string) => `${tenantId}\u0000${stream}`;

  /** Hands events over one by one: asynchronous sends complete in order, the rest after them. */
  const sendEach = (sub: Subscriber, events: readonly LiveEvent[]): Promise<void> | undefined => {
    for (let i = 0; i < events.length; i++) {
      const sent = sub.send(events[i]!);
      if (sent instanceof Promise) {
        return sent.then(async () => {
          sub.pending--;
          for (const event of events.slice(i + 1)) {
            await sub.send(event);
            sub.pending--;
          }
        });
      }
      sub.pending--;
    }
    return undefined;
  };

  /** Hands events (in id order, all new to it) to a subscriber, after anything still in flight to it. */
  const deliver = (sub: Subscriber, events: readonly LiveEvent[]) => {
    const wasIdle = sub.pending === 0;
    sub.pending += events.length;
    if (sub.pending > maxPending) return sub.drop();
    const run = (): Promise<void> | undefined => {
      try {
        if (sub.sendBatch) {
          sub.sendBatch(events);
          sub.pending -= events.length;
          return undefined;
        }
        return sendEach(sub, events)?.catch(() => sub.drop());
      } catch {
        sub.drop();
        return undefined;
      }
    };
    // Nothing in flight (the usual case: the SSE writer's send is synchronous): send now, without a promise.
    if (wasIdle) {
      const inFlight = run();
      if (inFlight) sub.chain = inFlight;
      return;
    }
    sub.chain = sub.chain.then(run);
  };

  /** Hands a subscriber the events of `events` (in id order) that it has not had yet. */
  const sendInOrder = (sub: Subscriber, events: readonly LiveEvent[]) => {
    let from = 0;
    while (from < events.length && BigInt(events[from]!.id) <= sub.lastSent) from++;
    if (from === events.length) return;
    const fresh = from === 0 ? events : events.slice(from);
    sub.lastSent = BigInt(fresh.at(-1)!.id);
    deliver(sub, fresh);
  };

  /** Hands the stream's waiting events to every subscriber as one batch (the same array, so it is serialized once). */
  const flush = (s: Stream) => {
    s.flushTimer = null;
    const batch = s.outbox;
    s.outbox = [];
    for (const sub of s.subscribers) {
      if (sub.replaying) sub.buffered.push(...batch);
      else sendInOrder(sub, batch);
    }
  };

  /** Queues a new event of the stream for its subscribers (see `batchMs`). */
  const fanOut = (s: Stream, event: LiveEvent) => {
    s.position = BigInt(event.id);
    s.outbox.push(event);
    s.flushTimer ??= timers.set(() => flush(s), s.subscribers.size >= batchFrom ? batchMs : 0);
  };

  /** Reads what is new in a stream once, for all of its subscribers; notices that arrive meanwhile cause one more read. */
  const refresh = async (s: Stream): Promise<void> => {
    if (s.isReading) {
      s.readAgain = true;
      return;
    }
    s.isReading = true;
    try {
      await s.ready;
      do {
        s.readAgain = false;
        let page: LiveEvent[];
        do {
          page = await log.since(s.tenantId, s.stream, s.position!.toString(), PAGE);
          for (const event of page) fanOut(s, event);
        } while (page.length === PAGE);
      } while (s.readAgain);
      s.isBehind = false;
    } catch (error) {
      s.isBehind = true;
      logger?.error({ err: error, stream: s.stream }, 'live events could not be read');
    } finally {
      s.isReading = false;
    }
  };

  /**
   * A notice that carries its event is the stream's next one when the hub is up to date: ids increase in commit order
   * within a stream and PostgreSQL delivers notices in commit order, so everything between `position` and it has
   * already come, either in an earlier notice or in a read that a notice during it caused. Then no read is needed —
   * one query less per event, on every instance. Otherwise (a read in flight, the position not known yet, a failed
   * read, a notice without its event) the hub reads the log.
   */
  const onNotice = (notice: LiveEventNotice) => {
    const s = streams.get(keyOf(notice.tenantId, notice.stream));
    if (!s) return;
    const event = eventOfNotice(notice);
    if (event && !s.isReading && !s.isBehind && s.position !== undefined) {
      if (BigInt(event.id) > s.position) fanOut(s, event);
      return;
    }
    void refresh(s);
  };

  const unlisten = await listen(
    LIVE_EVENTS_CHANNEL,
    (payload) => {
      let notice: LiveEventNotice;
      try {
        notice = JSON.parse(payload) as LiveEventNotice;
      } catch {
        return;
      }
      onNotice(notice);
    },
    // Notices sent while the LISTEN connection was down are lost: read every open stream again (the listener holds
    // back notices of the new connection until this has begun, so none of them is taken as the next event).
    () => {
      for (const s of streams.values()) void refresh(s);
    },
  );

  /** The stream's entry, opened with its latest id; a failed read of that id is not kept for the next subscriber. */
  const openStream = (tenantId: string, stream: string): Stream => {
    const key = keyOf(tenantId, stream);
    const existing = streams.get(key);
    if (existing) return existing;
    const s: Stream = {
      tenantId,
      stream,
      ready: Promise.resolve(),
      position: undefined,
      subscribers: new Set(),
      isReading: false,
      readAgain: false,
      isBehind: false,
      outbox: [],
      flushTimer: null,
    };
    s.ready = log.latestId(tenantId, stream).then(
      (id) => void (s.position = BigInt(id ?? '0')),
      (error: unknown) => {
        if (streams.get(key) === s) streams.delete(key);
        throw error;
      },
    );
    streams.set(key, s);
    return s;
  };

  const subscribe: LiveEvents['subscribe'] = async (tenantId, stream, lastEventId, { send, sendBatch, onDropped }) => {
    const key = keyOf(tenantId, stream);
    // The entry may have been closed by its last subscriber leaving while this one waited for it: open it again.
    let owner: Stream;
    do {
      owner = openStream(tenantId, stream);
      await owner.ready;
    } while (streams.get(key) !== owner);
    let closed = false;
    const unsubscribe = () => {
      closed = true;
      owner.subscribers.delete(sub);
      if (owner.subscribers.size === 0 && streams.get(key) === owner) streams.delete(key);
    };
    const drop = () => {
      if (closed) return;
      unsubscribe();
      onDropped?.();
    };
    const sub: Subscriber = { lastSent: BigInt(lastEventId ?? '0'), replaying: true, buffered: [], pending: 0, chain: Promise.resolve(), send, drop };
    if (sendBatch) sub.sendBatch = sendBatch;
    owner.subscribers.add(sub);
    // Replay from the log; events the hub reads meanwhile wait in `buffered` and are deduplicated by id.
    let after = lastEventId;
    let page: LiveEvent[];
    try {
      do {
        page = await log.since(tenantId, stream, after, PAGE);
        sendInOrder(sub, page);
        after = page.at(-1)?.id ?? after;
      } while (page.length === PAGE && !closed);
    } catch (error) {
      // The caller answers with an error instead of a stream: this subscriber must not be sent anything more.
      unsubscribe();
      throw error;
    }
    sub.replaying = false;
    sendInOrder(sub, sub.buffered.splice(0));
    return unsubscribe;
  };

  return {
    publish: (tenantId, stream, type, data) => log.publish(tenantId, stream, type, data),
    latestId: (tenantId, stream) => log.latestId(tenantId, stream),
    subscribe,
    subscriberCount: () => [...streams.values()].reduce((n, s) => n + s.subscribers.size, 0),
    stop: async () => {
      for (const s of streams.values()) if (s.flushTimer !== null) timers.clear(s.flushTimer);
      streams.clear();
      await unlisten();
    },
  };
};
