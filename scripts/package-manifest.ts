// `npm run package [-- --env <name>] [--out-dir <dir>] [--no-env-file]`: builds the Teams app package for one
// environment from manifest/ and the environment (TEAMS_APP_ID, AAD_APP_CLIENT_ID, APP_DOMAIN, optional APP_VERSION;
// `.env.<name>` and `.env` are loaded if present, real environment variables win). The zip's absolute path is the last
// line of output.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fillManifest, packageFiles, readManifestTemplate, validateManifest, zipPackage } from './lib/app-package';
import { PackageValuesError, readPackageValues } from './lib/package-values';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    env: { type: 'string' },
    'out-dir': { type: 'string' },
    'no-env-file': { type: 'boolean', default: false },
  },
});

const envName = args.env ?? process.env.APP_ENV ?? 'dev';
if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(envName)) fail([`The environment name "${envName}" may only contain letters, digits, "-" and "_".`]);

if (!args['no-env-file']) {
  // loadEnvFile never overrides a variable that is already set, so load the most specific file first.
  for (const file of [`.env.${envName}`, '.env']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    process.loadEnvFile(path);
    console.log(`Loaded ${file}`);
  }
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
let values;
try {
  values = readPackageValues(process.env, packageJson.version);
} catch (error) {
  if (!(error instanceof PackageValuesError)) throw error;
  fail([
    'Cannot build the Teams app package:',
    ...error.problems.map((problem) => `  - ${problem}`),
    'Set these in the environment or in .env (see docs/m365-setup.md).',
  ]);
}

const manifestDir = join(root, 'manifest');
const manifest = fillManifest(readManifestTemplate(manifestDir), values);
const errors = await validateManifest(manifest);
if (errors.length > 0) fail([`manifest/manifest.json does not match its schema (${manifest.$schema}):`, ...errors.map((e) => `  - ${e}`)]);
console.log(`Validated the manifest offline against ${manifest.$schema}: no errors`);

const files = packageFiles(manifestDir, manifest);
const outDir = resolve(args['out-dir'] ?? join(root, 'build'));
mkdirSync(outDir, { recursive: true });
const zipPath = join(outDir, `appPackage.${envName}.zip`);
writeFileSync(zipPath, zipPackage(files));
console.log(`Packaged ${Object.keys(files).join(', ')} for ${values.APP_DOMAIN} (version ${values.APP_VERSION}) into ${relative(root, zipPath) || zipPath}`);
console.log(zipPath);
