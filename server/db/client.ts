// Opens Roundtable's database: embedded PGlite (PostgreSQL in WebAssembly, in a data folder) by default, or a
// PostgreSQL server when a connection URL is given. Both get the same Drizzle schema and the same migrations.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './tables';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseTarget = { url: string } | { dataDir: string } | { pglite: PGlite };

/**
 * LISTEN on a channel: `onNotice` gets each payload, in commit order; `onReconnect` after a lost connection came back
 * (notices may be lost), before any notice of the new connection.
 */
export type Listen = (channel: string, onNotice: (payload: string) => void, onReconnect?: () => void) => Promise<() => Promise<void>>;

export type OpenDatabase = { db: Database; kind: 'postgres' | 'pglite'; listen: Listen; close(): Promise<void> };

const assertChannel = (channel: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Invalid LISTEN channel ${channel}`);
};

/** A dedicated connection for LISTEN (a pooled one would be handed to other queries), re-established when lost. */
const listenOnPostgres = (url: string): Listen => async (channel, onNotice, onReconnect) => {
  assertChannel(channel);
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = 250;
  const connect = async (isReconnect: boolean): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    // On a new connection, notices wait until `onReconnect` has run: the listener learns first that some were lost.
    let held: string[] | null = isReconnect ? [] : null;
    next.on('notification', (message) => {
      if (message.channel !== channel || message.payload === undefined) return;
      if (held) held.push(message.payload);
      else onNotice(message.payload);
    });
    next.on('error', () => {
      next.removeAllListeners('notification');
      void next.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void reconnect(), retryMs);
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
    retryMs = 250;
    if (held) {
      onReconnect?.();
      for (const payload of held.splice(0)) onNotice(payload);
      held = null;
    }
  };
  const reconnect = async () => {
    if (stopped) return;
    try {
      await connect(true);
    } catch {
      retryMs = Math.min(retryMs * 2, 10_000);
      setTimeout(() => void reconnect(), retryMs);
    }
  };
  await connect(false);
  return async () => {
    stopped = true;
    await client?.end().catch(() => undefined);
  };
};

const listenOnPglite = (client: PGlite): Listen => async (channel, onNotice) => {
  assertChannel(channel);
  const unlisten = await client.listen(channel, onNotice);
  return () => unlisten();
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export const openDatabase = async (target: DatabaseTarget): Promise<OpenDatabase> => {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder });
    return { db: db as unknown as Database, kind: 'postgres', listen: listenOnPostgres(target.url), close: () => pool.end() };
  }
  let client: PGlite;
  if ('pglite' in target) {
    client = target.pglite;
  } else {
    await mkdir(target.dataDir, { recursive: true });
    client = await PGlite.create(target.dataDir);
  }
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as Database, kind: 'pglite', listen: listenOnPglite(client), close: () => client.close() };
};
