/**
 * A throwaway embedded Postgres for a benchmark: migrated, with one user and team, and a sample dataset's version.
 * `work` gets them; the database is stopped and its folder removed afterwards, whatever happens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connect, type Database } from '../db/client';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { createSampleDataset } from '../server/domain/datasets';
import { createTeam } from '../server/domain/teams';
import { createAccount } from '../server/domain/users';
import { resolveScope, type Scope } from '../server/tenancy/scope';

export interface BenchWorld {
  db: Database;
  scope: Scope;
  teamId: string;
  versionId: string;
  /** The database's URL, for a pool of the bench's own. */
  url: string;
  /** Where its files are (its postmaster's -D). */
  dataDir: string;
}

export async function withBenchDatabase(
  name: string,
  port: number,
  sample: string,
  work: (world: BenchWorld) => Promise<void>,
): Promise<void> {
  const dataDir = path.resolve(import.meta.dirname, '..', '.data', `bench-${name}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({ dataDir, port, database: 'bench', persistent: false });
  try {
    await migrateDatabase(pg.url);
    const { db, close } = connect(pg.url, { max: 4 });
    try {
      const user = await createAccount(db, { email: 'bench@example.com', password: 'bench password', name: 'Bench' });
      const team = await createTeam(db, user, { name: 'Bench' });
      const scope = await resolveScope(db, { kind: 'user', user }, team.slug);
      const dataset = await createSampleDataset(scope, sample);
      const [version] = await db.execute<{ id: string }>(sql`select id from dataset_versions where dataset_id = ${dataset.id}`);
      await work({ db, scope, teamId: team.id, versionId: version!.id, url: pg.url, dataDir });
    } finally {
      await close();
    }
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
