// Front-end build: one HTML entry per Teams/Outlook surface plus the demo-only dev host, built from src/ into dist/.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const srcDir = resolve(import.meta.dirname, 'src');

/**
 * Each page the server serves from dist/: `/side-panel.html`, …, `privacy.html` and `terms.html` at `/privacy` and
 * `/terms` (the manifest's developer links), and `dev.html` at `/dev` in demo mode.
 */
const pages = ['side-panel', 'stage', 'config', 'details', 'personal', 'dev', 'privacy', 'terms'] as const;

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
      input: Object.fromEntries(pages.map((page) => [page, resolve(srcDir, `${page}.html`)])),
    },
  },
});
