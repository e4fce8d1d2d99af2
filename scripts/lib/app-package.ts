// The Teams app package: fills manifest/manifest.json for one environment, validates it offline against Microsoft's JSON
// schema as bundled in @microsoft/app-manifest, and zips it with the icons it references (fflate).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { zipSync, type Zippable } from 'fflate';
import { fillPlaceholders } from './placeholders';
import type { PackageValues } from './package-values';

export type TeamsManifest = {
  $schema?: string;
  icons?: { color?: string; outline?: string; color32x32?: string };
  activities?: { activityIcons?: { iconFile: string }[] };
  [key: string]: unknown;
};

export function readManifestTemplate(manifestDir: string): string {
  return readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
}

/** The manifest with every placeholder filled; throws if one has no value or the result is not JSON. */
export function fillManifest(template: string, values: PackageValues): TeamsManifest {
  return JSON.parse(fillPlaceholders(template, values)) as TeamsManifest;
}

/** Where @microsoft/app-manifest keeps its copy of the schema named by `$schema`, if it has one. */
export function bundledSchemaPath(schemaUrl: string): string | undefined {
  const version = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i.exec(schemaUrl)?.[1];
  if (!version) return undefined;
  const packageMain = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
  const file = join(dirname(packageMain), 'json-schemas', 'teams', version, 'MicrosoftTeams.schema.json');
  return existsSync(file) ? file : undefined;
}

/**
 * Schema errors of a filled manifest, as "<json pointer> <message>" lines; empty when valid. Refuses to run when the
 * schema is not bundled, because the library would then download it and packaging must work offline.
 */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const schemaUrl = manifest.$schema ?? '';
  if (!bundledSchemaPath(schemaUrl)) {
    throw new Error(`@microsoft/app-manifest has no bundled copy of the schema "${schemaUrl}"; use a manifest version it bundles`);
  }
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest);
}

/** Relative paths of the files the manifest says are in the package, besides manifest.json. */
export function referencedFiles(manifest: TeamsManifest): string[] {
  const icons = Object.values(manifest.icons ?? {}).filter((path): path is string => typeof path === 'string');
  const activityIcons = (manifest.activities?.activityIcons ?? []).map((icon) => icon.iconFile);
  return [...new Set([...icons, ...activityIcons])];
}

/** The package's files by name: the filled manifest.json and every file it references, read from manifestDir. */
export function packageFiles(manifestDir: string, manifest: TeamsManifest): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = { 'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const path of referencedFiles(manifest)) {
    const file = join(manifestDir, path);
    if (!existsSync(file)) throw new Error(`the manifest references ${path}, but ${file} does not exist`);
    files[path] = readFileSync(file);
  }
  return files;
}

/** A zip with the files at its root; fixed timestamps so the same inputs give the same bytes. */
export function zipPackage(files: Record<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { level: name.endsWith('.png') ? 0 : 9 }];
  return zipSync(entries, { mtime: new Date(2000, 0, 1) });
}
