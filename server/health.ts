import { sql } from 'drizzle-orm';
import { getDb, type Database } from '../db/client';

/** A probe answers in this time whatever the database does: a load balancer or `npm start` must never wait on it. */
export const HEALTH_BUDGET_MS = 2_000;

/** Liveness for load balancers and the start script: the web process is up and reaches the database. */
export async function checkHealth(db: Database = getDb()): Promise<{ ok: boolean; database: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_BUDGET_MS)));
  const reached = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  const database = await Promise.race([reached, late]);
  clearTimeout(timer);
  return { ok: database, database };
}
