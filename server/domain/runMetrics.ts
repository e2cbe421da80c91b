import { z } from 'zod';
import { and, inArray } from 'drizzle-orm';
import { querySeries, seriesKeysOf, seriesStatus, type MetricSeries } from '../../db/metricSeries';
import { runs } from '../../db/schema';
import { NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { parseInput } from './validation';

export type { MetricSeries } from '../../db/metricSeries';

const metricsQuery = z.object({
  runIds: z.array(z.uuid('not a run id')).min(1).max(200, 'ask for at most 200 runs at once'),
  keys: z.array(z.string().min(1)).max(50).nullish(),
  maxPoints: z.number().int().min(4, 'maxPoints: at least 4').max(10_000, 'maxPoints: at most 10000').default(1000),
  fromStep: z.number().int().nullish(),
  toStep: z.number().int().nullish(),
  withWallTime: z.boolean().nullish(),
});

/**
 * Curves of the team's runs, at most `maxPoints` per series, each bucket keeping its lowest and highest point so a
 * spike is never lost (db/metricSeries.ts). An empty `keys` asks for no series; an absent one for all.
 */
export async function queryMetrics(scope: Scope, input: unknown): Promise<MetricSeries[]> {
  authorize(scope, 'runs:read');
  const query = parseInput(metricsQuery, input);
  const owned = await scope.db
    .select({ id: runs.id, status: runs.status, kind: runs.kind })
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), inArray(runs.id, query.runIds)));
  if (owned.length !== new Set(query.runIds).size) throw new NotFoundError('Run');
  return querySeries(scope.db, { ...query, teamId: scope.team.id }, new Map(owned.map((r) => [r.id, seriesStatus(r)])));
}

/** The metric names each run has recorded, for pickers, in the order asked. */
export async function metricKeysOf(scope: Scope, runIds: readonly string[]): Promise<string[][]> {
  authorize(scope, 'runs:read');
  return seriesKeysOf(scope.db, scope.team.id, runIds);
}
