import os from 'node:os';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { workers } from '../db/schema';
import { log } from '../lib/log';

/** How often a worker says it is alive; tests shorten it to see a killed worker's runs come back quickly. */
export const HEARTBEAT_MS = Number(process.env.PHASELAB_HEARTBEAT_MS ?? 5_000);

/**
 * The session limits of a worker's and a training process's connections. A host frozen inside a transaction (paused,
 * swapped out) would hold its run's row lock and block the takeover for as long as it stays frozen: Postgres ends
 * that session well before the takeover limit (four heartbeats), and its transaction with it.
 */
export const WORKER_SESSION_TIMEOUTS = { idleInTransaction: Math.max(5_000, 2 * HEARTBEAT_MS) };

/**
 * The Postgres application name of a worker's sessions and its training processes': a worker taken for dead has
 * them ended by the one that takes its runs over (`requeueOrphanedRuns`).
 */
export const SESSION_NAME_PREFIX = 'phaselab worker ';
export const newWorkerId = () => randomUUID();

/** Announces this process in the `workers` table and keeps its heartbeat fresh until stopped. */
export async function registerWorker(db: Database, id: string, concurrency: number) {
  await db.insert(workers).values({ id, host: os.hostname(), pid: process.pid, concurrency });
  const beat = setInterval(() => {
    db.update(workers)
      .set({ lastSeenAt: new Date() })
      .where(eq(workers.id, id))
      .catch((error) => log.error({ workerId: id, err: error }, 'heartbeat failed'));
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
        .catch(() => log.warn({ workerId: id }, 'database already closed; heartbeat expiry will mark this worker offline'));
    },
  };
}
