import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { workers } from '../db/schema';

/** How often a worker says it is alive; tests shorten it to see a killed worker's runs come back quickly. */
export const HEARTBEAT_MS = Number(process.env.PHASELAB_HEARTBEAT_MS ?? 5_000);

/** Announces this process in the `workers` table and keeps its heartbeat fresh until stopped. */
export async function registerWorker(db: Database, concurrency: number) {
  const id = randomUUID();
  await db.insert(workers).values({ id, host: os.hostname(), pid: process.pid, concurrency });
  const beat = setInterval(() => {
    db.update(workers)
      .set({ lastSeenAt: new Date() })
      .where(eq(workers.id, id))
      .catch((error) => console.error('[worker] heartbeat failed:', error.message));
  }, HEARTBEAT_MS);
  beat.unref();
  return {
    id,
    /** Best effort: if the database is already gone, the stale heartbeat marks this worker offline anyway. */
    async stop() {
      clearInterval(beat);
      await db
        .update(workers)
        .set({ stoppedAt: new Date() })
        .where(eq(workers.id, id))
        .catch(() => console.log('[worker] database already closed; heartbeat expiry will mark this worker offline'));
    },
  };
}
