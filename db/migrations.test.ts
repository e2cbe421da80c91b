import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from './client';
import { createDatabaseIfMissing } from './embedded';
import { readSeries } from './metricChunks';
import { migrateDatabase } from './migrate';
import { dropDatabase, withDatabase } from '../test/globalSetup';

const migrationsFolder = path.join(import.meta.dirname, 'migrations');

/** The migrations up to (not including) `tag`, as a folder of their own. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'phaselab-migrations-'));
  fs.cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e: { tag: string }) => e.tag === tag),
  );
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('migration 0020 (points into chunks)', () => {
  const adminUrl = inject('adminUrl');
  const name = `phaselab_test_${randomBytes(6).toString('hex')}`;
  const earlier = migrationsBefore('0020_metric_chunks');
  afterAll(async () => {
    fs.rmSync(earlier, { recursive: true, force: true });
    await dropDatabase(adminUrl, name);
  });

  it('moves every stored point, wall time included, into chunks of 1,024 in step order', async () => {
    await createDatabaseIfMissing(adminUrl, name);
    const { db, close } = connect(withDatabase(adminUrl, name), { max: 1 });
    try {
      await migrate(db, { migrationsFolder: earlier });
      const [runId, teamId] = [randomUUID(), randomUUID()];
      // Inserted out of order, as concurrent COPYs left them.
      await db.execute(sql`
        insert into run_metrics (run_id, team_id, key, step, epoch, value, wall_time)
        select ${runId}, ${teamId}, k, s, s / 10.0, case when s = 7 then 'NaN'::float8 else s * 0.5 end, to_timestamp(1700000000 + s)
        from unnest(array['loss', 'acc']) k, generate_series(2499, 0, -1) s`);
      await migrate(db, { migrationsFolder });
      const chunks = await db.execute<{ key: string; points: number }>(sql`select key, points from metric_chunks order by key, first_step`);
      expect(chunks.map((c) => `${c.key}:${c.points}`)).toEqual(['acc:1024', 'acc:1024', 'acc:452', 'loss:1024', 'loss:1024', 'loss:452']);
      const [acc, loss] = await readSeries(db, { teamId, runIds: [runId], withWallTime: true });
      for (const series of [acc!, loss!]) {
        expect([...series.steps]).toEqual(Array.from({ length: 2500 }, (_, s) => s));
        expect(series.values[7]).toBeNaN();
        expect(series.values[2000]).toBe(1000);
        expect(series.epochs[2000]).toBe(200);
        expect(series.wallTimes![2000]).toBe((1_700_000_000 + 2000) * 1000);
      }
      expect((await db.execute(sql`select to_regclass('run_metrics') as t`))[0]!.t).toBeNull();
    } finally {
      await close();
    }
  });
});

describe('migrating', () => {
  const adminUrl = inject('adminUrl');
  const name = `phaselab_test_${randomBytes(6).toString('hex')}`;
  afterAll(() => dropDatabase(adminUrl, name));

  it('from three hosts at once: they take turns, and every migration is applied once', async () => {
    await createDatabaseIfMissing(adminUrl, name);
    const url = withDatabase(adminUrl, name);
    await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
    const { db, close } = connect(url, { max: 1 });
    try {
      const applied = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'));
      expect(applied[0]!.n).toBe(journal.entries.length);
    } finally {
      await close();
    }
  });
});
