/**
 * MLflow's REST API as its clients call it (request bodies as MLflow's REST reference and its Python client send
 * them): experiments, runs, logging, search, histories, artifacts, and MLflow's error bodies.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { trackingTeam, trackingWorld } from '../../../test/trackingWorld';
import type { TrackingCall } from '../../../test/trackingClient';
import type { RequestFn } from '../../../test/graphqlClient';
import { serveHandlers } from '../../../test/httpServer';
import type { Database } from '../../../db/client';
import { createTrackingHandler } from './handler';
import { storedPoints } from '../../../test/points';
import { normalizeRunId } from '../../domain/externalRuns';

let db: Database;
let call: TrackingCall;
let request: RequestFn;
let team: Awaited<ReturnType<typeof trackingTeam>>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  ({ call, request } = trackingWorld(db));
  team = await trackingTeam(request, 'Mara');
});

async function newRun(experimentId = '0', name?: string) {
  const created = await call(
    'POST',
    'mlflow/runs/create',
    { experiment_id: experimentId, run_name: name, start_time: 1_700_000_000_000, tags: [{ key: 'mlflow.user', value: 'mara' }] },
    team.member,
  );
  expect(created.status).toBe(200);
  return created.body.run.info.run_id as string;
}

describe('experiments', () => {
  it('create, get, get-by-name, rename, tag, delete and restore, as MLflow answers them', async () => {
    const created = await call(
      'POST',
      'mlflow/experiments/create',
      { name: 'bert-noise', tags: [{ key: 'team', value: 'nlp' }] },
      team.member,
    );
    expect(created.status).toBe(200);
    const id = created.body.experiment_id;
    expect(id).toMatch(/^\d+$/);

    const got = await call('GET', 'mlflow/experiments/get', { experiment_id: id }, team.viewer);
    expect(got.body.experiment).toMatchObject({
      experiment_id: id,
      name: 'bert-noise',
      lifecycle_stage: 'active',
      tags: [{ key: 'team', value: 'nlp' }],
    });
    expect(got.body.experiment.artifact_location).toBe(`mlflow-artifacts:/${id}`);
    expect(
      (await call('GET', 'mlflow/experiments/get-by-name', { experiment_name: 'bert-noise' }, team.member)).body.experiment.experiment_id,
    ).toBe(id);

    const again = await call('POST', 'mlflow/experiments/create', { name: 'bert-noise' }, team.member);
    expect(again).toMatchObject({ status: 400, body: { error_code: 'RESOURCE_ALREADY_EXISTS' } });

    expect((await call('POST', 'mlflow/experiments/update', { experiment_id: id, new_name: 'bert-noise-v2' }, team.member)).status).toBe(
      200,
    );
    expect(
      (await call('POST', 'mlflow/experiments/set-experiment-tag', { experiment_id: id, key: 'goal', value: 'phases' }, team.member))
        .status,
    ).toBe(200);
    expect((await call('POST', 'mlflow/experiments/delete-tag', { experiment_id: id, key: 'team' }, team.member)).status).toBe(200);
    expect((await call('POST', 'mlflow/experiments/delete-tag', { experiment_id: id, key: 'team' }, team.member)).body.error_code).toBe(
      'RESOURCE_DOES_NOT_EXIST',
    );
    expect((await call('POST', 'mlflow/experiments/delete', { experiment_id: id }, team.member)).status).toBe(200);
    const deleted = await call('GET', 'mlflow/experiments/get', { experiment_id: id }, team.member);
    expect(deleted.body.experiment).toMatchObject({ name: 'bert-noise-v2', lifecycle_stage: 'deleted' });
    expect(deleted.body.experiment.tags).toEqual([{ key: 'goal', value: 'phases' }]);
    const logToDeleted = await call('POST', 'mlflow/runs/create', { experiment_id: id }, team.member);
    expect(logToDeleted.body.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect((await call('POST', 'mlflow/experiments/restore', { experiment_id: id }, team.member)).status).toBe(200);
    expect((await call('GET', 'mlflow/experiments/get', { experiment_id: id }, team.member)).body.experiment.lifecycle_stage).toBe(
      'active',
    );
  });

  it('has a Default experiment "0" that clients log to when none is set', async () => {
    const got = await call('GET', 'mlflow/experiments/get', { experiment_id: '0' }, team.member);
    expect(got.body.experiment).toMatchObject({ experiment_id: '0', name: 'Default' });
    const searched = await call('POST', 'mlflow/experiments/search', { max_results: 1000, view_type: 'ACTIVE_ONLY' }, team.member);
    expect(searched.body.experiments.map((e: { experiment_id: string }) => e.experiment_id)).toContain('0');
  });

  it('searches experiments by name, pages them and refuses a bad filter with INVALID_PARAMETER_VALUE', async () => {
    for (const name of ['search-a', 'search-b', 'search-c']) await call('POST', 'mlflow/experiments/create', { name }, team.member);
    const first = await call(
      'POST',
      'mlflow/experiments/search',
      { filter: "name LIKE 'search-%'", max_results: 2, order_by: ['name ASC'] },
      team.member,
    );
    expect(first.body.experiments.map((e: { name: string }) => e.name)).toEqual(['search-a', 'search-b']);
    const second = await call(
      'POST',
      'mlflow/experiments/search',
      { filter: "name LIKE 'search-%'", max_results: 2, order_by: ['name ASC'], page_token: first.body.next_page_token },
      team.member,
    );
    expect(second.body.experiments.map((e: { name: string }) => e.name)).toEqual(['search-c']);
    expect(second.body.next_page_token).toBeUndefined();
    const bad = await call('POST', 'mlflow/experiments/search', { filter: 'name ~ 1' }, team.member);
    expect(bad).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
  });
});

describe('runs', () => {
  it('create answers the whole run; get, update and delete/restore follow MLflow', async () => {
    const created = await call(
      'POST',
      'mlflow/runs/create',
      {
        experiment_id: '0',
        run_name: 'warm-lake',
        start_time: 1_700_000_000_000,
        tags: [{ key: 'mlflow.source.name', value: 'train.py' }],
      },
      team.member,
    );
    const { info, data } = created.body.run;
    expect(info).toMatchObject({
      run_name: 'warm-lake',
      experiment_id: '0',
      status: 'RUNNING',
      start_time: 1_700_000_000_000,
      lifecycle_stage: 'active',
    });
    expect(info.run_uuid).toBe(info.run_id);
    expect(info.artifact_uri).toBe(`mlflow-artifacts:/0/${info.run_id}/artifacts`);
    expect(data.tags).toContainEqual({ key: 'mlflow.runName', value: 'warm-lake' });

    const updated = await call(
      'POST',
      'mlflow/runs/update',
      { run_id: info.run_id, run_uuid: info.run_id, status: 'FINISHED', end_time: 1_700_000_100_000 },
      team.member,
    );
    expect(updated.body.run_info).toMatchObject({ status: 'FINISHED', end_time: 1_700_000_100_000 });
    const got = await call('GET', 'mlflow/runs/get', { run_id: info.run_id.replace(/-/g, '') }, team.viewer);
    expect(got.body.run.info.status).toBe('FINISHED');

    expect((await call('POST', 'mlflow/runs/delete', { run_id: info.run_id }, team.member)).status).toBe(200);
    expect((await call('GET', 'mlflow/runs/get', { run_id: info.run_id }, team.member)).body.run.info.lifecycle_stage).toBe('deleted');
    const toDeleted = await call(
      'POST',
      'mlflow/runs/log-metric',
      { run_id: info.run_id, key: 'x', value: 1, timestamp: 1, step: 0 },
      team.member,
    );
    expect(toDeleted.body.error_code).toBe('INVALID_PARAMETER_VALUE');
    expect((await call('POST', 'mlflow/runs/restore', { run_id: info.run_id }, team.member)).status).toBe(200);
    expect((await call('GET', 'mlflow/runs/get', { run_id: info.run_id }, team.member)).body.run.info.lifecycle_stage).toBe('active');
  });

  it('log-batch keeps steps, timestamps, NaN and infinities as sent, and the latest value per key', async () => {
    const runId = await newRun();
    const big = 2 ** 40;
    const batch = await call(
      'POST',
      'mlflow/runs/log-batch',
      {
        run_id: runId,
        metrics: [
          { key: 'loss', value: 0.9, timestamp: 1_700_000_000_123, step: 0 },
          { key: 'loss', value: 0.5, timestamp: 1_700_000_000_456, step: big },
          { key: 'grad_norm', value: 'NaN', timestamp: 1_700_000_000_456, step: 1 },
          { key: 'ratio', value: 'Infinity', timestamp: 1_700_000_000_456, step: 1 },
          { key: 'ratio', value: '-Infinity', timestamp: 1_700_000_000_456, step: 2 },
        ],
        params: [{ key: 'lr', value: '3e-5' }],
        tags: [{ key: 'phase', value: 'one' }],
      },
      team.member,
    );
    expect(batch.status).toBe(200);
    const history = await call('GET', 'mlflow/metrics/get-history', { run_id: runId, metric_key: 'loss' }, team.member);
    expect(history.body.metrics).toEqual([
      { key: 'loss', value: 0.9, timestamp: 1_700_000_000_123, step: 0 },
      { key: 'loss', value: 0.5, timestamp: 1_700_000_000_456, step: big },
    ]);
    const ratio = await call('GET', 'mlflow/metrics/get-history', { run_id: runId, metric_key: 'ratio' }, team.member);
    expect(ratio.body.metrics.map((m: { value: unknown }) => m.value)).toEqual(['Infinity', '-Infinity']);
    const run = (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run;
    expect(run.data.metrics).toContainEqual({ key: 'loss', value: 0.5, timestamp: 1_700_000_000_456, step: big });
    expect(run.data.metrics).toContainEqual({ key: 'grad_norm', value: 'NaN', timestamp: 1_700_000_000_456, step: 1 });
    expect(run.data.params).toEqual([{ key: 'lr', value: '3e-5' }]);
    expect(run.data.tags).toContainEqual({ key: 'phase', value: 'one' });
  });

  it('keeps a param once logged: the same value again is fine, another is INVALID_PARAMETER_VALUE and writes nothing', async () => {
    const runId = await newRun();
    await call('POST', 'mlflow/runs/log-parameter', { run_id: runId, key: 'batch_size', value: '32' }, team.member);
    expect((await call('POST', 'mlflow/runs/log-parameter', { run_id: runId, key: 'batch_size', value: '32' }, team.member)).status).toBe(
      200,
    );
    const changed = await call(
      'POST',
      'mlflow/runs/log-batch',
      { run_id: runId, metrics: [{ key: 'acc', value: 1, timestamp: 1, step: 1 }], params: [{ key: 'batch_size', value: '64' }] },
      team.member,
    );
    expect(changed).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE' } });
    expect(changed.body.message).toMatch(/batch_size/);
    expect((await call('GET', 'mlflow/metrics/get-history', { run_id: runId, metric_key: 'acc' }, team.member)).body.metrics).toEqual([]);
  });

  it("refuses a batch over MLflow's limits, a key over 250 characters and a malformed body, writing nothing", async () => {
    const runId = await newRun();
    const metrics = Array.from({ length: 1001 }, (_, i) => ({ key: 'm', value: i, timestamp: 1, step: i }));
    expect((await call('POST', 'mlflow/runs/log-batch', { run_id: runId, metrics }, team.member)).body.error_code).toBe(
      'INVALID_PARAMETER_VALUE',
    );
    const params = Array.from({ length: 101 }, (_, i) => ({ key: `p${i}`, value: 'v' }));
    expect((await call('POST', 'mlflow/runs/log-batch', { run_id: runId, params }, team.member)).body.error_code).toBe(
      'INVALID_PARAMETER_VALUE',
    );
    expect(
      (await call('POST', 'mlflow/runs/log-metric', { run_id: runId, key: 'k'.repeat(251), value: 1, timestamp: 1, step: 0 }, team.member))
        .body.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
    expect(
      (await call('POST', 'mlflow/runs/log-parameter', { run_id: runId, key: 'long', value: 'v'.repeat(6001) }, team.member)).body
        .error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
    const malformed = await call('POST', 'mlflow/runs/log-batch', Buffer.from('{"run_id": '), team.member);
    expect(malformed.status).toBe(400);
    const run = (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run;
    expect(run.data.metrics).toEqual([]);
    expect(run.data.params).toEqual([]);
  });

  it('names the first bad metric of a batch and its field, and writes none of the batch', async () => {
    const runId = await newRun();
    const good = { key: 'loss', value: 1, timestamp: 1, step: 0 };
    const cases: [Record<string, unknown>, string][] = [
      [{ key: '' }, 'metrics.1.key: a key may not be empty'],
      [{ key: 'k'.repeat(251) }, 'metrics.1.key: use keys of at most 250 characters'],
      [{ key: 'a\u0000b' }, 'metrics.1.key: may not contain a NUL character'],
      [{ step: 1.5 }, 'metrics.1.step: a step is a whole number'],
      [{ step: 2 ** 53 }, 'metrics.1.step: steps go up to 2^53 - 1'],
      [{ step: '-9007199254740992' }, 'metrics.1.step: steps go down to -(2^53 - 1)'],
      [{ timestamp: -1 }, 'metrics.1.timestamp: a timestamp is milliseconds since 1970, before year 10000'],
      [{ timestamp: '253402300800000' }, 'metrics.1.timestamp: a timestamp is milliseconds since 1970, before year 10000'],
    ];
    for (const [bad, message] of cases) {
      const answer = await call(
        'POST',
        'mlflow/runs/log-batch',
        { run_id: runId, metrics: [good, { ...good, ...bad }, { ...good, key: '' }] },
        team.member,
      );
      expect(answer).toMatchObject({ status: 400, body: { error_code: 'INVALID_PARAMETER_VALUE', message } });
    }
    expect((await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.metrics).toEqual([]);
    const asStrings = await call(
      'POST',
      'mlflow/runs/log-batch',
      { run_id: runId, metrics: [{ ...good, step: '-9007199254740991', timestamp: '253402300799999' }] },
      team.member,
    );
    expect(asStrings.status).toBe(200);
    expect((await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.metrics).toEqual([
      { key: 'loss', value: 1, timestamp: 253402300799999, step: -9007199254740991 },
    ]);
  });

  it('places points at the epoch the batch logs beside them: `epoch`, or the metric phaselab.epoch_metric names', async () => {
    const epochsOf = async (runId: string) => (await storedPoints(db, normalizeRunId(runId), 'loss')).map((p) => [p.step, p.epoch]);
    const byDefault = await newRun();
    await call(
      'POST',
      'mlflow/runs/log-batch',
      {
        run_id: byDefault,
        metrics: [
          { key: 'epoch', value: 0.5, timestamp: 1, step: 10 },
          { key: 'loss', value: 1, timestamp: 1, step: 10 },
          { key: 'loss', value: 1, timestamp: 1, step: 11 },
        ],
      },
      team.member,
    );
    expect(await epochsOf(byDefault)).toEqual([
      [10, 0.5],
      [11, 11],
    ]);

    const taggedBefore = await newRun();
    await call('POST', 'mlflow/runs/set-tag', { run_id: taggedBefore, key: 'phaselab.epoch_metric', value: 'ep' }, team.member);
    await call(
      'POST',
      'mlflow/runs/log-batch',
      {
        run_id: taggedBefore,
        metrics: [
          { key: 'ep', value: 2, timestamp: 1, step: 5 },
          { key: 'epoch', value: 9, timestamp: 1, step: 5 },
          { key: 'loss', value: 1, timestamp: 1, step: 5 },
        ],
      },
      team.member,
    );
    expect(await epochsOf(taggedBefore)).toEqual([[5, 2]]);

    const taggedInBatch = await newRun();
    await call(
      'POST',
      'mlflow/runs/log-batch',
      {
        run_id: taggedInBatch,
        tags: [{ key: 'phaselab.epoch_metric', value: 'ep' }],
        metrics: [
          { key: 'ep', value: 3, timestamp: 1, step: 7 },
          { key: 'loss', value: 1, timestamp: 1, step: 7 },
        ],
      },
      team.member,
    );
    expect(await epochsOf(taggedInBatch)).toEqual([[7, 3]]);
  });

  it('set-tag renames with mlflow.runName; delete-tag removes a tag and answers RESOURCE_DOES_NOT_EXIST for a missing one', async () => {
    const runId = await newRun();
    await call('POST', 'mlflow/runs/set-tag', { run_id: runId, key: 'mlflow.runName', value: 'renamed' }, team.member);
    await call('POST', 'mlflow/runs/set-tag', { run_id: runId, key: 'temp', value: '1' }, team.member);
    expect((await call('POST', 'mlflow/runs/delete-tag', { run_id: runId, key: 'temp' }, team.member)).status).toBe(200);
    expect((await call('POST', 'mlflow/runs/delete-tag', { run_id: runId, key: 'temp' }, team.member)).body.error_code).toBe(
      'RESOURCE_DOES_NOT_EXIST',
    );
    const run = (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run;
    expect(run.info.run_name).toBe('renamed');
    expect(run.data.tags.map((t: { key: string }) => t.key)).not.toContain('temp');
  });

  it("mlflow.note.content is the run's notes both ways: set at create, set-tag, delete-tag and an edit in Phaselab", async () => {
    const created = await call(
      'POST',
      'mlflow/runs/create',
      { experiment_id: '0', tags: [{ key: 'mlflow.note.content', value: 'from the script' }] },
      team.member,
    );
    const runId = created.body.run.info.run_id as string;
    const notes = async () =>
      (await request(`query($id: ID!) { run(id: $id) { name notes } }`, { id: normalizeRunId(runId) }, team.caller, team.team.slug)).data!
        .run;
    expect((await notes()).notes).toBe('from the script');
    await call(
      'POST',
      'mlflow/runs/set-tag',
      { run_id: runId, key: 'mlflow.note.content', value: '## Changed\nby the script' },
      team.member,
    );
    expect((await notes()).notes).toBe('## Changed\nby the script');
    await request(
      `mutation($id: ID!) { updateRun(id: $id, input: { name: "named in the UI", notes: "edited in the UI" }) { run { id } } }`,
      { id: normalizeRunId(runId) },
      team.caller,
      team.team.slug,
    );
    const tags = new Map(
      (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.tags.map((t: { key: string; value: string }) => [
        t.key,
        t.value,
      ]),
    );
    expect(tags.get('mlflow.note.content')).toBe('edited in the UI');
    expect(tags.get('mlflow.runName')).toBe('named in the UI');
    await call('POST', 'mlflow/runs/delete-tag', { run_id: runId, key: 'mlflow.note.content' }, team.member);
    expect(await notes()).toEqual({ name: 'named in the UI', notes: '' });
    // A deleted run is not edited until it is restored, as the tracking API refuses to log to it.
    await call('POST', 'mlflow/runs/delete', { run_id: runId }, team.member);
    const refused = await request(
      `mutation($id: ID!) { updateRun(id: $id, input: { notes: "late" }) { run { id } } }`,
      { id: normalizeRunId(runId) },
      team.caller,
      team.team.slug,
    );
    expect(refused.errors![0]).toMatchObject({
      message: 'the run is deleted: restore it before editing it',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("log-model appends to the run's model history; a NUL character is refused, not a server error", async () => {
    const runId = await newRun();
    for (const path of ['model', 'model-2'])
      await call(
        'POST',
        'mlflow/runs/log-model',
        { run_id: runId, model_json: JSON.stringify({ artifact_path: path, flavors: {} }) },
        team.member,
      );
    const tags = (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.tags;
    const history = JSON.parse(tags.find((t: { key: string }) => t.key === 'mlflow.log-model.history').value);
    expect(history.map((m: { artifact_path: string }) => m.artifact_path)).toEqual(['model', 'model-2']);
    expect(await call('POST', 'mlflow/runs/set-tag', { run_id: runId, key: 'bad', value: 'a\u0000b' }, team.member)).toMatchObject({
      status: 400,
      body: { error_code: 'INVALID_PARAMETER_VALUE' },
    });
  });

  it('groups nested runs under their parent run, varying in the params that differ', async () => {
    const parent = await newRun('0', 'optuna-search');
    const children = [];
    for (const lr of ['1e-4', '3e-4']) {
      const child = (
        await call(
          'POST',
          'mlflow/runs/create',
          { experiment_id: '0', run_name: `trial lr=${lr}`, tags: [{ key: 'mlflow.parentRunId', value: parent.replace(/-/g, '') }] },
          team.member,
        )
      ).body.run.info.run_id;
      await call(
        'POST',
        'mlflow/runs/log-batch',
        {
          run_id: child,
          params: [
            { key: 'lr', value: lr },
            { key: 'epochs', value: '3' },
          ],
        },
        team.member,
      );
      children.push(child);
    }
    const group = await request(
      `query($id: ID!) { run(id: $id) { group { kind name varies runs { id } } } }`,
      { id: children[1] },
      { kind: 'token', secret: team.viewer },
    );
    expect(group.data!.run.group).toMatchObject({ kind: 'nested', name: 'optuna-search', varies: 'lr' });
    expect(group.data!.run.group.runs.map((r: { id: string }) => r.id).sort()).toEqual([parent, ...children].sort());
  });

  it('log-inputs keeps the datasets a run declared', async () => {
    const runId = await newRun();
    const dataset = { name: 'imdb', digest: 'abc123', source_type: 'hugging_face', source: '{"path":"imdb"}' };
    expect(
      (
        await call(
          'POST',
          'mlflow/runs/log-inputs',
          { run_id: runId, datasets: [{ tags: [{ key: 'mlflow.data.context', value: 'train' }], dataset }] },
          team.member,
        )
      ).status,
    ).toBe(200);
    expect((await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.inputs.dataset_inputs[0].dataset).toEqual(
      dataset,
    );
  });

  it('searches runs with the filter grammar, order_by and pages', async () => {
    const experiment = (await call('POST', 'mlflow/experiments/create', { name: 'sweep' }, team.member)).body.experiment_id;
    for (const [i, lr] of ['0.1', '0.01', '0.001'].entries()) {
      const runId = await newRun(experiment, `lr-${lr}`);
      await call(
        'POST',
        'mlflow/runs/log-batch',
        {
          run_id: runId,
          metrics: [{ key: 'eval_accuracy', value: 0.5 + i / 10, timestamp: 1, step: 1 }],
          params: [{ key: 'lr', value: lr }],
        },
        team.member,
      );
    }
    const search = (body: Record<string, unknown>) =>
      call('POST', 'mlflow/runs/search', { experiment_ids: [experiment], ...body }, team.viewer);
    const names = (r: Awaited<ReturnType<typeof search>>) => r.body.runs.map((x: { info: { run_name: string } }) => x.info.run_name);
    expect(names(await search({ filter: 'metrics.eval_accuracy > 0.55', order_by: ['metrics.eval_accuracy DESC'] }))).toEqual([
      'lr-0.001',
      'lr-0.01',
    ]);
    expect(
      names(await search({ filter: "params.lr IN ('0.1', '0.001') and attributes.status = 'RUNNING'", order_by: ['params.lr'] })),
    ).toEqual(['lr-0.001', 'lr-0.1']);
    const first = await search({ max_results: 2, order_by: ['attributes.run_name ASC'] });
    expect(names(first)).toEqual(['lr-0.001', 'lr-0.01']);
    expect(names(await search({ max_results: 2, order_by: ['attributes.run_name ASC'], page_token: first.body.next_page_token }))).toEqual([
      'lr-0.1',
    ]);
    expect((await search({ filter: 'metrics.eval_accuracy >' })).body.error_code).toBe('INVALID_PARAMETER_VALUE');
  });

  it('pages a long history and samples many runs over a step interval', async () => {
    const runs = [await newRun(), await newRun()];
    for (const runId of runs) {
      const metrics = Array.from({ length: 1000 }, (_, step) => ({
        key: 'train_loss',
        value: 1 / (step + 1),
        timestamp: 1_700_000_000_000 + step,
        step,
      }));
      await call('POST', 'mlflow/runs/log-batch', { run_id: runId, metrics }, team.member);
    }
    const first = await call(
      'GET',
      'mlflow/metrics/get-history',
      { run_id: runs[0], metric_key: 'train_loss', max_results: 600 },
      team.member,
    );
    expect(first.body.metrics).toHaveLength(600);
    const rest = await call(
      'GET',
      'mlflow/metrics/get-history',
      { run_id: runs[0], metric_key: 'train_loss', max_results: 600, page_token: first.body.next_page_token },
      team.member,
    );
    expect(rest.body.metrics.map((m: { step: number }) => m.step)).toEqual(Array.from({ length: 400 }, (_, i) => 600 + i));
    expect(rest.body.next_page_token).toBeUndefined();
    // Without max_results, MLflow answers the whole history at once.
    expect(
      (await call('GET', 'mlflow/metrics/get-history', { run_id: runs[0], metric_key: 'train_loss' }, team.member)).body.metrics,
    ).toHaveLength(1000);

    const sampled = await call(
      'GET',
      'mlflow/metrics/get-history-bulk-interval',
      { run_ids: runs, metric_key: 'train_loss', start_step: 100, end_step: 899, max_results: 50 },
      team.member,
    );
    for (const runId of runs) {
      const points = sampled.body.metrics.filter((m: { run_id: string }) => m.run_id === runId);
      expect(points.length).toBeGreaterThan(10);
      expect(points.length).toBeLessThanOrEqual(50);
      expect(points[0]).toMatchObject({ step: 100, key: 'train_loss' });
      expect(points.at(-1).step).toBe(899);
    }
  });
});

describe('artifacts through the server', () => {
  it("uploads, lists, downloads and deletes a run's files at its artifact_uri", async () => {
    const runId = await newRun();
    const base = `mlflow-artifacts/artifacts/0/${runId}/artifacts`;
    expect((await call('PUT', `${base}/model/config.json`, Buffer.from('{"layers": 2}'), team.member)).status).toBe(200);
    expect((await call('PUT', `${base}/notes.txt`, Buffer.from('hello'), team.member)).status).toBe(200);
    const listed = await call('GET', `mlflow-artifacts/artifacts`, { path: `0/${runId}/artifacts` }, team.viewer);
    expect(listed.body.files).toEqual([
      { path: 'model', is_dir: true },
      { path: 'notes.txt', is_dir: false, file_size: 5 },
    ]);
    expect((await call('GET', `mlflow-artifacts/artifacts`, { path: `0/${runId}/artifacts/model` }, team.member)).body.files).toEqual([
      { path: 'config.json', is_dir: false, file_size: 13 },
    ]);
    expect((await call('GET', `${base}/notes.txt`, undefined, team.viewer)).body).toBe('hello');
    const viaRun = await call('GET', 'mlflow/artifacts/list', { run_id: runId, path: 'model' }, team.viewer);
    expect(viaRun.body).toEqual({
      root_uri: `mlflow-artifacts:/0/${runId}/artifacts`,
      files: [{ path: 'model/config.json', is_dir: false, file_size: 13 }],
    });
    expect((await call('PUT', `${base}/../escape.txt`, Buffer.from('x'), team.member)).status).not.toBe(200);
    expect((await call('DELETE', `${base}/model`, undefined, team.member)).status).toBe(200);
    expect((await call('GET', `${base}/model/config.json`, undefined, team.member)).body.error_code).toBe('RESOURCE_DOES_NOT_EXIST');
  });
});

describe('edges', () => {
  it('takes params named like object members, and an epoch metric a float4 cannot hold', async () => {
    const runId = await newRun();
    const logged = await call(
      'POST',
      'mlflow/runs/log-batch',
      {
        run_id: runId,
        params: [
          { key: 'constructor', value: 'x' },
          { key: '__proto__', value: 'y' },
          { key: 'toString', value: 'z' },
        ],
        metrics: [
          { key: 'epoch', value: 1e39, timestamp: 1, step: 5 },
          { key: 'acc', value: 0.5, timestamp: 1, step: 5 },
        ],
      },
      team.member,
    );
    expect(logged.status).toBe(200);
    const params = (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.params;
    expect(params).toEqual(
      expect.arrayContaining([
        { key: 'constructor', value: 'x' },
        { key: '__proto__', value: 'y' },
        { key: 'toString', value: 'z' },
      ]),
    );
    expect(
      (
        await call(
          'POST',
          'mlflow/runs/log-metric',
          { run_id: runId, key: 'acc', value: 1, timestamp: 253_402_300_800_000, step: 6 },
          team.member,
        )
      ).body.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
    expect((await call('POST', 'mlflow/constructor', {}, team.member)).body.error_code).toBe('ENDPOINT_NOT_FOUND');
    expect(
      (
        await call(
          'POST',
          'phaselab/runs/examples/register',
          { run_id: runId, ids: ['a\u0000'], labels: ['x'], classes: ['x', 'y'] },
          team.member,
        )
      ).body.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
  });

  it("deletes an experiment's runs with it and restores them with it; the Default experiment stays", async () => {
    const id = (await call('POST', 'mlflow/experiments/create', { name: 'to-delete' }, team.member)).body.experiment_id;
    const kept = await newRun(id);
    const alreadyDeleted = await newRun(id);
    await call('POST', 'mlflow/runs/delete', { run_id: alreadyDeleted }, team.member);
    await call('POST', 'mlflow/experiments/delete', { experiment_id: id }, team.member);
    const stage = async (runId: string) =>
      (await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.info.lifecycle_stage;
    expect(await stage(kept)).toBe('deleted');
    await call('POST', 'mlflow/experiments/restore', { experiment_id: id }, team.member);
    expect([await stage(kept), await stage(alreadyDeleted)]).toEqual(['active', 'deleted']);
    expect((await call('POST', 'mlflow/experiments/delete', { experiment_id: '0' }, team.member)).body.error_code).toBe(
      'INVALID_PARAMETER_VALUE',
    );
  });
});

describe('errors', () => {
  it('refuses a body over the limit early with REQUEST_LIMIT_EXCEEDED, over real HTTP', async () => {
    const server = await serveHandlers({ '/api/mlflow/': createTrackingHandler(() => db) });
    try {
      const runId = await newRun();
      const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
      const answer = await fetch(`${server.url}/api/mlflow/api/2.0/mlflow/runs/log-batch`, {
        method: 'POST',
        headers: { authorization: `Bearer ${team.member}`, 'content-type': 'application/json' },
        body: new Uint8Array(huge),
      });
      // Refused by its Content-Length, before the handler reads a byte of it.
      expect([answer.status, (await answer.json()).error_code]).toEqual([413, 'REQUEST_LIMIT_EXCEEDED']);
      expect((await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.metrics).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("answers an unknown route ENDPOINT_NOT_FOUND, no token UNAUTHENTICATED, a viewer's write PERMISSION_DENIED", async () => {
    expect(await call('POST', 'mlflow/runs/fly', {}, team.member)).toMatchObject({
      status: 404,
      body: { error_code: 'ENDPOINT_NOT_FOUND' },
    });
    expect(await call('GET', 'mlflow/experiments/get', { experiment_id: '0' })).toMatchObject({
      status: 401,
      body: { error_code: 'UNAUTHENTICATED' },
    });
    expect(await call('POST', 'mlflow/runs/create', { experiment_id: '0' }, team.viewer)).toMatchObject({
      status: 403,
      body: { error_code: 'PERMISSION_DENIED' },
    });
    expect(await call('GET', 'mlflow/runs/get', { run_id: 'f'.repeat(32) }, team.member)).toMatchObject({
      status: 404,
      body: { error_code: 'RESOURCE_DOES_NOT_EXIST' },
    });
    expect((await call('GET', 'mlflow/runs/get', {}, team.member)).body.error_code).toBe('BAD_REQUEST');
  });
});
