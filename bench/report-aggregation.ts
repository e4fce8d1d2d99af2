// Report aggregation (issue 6): the leader reports' SQL over a tenant of 12,000 occurrences and ~100,000
// participations (check-in answers, speaking rows, praise; bench/lib/report-seed.ts), in PGlite and in PostgreSQL.
// Times, in the server process around the store call (p50/p95 over --runs after one warm-up):
// - `figures`: readOccurrenceFigures for a quarter of one leader's calendar (--keys occurrences of the series they sit in);
// - `team`: readTeamWeeks over a year for a team of 100 organizers, who organized 10,000 of the occurrences.
// Baseline in the same run and connection: a trivial `select 1` round trip, and `count(*)` over the participations.
// Usage: node --import tsx bench/report-aggregation.ts [--runs 30] [--keys 500] [--databases pglite,postgres]
// BENCH_DATABASE_URL points PostgreSQL at a server of your own (the bench tenant's rows there are replaced).
import { parseArgs } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, type OpenDatabase } from '../server/db/client';
import { createReportStore } from '../server/db/report-store';
import type { OccurrenceKey } from '../server/domain/reports/inputs';
import { round, runIfMain } from './lib/report';
import { organizerEmail, SEED, seedReports } from './lib/report-seed';
import { startBenchPostgres } from './lib/throwaway-postgres';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    keys: { type: 'string', default: '500' },
    databases: { type: 'string', default: 'pglite,postgres' },
  },
});
const RUNS = Number(values.runs);
const KEYS = Number(values.keys);
const WEEK_MS = 7 * 86_400_000;
const TEAM_ORGANIZERS = 100;
const AIM_MS = 300;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** p50/p95 of `runs` awaited calls of `work`, in ms, after one warm-up call. */
const timeAsync = async (runs: number, work: () => Promise<unknown>) => {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
};

/** The leader sits in every 12th series: their quarter is those series' occurrences in the first 13 weeks. */
const leaderQuarter = (): OccurrenceKey[] => {
  const keys: OccurrenceKey[] = [];
  const first = Date.parse(SEED.firstWeek);
  for (let week = 0; week < 13; week++) {
    for (let series = 0; series < SEED.series; series += 12) {
      const startsAt = first + week * WEEK_MS + (series % 5) * 86_400_000 + (series % 8) * 3_600_000;
      keys.push({ onlineMeetingId: `meeting-${series}`, startsAt: new Date(startsAt).toISOString() });
    }
  }
  return keys.slice(0, KEYS);
};

const countOf = async (database: OpenDatabase, statement: string): Promise<number> =>
  Number((((await database.db.execute(sql.raw(statement))) as unknown as { rows: { n: number | string }[] }).rows[0]?.n) ?? NaN);

const runOn = async (database: OpenDatabase) => {
  const seedStart = performance.now();
  await seedReports(database.db);
  const seedMs = round(performance.now() - seedStart);
  const reports = createReportStore(database.db);
  const keys = leaderQuarter();
  const team = Array.from({ length: TEAM_ORGANIZERS }, (_, i) => organizerEmail(i));
  const year = { from: new Date(Date.parse(SEED.firstWeek) - WEEK_MS), to: new Date(Date.parse(SEED.firstWeek) + 51 * WEEK_MS), timeZone: 'Europe/Berlin' };
  const participations = `select (select count(*) from checkin_answers) + (select count(*) from speaking_people) + (select count(*) from praise) as n`;

  const figures = await reports.readOccurrenceFigures(SEED.tenantId, keys);
  const teamFigures = await reports.readTeamWeeks(SEED.tenantId, team, year);
  return {
    seeded: {
      seconds: round(seedMs / 1000),
      occurrences: await countOf(database, 'select count(*) as n from occurrences'),
      participations: await countOf(database, participations),
      teamOccurrences: teamFigures.weeks.reduce((sum, week) => sum + week.meetings, 0),
    },
    figures: { keys: keys.length, found: figures.size, ...(await timeAsync(RUNS, () => reports.readOccurrenceFigures(SEED.tenantId, keys))) },
    team: { organizers: team.length, weeks: teamFigures.weeks.length, ...(await timeAsync(RUNS, () => reports.readTeamWeeks(SEED.tenantId, team, year))) },
    baseline: {
      selectOne: await timeAsync(RUNS, () => database.db.execute(sql`select 1`)),
      countParticipations: await timeAsync(RUNS, () => database.db.execute(sql.raw(participations))),
    },
  };
};

const withinAim = (result: Awaited<ReturnType<typeof runOn>>) => result.figures.p95 < AIM_MS && result.team.p95 < AIM_MS;

runIfMain(import.meta.url, async () => {
  const databases = values.databases.split(',');
  const results: Record<string, unknown> = {};
  if (databases.includes('pglite')) {
    const database = await openDatabase({ pglite: await PGlite.create() });
    try {
      results.pglite = await runOn(database);
    } finally {
      await database.close();
    }
  }
  if (databases.includes('postgres')) {
    const server = await startBenchPostgres('roundtable_bench_reports');
    if ('error' in server) {
      results.postgres = { error: server.error };
    } else {
      const database = await openDatabase({ url: server.url });
      try {
        const result = await runOn(database);
        results.postgres = { ...result, withinAimOf300ms: withinAim(result) };
      } finally {
        await database.close();
        server.stop();
      }
    }
  }
  return { bench: 'report-aggregation', runs: RUNS, ...results };
});
