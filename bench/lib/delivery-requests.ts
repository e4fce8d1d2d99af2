// Counts the praise worker's delivery requests as they leave for Graph (chat posts and activity notifications): when
// each was sent and how Graph answered. It wraps the process's fetch (which the Graph client calls) and changes
// nothing about the requests; everything else passes straight through.
import type { DeliveryKind } from '../../server/domain/praise';

type KindLog = { sentAt: number[]; statuses: Record<string, number>; lastAnsweredAt: number };

const kindOf = (path: string): DeliveryKind | null =>
  /^\/chats\/[^/]+\/messages$/.test(path) ? 'chat_post' : /^\/users\/[^/]+\/teamwork\/sendActivityNotification$/.test(path) ? 'activity_notification' : null;

/** The most of `times` (ms, ascending) in any window of `windowMs` that starts at one of them. */
export const mostInWindow = (times: readonly number[], windowMs = 1_000): number => {
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while (times[last]! - times[first]! >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
};

export const countDeliveryRequests = (graphRoot: string) => {
  const original = globalThis.fetch;
  const logs: Record<DeliveryKind, KindLog> = {
    chat_post: { sentAt: [], statuses: {}, lastAnsweredAt: 0 },
    activity_notification: { sentAt: [], statuses: {}, lastAnsweredAt: 0 },
  };
  const count = (log: KindLog, status: string) => {
    log.statuses[status] = (log.statuses[status] ?? 0) + 1;
    log.lastAnsweredAt = performance.now();
  };
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const kind = method === 'POST' && url.startsWith(`${graphRoot}/`) ? kindOf(new URL(url).pathname.slice(new URL(graphRoot).pathname.length)) : null;
    if (!kind) return original(input, init);
    const log = logs[kind];
    log.sentAt.push(performance.now());
    try {
      const response = await original(input, init);
      count(log, String(response.status));
      return response;
    } catch (error) {
      count(log, 'no answer');
      throw error;
    }
  };
  return {
    of: (kind: DeliveryKind) => ({
      sent: logs[kind].sentAt.length,
      sentAt: logs[kind].sentAt,
      statuses: logs[kind].statuses,
      lastAnsweredAt: logs[kind].lastAnsweredAt,
      mostInOneSecond: mostInWindow(logs[kind].sentAt),
    }),
    restore: () => {
      globalThis.fetch = original;
    },
  };
};
