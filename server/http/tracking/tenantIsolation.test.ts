/**
 * Every route of the tracking API (MLflow's, the artifact proxy, Phaselab's extension) has a case here, and a route
 * without one fails this file. Each is tried by an anonymous caller and a revoked token (UNAUTHENTICATED), another
 * team's token on this team's objects (RESOURCE_DOES_NOT_EXIST, nothing of them in the answer) and, for writes,
 * this team's viewer (PERMISSION_DENIED). Nothing those callers send changes the run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { trackingTeam, trackingWorld } from '../../../test/trackingWorld';
import type { TrackingCall } from '../../../test/trackingClient';
import { mlflowRoutes } from './mlflowRoutes';
import { extensionRoutes } from './extensionRoutes';

interface World {
  experimentId: string;
  runId: string;
  versionId: string;
  artifacts: string;
}

interface RouteCase {
  method: string;
  path: string;
  write: boolean;
  body: (w: World) => Record<string, unknown> | Buffer | undefined;
}

const cases: Record<string, RouteCase> = {
  'mlflow/experiments/create': { method: 'POST', path: 'mlflow/experiments/create', write: true, body: () => ({ name: 'intruder' }) },
  'mlflow/experiments/get': {
    method: 'GET',
    path: 'mlflow/experiments/get',
    write: false,
    body: (w) => ({ experiment_id: w.experimentId }),
  },
  'mlflow/experiments/get-by-name': {
    method: 'GET',
    path: 'mlflow/experiments/get-by-name',
    write: false,
    body: () => ({ experiment_name: 'secret-experiment' }),
  },
  'mlflow/experiments/search': {
    method: 'POST',
    path: 'mlflow/experiments/search',
    write: false,
    body: () => ({ filter: "name = 'secret-experiment'" }),
  },
  'mlflow/experiments/update': {
    method: 'POST',
    path: 'mlflow/experiments/update',
    write: true,
    body: (w) => ({ experiment_id: w.experimentId, new_name: 'taken over' }),
  },
  'mlflow/experiments/delete': {
    method: 'POST',
    path: 'mlflow/experiments/delete',
    write: true,
    body: (w) => ({ experiment_id: w.experimentId }),
  },
  'mlflow/experiments/restore': {
    method: 'POST',
    path: 'mlflow/experiments/restore',
    write: true,
    body: (w) => ({ experiment_id: w.experimentId }),
  },
  'mlflow/experiments/delete-tag': {
    method: 'POST',
    path: 'mlflow/experiments/delete-tag',
    write: true,
    body: (w) => ({ experiment_id: w.experimentId, key: 'owner' }),
  },
  'mlflow/logged-models/search': {
    method: 'POST',
    path: 'mlflow/logged-models/search',
    write: false,
    body: (w) => ({ experiment_ids: [w.experimentId] }),
  },
  'mlflow/experiments/set-experiment-tag': {
    method: 'POST',
    path: 'mlflow/experiments/set-experiment-tag',
    write: true,
    body: (w) => ({ experiment_id: w.experimentId, key: 'k', value: 'v' }),
  },
  'mlflow/runs/create': { method: 'POST', path: 'mlflow/runs/create', write: true, body: (w) => ({ experiment_id: w.experimentId }) },
  'mlflow/runs/get': { method: 'GET', path: 'mlflow/runs/get', write: false, body: (w) => ({ run_id: w.runId }) },
  'mlflow/runs/update': { method: 'POST', path: 'mlflow/runs/update', write: true, body: (w) => ({ run_id: w.runId, status: 'KILLED' }) },
  'mlflow/runs/delete': { method: 'POST', path: 'mlflow/runs/delete', write: true, body: (w) => ({ run_id: w.runId }) },
  'mlflow/runs/restore': { method: 'POST', path: 'mlflow/runs/restore', write: true, body: (w) => ({ run_id: w.runId }) },
  'mlflow/runs/log-metric': {
    method: 'POST',
    path: 'mlflow/runs/log-metric',
    write: true,
    body: (w) => ({ run_id: w.runId, key: 'intruder', value: 1, timestamp: 1, step: 0 }),
  },
  'mlflow/runs/log-parameter': {
    method: 'POST',
    path: 'mlflow/runs/log-parameter',
    write: true,
    body: (w) => ({ run_id: w.runId, key: 'intruder', value: '1' }),
  },
  'mlflow/runs/set-tag': {
    method: 'POST',
    path: 'mlflow/runs/set-tag',
    write: true,
    body: (w) => ({ run_id: w.runId, key: 'intruder', value: '1' }),
  },
  'mlflow/runs/delete-tag': {
    method: 'POST',
    path: 'mlflow/runs/delete-tag',
    write: true,
    body: (w) => ({ run_id: w.runId, key: 'secret' }),
  },
  'mlflow/runs/log-batch': {
    method: 'POST',
    path: 'mlflow/runs/log-batch',
    write: true,
    body: (w) => ({ run_id: w.runId, metrics: [{ key: 'intruder', value: 1, timestamp: 1, step: 0 }] }),
  },
  'mlflow/runs/log-inputs': {
    method: 'POST',
    path: 'mlflow/runs/log-inputs',
    write: true,
    body: (w) => ({ run_id: w.runId, datasets: [{ dataset: { name: 'x' } }] }),
  },
  'mlflow/runs/log-model': {
    method: 'POST',
    path: 'mlflow/runs/log-model',
    write: true,
    body: (w) => ({ run_id: w.runId, model_json: '{}' }),
  },
  'mlflow/artifacts/list': { method: 'GET', path: 'mlflow/artifacts/list', write: false, body: (w) => ({ run_id: w.runId }) },
  'mlflow/runs/search': { method: 'POST', path: 'mlflow/runs/search', write: false, body: (w) => ({ experiment_ids: [w.experimentId] }) },
  'mlflow/metrics/get-history': {
    method: 'GET',
    path: 'mlflow/metrics/get-history',
    write: false,
    body: (w) => ({ run_id: w.runId, metric_key: 'secret_metric' }),
  },
  'mlflow/metrics/get-history-bulk-interval': {
    method: 'GET',
    path: 'mlflow/metrics/get-history-bulk-interval',
    write: false,
    body: (w) => ({ run_ids: [w.runId], metric_key: 'secret_metric' }),
  },
  'phaselab/runs/examples/register': {
    method: 'POST',
    path: 'phaselab/runs/examples/register',
    write: true,
    body: (w) => ({ run_id: w.runId, ids: ['z'], labels: ['a'] }),
  },
  'phaselab/runs/examples/log-epoch': {
    method: 'POST',
    path: 'phaselab/runs/examples/log-epoch',
    write: true,
    body: (w) => ({ run_id: w.runId, epoch: 9, losses: [1, 1], predictions: [0, 0] }),
  },
  'phaselab/runs/examples/suspected-label-errors': {
    method: 'GET',
    path: 'phaselab/runs/examples/suspected-label-errors',
    write: false,
    body: (w) => ({ run_id: w.runId }),
  },
  'phaselab/runs/noisy-labels': {
    method: 'POST',
    path: 'phaselab/runs/noisy-labels',
    write: true,
    body: (w) => ({ run_id: w.runId, dataset_version_id: w.versionId, rate: 0.1 }),
  },
  'artifacts PUT': { method: 'PUT', path: '', write: true, body: () => Buffer.from('overwritten') },
  'artifacts GET': { method: 'GET', path: '', write: false, body: () => undefined },
  'artifacts DELETE': { method: 'DELETE', path: '', write: true, body: () => undefined },
  'artifacts list': { method: 'GET', path: 'mlflow-artifacts/artifacts', write: false, body: (w) => ({ path: w.artifacts }) },
};

let call: TrackingCall;
let alice: Awaited<ReturnType<typeof trackingTeam>>;
let bob: Awaited<ReturnType<typeof trackingTeam>>;
let revoked: string;
let world: World;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  const tracking = trackingWorld(db);
  call = tracking.call;
  alice = await trackingTeam(tracking.request, 'Alice');
  bob = await trackingTeam(tracking.request, 'Bob');
  const old = await tracking.request(
    `mutation { createApiToken(input: { name: "old", role: MEMBER }) { secret apiToken { id } } }`,
    {},
    alice.caller,
    alice.team.slug,
  );
  revoked = old.data!.createApiToken.secret;
  await tracking.request(
    `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } } }`,
    { id: old.data!.createApiToken.apiToken.id },
    alice.caller,
    alice.team.slug,
  );
  // Bob's team has an experiment of the same name: names are per team.
  await call('POST', 'mlflow/experiments/create', { name: 'bob-only' }, bob.member);
  const experimentId = (
    await call('POST', 'mlflow/experiments/create', { name: 'secret-experiment', tags: [{ key: 'owner', value: 'alice' }] }, alice.member)
  ).body.experiment_id;
  const runId = (await call('POST', 'mlflow/runs/create', { experiment_id: experimentId, run_name: 'secret-run' }, alice.member)).body.run
    .info.run_id;
  await call(
    'POST',
    'mlflow/runs/log-batch',
    {
      run_id: runId,
      metrics: [{ key: 'secret_metric', value: 0.42, timestamp: 1, step: 1 }],
      params: [{ key: 'secret_param', value: 'p' }],
      tags: [{ key: 'secret', value: 't' }],
    },
    alice.member,
  );
  const artifacts = `${experimentId}/${runId}/artifacts`;
  await call('PUT', `mlflow-artifacts/artifacts/${artifacts}/secret.txt`, Buffer.from('secret bytes'), alice.member);
  const upload = await tracking.request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    alice.caller,
    alice.team.slug,
  );
  world = {
    experimentId,
    runId,
    versionId: upload.data?.createSampleDataset?.dataset.latestVersion.id ?? '00000000-0000-4000-8000-000000000000',
    artifacts,
  };
  for (const name of ['artifacts PUT', 'artifacts GET', 'artifacts DELETE'])
    cases[name]!.path = `mlflow-artifacts/artifacts/${artifacts}/secret.txt`;
});

describe('tracking API tenant isolation', () => {
  it('every route has an isolation case', () => {
    const routes = [
      ...Object.keys(mlflowRoutes).map((r) => `mlflow/${r}`),
      ...Object.keys(extensionRoutes).map((r) => `phaselab/${r}`),
      'artifacts PUT',
      'artifacts GET',
      'artifacts DELETE',
      'artifacts list',
    ];
    expect(Object.keys(cases).sort()).toEqual(routes.sort());
  });

  for (const [route, c] of Object.entries(cases)) {
    it(`${route} refuses anonymous callers, revoked tokens, other teams${c.write ? ' and viewers' : ''}`, async () => {
      for (const token of [undefined, revoked]) {
        const answer = await call(c.method, c.path, c.body(world), token);
        expect(answer.status).toBe(401);
        expect(answer.body.error_code).toBe('UNAUTHENTICATED');
      }
      const outsider = await call(c.method, c.path, c.body(world), bob.member);
      const text = JSON.stringify(outsider.body);
      // What the caller sent may be echoed back; nothing else of the team's may be.
      const sent = JSON.stringify(c.body(world) ?? null);
      for (const secret of ['secret-run', 'secret_metric', 'secret_param', 'secret bytes', 'secret-experiment'].filter(
        (s) => !sent.includes(s),
      ))
        expect(text).not.toContain(secret);
      // These answer about the caller's own team: a new experiment there, or nothing found.
      if (['mlflow/experiments/create', 'mlflow/experiments/search', 'mlflow/runs/search', 'mlflow/logged-models/search'].includes(route))
        expect(outsider.status).toBe(200);
      else if (route === 'artifacts list') expect(outsider.body.error_code ?? outsider.body.files).toBeDefined();
      else expect(outsider).toMatchObject({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST' } });
      if (c.write) {
        const viewer = await call(c.method, c.path, c.body(world), alice.viewer);
        expect(viewer).toMatchObject({ status: 403, body: { error_code: 'PERMISSION_DENIED' } });
      }
    });
  }

  it("left the team's run as it was", async () => {
    const run = (await call('GET', 'mlflow/runs/get', { run_id: world.runId }, alice.viewer)).body.run;
    expect(run.info).toMatchObject({ status: 'RUNNING', lifecycle_stage: 'active', run_name: 'secret-run' });
    expect(run.data.metrics.map((m: { key: string }) => m.key)).toEqual(['secret_metric']);
    expect(run.data.params).toEqual([{ key: 'secret_param', value: 'p' }]);
    expect((await call('GET', `mlflow-artifacts/artifacts/${world.artifacts}/secret.txt`, undefined, alice.viewer)).body).toBe(
      'secret bytes',
    );
    expect((await call('GET', 'mlflow/experiments/get', { experiment_id: world.experimentId }, alice.viewer)).body.experiment.name).toBe(
      'secret-experiment',
    );
  });
});
