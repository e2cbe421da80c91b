import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { runMetrics, runs } from '../../db/schema';
import { NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export interface MetricSeries {
  runId: string;
  key: string;
  /** wallTime: seconds since 1970, when the point was written. */
  points: { step: number; epoch: number; value: number; wallTime: number }[];
}

const metricsQuery = z.object({
  runIds: z.array(z.uuid('not a run id')).min(1).max(200, 'ask for at most 200 runs at once'),
  keys: z.array(z.string().min(1)).max(50).nullish(),
  maxPoints: z.number().int().min(4, 'maxPoints: at least 4').max(10_000, 'maxPoints: at most 10000').default(1000),
  fromStep: z.number().int().nullish(),
  toStep: z.number().int().nullish(),
});

/**
 * Curves of the team's runs, at most `maxPoints` per series. A longer series keeps its first and last points and is
 * cut into (maxPoints − 2)/2 buckets of steps, each keeping its lowest and its highest point: a spike survives
 * downsampling, however short. Done in SQL, so only what is drawn leaves the database. An empty `keys` asks for no
 * series; an absent one for all.
 */
export async function queryMetrics(scope: Scope, input: unknown): Promise<MetricSeries[]> {
  authorize(scope, 'runs:read');
  const { runIds, keys, maxPoints, fromStep, toStep } = parseInput(metricsQuery, input);
  const owned = await scope.db.select({ id: runs.id }).from(runs).where(and(ownedBy(scope, runs.teamId), inArray(runs.id, runIds)));
  if (owned.length !== new Set(runIds).size) throw new NotFoundError('Run');
  const buckets = Math.floor((maxPoints - 2) / 2);
  const filters = sql`${ownedBy(scope, runMetrics.teamId)} and ${inArray(runMetrics.runId, runIds)}
    ${keys ? (keys.length ? sql`and ${inArray(runMetrics.key, keys)}` : sql`and false`) : sql``}
    ${fromStep != null ? sql`and ${runMetrics.step} >= ${fromStep}` : sql``}
    ${toStep != null ? sql`and ${runMetrics.step} <= ${toStep}` : sql``}`;
  // min()/max() over arrays compare element by element: [value, step, epoch, wall time] finds a bucket's lowest and highest
  // point (earliest step on ties) in one hashed pass, with no sort.
  const rows = await scope.db.execute<{ run_id: string; key: string; step: number; epoch: number; value: number; wall: number }>(sql`
    with bounds as (
      select run_id, key, count(*) as n, min(step) as lo, max(step) as hi from ${runMetrics} where ${filters} group by run_id, key
    ),
    buckets as (
      select ${runMetrics.runId} as run_id, ${runMetrics.key} as key,
             min(array[${runMetrics.value}, ${runMetrics.step}::float8, ${runMetrics.epoch}::float8, extract(epoch from ${runMetrics.wallTime})::float8]) as low,
             max(array[${runMetrics.value}, -${runMetrics.step}::float8, ${runMetrics.epoch}::float8, extract(epoch from ${runMetrics.wallTime})::float8]) as high
      from ${runMetrics} join bounds b on b.run_id = ${runMetrics.runId} and b.key = ${runMetrics.key}
      where ${filters} and b.n > ${maxPoints}
      group by 1, 2, floor((${runMetrics.step} - b.lo)::float8 * ${buckets} / (b.hi - b.lo + 1))
    ),
    picked as (
      select ${runMetrics.runId} as run_id, ${runMetrics.key} as key, ${runMetrics.step} as step, ${runMetrics.epoch} as epoch, ${runMetrics.value} as value,
               extract(epoch from ${runMetrics.wallTime})::float8 as wall
        from ${runMetrics} join bounds b on b.run_id = ${runMetrics.runId} and b.key = ${runMetrics.key}
        where ${filters} and (b.n <= ${maxPoints} or ${runMetrics.step} in (b.lo, b.hi))
      union all
      select run_id, key, low[2]::int, low[3]::real, low[1], low[4] from buckets
      union all
      select run_id, key, (-high[2])::int, high[3]::real, high[1], high[4] from buckets
    )
    select distinct on (run_id, key, step) run_id, key, step, epoch, value, wall from picked order by run_id, key, step`);
  const series = new Map<string, MetricSeries>();
  for (const row of rows) {
    const id = `${row.run_id}\u0000${row.key}`;
    let s = series.get(id);
    if (!s) series.set(id, (s = { runId: row.run_id, key: row.key, points: [] }));
    s.points.push({ step: Number(row.step), epoch: Number(row.epoch), value: Number(row.value), wallTime: Number(row.wall) });
  }
  return [...series.values()];
}

/** The metric names a run has recorded, for pickers. */
export async function metricKeys(scope: Scope, runId: string): Promise<string[]> {
  authorize(scope, 'runs:read');
  const rows = await scope.db
    .selectDistinct({ key: runMetrics.key })
    .from(runMetrics)
    .where(and(ownedBy(scope, runMetrics.teamId), eq(runMetrics.runId, runId)))
    .orderBy(runMetrics.key);
  return rows.map((r) => r.key);
}
