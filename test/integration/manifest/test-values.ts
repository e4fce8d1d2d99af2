// Values a test environment would put in .env, and the manifest filled with them.
import { fileURLToPath } from 'node:url';
import { fillManifest, readManifestTemplate, type TeamsManifest } from '../../../scripts/lib/app-package';
import type { PackageValues } from '../../../scripts/lib/package-values';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const manifestDir = fileURLToPath(new URL('../../../manifest/', import.meta.url));

export const testValues: PackageValues = {
  TEAMS_APP_ID: '0a3b9a4e-2f6c-4c1e-9a53-8f3c2d1e0b7a',
  AAD_APP_CLIENT_ID: '6f1d2c3b-4a5e-4f60-8a71-92b3c4d5e6f7',
  APP_DOMAIN: 'roundtable.contoso.com',
  APP_VERSION: '1.4.2',
};

export function filledTestManifest(): TeamsManifest {
  return fillManifest(readManifestTemplate(manifestDir), testValues);
}
