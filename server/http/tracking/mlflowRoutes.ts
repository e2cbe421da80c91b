/**
 * MLflow's tracking REST API (2.0), route by route: each reads MLflow's request shape, calls one domain function
 * and answers MLflow's response shape. Paths are relative to `/api/2.0/mlflow/`.
 */
import { authorize, type Scope } from '../../tenancy/scope';
import {
  createExperiment,
  deleteExperimentTag,
  experimentIdOf,
  experimentIdOfRun,
  experimentTagsOf,
  getExperiment,
  getExperimentByName,
  renameExperiment,
  setExperimentDeleted,
  setExperimentTag,
} from '../../domain/experiments';
import {
  appendLoggedModel,
  createExternalRun,
  deleteRunTag,
  logBatch,
  logInputs,
  readableRun,
  runKeyTagsOf,
  setRunDeleted,
  updateExternalRun,
} from '../../domain/externalRuns';
import { metricHistory, metricHistoryBulkInterval } from '../../domain/trackingMetrics';
import { artifactUriOf, searchExperiments, searchRuns } from '../../domain/trackingSearch';
import { listRunArtifacts } from '../../domain/trackedArtifacts';
import type { Run } from '../../domain/runs';
import { badRequest } from './responses';
import { experimentShape, experimentsShape, runInfoShape, runsShape } from './shapes';

/** A request as routes read it: the JSON body of a POST, or the query of a GET (repeated keys as arrays). */
export type Params = Record<string, unknown>;
export type Route = (scope: Scope, params: Params) => Promise<unknown>;
export interface RouteSpec {
  method: 'GET' | 'POST' | 'GET|POST';
  handle: Route;
  /** For a body of `application/octet-stream`: the query's params and the bytes. */
  binary?: (scope: Scope, query: Params, body: Buffer) => Promise<unknown>;
}

const text = (params: Params, key: string): string | undefined => {
  const value = params[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') throw badRequest(`${key}: expected a string`);
  return String(value);
};
const required = (params: Params, key: string): string => {
  const value = text(params, key);
  if (value === undefined || value === '') throw badRequest(`Missing value for required parameter '${key}'.`);
  return value;
};
const runIdOf = (params: Params) => text(params, 'run_id') || required(params, 'run_uuid');
const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const number = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : Number(value));

async function wholeRun(scope: Scope, run: Run) {
  const [shaped] = await runsShape(scope, [{ run, experimentId: await experimentIdOfRun(scope, run) }]);
  return { run: shaped };
}

async function oneExperiment(scope: Scope, experiment: Awaited<ReturnType<typeof getExperiment>>) {
  const tags = await experimentTagsOf(scope, [experiment.id]);
  return { experiment: experimentShape(experiment, tags.get(experiment.id)!) };
}

const searchQuery = (params: Params) => ({
  filter: text(params, 'filter'),
  viewType: text(params, 'view_type') ?? text(params, 'run_view_type'),
  maxResults: number(params.max_results),
  orderBy: list(params.order_by),
  pageToken: text(params, 'page_token') || undefined,
});

export const mlflowRoutes: Record<string, RouteSpec> = {
  'experiments/create': {
    method: 'POST',
    handle: async (scope, p) => {
      const created = await createExperiment(scope, { name: p.name, artifactLocation: text(p, 'artifact_location'), tags: list(p.tags) });
      return { experiment_id: experimentIdOf(created) };
    },
  },
  'experiments/get': {
    method: 'GET',
    handle: async (scope, p) => oneExperiment(scope, await getExperiment(scope, required(p, 'experiment_id'))),
  },
  'experiments/get-by-name': {
    method: 'GET',
    handle: async (scope, p) => oneExperiment(scope, await getExperimentByName(scope, required(p, 'experiment_name'))),
  },
  'experiments/search': {
    method: 'GET|POST',
    handle: async (scope, p) => {
      const found = await searchExperiments(scope, searchQuery(p));
      return {
        experiments: await experimentsShape(scope, found.experiments),
        ...(found.nextPageToken && { next_page_token: found.nextPageToken }),
      };
    },
  },
  'experiments/update': {
    method: 'POST',
    handle: async (scope, p) => (await renameExperiment(scope, required(p, 'experiment_id'), p.new_name), {}),
  },
  'experiments/delete': {
    method: 'POST',
    handle: async (scope, p) => (await setExperimentDeleted(scope, required(p, 'experiment_id'), true), {}),
  },
  'experiments/restore': {
    method: 'POST',
    handle: async (scope, p) => (await setExperimentDeleted(scope, required(p, 'experiment_id'), false), {}),
  },
  'experiments/delete-tag': {
    method: 'POST',
    handle: async (scope, p) => (await deleteExperimentTag(scope, required(p, 'experiment_id'), p.key), {}),
  },
  'experiments/set-experiment-tag': {
    method: 'POST',
    handle: async (scope, p) => (await setExperimentTag(scope, required(p, 'experiment_id'), { key: p.key, value: p.value }), {}),
  },

  'runs/create': {
    method: 'POST',
    handle: async (scope, p) => {
      const run = await createExternalRun(scope, {
        experimentId: text(p, 'experiment_id') || '0',
        runName: text(p, 'run_name'),
        startTime: number(p.start_time),
        userId: text(p, 'user_id'),
        tags: list(p.tags),
      });
      return wholeRun(scope, run);
    },
  },
  'runs/get': { method: 'GET', handle: async (scope, p) => wholeRun(scope, await readableRun(scope, runIdOf(p))) },
  'runs/update': {
    method: 'POST',
    handle: async (scope, p) => {
      const run = await updateExternalRun(scope, runIdOf(p), {
        status: text(p, 'status'),
        endTime: number(p.end_time),
        runName: text(p, 'run_name') || undefined,
      });
      const tags = await runKeyTagsOf(scope, [run.id]);
      return { run_info: runInfoShape(run, await experimentIdOfRun(scope, run), tags.get(run.id)!) };
    },
  },
  'runs/delete': { method: 'POST', handle: async (scope, p) => (await setRunDeleted(scope, runIdOf(p), true), {}) },
  'runs/restore': { method: 'POST', handle: async (scope, p) => (await setRunDeleted(scope, runIdOf(p), false), {}) },
  'runs/log-metric': {
    method: 'POST',
    handle: async (scope, p) => (
      await logBatch(scope, runIdOf(p), { metrics: [{ key: p.key, value: p.value, timestamp: p.timestamp, step: p.step ?? 0 }] }),
      {}
    ),
  },
  'runs/log-parameter': {
    method: 'POST',
    handle: async (scope, p) => (await logBatch(scope, runIdOf(p), { params: [{ key: p.key, value: p.value }] }), {}),
  },
  'runs/set-tag': {
    method: 'POST',
    handle: async (scope, p) => (await logBatch(scope, runIdOf(p), { tags: [{ key: p.key, value: p.value }] }), {}),
  },
  'runs/delete-tag': { method: 'POST', handle: async (scope, p) => (await deleteRunTag(scope, runIdOf(p), p.key), {}) },
  'runs/log-batch': {
    method: 'POST',
    handle: async (scope, p) => (
      await logBatch(scope, runIdOf(p), { metrics: list(p.metrics), params: list(p.params), tags: list(p.tags) }),
      {}
    ),
  },
  'runs/log-inputs': { method: 'POST', handle: async (scope, p) => (await logInputs(scope, runIdOf(p), list(p.datasets)), {}) },
  'runs/log-model': {
    method: 'POST',
    // MLflow keeps a logged model's description as a tag of the run; so does Phaselab.
    handle: async (scope, p) => (await appendLoggedModel(scope, runIdOf(p), required(p, 'model_json')), {}),
  },
  // MLflow's UI and its R client list a run's artifacts here rather than through the artifact proxy.
  'artifacts/list': {
    method: 'GET',
    handle: async (scope, p) => {
      const run = await readableRun(scope, runIdOf(p));
      const experimentId = await experimentIdOfRun(scope, run);
      return {
        root_uri: artifactUriOf(experimentId, run.id),
        files: await listRunArtifacts(scope, run, experimentId, text(p, 'path') ?? ''),
      };
    },
  },
  'runs/search': {
    method: 'GET|POST',
    handle: async (scope, p) => {
      const found = await searchRuns(scope, { ...searchQuery(p), experimentIds: list(p.experiment_ids).map(String) });
      return { runs: await runsShape(scope, found.runs), ...(found.nextPageToken && { next_page_token: found.nextPageToken }) };
    },
  },

  // MLflow 3 lists a run's logged models when it lists its artifacts; Phaselab keeps none (MLflow 2's log-model is a
  // tag of the run), so the answer is an empty page.
  'logged-models/search': { method: 'POST', handle: async (scope) => (authorize(scope, 'runs:read'), { models: [] }) },
  'metrics/get-history': {
    method: 'GET',
    handle: async (scope, p) => {
      const history = await metricHistory(scope, runIdOf(p), {
        metricKey: text(p, 'metric_key'),
        maxResults: number(p.max_results),
        pageToken: text(p, 'page_token') || undefined,
      });
      return { metrics: history.metrics, ...(history.nextPageToken && { next_page_token: history.nextPageToken }) };
    },
  },
  'metrics/get-history-bulk-interval': {
    method: 'GET',
    handle: async (scope, p) => {
      const points = await metricHistoryBulkInterval(scope, {
        runIds: list(p.run_ids).map(String),
        metricKey: text(p, 'metric_key'),
        startStep: number(p.start_step),
        endStep: number(p.end_step),
        maxResults: number(p.max_results),
      });
      return { metrics: points.map(({ runId, ...m }) => ({ ...m, run_id: runId })) };
    },
  },
};
