import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { connect, type Database } from '../db/client';
import { createDatabaseIfMissing } from '../db/embedded';
import { dropDatabase, TEMPLATE_DATABASE, withDatabase } from './globalSetup';

/** A fresh, migrated database for one test file, dropped when the file ends. */
export async function createTestDatabase(): Promise<{ db: Database; url: string }> {
  const adminUrl = inject('adminUrl');
  const name = `phaselab_test_${randomBytes(6).toString('hex')}`;
  await createDatabaseIfMissing(adminUrl, name, TEMPLATE_DATABASE);
  const url = withDatabase(adminUrl, name);
  const connection = connect(url, { max: 5 });
  afterAll(async () => {
    await connection.close();
    await dropDatabase(adminUrl, name);
  });
  return { db: connection.db, url };
}
