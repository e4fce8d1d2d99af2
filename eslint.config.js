// Lint: TypeScript-aware rules for server, front end, tests and scripts, plus the module boundaries of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const graphSdk = { group: ['@microsoft/microsoft-graph-client'], message: 'Import the Graph SDK only in server/graph/.' };
const drizzle = { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'Import Drizzle only in server/db/.' };
const ioLibraries = {
  group: ['hono', 'hono/*', 'pg', '@electric-sql/*', '@azure/*', 'jose', 'node:fs', 'node:fs/*', 'node:net', 'node:http'],
  message: 'server/domain/ is pure: no I/O.',
};
const restrict = (paths) => ({ 'no-restricted-imports': ['error', { paths: [], patterns: paths }] });

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'data/', 'node_modules/', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs,cjs}'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Only src/host/ talks to teams-js or Office.js.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/host/**'],
    rules: restrict([{ group: ['@microsoft/teams-js'], message: 'Import teams-js only in src/host/.' }]),
  },
  // Module boundaries (flat config replaces a rule's options per file, so each block lists all of its bans).
  { files: ['server/**/*.ts'], ignores: ['server/graph/**', 'server/db/**'], rules: restrict([graphSdk, drizzle]) },
  { files: ['server/graph/**/*.ts'], rules: restrict([drizzle]) },
  { files: ['server/db/**/*.ts'], rules: restrict([graphSdk]) },
  { files: ['server/domain/**/*.ts'], rules: restrict([graphSdk, drizzle, ioLibraries]) },
);
