import { sql } from 'drizzle-orm';
import { getDb } from '../db/client';

/** Liveness for load balancers and the start script: the web process is up and reaches the database. */
export async function checkHealth(): Promise<{ ok: boolean; database: boolean }> {
  const database = await getDb()
    .execute(sql`select 1`)
    .then(() => true, () => false);
  return { ok: database, database };
}
