import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, createDatabaseIfMissing, type EmbeddedDatabase } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';

export const TEMPLATE_DATABASE = 'phaselab_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/**
 * One real Postgres for the run (embedded, unless DATABASE_URL names one), and a migrated template
 * database that each test file clones into a fresh database of its own.
 */
export async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'phaselab-test-pg-'));
    await fs.chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      port: Number(process.env.PHASELAB_TEST_PG_PORT ?? 54329),
      database: 'postgres',
      persistent: false,
    });
    adminUrl = embedded.url;
  }
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await dropDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  await migrateDatabase(templateUrl);
  project.provide('adminUrl', adminUrl);
}

export async function teardown() {
  await embedded?.stop();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function dropDatabase(adminUrl: string, database: string) {
  const { default: postgres } = await import('postgres');
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${database}" with (force)`);
  await admin.end();
}
