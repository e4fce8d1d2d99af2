// The demo stack (server + Graph emulator on PGlite), as test/support/demo-stack.ts starts it, keeping hold of the
// PGlite so tests can count and read the speaking tables directly; plus readers of what the emulator's Graph holds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pino from 'pino';
import { loadConfig } from '../../../server/env';
import { startRoundtable } from '../../../server/start';
import { tokenFor } from '../../support/api';
import { freshPglite } from '../../support/databases';
import type { DemoStack } from '../../support/demo-stack';

export type SpeakingStack = DemoStack & { pglite: PGlite };

export const startSpeakingStack = async (): Promise<SpeakingStack> => {
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-speaking-'));
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const pglite = await freshPglite();
  const running = await startRoundtable(config, { logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), pglite, staticRoot: null });
  if (!running.emulatorUrl || !running.deps.demo) throw new Error('the speaking stack must run in demo mode');
  return {
    appUrl: running.appUrl,
    emulatorUrl: running.emulatorUrl,
    people: await running.deps.demo.people(),
    running,
    pglite,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};

type Page<T> = { value: T[]; '@odata.nextLink'?: string };

/** A Graph read in the emulator as `upn`, every page of a collection followed. */
export const graphAll = async <T>(stack: DemoStack, upn: string, path: string): Promise<T[]> => {
  const token = await tokenFor(stack, upn, 'graph');
  const items: T[] = [];
  let url: string | undefined = `${stack.emulatorUrl}/v1.0${path}`;
  while (url) {
    const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as Page<T>;
    items.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return items;
};

export const graphText = async (stack: DemoStack, upn: string, path: string): Promise<string> => {
  const response = await fetch(`${stack.emulatorUrl}/v1.0${path}`, { headers: { Authorization: `Bearer ${await tokenFor(stack, upn, 'graph')}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.text();
};

export type CalendarOccurrence = { eventId: string; start: string; end: string; subject: string; seriesMasterId: string | null };

type GraphEvent = { id: string; subject: string; start: { dateTime: string }; end: { dateTime: string }; seriesMasterId?: string | null };

const utc = (dateTime: string): string => new Date(`${dateTime.replace(/Z$/, '')}Z`).toISOString();

/** `upn`'s own events (their mailbox's ids) with this subject, from 12 weeks back to 6 weeks ahead, by start. */
export const occurrencesOf = async (stack: DemoStack, upn: string, subject: string): Promise<CalendarOccurrence[]> => {
  const now = Date.now();
  const week = 7 * 86_400_000;
  const query = `startDateTime=${new Date(now - 12 * week).toISOString()}&endDateTime=${new Date(now + 6 * week).toISOString()}`;
  const events = await graphAll<GraphEvent>(stack, upn, `/me/calendarView?${query}`);
  return events
    .filter((event) => event.subject === subject)
    .map((event) => ({ eventId: event.id, start: utc(event.start.dateTime), end: utc(event.end.dateTime), subject: event.subject, seriesMasterId: event.seriesMasterId ?? null }))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
};
