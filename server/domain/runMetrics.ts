import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { runMetrics, runs } from '../../db/schema';
import { NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export interface MetricSeries {
  runId: string;
  key: string;
  points: { step: number; epoch: number; value: number }[];
}

const metricsQuery = z.object({
  runIds: z.array(z.uuid('not a run id')).min(1).max(200, 'ask for at most 200 runs at once'),
  keys: z.array(z.string().min(1)).max(50).nullish(),
  maxPoints: z.number().int().min(2, 'maxPoints: at least 2').max(10_000, 'maxPoints: at most 10000').default(1000),
  fromStep: z.number().int().nullish(),
  toStep: z.number().int().nullish(),
});

/**
 * Curves of the team's runs, at most `maxPoints` per series. A longer series is cut into maxPoints/2 buckets of
 * steps, and each bucket keeps its lowest and its highest point: a spike survives downsampling, however short.
 * Done in SQL, so only what is drawn leaves the database.
 */
export async function queryMetrics(scope: Scope, input: unknown): Promise<MetricSeries[]> {
  authorize(scope, 'runs:read');
  const { runIds, keys, maxPoints, fromStep, toStep } = parseInput(metricsQuery, input);
  const owned = await scope.db.select({ id: runs.id }).from(runs).where(and(ownedBy(scope, runs.teamId), inArray(runs.id, runIds)));
  if (owned.length !== new Set(runIds).size) throw new NotFoundError('Run');
  const buckets = Math.floor(maxPoints / 2);
  const rows = await scope.db.execute<{ run_id: string; key: string; step: number; epoch: number; value: number }>(sql`
    with series as (
      select run_id, key, step, epoch, value,
             count(*) over w as n,
             min(step) over w as lo,
             max(step) over w as hi
      from ${runMetrics}
      where ${ownedBy(scope, runMetrics.teamId)}
        and ${inArray(runMetrics.runId, runIds)}
        ${keys?.length ? sql`and ${inArray(runMetrics.key, keys)}` : sql``}
        ${fromStep != null ? sql`and ${runMetrics.step} >= ${fromStep}` : sql``}
        ${toStep != null ? sql`and ${runMetrics.step} <= ${toStep}` : sql``}
      window w as (partition by run_id, key)
    ),
    bucketed as (
      select *, floor((step - lo)::float8 * ${buckets} / (hi - lo + 1))::int as bucket from series where n > ${maxPoints}
    ),
    extremes as (
      select run_id, key, step, epoch, value,
             row_number() over (partition by run_id, key, bucket order by value asc, step) as low,
             row_number() over (partition by run_id, key, bucket order by value desc, step) as high
      from bucketed
    )
    select run_id, key, step, epoch, value from series where n <= ${maxPoints}
    union all
    select run_id, key, step, epoch, value from extremes where low = 1 or high = 1
    order by run_id, key, step`);
  const series = new Map<string, MetricSeries>();
  for (const row of rows) {
    const id = `${row.run_id}\u0000${row.key}`;
    let s = series.get(id);
    if (!s) series.set(id, (s = { runId: row.run_id, key: row.key, points: [] }));
    s.points.push({ step: Number(row.step), epoch: Number(row.epoch), value: Number(row.value) });
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
