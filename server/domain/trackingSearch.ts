/**
 * MLflow's runs/search and experiments/search over a team's experiments: the filter and order_by grammar is
 * lib/tracking/search.ts; here the candidates are read (at most MAX_CANDIDATES runs of the experiments asked for),
 * filtered, sorted and cut into pages. A page token is the offset of the next page under the same query.
 */
import { z } from 'zod';
import { and, desc, inArray, isNull, sql } from 'drizzle-orm';
import { runs } from '../../db/schema';
import { compileFilter, compileOrder, parseFilter, SearchSyntaxError, type Searchable } from '../../lib/tracking/search';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { allExperiments, experimentIdOf, experimentTagsOf, getExperiment, type Experiment } from './experiments';
import { runKeyTagsOf, trackingStatusOf } from './externalRuns';
import { latestMetricsOf } from './trackingMetrics';
import { parseInput } from './validation';
import type { Run } from './runs';

const MAX_CANDIDATES = 50_000;
const viewTypes = ['ACTIVE_ONLY', 'DELETED_ONLY', 'ALL'] as const;

const searchInput = z.object({
  experimentIds: z.array(z.string()).max(100, 'experiment_ids: at most 100').default([]),
  filter: z.string().max(10_000).optional(),
  viewType: z.enum(viewTypes).default('ACTIVE_ONLY'),
  maxResults: z.coerce.number().int().min(1, 'max_results: at least 1').max(50_000, 'max_results: at most 50,000').default(1000),
  orderBy: z.array(z.string().max(500)).max(20).default([]),
  pageToken: z.string().optional(),
});

function offsetOf(token: string | undefined): number {
  if (!token) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // reported below
  }
  throw new InvalidInputError('page_token: not a token this API returned', 'page_token');
}

const tokenFor = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');

function grammar<T>(compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof SearchSyntaxError) throw new InvalidInputError(`Invalid search expression: ${error.message}`, 'filter');
    throw error;
  }
}

function page<T>(items: T[], maxResults: number, pageToken: string | undefined): { items: T[]; nextPageToken?: string } {
  const offset = offsetOf(pageToken);
  const slice = items.slice(offset, offset + maxResults);
  return offset + maxResults < items.length ? { items: slice, nextPageToken: tokenFor(offset + maxResults) } : { items: slice };
}

export interface SearchedRun {
  run: Run;
  experimentId: string;
}

export async function searchRuns(scope: Scope, input: unknown): Promise<{ runs: SearchedRun[]; nextPageToken?: string }> {
  authorize(scope, 'runs:read');
  const query = parseInput(searchInput, input);
  // An id that is not one of the team's experiments matches no run, as in MLflow.
  const experiments = (
    await Promise.all(
      query.experimentIds.map((id) =>
        getExperiment(scope, id).catch((error) => (error instanceof NotFoundError ? null : Promise.reject(error))),
      ),
    )
  ).filter((e) => e !== null);
  const filter = grammar(() => compileFilter(query.filter));
  const needsMetrics =
    grammar(() => parseFilter(query.filter)).some((c) => c.entity === 'metrics') || query.orderBy.some((o) => /^\s*metrics?\./i.test(o));
  const lifecycle =
    query.viewType === 'ACTIVE_ONLY'
      ? isNull(runs.deletedAt)
      : query.viewType === 'DELETED_ONLY'
        ? sql`${runs.deletedAt} is not null`
        : undefined;
  const candidates = experiments.length
    ? await scope.db
        .select()
        .from(runs)
        .where(
          and(
            ownedBy(scope, runs.teamId),
            inArray(
              runs.experimentId,
              experiments.map((e) => e.id),
            ),
            lifecycle,
          ),
        )
        // Past the cap, the newest runs are searched (and the answer says so in its first page's order).
        .orderBy(desc(runs.createdAt), desc(runs.id))
        .limit(MAX_CANDIDATES)
    : [];
  const ids = candidates.map((r) => r.id);
  const [tags, metrics] = await Promise.all([runKeyTagsOf(scope, ids), needsMetrics ? latestMetricsOf(scope, ids) : null]);
  const idOf = new Map(experiments.map((e) => [e.id, experimentIdOf(e)]));
  const searchable = candidates.map((run) => ({
    run,
    metrics: metrics ? new Map(metrics.get(run.id)!.map((m) => [m.key, m.value])) : undefined,
    params: new Map(Object.entries(run.config as Record<string, string>)),
    tags: new Map(tags.get(run.id)!.map((t) => [t.key, t.value])),
    attributes: {
      run_id: run.id,
      run_name: run.name,
      status: trackingStatusOf(run.status),
      start_time: (run.startedAt ?? run.createdAt).getTime(),
      end_time: run.finishedAt?.getTime() ?? null,
      user_id: tags.get(run.id)!.find((t) => t.key === 'mlflow.user')?.value ?? '',
      artifact_uri: artifactUriOf(idOf.get(run.experimentId!) ?? '', run.id),
    },
  })) satisfies (Searchable & { run: Run })[];
  // MLflow's default order: newest first, then by id.
  const newestFirst = (a: Searchable, b: Searchable) =>
    Number(b.attributes.start_time) - Number(a.attributes.start_time) ||
    String(a.attributes.run_id).localeCompare(String(b.attributes.run_id));
  const order = grammar(() => compileOrder(query.orderBy, newestFirst));
  const matched = searchable.filter(filter).sort(order);
  const { items, nextPageToken } = page(matched, query.maxResults, query.pageToken);
  return { runs: items.map((s) => ({ run: s.run, experimentId: idOf.get(s.run.experimentId!)! })), nextPageToken };
}

export const artifactUriOf = (experimentId: string, runId: string) => `mlflow-artifacts:/${experimentId || '0'}/${runId}/artifacts`;

export async function searchExperiments(scope: Scope, input: unknown): Promise<{ experiments: Experiment[]; nextPageToken?: string }> {
  const query = parseInput(searchInput.omit({ experimentIds: true }), input);
  const found = await allExperiments(
    scope,
    query.viewType === 'ACTIVE_ONLY' ? 'active' : query.viewType === 'DELETED_ONLY' ? 'deleted' : 'all',
  );
  const tags = await experimentTagsOf(
    scope,
    found.map((e) => e.id),
  );
  const filter = grammar(() => compileFilter(query.filter));
  const searchable = found.map((experiment) => ({
    experiment,
    tags: new Map(tags.get(experiment.id)!.map((t) => [t.key, t.value])),
    attributes: {
      name: experiment.name,
      experiment_id: experimentIdOf(experiment),
      creation_time: experiment.createdAt.getTime(),
      last_update_time: experiment.updatedAt.getTime(),
    },
  })) satisfies (Searchable & { experiment: Experiment })[];
  // MLflow's default order: last updated first.
  const newestFirst = (a: Searchable, b: Searchable) =>
    Number(b.attributes.last_update_time) - Number(a.attributes.last_update_time) ||
    String(a.attributes.experiment_id).localeCompare(String(b.attributes.experiment_id));
  const order = grammar(() => compileOrder(query.orderBy, newestFirst));
  const { items, nextPageToken } = page(searchable.filter(filter).sort(order), query.maxResults, query.pageToken);
  return { experiments: items.map((s) => s.experiment), nextPageToken };
}
