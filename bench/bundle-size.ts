// Bundle size: for each surface page vite builds into dist/, the raw and gzip bytes of the JavaScript it loads up front.
// Runs `vite build` first when dist/ is missing. Budget: the side panel loads at most 200 KiB of gzip'd JavaScript.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { pageScriptUrls } from './lib/built-html';
import { runIfMain } from './lib/report';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(root, 'dist');
const sidePanelGzipBudget = 200 * 1024;

type SurfaceSize = { jsBytes: number; jsGzipBytes: number; files: string[] };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** `dist/side-panel.html` and `dist/side-panel/index.html` are both the surface "side-panel". */
const surfaceName = (htmlPath: string): string => {
  const name = basename(htmlPath, '.html');
  return name === 'index' ? basename(dirname(htmlPath)) : name;
};

/** A script URL as a file in dist/: root-relative URLs from dist/, others from the page's folder; external ones are skipped. */
function scriptFile(url: string, htmlPath: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  const file = path.startsWith('/') ? join(distDir, path) : resolve(dirname(htmlPath), path);
  if (!existsSync(file)) throw new Error(`${relative(root, htmlPath)} loads ${url}, which is not in dist/`);
  return file;
}

function measureSurface(htmlPath: string): SurfaceSize {
  const files = pageScriptUrls(readFileSync(htmlPath, 'utf8'))
    .map((url) => scriptFile(url, htmlPath))
    .filter((file): file is string => file !== undefined);
  let [jsBytes, jsGzipBytes] = [0, 0];
  for (const file of files) {
    const bytes = readFileSync(file);
    jsBytes += bytes.length;
    jsGzipBytes += gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  }
  return { jsBytes, jsGzipBytes, files: files.map((file) => relative(distDir, file)) };
}

export async function run() {
  let built = false;
  if (!existsSync(distDir)) {
    const build = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr || build.stdout}`);
    built = true;
  }
  const surfaces: Record<string, SurfaceSize> = {};
  for (const htmlPath of htmlFiles(distDir).sort()) surfaces[surfaceName(htmlPath)] = measureSurface(htmlPath);
  const sidePanel = surfaces['side-panel'];
  return {
    bench: 'bundle-size',
    built,
    surfaces,
    budget: { sidePanelGzipBytes: sidePanelGzipBudget },
    withinBudget: sidePanel !== undefined && sidePanel.jsGzipBytes <= sidePanelGzipBudget,
    ...(sidePanel === undefined ? { problem: 'dist/ has no side-panel page' } : {}),
  };
}

await runIfMain(import.meta.url, run);
