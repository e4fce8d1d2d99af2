// Entry point: the only place that reads the environment. `npm start` runs this (after building the front end).
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './env';
import { startRoundtable } from './start';

if (existsSync('.env')) process.loadEnvFile('.env');

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const running = await startRoundtable(config, { demoHistory: true });
if (config.mode === 'demo') {
  console.log(`\nRoundtable demo is running.\n  Dev host:  ${running.appUrl}/dev\n  API:       ${running.appUrl}/api\n  Emulator:  ${running.emulatorUrl}/v1.0 (Microsoft Graph), ${running.emulatorUrl}/demo/people\n`);
}

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  running.deps.logger.info({ signal }, 'stopping');
  await running.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
