import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client';

/** Every queue, and the payload its jobs carry. Workers consume these; the web app only sends. */
export interface JobPayloads {
  'health-check': { healthCheckId: string };
  'run-train': { runId: string };
  'run-predict': { predictionId: string };
}
export type QueueName = keyof JobPayloads;
export const queueNames = ['health-check', 'run-train', 'run-predict'] as const satisfies readonly QueueName[];

/**
 * A training job can outlast pg-boss's 15-minute default expiry; whether a run is alive is decided by worker
 * heartbeats (see workers/engine/runJob.ts), so its job is given the longest expiry pg-boss allows.
 */
export const queueOptions: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
  'health-check': { retryLimit: 3 },
  'run-train': { retryLimit: 3, expireInSeconds: 23 * 60 * 60 },
  'run-predict': { retryLimit: 1, expireInSeconds: 10 * 60 },
};

/**
 * Lets pg-boss run its SQL through one of our executors, so a job can be inserted in the same
 * transaction as the row it belongs to: no row without its job, no job without its row.
 */
export function pgBossExecutor(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const chunks: SQL[] = [];
      let last = 0;
      for (const match of text.matchAll(/\$(\d+)/g)) {
        chunks.push(sql.raw(text.slice(last, match.index)));
        chunks.push(sql`${toParam(values[Number(match[1]) - 1])}`);
        last = match.index! + match[0].length;
      }
      chunks.push(sql.raw(text.slice(last)));
      const rows = await executor.execute(sql.join(chunks));
      return { rows: Array.from(rows as Iterable<unknown>) };
    },
  };
}

function toParam(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

// pg-boss only builds SQL here; the executor passed to `enqueue` runs it.
const sender = new PgBoss({ db: { executeSql: () => Promise.reject(new Error('enqueue needs an executor')) } });

export async function enqueue<Q extends QueueName>(
  executor: Executor,
  queue: Q,
  data: JobPayloads[Q],
  options: Omit<PgBoss.SendOptions, 'db'> = {},
): Promise<string> {
  const id = await sender.send(queue, data as object, { ...options, db: pgBossExecutor(executor) });
  if (!id) throw new Error(`The queue refused a ${queue} job`);
  return id;
}

/**
 * Queues a run's training, fairly between teams. The job's priority is minus the runs its team already has queued or
 * running, and workers take the highest priority first: the next free slot goes to the team with the fewest, so one
 * team's sweep of 20 runs no longer holds back another team's first run, and a team's own runs keep their order.
 * The priority is set when the run is queued (again when it is handed back), not recomputed while it waits.
 */
export async function enqueueTraining(executor: Executor, runId: string): Promise<string> {
  const [ahead] = await executor.execute<{ n: number }>(sql`
    select count(*)::int as n from runs
    where team_id = (select team_id from runs where id = ${runId}) and status in ('queued', 'running') and id <> ${runId}`);
  return enqueue(executor, 'run-train', { runId }, { priority: -(ahead?.n ?? 0) });
}

/**
 * How many training jobs the queue hands out before this run's (in pg-boss's order: priority, then age), across all
 * teams; null when the run has no job waiting (it is not queued, or a worker just took it).
 */
export async function trainingJobsAhead(executor: Executor, runId: string): Promise<number | null> {
  const [row] = await executor.execute<{ ahead: number }>(sql`
    with mine as (
      select priority, created_on from pgboss.job
      where name = 'run-train' and state in ('created', 'retry') and data->>'runId' = ${runId}
      order by created_on limit 1)
    select (select count(*)::int from pgboss.job j where j.name = 'run-train' and j.state in ('created', 'retry')
      and (j.priority > mine.priority or (j.priority = mine.priority and j.created_on < mine.created_on))) as ahead
    from mine`);
  return row?.ahead ?? null;
}
