// Fans a meeting's live events out to the panels connected to this instance. Publishing anywhere (this instance or
// another on the same PostgreSQL) NOTIFYs; the hub then reads the new events once per stream and hands them to each
// subscriber, in id order, without gaps or repeats. A subscriber first replays the log after its Last-Event-ID.
import type { Logger } from 'pino';
import type { Listen } from '../db/client';
import { LIVE_EVENTS_CHANNEL, type LiveEventNotice } from '../db/live-event-log';
import type { LiveEvent, LiveEventLog, LiveEvents } from '../services/ports';

export type LiveHubOptions = {
  log: LiveEventLog;
  listen: Listen;
  logger?: Logger;
  /** A subscriber further behind than this is dropped; its client reconnects and replays from the log. */
  maxPending?: number;
};

export type LiveHub = LiveEvents & { stop(): Promise<void>; subscriberCount(): number };

type Subscriber = {
  lastSent: bigint;
  replaying: boolean;
  buffered: LiveEvent[];
  pending: number;
  chain: Promise<void>;
  send: (event: LiveEvent) => Promise<void> | void;
  drop: () => void;
};

type Stream = { tenantId: string; stream: string; cursor: Promise<string | null>; subscribers: Set<Subscriber>; busy: boolean; again: boolean };

const PAGE = 500;

export const startLiveHub = async ({ log, listen, logger, maxPending = 1000 }: LiveHubOptions): Promise<LiveHub> => {
  const streams = new Map<string, Stream>();
  const keyOf = (tenantId: string, stream: string) => `${tenantId}\u0000${stream}`;

  /** Hands one event to a subscriber; asynchronous sends are chained so they complete in order. */
  const deliver = (sub: Subscriber, event: LiveEvent): Promise<void> | undefined => {
    try {
      const sent = sub.send(event);
      if (sent instanceof Promise) return sent.then(() => void sub.pending--, () => sub.drop());
      sub.pending--;
    } catch {
      sub.drop();
    }
    return undefined;
  };

  const sendInOrder = (sub: Subscriber, event: LiveEvent, id = BigInt(event.id)) => {
    if (id <= sub.lastSent) return;
    sub.lastSent = id;
    if (++sub.pending > maxPending) return sub.drop();
    // Nothing in flight (the usual case: the SSE writer's send is synchronous): send now, without a promise per event.
    if (sub.pending === 1) {
      const inFlight = deliver(sub, event);
      if (inFlight) sub.chain = inFlight;
      return;
    }
    sub.chain = sub.chain.then(() => deliver(sub, event));
  };

  /** Reads what is new in a stream once, for all of its subscribers; notices that arrive meanwhile cause one more read. */
  const refresh = async (s: Stream): Promise<void> => {
    if (s.busy) {
      s.again = true;
      return;
    }
    s.busy = true;
    try {
      let cursor = await s.cursor;
      do {
        s.again = false;
        let page: LiveEvent[];
        do {
          page = await log.since(s.tenantId, s.stream, cursor, PAGE);
          for (const event of page) {
            cursor = event.id;
            const id = BigInt(event.id);
            for (const sub of s.subscribers) {
              if (sub.replaying) sub.buffered.push(event);
              else sendInOrder(sub, event, id);
            }
          }
        } while (page.length === PAGE);
      } while (s.again);
      s.cursor = Promise.resolve(cursor);
    } catch (error) {
      logger?.error({ err: error, stream: s.stream }, 'live events could not be read');
    } finally {
      s.busy = false;
    }
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
      const s = streams.get(keyOf(notice.tenantId, notice.stream));
      if (s) void refresh(s);
    },
    // Notices sent while the LISTEN connection was down are lost: read every open stream again.
    () => {
      for (const s of streams.values()) void refresh(s);
    },
  );

  const subscribe: LiveEvents['subscribe'] = async (tenantId, stream, lastEventId, { send, onDropped }) => {
    const key = keyOf(tenantId, stream);
    let s = streams.get(key);
    if (!s) {
      s = { tenantId, stream, cursor: log.latestId(tenantId, stream), subscribers: new Set(), busy: false, again: false };
      streams.set(key, s);
    }
    const owner = s;
    await owner.cursor;
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
    owner.subscribers.add(sub);
    // Replay from the log; events the hub reads meanwhile wait in `buffered` and are deduplicated by id.
    let after = lastEventId;
    let page: LiveEvent[];
    do {
      page = await log.since(tenantId, stream, after, PAGE);
      for (const event of page) sendInOrder(sub, event);
      after = page.at(-1)?.id ?? after;
    } while (page.length === PAGE && !closed);
    sub.replaying = false;
    for (const event of sub.buffered.splice(0)) sendInOrder(sub, event);
    return unsubscribe;
  };

  return {
    publish: (tenantId, stream, type, data) => log.publish(tenantId, stream, type, data),
    latestId: (tenantId, stream) => log.latestId(tenantId, stream),
    subscribe,
    subscriberCount: () => [...streams.values()].reduce((n, s) => n + s.subscribers.size, 0),
    stop: async () => {
      streams.clear();
      await unlisten();
    },
  };
};
