// Microsoft Graph's per-app, per-tenant Teams limits on the writes praise delivery makes: chat messages (~20 a
// second, as the project's issue states them) and activity-feed notifications (5 a second, PLATFORM.md §5). Over a
// limit Graph answers 429 with Retry-After and its throttling body. A request counts when Graph takes it on: one
// refused by an injected fault or by the limit itself does not. The window slides: in no second (by the emulator's
// clock) does one app get more than its limit through. Off unless the faults switch `enforceRateLimits` is on.
import type { EmulatorContext } from '../context';
import type { GraphContext } from './env';
import { GraphError } from './graph-error';

type Limit = { method: string; path: RegExp; perSecond: number; name: string };

export const GRAPH_RATE_LIMITS: readonly Limit[] = [
  { name: 'chat messages', method: 'POST', path: /\/chats\/[^/]+\/messages$/, perSecond: 20 },
  { name: 'activity notifications', method: 'POST', path: /\/teamwork\/sendActivityNotification$/, perSecond: 5 },
];

const WINDOW_MS = 1_000;

/** Accepted requests' times, per app, tenant and limit, oldest first (at most `perSecond` each). */
const windows = new WeakMap<EmulatorContext, Map<string, number[]>>();

export const throttled = (retryAfterSeconds: number): GraphError =>
  new GraphError(429, 'TooManyRequests', 'Please retry again later.', { 'Retry-After': String(retryAfterSeconds) }, { code: '429', message: 'Please retry after', status: '429' });

/** Counts the request against its limit, or returns the 429 to answer with when the limit is reached. */
export const checkRateLimit = (ctx: EmulatorContext, c: GraphContext): GraphError | null => {
  const limit = GRAPH_RATE_LIMITS.find((l) => l.method === c.req.method && l.path.test(c.req.path));
  if (!limit) return null;
  const principal = c.get('principal');
  const key = `${ctx.tenantId}/${principal.appId}/${limit.name}`;
  const byKey = windows.get(ctx) ?? new Map<string, number[]>();
  windows.set(ctx, byKey);
  const at = ctx.now().getTime();
  const accepted = (byKey.get(key) ?? []).filter((t) => t > at - WINDOW_MS);
  byKey.set(key, accepted);
  const oldest = accepted[0];
  if (accepted.length >= limit.perSecond && oldest !== undefined) {
    // Graph gives whole seconds: the wait until the oldest request leaves the window, rounded up.
    return throttled(Math.max(1, Math.ceil((oldest + WINDOW_MS - at) / 1000)));
  }
  accepted.push(at);
  return null;
};
