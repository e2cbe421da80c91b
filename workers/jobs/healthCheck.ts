import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { JobPayloads } from '../../db/queue';
import { healthChecks } from '../../db/schema';

/** Answers a team's health check: the round trip web → queue → worker → database is the proof. */
export async function answerHealthCheck(db: Database, workerId: string, job: JobPayloads['health-check']) {
  await db
    .update(healthChecks)
    .set({ answeredAt: new Date(), workerId })
    .where(and(eq(healthChecks.id, job.healthCheckId), isNull(healthChecks.answeredAt)));
}
