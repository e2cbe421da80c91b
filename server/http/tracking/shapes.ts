/** Phaselab's experiments and runs in the JSON shapes of MLflow's REST API (protobuf's JSON, snake_case). */
import type { Scope } from '../../tenancy/scope';
import { experimentIdOf, experimentTagsOf, type Experiment, type KeyValue } from '../../domain/experiments';
import { runKeyTagsOf, trackingStatusOf } from '../../domain/externalRuns';
import { latestMetricsOf } from '../../domain/trackingMetrics';
import { artifactUriOf } from '../../domain/trackingSearch';
import type { Run } from '../../domain/runs';

export function experimentShape(experiment: Experiment, tags: KeyValue[]) {
  const id = experimentIdOf(experiment);
  return {
    experiment_id: id,
    name: experiment.name,
    artifact_location: experiment.artifactLocation ?? `mlflow-artifacts:/${id}`,
    lifecycle_stage: experiment.deletedAt ? 'deleted' : 'active',
    last_update_time: experiment.updatedAt.getTime(),
    creation_time: experiment.createdAt.getTime(),
    tags,
  };
}

export async function experimentsShape(scope: Scope, experiments: Experiment[]) {
  const tags = await experimentTagsOf(
    scope,
    experiments.map((e) => e.id),
  );
  return experiments.map((e) => experimentShape(e, tags.get(e.id)!));
}

export function runInfoShape(run: Run, experimentId: string, tags: readonly KeyValue[]) {
  return {
    run_id: run.id,
    run_uuid: run.id,
    run_name: run.name,
    experiment_id: experimentId,
    user_id: tags.find((t) => t.key === 'mlflow.user')?.value ?? '',
    status: trackingStatusOf(run.status),
    start_time: (run.startedAt ?? run.createdAt).getTime(),
    ...(run.finishedAt && { end_time: run.finishedAt.getTime() }),
    artifact_uri: artifactUriOf(experimentId, run.id),
    lifecycle_stage: run.deletedAt ? 'deleted' : 'active',
  };
}

/** Whole runs: info, latest metrics, params and tags, and the datasets they logged. */
export async function runsShape(scope: Scope, runs: { run: Run; experimentId: string }[]) {
  const ids = runs.map((r) => r.run.id);
  const [tags, metrics] = await Promise.all([runKeyTagsOf(scope, ids), latestMetricsOf(scope, ids)]);
  return runs.map(({ run, experimentId }) => ({
    info: runInfoShape(run, experimentId, tags.get(run.id)!),
    data: {
      metrics: metrics.get(run.id)!,
      params: Object.entries(run.config as Record<string, unknown>).map(([key, value]) => ({
        key,
        value: typeof value === 'string' ? value : JSON.stringify(value),
      })),
      tags: tags.get(run.id)!,
    },
    inputs: { dataset_inputs: run.inputs },
  }));
}
