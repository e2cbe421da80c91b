import PgBoss from 'pg-boss';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { runLogs } from './schema';

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
export async function enqueueTraining(executor: Executor, runId: string, options: { startAfterSeconds?: number } = {}): Promise<string> {
  const [ahead] = await executor.execute<{ n: number }>(sql`
    select count(*)::int as n from runs
    where team_id = (select team_id from runs where id = ${runId}) and status in ('queued', 'running') and kind <> 'external' and id <> ${runId}`);
  // A time, not seconds: pg-boss binds the value to a timestamp parameter too, which postgres.js types strictly.
  const startAfter = options.startAfterSeconds ? new Date(Date.now() + options.startAfterSeconds * 1000) : undefined;
  return enqueue(executor, 'run-train', { runId }, { priority: -(ahead?.n ?? 0), ...(startAfter && { startAfter }) });
}

/**
 * How many runs one team may train at once while other teams have runs queued: PHASELAB_TEAM_RUN_LIMIT, or half the
 * slots of the workers online (at least 1). Alone on the fleet, a team may use every slot: a limit that left slots
 * idle would help nobody.
 */
export async function teamRunLimit(executor: Executor): Promise<number> {
  const set = process.env.PHASELAB_TEAM_RUN_LIMIT;
  if (set) {
    const limit = Number(set);
    if (!Number.isInteger(limit) || limit < 1) throw new Error('PHASELAB_TEAM_RUN_LIMIT must be a positive whole number');
    return limit;
  }
  const [fleet] = await executor.execute<{ slots: number }>(sql`
    select coalesce(sum(concurrency), 0)::int as slots from workers where stopped_at is null and last_seen_at > now() - interval '1 minute'`);
  return Math.max(1, Math.floor((fleet?.slots ?? 0) / 2));
}

export interface TeamSlots {
  running: number;
  limit: number;
  othersWaiting: boolean;
}

/** A team's runs training now, its limit, and whether other teams wait to start one: what decides if its next may. */
export async function teamSlots(executor: Executor, teamId: string): Promise<TeamSlots> {
  const limit = await teamRunLimit(executor);
  // Only a team that may still start a run waits for this slot; two teams both at their limit share what is left.
  const [row] = await executor.execute<{ running: number; others_waiting: boolean }>(sql`
    select (select count(*)::int from runs where team_id = ${teamId} and status = 'running' and kind <> 'external') as running,
      exists (
        select 1 from runs q where q.status = 'queued' and q.kind <> 'external' and q.team_id <> ${teamId}
          and (select count(*) from runs r where r.team_id = q.team_id and r.status = 'running' and r.kind <> 'external') < ${limit}) as others_waiting`);
  return { running: row!.running, limit, othersWaiting: row!.others_waiting };
}

/**
 * Queues again the runs that wait for a base model whose pre-training has ended (well or not: a run whose base model
 * failed then fails with that reason). Called when a run ends, and by every worker's sweep for what ends otherwise
 * (a deleted run). Returns the ids queued.
 */
export async function releaseWaitingRuns(executor: Executor, teamId?: string): Promise<string[]> {
  const released = await executor.execute<{ id: string; team_id: string; attempt: number }>(sql`
    update runs w set status = 'queued'
    where w.status = 'waiting' ${teamId ? sql`and w.team_id = ${teamId}` : sql``}
      and not exists (select 1 from runs b where b.id::text = w.config->>'baseModelId' and b.team_id = w.team_id and b.status in ('queued', 'waiting', 'running'))
    returning w.id, w.team_id, w.attempt`);
  for (const run of released) {
    await enqueueTraining(executor, run.id);
    await executor.insert(runLogs).values({
      runId: run.id,
      teamId: run.team_id,
      attempt: run.attempt,
      level: 'info',
      message: 'queued again: its base model is no longer pre-training',
    });
  }
  return [...released].map((r) => r.id);
}

/**
 * For each run, how many queued runs the queue hands out before it (in pg-boss's fetch order: priority, age, id),
 * across all teams; null when it has no job waiting (it is not queued, or a worker just took it). Only jobs of runs
 * still queued count: a canceled run's job waits until a worker drops it. Reads pg-boss 10's job table (the queue's
 * partition, its waiting states below 'active').
 */
export async function trainingJobsAhead(executor: Executor, runIds: readonly string[]): Promise<(number | null)[]> {
  const rows = await executor.execute<{ run_id: string; ahead: number }>(sql`
    with waiting as (
      select distinct on (r.id) r.id as run_id, j.priority, j.created_on, j.id
      from pgboss.job j join runs r on r.id = (j.data->>'runId')::uuid and r.status = 'queued'
      where j.name = 'run-train' and j.state < 'active'
      order by r.id, j.priority desc, j.created_on, j.id),
    ranked as (select run_id, (row_number() over (order by priority desc, created_on, id) - 1)::int as ahead from waiting)
    select run_id, ahead from ranked where run_id = any(${`{${runIds.join(',')}}`}::uuid[])`);
  const ahead = new Map([...rows].map((r) => [r.run_id, r.ahead]));
  return runIds.map((id) => ahead.get(id) ?? null);
}
