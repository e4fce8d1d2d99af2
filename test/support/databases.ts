// Fresh, migrated databases for tests: PGlite started from the run's migrated data directory (see
// pglite-global-setup.ts; creating and migrating PGlite costs seconds), and PostgreSQL as a new database per call in
// the suite's throwaway cluster.
import { PGlite } from '@electric-sql/pglite';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../server/db/client';

let template: Promise<Blob> | null = null;

export const freshPglite = async (): Promise<PGlite> => {
  template ??= readFile(inject('pgliteTemplate')).then((tar) => new Blob([tar]));
  return PGlite.create({ loadDataDir: await template });
};

export const openPglite = async (): Promise<OpenDatabase> => openDatabase({ pglite: await freshPglite() });

let counter = 0;

/** A new, migrated database in the suite's PostgreSQL cluster; `url` lets a test open a second connection (instance). */
export const openPostgres = async (): Promise<OpenDatabase & { url: string }> => {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  const name = `roundtable_test_${process.pid}_${Date.now()}_${counter++}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  return { ...(await openDatabase({ url: url.toString() })), url: url.toString() };
};

export const databaseKinds = [
  { name: 'PGlite', open: openPglite },
  { name: 'PostgreSQL', open: openPostgres },
] as const;
