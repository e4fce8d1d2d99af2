// A PostgreSQL database for a benchmark: BENCH_DATABASE_URL when set (used as it is), else a throwaway cluster
// started from Debian's binaries the way the integration suite starts one (test/support/postgres-global-setup.ts),
// with a fresh database in it.
import pg from 'pg';

export type BenchPostgres = { url: string; stop: () => void } | { error: string };

export const startBenchPostgres = async (database: string): Promise<BenchPostgres> => {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => {} };
  try {
    let url = '';
    const { default: setup } = await import('../../test/support/postgres-global-setup');
    const teardown = await setup({ provide: (_key: string, value: string) => (url = value) } as never);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${database}`;
    return { url: target.toString(), stop: () => void teardown?.() };
  } catch (error) {
    return { error: error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error) };
  }
};
