import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, testValues } from './test-values';

const outDir = mkdtempSync(join(tmpdir(), 'roundtable-package-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** `npm run package` as an operator runs it, with the given environment and no .env file from the developer's tree. */
function runPackage(env: Record<string, string | undefined>) {
  const childEnv: Record<string, string | undefined> = { ...process.env, APP_ENV: undefined, ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  const result = spawnSync('npm', ['run', '--silent', 'package', '--', '--no-env-file', '--env', 'test', '--out-dir', outDir], {
    cwd: repoRoot,
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lastLine: lines[lines.length - 1] ?? '' };
}

describe('npm run package', () => {
  it('writes a zip with manifest.json and the icons at its root and prints its absolute path last', () => {
    const run = runPackage({ ...testValues });
    expect(run.status, run.stderr).toBe(0);
    expect(isAbsolute(run.lastLine)).toBe(true);
    expect(run.lastLine).toBe(join(outDir, 'appPackage.test.zip'));
    expect(existsSync(run.lastLine)).toBe(true);

    const entries = unzipSync(readFileSync(run.lastLine));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'color32x32.png', 'manifest.json', 'outline.png']);
    const manifestText = new TextDecoder().decode(entries['manifest.json']);
    expect(manifestText).not.toContain('${{');
    const manifest = JSON.parse(manifestText) as { id: string; version: string; validDomains: string[] };
    expect(manifest).toMatchObject({ id: testValues.TEAMS_APP_ID, version: testValues.APP_VERSION, validDomains: [testValues.APP_DOMAIN] });
  });

  it('defaults APP_VERSION to the version in package.json', () => {
    const run = runPackage({ ...testValues, APP_VERSION: undefined });
    expect(run.status, run.stderr).toBe(0);
    const packageVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(run.lastLine))['manifest.json'])) as { version: string };
    expect(manifest.version).toBe(packageVersion);
  });

  it('refuses without APP_DOMAIN and says which variable is missing', () => {
    const run = runPackage({ ...testValues, APP_DOMAIN: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/APP_DOMAIN is not set/);
    expect(run.stdout).not.toMatch(/\.zip$/m);
  });
});
