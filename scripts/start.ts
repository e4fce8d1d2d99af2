// `npm start`: builds the front end when dist/ is missing or older than its sources, then runs the server in this
// process (so Ctrl-C and SIGTERM reach it directly).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newestMtime = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
};

const builtAt = existsSync('dist/side-panel.html') ? statSync('dist/side-panel.html').mtimeMs : 0;
const sourcesAt = Math.max(newestMtime('src'), newestMtime('vite.config.ts'));
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'Front end changed: rebuilding…' : 'Building the front end (first start)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
}

await import('../server/index');
