// Migration 0009 gives rounds answered before it their answerers and counts, from the answers already stored.
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const migrations = fileURLToPath(new URL('../../../server/db/migrations', import.meta.url));
const scratch = await mkdtemp(join(tmpdir(), 'roundtable-migrations-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The migrations folder as it was before `tag`: the same files, the journal cut before it. */
const migrationsBefore = async (tag: string): Promise<string> => {
  const folder = join(scratch, 'before');
  await cp(migrations, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(at).toBeGreaterThan(0);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
};

it('counts the people who answered each existing round, once each, named and anonymous', async () => {
  const pglite = await PGlite.create();
  const db = drizzle(pglite);
  await migrate(db, { migrationsFolder: await migrationsBefore('0009_checkin_answerer_count') });
  await pglite.exec(`
    insert into checkin_rounds (tenant_id, online_meeting_id, occurrence_start, round_id, custom_question, anonymous, state)
    values ('t', 'm', '2026-11-01T09:00:00Z', '00000000-0000-4000-8000-000000000001', 'One word?', false, 'closed'),
           ('t', 'm', '2026-11-08T09:00:00Z', '00000000-0000-4000-8000-000000000002', 'One word?', true, 'closed'),
           ('t', 'm', '2026-11-15T09:00:00Z', '00000000-0000-4000-8000-000000000003', 'One word?', false, 'open');
    insert into checkin_answers (tenant_id, round_id, submission_id, author_id, author_name, anonymous_key, text)
    values ('t', '00000000-0000-4000-8000-000000000001', gen_random_uuid(), 'lucia', 'Lucia', null, 'calm'),
           ('t', '00000000-0000-4000-8000-000000000001', gen_random_uuid(), 'lucia', 'Lucia', null, 'calm, then curious'),
           ('t', '00000000-0000-4000-8000-000000000001', gen_random_uuid(), 'priya', 'Priya', null, 'ready'),
           ('t', '00000000-0000-4000-8000-000000000002', gen_random_uuid(), null, null, 'k1', 'tired'),
           ('t', '00000000-0000-4000-8000-000000000002', gen_random_uuid(), null, null, 'k1', 'less tired'),
           ('t', '00000000-0000-4000-8000-000000000002', gen_random_uuid(), null, null, 'k2', 'fine'),
           ('t', '00000000-0000-4000-8000-000000000002', gen_random_uuid(), null, null, 'k3', 'good');
  `);
  await migrate(db, { migrationsFolder: migrations });
  const counts = await pglite.query<{ round_id: string; answerer_count: number }>('select round_id, answerer_count from checkin_rounds order by occurrence_start');
  expect(counts.rows.map((r) => r.answerer_count)).toEqual([2, 3, 0]);
  const answerers = await pglite.query<{ person: string }>('select person from checkin_answerers order by person');
  expect(answerers.rows.map((r) => r.person)).toEqual(['k1', 'k2', 'k3', 'lucia', 'priya']);
  await pglite.close();
});
