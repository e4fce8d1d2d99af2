// `npm run dev`: rebuilds the front end on change (vite build --watch) and restarts the server on change
// (node --watch), with readable logs.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['vite', 'build', '--watch', '--mode', 'development'], { stdio: 'inherit' }),
  spawn('node', ['--watch', '--import', 'tsx', 'server/index.ts'], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'debug' },
  }),
];
const pretty = spawn('npx', ['pino-pretty', '--colorize'], { stdio: ['pipe', 'inherit', 'inherit'] });
children[1]?.stdout?.pipe(pretty.stdin);

const stop = () => {
  for (const child of [...children, pretty]) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
