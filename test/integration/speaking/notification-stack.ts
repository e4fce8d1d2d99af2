// The demo stack with time in the test's hands: one clock for the app and the emulator, starting at the top of the
// hour (the weekly team meeting begins then, and transcription seconds later), background jobs that run only when
// the test calls runOnce(), and emulator deliveries only when it calls deliverNotifications().
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../../server/env';
import { manualTimer } from '../../../server/jobs/transcripts/periodic-job';
import { startRoundtable } from '../../../server/start';
import { freshPglite } from '../../support/databases';
import type { SpeakingStack } from './speaking-stack';

const HOUR = 3_600_000;

export type NotificationStack = SpeakingStack & { meetingStart: Date; setNow(at: Date): void; now(): Date };

export const startNotificationStack = async (): Promise<NotificationStack> => {
  // Tokens minted on the emulator's clock are checked by the app against real time: stay within the real hour.
  const meetingStart = new Date(Math.floor(Date.now() / HOUR) * HOUR);
  let now = meetingStart;
  const dataDir = await mkdtemp(join(tmpdir(), 'roundtable-notifications-'));
  const config = loadConfig({ PORT: '0', EMULATOR_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const pglite = await freshPglite();
  const running = await startRoundtable(config, {
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    pglite,
    staticRoot: null,
    clock: { now: () => now },
    emulator: { now: () => now, deliverNotifications: false },
    jobTimer: manualTimer,
  });
  if (!running.emulatorUrl || !running.deps.demo) throw new Error('the notification stack must run in demo mode');
  return {
    appUrl: running.appUrl,
    emulatorUrl: running.emulatorUrl,
    people: await running.deps.demo.people(),
    running,
    pglite,
    meetingStart,
    setNow: (at) => {
      now = at;
    },
    now: () => now,
    stop: async () => {
      await running.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
};
