// Front-end build: one HTML entry per Teams/Outlook surface plus the demo-only dev host, built from src/ into dist/.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const srcDir = resolve(import.meta.dirname, 'src');

/**
 * Each page the server serves from dist/: `/side-panel.html`, …, `privacy.html` and `terms.html` at `/privacy` and
 * `/terms` (the manifest's developer links), and `dev.html` at `/dev` in demo mode.
 */
const pages = ['side-panel', 'stage', 'config', 'details', 'personal', 'dev', 'privacy', 'terms', 'outlook-command'] as const;

/**
 * The dev host's stand-in for Office.js (src/dev/office-shim), built as a module of its own at dist/dev/office.js: the
 * server serves it in demo mode only, in place of Microsoft's CDN copy that outlook-command.html names.
 */
const OFFICE_SHIM = 'dev-office-shim';

export default defineConfig({
  root: srcDir,
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Default code splitting: each entry loads only the modules it uses (one shared vendor group would make the side
    // panel download the dev host's Fluent components too).
    rolldownOptions: {
      input: {
        ...Object.fromEntries(pages.map((page) => [page, resolve(srcDir, `${page}.html`)])),
        [OFFICE_SHIM]: resolve(srcDir, 'dev/office-shim/main.ts'),
      },
      output: { entryFileNames: (chunk) => (chunk.name === OFFICE_SHIM ? 'dev/office.js' : 'assets/[name]-[hash].js') },
    },
  },
});
