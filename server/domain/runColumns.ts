/**
 * The run list's user-chosen columns: each user keeps their own per team, the keys offered come from the team's own
 * runs, and a metric's best value is read from its whole curve.
 */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { runListColumns, runs } from '../../db/schema';
import { querySeries, seriesStatus } from '../../db/metricSeries';
import { runColumns, type RunColumn } from '../../lib/runs/listColumns';
import { lowerIsBetter } from '../../lib/compare/seedSummary';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export async function getRunListColumns(scope: Scope): Promise<RunColumn[]> {
  authorize(scope, 'runs:read');
  const [row] = await scope.db
    .select({ columns: runListColumns.columns })
    .from(runListColumns)
    .where(and(ownedBy(scope, runListColumns.teamId), eq(runListColumns.userId, scope.user.id)));
  // A stored choice is read back through the same rules it was written with.
  return row ? runColumns.catch([]).parse(row.columns) : [];
}

/** Only the caller's own choice: a viewer may arrange their list too. */
export async function setRunListColumns(scope: Scope, input: unknown): Promise<RunColumn[]> {
  authorize(scope, 'runs:read');
  const columns = parseInput(runColumns, input, 'columns');
  await scope.db
    .insert(runListColumns)
    .values({ teamId: scope.team.id, userId: scope.user.id, columns })
    .onConflictDoUpdate({ target: [runListColumns.teamId, runListColumns.userId], set: { columns, updatedAt: sql`now()` } });
  return columns;
}

/** How many of the team's newest runs the offered keys are drawn from: a picker, not an inventory. */
const CHOICE_RUNS = 1000;

/** The summary keys (metrics) and the config fields holding plain values, over the team's newest runs. */
export async function runColumnChoices(scope: Scope): Promise<{ metrics: string[]; configFields: string[] }> {
  authorize(scope, 'runs:read');
  const newest = scope.db
    .select({ summary: runs.summary, config: runs.config })
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), isNull(runs.deletedAt)))
    .orderBy(desc(runs.createdAt))
    .limit(CHOICE_RUNS)
    .as('newest');
  const [metrics, configFields] = await Promise.all([
    scope.db.execute<{ key: string }>(sql`select distinct jsonb_object_keys(${newest.summary}) as key from ${newest} order by 1 limit 500`),
    scope.db.execute<{ key: string }>(
      sql`select distinct e.key from ${newest}, jsonb_each(${newest.config}) as e where jsonb_typeof(e.value) in ('number', 'string', 'boolean') order by 1 limit 500`,
    ),
  ]);
  return { metrics: metrics.map((r) => r.key), configFields: configFields.map((r) => r.key) };
}

/**
 * Each run's best value of each key over its whole curve: the lowest for losses and errors, the highest otherwise.
 * Exact: a downsampled curve keeps every bucket's lowest and highest point, so it keeps the curve's extremes too.
 */
export async function bestValuesOf(
  scope: Scope,
  runList: readonly { id: string; kind: string; status: string }[],
  keys: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  authorize(scope, 'runs:read');
  const best = new Map(runList.map((run) => [run.id, new Map<string, number>()]));
  if (!runList.length || !keys.length) return best;
  const series = await querySeries(
    scope.db,
    { teamId: scope.team.id, runIds: runList.map((r) => r.id), keys: [...keys], maxPoints: 1000 },
    new Map(runList.map((r) => [r.id, seriesStatus(r)])),
  );
  for (const { runId, key, points } of series) {
    const values = points.map((p) => p.value).filter(Number.isFinite);
    if (values.length) best.get(runId)!.set(key, lowerIsBetter(key) ? Math.min(...values) : Math.max(...values));
  }
  return best;
}
