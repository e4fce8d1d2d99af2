// Requests in flight per mailbox, as Outlook limits them: at most 4 requests of one app to one mailbox at a time (Graph's
// throttling limits, "Outlook service limits"); one more is answered 429 ApplicationThrottled "Application is over its
// MailboxConcurrency limit." with Retry-After. $batch items are counted one by one, as Graph hands them to Outlook one by
// one. Enforced when faults.mailboxConcurrency is set (see ../README.md for why not always). The added latency is spent
// here, after the bearer check, so a request is in flight while it takes its time; and a gauge records per person the
// most round trips (a $batch counting once) in flight at once — what tests and benchmarks read.
import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext } from '../context';
import type { Person } from '../store/types';
import type { MailboxConcurrencyStats } from '../types';
import type { GraphContext, GraphEnv } from './env';
import { GraphError } from './graph-error';
import { findPerson } from './target';

/** Outlook's resources of a mailbox: what its concurrency limit counts (Teams meetings, chats and the directory are other services). */
const OUTLOOK_PATH = /^\/v1\.0\/(?:me|users\/[^/]+)\/(?:calendarView|calendar|calendars|calendarGroups|events|messages|mailFolders|contacts|contactFolders|mailboxSettings)(?:\/|$)/;
const USER_PATH = /^\/v1\.0\/users\/([^/]+)(?:\/|$)/;

export const MAILBOX_CONCURRENCY_MESSAGE = 'Application is over its MailboxConcurrency limit.';

type Gauge = { inFlight: number; maxInFlight: number; throttled: number };
type State = { byPerson: Map<string, Gauge>; outlookInFlight: Map<string, number> };

const states = new WeakMap<EmulatorContext, State>();

const stateOf = (ctx: EmulatorContext): State => {
  let state = states.get(ctx);
  if (!state) {
    state = { byPerson: new Map(), outlookInFlight: new Map() };
    states.set(ctx, state);
  }
  return state;
};

const gaugeOf = (state: State, personId: string): Gauge => {
  let gauge = state.byPerson.get(personId);
  if (!gauge) {
    gauge = { inFlight: 0, maxInFlight: 0, throttled: 0 };
    state.byPerson.set(personId, gauge);
  }
  return gauge;
};

/** The person whose mailbox (or Teams data) a request is about: /users/{id | upn}, else the signed-in person. */
const personOf = (ctx: EmulatorContext, c: GraphContext): Person | undefined => {
  const key = USER_PATH.exec(c.req.path)?.[1];
  if (key !== undefined) {
    try {
      return findPerson(ctx, decodeURIComponent(key));
    } catch {
      return undefined; // a malformed segment: the route answers it
    }
  }
  const principal = c.get('principal');
  return principal.kind === 'user' ? principal.person : undefined;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const mailboxConcurrency =
  (ctx: EmulatorContext): MiddlewareHandler<GraphEnv> =>
  async (c, next) => {
    const state = stateOf(ctx);
    const person = personOf(ctx, c);
    const isRoundTrip = c.env?.emulatorBatchItem !== true;
    const outlookKey = person && OUTLOOK_PATH.test(c.req.path) ? `${c.get('principal').appId}|${person.id}` : null;
    const limit = ctx.faults.current.mailboxConcurrency;
    const gauge = person ? gaugeOf(state, person.id) : null;
    if (gauge && isRoundTrip) {
      gauge.inFlight += 1;
      gauge.maxInFlight = Math.max(gauge.maxInFlight, gauge.inFlight);
    }
    const outlookBusy = outlookKey ? (state.outlookInFlight.get(outlookKey) ?? 0) : 0;
    const isThrottled = outlookKey !== null && limit !== undefined && outlookBusy >= limit;
    if (outlookKey && !isThrottled) state.outlookInFlight.set(outlookKey, outlookBusy + 1);
    try {
      const latency = ctx.faults.current.latencyMs ?? 0;
      // A $batch item is part of its batch's round trip: delayed once, with the batch.
      if (isRoundTrip && latency > 0) await sleep(latency);
      if (isThrottled) {
        if (gauge) gauge.throttled += 1;
        throw new GraphError(429, 'ApplicationThrottled', MAILBOX_CONCURRENCY_MESSAGE, { 'Retry-After': String(ctx.faults.current.retryAfterSeconds ?? 1) });
      }
      await next();
    } finally {
      if (outlookKey && !isThrottled) {
        const left = (state.outlookInFlight.get(outlookKey) ?? 1) - 1;
        if (left > 0) state.outlookInFlight.set(outlookKey, left);
        else state.outlookInFlight.delete(outlookKey);
      }
      if (gauge && isRoundTrip) gauge.inFlight -= 1;
    }
  };

/** Per person (by user principal name): the most round trips in flight at once, and Outlook requests refused, since the last reset. */
export const readMailboxConcurrency = (ctx: EmulatorContext): MailboxConcurrencyStats => {
  const stats: MailboxConcurrencyStats = {};
  for (const [personId, gauge] of stateOf(ctx).byPerson) {
    const upn = ctx.store.people.find((p) => p.id === personId)?.upn ?? personId;
    stats[upn] = { maxInFlight: gauge.maxInFlight, throttled: gauge.throttled };
  }
  return stats;
};

/** Starts the gauge afresh; requests still in flight stay counted. */
export const resetMailboxConcurrency = (ctx: EmulatorContext): void => {
  for (const gauge of stateOf(ctx).byPerson.values()) {
    gauge.maxInFlight = gauge.inFlight;
    gauge.throttled = 0;
  }
};
