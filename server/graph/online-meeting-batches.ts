// Teams meetings by join URL, many at once: JSON batches (POST /$batch) of 20 requests
// `GET /me/onlineMeetings?$filter=JoinWebUrl eq '…'`, at most 4 batches in flight (each through the mailbox gate).
// Graph answers every item on its own: an item throttled (429) or unavailable (503/504) waits for its Retry-After and
// rides in a later batch; after 4 tries, or when Graph asks for a wait over 10 s (the viewer is waiting), it is
// `unavailable`. 403/404 and an empty answer are Graph's word that this person sees no such meeting (`absent`).
// A batch that fails as a whole (after the client's own retries) leaves its items `unavailable`.
import type { Client } from '@microsoft/microsoft-graph-client';
import type { OnlineMeeting as GraphOnlineMeeting } from '@microsoft/microsoft-graph-types';
import { parseRetryAfter } from '../domain/praise/retry-after';
import type { OnlineMeetingLookup } from '../services/reports/calendar-ports';
import type { MailboxGate } from './mailbox-gate';

/** Graph's limit of requests in one JSON batch. */
export const BATCH_SIZE = 20;
/** Batches in flight at once (Outlook's per-mailbox limit; the gate enforces it across calls too). */
const BATCHES_IN_FLIGHT = 4;
const MAX_TRIES = 4;
const MAX_WAIT_MS = 10_000;
/** When a throttled item carries no Retry-After: 1 s, doubling per try. */
const FALLBACK_WAIT_MS = 1_000;

/** The clock and the wait between tries; tests may hand in their own. */
export type BatchTiming = { now(): number; wait(ms: number): Promise<void> };

const realTiming: BatchTiming = { now: () => Date.now(), wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

type Pending = { joinUrl: string; tries: number; dueAt: number };
type BatchItem = { id: string; status: number; headers?: Record<string, string>; body?: { value?: GraphOnlineMeeting[] } };
type Outcome = { lookup: OnlineMeetingLookup } | { retryInMs: number };

/** The filter's string literal: quotes doubled; the whole option URL-encoded once, so the join URL arrives as the calendar has it. */
export const lookupUrl = (joinUrl: string): string =>
  `/me/onlineMeetings?$filter=${encodeURIComponent(`JoinWebUrl eq '${joinUrl.replaceAll("'", "''")}'`)}`;

const headerOf = (headers: Record<string, string> | undefined, name: string): string | null =>
  Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? null;

const outcomeOf = (item: BatchItem | undefined, pending: Pending, nowMs: number): Outcome => {
  if (!item) return { retryInMs: 0 };
  if (item.status === 200) {
    const meeting = item.body?.value?.[0];
    if (!meeting?.id) return { lookup: { status: 'absent' } };
    const found = { onlineMeetingId: meeting.id, chatId: meeting.chatInfo?.threadId ?? null, joinUrl: pending.joinUrl };
    return { lookup: { status: 'found', meeting: found } };
  }
  if (item.status === 403 || item.status === 404) return { lookup: { status: 'absent' } };
  if (item.status === 429 || item.status === 503 || item.status === 504) {
    const asked = parseRetryAfter(headerOf(item.headers, 'Retry-After'), nowMs);
    return { retryInMs: asked ?? FALLBACK_WAIT_MS * 2 ** (pending.tries - 1) };
  }
  return { lookup: { status: 'unavailable' } };
};

export const createOnlineMeetingBatches =
  (client: Client, gate: MailboxGate, timing: BatchTiming = realTiming) =>
  async (joinUrls: readonly string[]): Promise<Map<string, OnlineMeetingLookup>> => {
    const results = new Map<string, OnlineMeetingLookup>();
    let queue: Pending[] = [...new Set(joinUrls)].map((joinUrl) => ({ joinUrl, tries: 0, dueAt: 0 }));
    const running = new Set<Promise<void>>();

    const settle = (pending: Pending, outcome: Outcome): void => {
      if ('lookup' in outcome) results.set(pending.joinUrl, outcome.lookup);
      else if (pending.tries >= MAX_TRIES || outcome.retryInMs > MAX_WAIT_MS) results.set(pending.joinUrl, { status: 'unavailable' });
      else queue.push({ ...pending, dueAt: timing.now() + outcome.retryInMs });
    };

    const sendBatch = async (batch: Pending[]): Promise<void> => {
      const requests = batch.map((pending, index) => ({ id: String(index + 1), method: 'GET', url: lookupUrl(pending.joinUrl) }));
      let items: BatchItem[];
      try {
        items = ((await gate.run(() => client.api('/$batch').post({ requests }))) as { responses?: BatchItem[] }).responses ?? [];
      } catch {
        for (const pending of batch) results.set(pending.joinUrl, { status: 'unavailable' });
        return;
      }
      const nowMs = timing.now();
      batch.forEach((pending, index) => settle(pending, outcomeOf(items.find((item) => item.id === String(index + 1)), pending, nowMs)));
    };

    while (queue.length > 0 || running.size > 0) {
      const nowMs = timing.now();
      while (running.size < BATCHES_IN_FLIGHT) {
        const due = queue.filter((pending) => pending.dueAt <= nowMs).slice(0, BATCH_SIZE);
        if (due.length === 0) break;
        queue = queue.filter((pending) => !due.includes(pending));
        const batch = due.map((pending) => ({ ...pending, tries: pending.tries + 1 }));
        const run: Promise<void> = sendBatch(batch).finally(() => running.delete(run));
        running.add(run);
      }
      if (running.size > 0) await Promise.race(running);
      else if (queue.length > 0) await timing.wait(Math.max(0, Math.min(...queue.map((pending) => pending.dueAt)) - nowMs));
    }
    return results;
  };
