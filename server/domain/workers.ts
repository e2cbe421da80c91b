import { z } from 'zod';
import { and, desc, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { enqueue } from '../../db/queue';
import { healthChecks, workers } from '../../db/schema';
import { NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

/** A worker that has not sent a heartbeat for this long is shown offline. */
export const WORKER_ONLINE_WINDOW_MS = 15_000;

export type Worker = typeof workers.$inferSelect;
export type HealthCheck = typeof healthChecks.$inferSelect;

export function isOnline(worker: Worker, now = Date.now()): boolean {
  return !worker.stoppedAt && now - worker.lastSeenAt.getTime() < WORKER_ONLINE_WINDOW_MS;
}

/** Workers seen in the last hour, online ones first. Workers are shared infrastructure, not team data. */
export async function workerStatus(db: Database) {
  const recent = await db
    .select()
    .from(workers)
    .where(gt(workers.lastSeenAt, new Date(Date.now() - 3600_000)))
    .orderBy(desc(workers.lastSeenAt));
  const now = Date.now();
  return { online: recent.filter((w) => isOnline(w, now)).length, workers: recent };
}

/** Sends a job through the queue that any worker answers: the health row and its job commit together. */
export async function requestHealthCheck(scope: Scope): Promise<HealthCheck> {
  authorize(scope, 'workers:check');
  return scope.db.transaction(async (tx) => {
    const [check] = await tx.insert(healthChecks).values({ teamId: scope.team.id, requestedBy: scope.user.id }).returning();
    await enqueue(tx, 'health-check', { healthCheckId: check!.id }, { expireInSeconds: 60, retryLimit: 0 });
    return check!;
  });
}

export async function getHealthCheck(scope: Scope, id: string): Promise<HealthCheck> {
  authorize(scope, 'team:read');
  parseInput(z.uuid('not a health check id'), id);
  const [check] = await scope.db
    .select()
    .from(healthChecks)
    .where(and(ownedBy(scope, healthChecks.teamId), eq(healthChecks.id, id)));
  if (!check) throw new NotFoundError('Health check');
  return check;
}
