// `import { analyzeTranscript } from 'roundtable/transcript'` with plain Node: from inside the package (self-reference)
// and from a project that installed it. The exported file is the build's bundle of server/domain/transcript/, so the
// test builds it the way `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Type-only, so erased at run time: checks that TypeScript resolves the export's "types" condition.
import type { TranscriptAnalysis } from 'roundtable/transcript';
import { analyzeTranscript } from '../../../server/domain/transcript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../../../shared/fixtures/transcripts/nicolasblank_AZMGZA__Transcript_Entra_Suite.vtt', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, Record<string, string>>;
  scripts: Record<string, string>;
};

const BUNDLE_COMMAND =
  'esbuild server/domain/transcript/index.ts --bundle --platform=neutral --format=esm --target=es2022 --outfile=build/lib/transcript.js --log-level=warning';

/** A script for `node --input-type=module -e` that prints the analysis of the fixture through the package name. */
const printAnalysis = `
  import { readFileSync } from 'node:fs';
  import { analyzeTranscript, isNotWebVttError } from 'roundtable/transcript';
  let rejected = false;
  try { analyzeTranscript('no header'); } catch (error) { rejected = isNotWebVttError(error); }
  console.log(JSON.stringify({ rejected, analysis: analyzeTranscript(readFileSync(${JSON.stringify(fixture)}, 'utf8')) }));
`;
const importFrom = (cwd: string) => spawnSync(process.execPath, ['--input-type=module', '-e', printAnalysis], { cwd, encoding: 'utf8', timeout: 30_000 });

const consumer = mkdtempSync(join(tmpdir(), 'roundtable-consumer-'));
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

beforeAll(() => {
  const built = spawnSync(join(root, 'node_modules/.bin/esbuild'), BUNDLE_COMMAND.split(' ').slice(1), { cwd: root, encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
});

describe('roundtable/transcript', () => {
  it('is built by npm run build', () => {
    expect(manifest.scripts.build).toContain(`&& ${BUNDLE_COMMAND}`);
    expect(manifest.exports['./transcript']).toEqual({ types: './server/domain/transcript/index.ts', default: './build/lib/transcript.js' });
  });

  it('imports with plain node from inside the package (self-reference) and analyses as the source does', () => {
    const result = importFrom(root);
    expect(result.status, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { rejected: boolean; analysis: TranscriptAnalysis };
    expect(printed.rejected).toBe(true);
    expect(printed.analysis).toEqual(analyzeTranscript(readFileSync(fixture, 'utf8')));
  });

  it('imports with plain node in a project that installed the package', () => {
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(root, join(consumer, 'node_modules/roundtable'), 'dir');
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "type": "module", "private": true }\n');
    const result = importFrom(consumer);
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { analysis: TranscriptAnalysis }).analysis.speakers).toHaveLength(5);
  });

  it('type-checks in a TypeScript project on NodeNext resolution (the "types" condition is the source)', () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], exactOptionalPropertyTypes: true },
        files: ['use.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'use.ts'),
      "import { analyzeTranscript, type TranscriptAnalysis } from 'roundtable/transcript';\n" +
        "export const analysis: TranscriptAnalysis = analyzeTranscript('WEBVTT');\n",
    );
    const checked = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer], { encoding: 'utf8', timeout: 60_000 });
    expect(checked.status, checked.stdout).toBe(0);
  });

  it('exports nothing else: deep imports into the package are refused', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "import('roundtable/server/cli.ts')"], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
