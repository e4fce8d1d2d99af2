// The demo stack for praise tests: server + Graph emulator on PGlite, with an injected clock the tests move and the
// praise delivery worker driven by hand (runOnce), so retries and Retry-After are tested without waiting. Plus
// readers of what Teams holds: the meeting chat's messages and a person's activity feed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../../server/env';
import { startRoundtable, type Running } from '../../../server/start';
import { callApi, tokenFor } from '../../support/api';
import { freshPglite, openPostgres } from '../../support/databases';
import type { DemoStack } from '../../support/demo-stack';

export type PraiseStack = DemoStack & {
  clock: { advance(ms: number): void; now(): Date };
  worker: Running['praiseDelivery'];
  /** Passes until nothing is left to try now, moving the clock on by `stepMs` between passes (the rate limit's pace). */
  drain(stepMs?: number): Promise<void>;
};

/** On PGlite (a clone of the migrated template) or on a new database in the suite's PostgreSQL cluster. */
export const startPraiseStack = async (database: 'PGlite' | 'PostgreSQL' = 'PGlite', logLines?: string[]): Promise<PraiseStack> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-praise-'));
  const postgres = database === 'PostgreSQL' ? await openPostgres() : null;
  await postgres?.close();
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(postgres ? { DATABASE_URL: postgres.url } : {}) });
  let at = Date.now();
  const clock = { now: () => new Date(at), advance: (ms: number) => void (at += ms) };
  const running = await startRoundtable(config, {
    // With `logLines`, everything down to trace is kept there (to prove what logs never contain).
    logger: logLines ? pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) }) : pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(postgres ? {} : { pglite: await freshPglite() }),
    staticRoot: null,
    clock,
    praiseDelivery: 'manual',
  });
  if (!running.emulatorUrl || !running.deps.demo) throw new Error('the praise stack must run in demo mode');
  const worker = running.praiseDelivery;
  return {
    appUrl: running.appUrl,
    emulatorUrl: running.emulatorUrl,
    people: await running.deps.demo.people(),
    running,
    clock,
    worker,
    drain: async (stepMs = 250) => {
      for (let pass = 0; pass < 200; pass++) {
        const summary = await worker.runOnce();
        if (summary.claimed === 0 && summary.attempted === 0 && summary.deferred === 0) return;
        clock.advance(stepMs);
      }
      throw new Error('the praise outbox did not drain');
    },
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

export type ChatMessage = { id: string; from: { user: { id: string; displayName: string } | null } | null; attachments: { id: string; content: string | null }[] };

/** Every message of a chat, as a member (`upn`) reads it through the emulator's Graph. */
export const chatMessages = async (stack: DemoStack, upn: string, chatId: string): Promise<ChatMessage[]> => {
  const token = await tokenFor(stack, upn, 'graph');
  const messages: ChatMessage[] = [];
  let url: string | undefined = `${stack.emulatorUrl}/v1.0/chats/${encodeURIComponent(chatId)}/messages?$top=50`;
  while (url) {
    const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    const page = (await response.json()) as { value: ChatMessage[]; '@odata.nextLink'?: string };
    messages.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return messages;
};

export type FeedItem = { senderId: string | null; notification: { previewText: { content: string }; topic: { webUrl: string }; chainId: number } };

export const activityFeed = async (stack: DemoStack, upn: string): Promise<FeedItem[]> =>
  (await (await fetch(`${stack.emulatorUrl}/demo/activity?upn=${encodeURIComponent(upn)}`)).json()) as FeedItem[];

/** A person's own event id for a meeting's occurrence that starts `weeksAgo` weeks before the one in progress or next. */
export const eventIdOf = async (stack: DemoStack, upn: string, subject: string, weeksAgo = 0): Promise<string> => {
  const token = await tokenFor(stack, upn, 'graph');
  const start = new Date(Date.now() - (weeksAgo + 1) * 7 * 86_400_000).toISOString();
  const end = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const response = await fetch(`${stack.emulatorUrl}/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}&$top=100`, { headers: { Authorization: `Bearer ${token}` } });
  const events = ((await response.json()) as { value: { id: string; subject: string; start: { dateTime: string }; end: { dateTime: string } }[] }).value
    .filter((e) => e.subject === subject)
    .sort((a, b) => Date.parse(`${a.start.dateTime}Z`) - Date.parse(`${b.start.dateTime}Z`));
  const current = events.findIndex((e) => Date.parse(`${e.end.dateTime}Z`) > Date.now());
  const event = events[current - weeksAgo];
  if (current < 0 || !event) throw new Error(`${upn} has no ${subject} ${weeksAgo} weeks back`);
  return event.id;
};

/** The meeting chat of an event, as its holder sees the meeting through the API. */
export const chatIdOf = async (stack: DemoStack, upn: string, eventId: string): Promise<string> => {
  const response = await callApi(stack.appUrl, `/api/meetings/${encodeURIComponent(eventId)}`, await tokenFor(stack, upn));
  const meeting = (await response.json()) as { chatId: string | null };
  if (!meeting.chatId) throw new Error('the meeting has no chat');
  return meeting.chatId;
};
