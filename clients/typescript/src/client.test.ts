import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, type Seen } from '../test/fakeFetch.js';
import { Phaselab, PhaselabError, type PhaselabOptions } from './index.js';

const MLFLOW = '/api/mlflow/api/2.0/mlflow';
const PHASELAB = '/api/mlflow/api/2.0/phaselab';
const RUN_INFO = { run_id: 'run-1', experiment_id: '7', run_name: 'mlp', status: 'RUNNING' };

/** A client of a fake server that knows one run, with the routes given on top. */
function fakeClient(routes: Parameters<typeof fakeFetch>[0] = {}, options: PhaselabOptions = {}) {
  const server = fakeFetch({
    [`POST ${MLFLOW}/runs/create`]: () => ({ body: { run: { info: RUN_INFO, data: {} } } }),
    [`POST ${MLFLOW}/runs/log-batch`]: () => ({ body: {} }),
    [`POST ${MLFLOW}/runs/update`]: () => ({ body: { run_info: { ...RUN_INFO, status: 'FINISHED' } } }),
    ...routes,
  });
  const errors: PhaselabError[] = [];
  const client = new Phaselab({
    trackingUri: 'http://phaselab.test/api/mlflow',
    token: 'secret',
    fetch: server.fetch,
    retryDelayMs: 1,
    onError: (error) => errors.push(error),
    ...options,
  });
  const sent = (path: string): Seen[] => server.seen.filter((request) => request.path === path);
  return { client, server, errors, sent };
}

afterEach(() => void vi.unstubAllEnvs());

describe('configuration', () => {
  it('reads the tracking URI and token from the environment, Phaselab names first', async () => {
    vi.stubEnv('PHASELAB_TRACKING_URI', undefined);
    vi.stubEnv('PHASELAB_TOKEN', undefined);
    vi.stubEnv('MLFLOW_TRACKING_URI', 'http://mlflow.test/api/mlflow');
    vi.stubEnv('MLFLOW_TRACKING_TOKEN', 'mlflow-token');
    expect(new Phaselab().trackingUri).toBe('http://mlflow.test/api/mlflow');
    vi.stubEnv('PHASELAB_TRACKING_URI', 'http://phaselab.test/api/mlflow');
    vi.stubEnv('PHASELAB_TOKEN', 'phaselab-token');
    const server = fakeFetch({ [`GET ${MLFLOW}/runs/get`]: () => ({ body: { run: { info: RUN_INFO } } }) });
    const client = new Phaselab({ fetch: server.fetch });
    expect(client.trackingUri).toBe('http://phaselab.test/api/mlflow');
    await client.getRun('run-1');
    expect(server.seen[0]!.headers.get('authorization')).toBe('Bearer phaselab-token');
  });
});

describe('experiments and runs', () => {
  it('gets an experiment by name, and creates it when it does not exist', async () => {
    const experiments = new Map([['existing', '3']]);
    const { client, sent } = fakeClient({
      [`GET ${MLFLOW}/experiments/get-by-name`]: ({ query }) => {
        const id = experiments.get(query.get('experiment_name')!);
        if (id) return { body: { experiment: { experiment_id: id, name: query.get('experiment_name') } } };
        return { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no such experiment' } };
      },
      [`POST ${MLFLOW}/experiments/create`]: ({ body }) => {
        experiments.set(body.name, '8');
        return { body: { experiment_id: '8' } };
      },
    });
    expect(await client.setExperiment('existing')).toBe('3');
    expect(await client.setExperiment('new')).toBe('8');
    expect(await client.setExperiment('new')).toBe('8');
    expect(sent(`${MLFLOW}/experiments/create`)).toHaveLength(1);
    await client.startRun({ name: 'mlp', tags: { framework: 'tfjs' } });
    expect(sent(`${MLFLOW}/runs/create`)[0]!.body).toMatchObject({
      experiment_id: '8',
      run_name: 'mlp',
      tags: [{ key: 'framework', value: 'tfjs' }],
    });
  });

  it("starts runs in the team's Default experiment when none is set", async () => {
    const { client, sent } = fakeClient();
    const run = await client.startRun();
    expect(run.id).toBe('run-1');
    expect(sent(`${MLFLOW}/runs/create`)[0]!.body.experiment_id).toBe('0');
  });

  it('reads a run whose answer leaves empty lists out, and decodes its metric values', async () => {
    const { client } = fakeClient({
      [`GET ${MLFLOW}/runs/get`]: () => ({
        body: { run: { info: RUN_INFO, data: { metrics: [{ key: 'loss', value: 'NaN', timestamp: '5', step: '2' }] } } },
      }),
    });
    const run = await client.getRun('run-1');
    expect(run.data.params).toEqual([]);
    expect(run.data.tags).toEqual([]);
    expect(run.data.metrics[0]).toEqual({ key: 'loss', value: NaN, timestamp: 5, step: 2 });
  });

  it('follows page tokens through a metric history', async () => {
    const { client, sent } = fakeClient({
      [`GET ${MLFLOW}/metrics/get-history`]: ({ query }) => {
        const page = Number(query.get('page_token') ?? 0);
        const metrics = [{ key: 'loss', value: page === 2 ? 'Infinity' : page, timestamp: 1, step: page }];
        return { body: { metrics, ...(page < 2 && { next_page_token: String(page + 1) }) } };
      },
    });
    const history = await client.getMetricHistory('run-1', 'loss');
    expect(history.map((point) => point.value)).toEqual([0, 1, Infinity]);
    expect(sent(`${MLFLOW}/metrics/get-history`).map((request) => request.query.get('metric_key'))).toEqual(['loss', 'loss', 'loss']);
  });
});

describe('logging from a training loop', () => {
  it('sends metrics, params and tags with log-batch, NaN and infinities as strings', async () => {
    const { client, sent, errors } = fakeClient();
    const run = await client.startRun();
    run.logMetric('loss', NaN, 0);
    run.logMetrics({ loss: Infinity, acc: -Infinity }, 1);
    run.logParams({ lr: 0.001, layers: 2, shuffle: true });
    run.setTags({ 'phaselab.validation_metric': 'val_acc' });
    await run.flush();
    const [batch] = sent(`${MLFLOW}/runs/log-batch`).map((request) => request.body);
    expect(batch.run_id).toBe('run-1');
    expect(batch.metrics.map((metric: { value: unknown }) => metric.value)).toEqual(['NaN', 'Infinity', '-Infinity']);
    expect(batch.params).toEqual([
      { key: 'lr', value: '0.001' },
      { key: 'layers', value: '2' },
      { key: 'shuffle', value: 'true' },
    ]);
    expect(batch.tags).toEqual([{ key: 'phaselab.validation_metric', value: 'val_acc' }]);
    expect(errors).toEqual([]);
  });

  it('gives a metric logged without a step the step after the last one of its key', async () => {
    const { client, sent } = fakeClient();
    const run = await client.startRun();
    run.logMetric('loss', 3);
    run.logMetric('loss', 2);
    run.logMetric('acc', 0.5, 10);
    run.logMetric('acc', 0.6);
    await run.flush();
    const metrics = sent(`${MLFLOW}/runs/log-batch`)[0]!.body.metrics;
    expect(metrics.map((metric: { key: string; step: number }) => `${metric.key}@${metric.step}`)).toEqual([
      'loss@0',
      'loss@1',
      'acc@10',
      'acc@11',
    ]);
  });

  it('reports what the server would refuse through onError, sends the rest, and never throws', async () => {
    const { client, sent, errors } = fakeClient();
    const run = await client.startRun();
    run.logParam('lr', 0.1);
    run.logParam('lr', 0.1);
    run.logParam('lr', 0.2);
    run.logMetric('loss', '0.3' as unknown as number);
    run.logMetric('k'.repeat(251), 1);
    run.logMetric('loss', 1, 1.5);
    run.setTag('note', 'x'.repeat(8001));
    run.logMetric('acc', 0.9, 1);
    await run.flush();
    expect(errors.map((error) => error.errorCode)).toEqual(Array(5).fill('INVALID_PARAMETER_VALUE'));
    expect(errors[0]!.message).toMatch(/lr/);
    const [batch] = sent(`${MLFLOW}/runs/log-batch`).map((request) => request.body);
    expect(batch.params).toEqual([{ key: 'lr', value: '0.1' }]);
    expect(batch.metrics.map((metric: { key: string }) => metric.key)).toEqual(['acc']);
  });

  it('reports a refused request after its retries, even when onError itself throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { client } = fakeClient(
      { [`POST ${MLFLOW}/runs/log-batch`]: () => ({ status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'gone' } }) },
      {
        onError: () => {
          throw new Error('handler bug');
        },
      },
    );
    const run = await client.startRun();
    run.logMetric('loss', 1);
    await expect(run.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('lets a direct logBatch call throw what the server refuses', async () => {
    const { client } = fakeClient({
      [`POST ${MLFLOW}/runs/log-batch`]: () => ({
        status: 400,
        body: { error_code: 'INVALID_PARAMETER_VALUE', message: 'lr keeps 0.1' },
      }),
    });
    await expect(client.logBatch('run-1', { params: [{ key: 'lr', value: '0.2' }] })).rejects.toMatchObject({
      errorCode: 'INVALID_PARAMETER_VALUE',
      status: 400,
    });
  });

  it('finishes a run after sending what is pending', async () => {
    const { client, server } = fakeClient();
    const run = await client.startRun();
    run.logMetric('loss', 1);
    await run.finish();
    expect(server.seen.map((request) => request.path.split('/').slice(-2).join('/'))).toEqual([
      'runs/create',
      'runs/log-batch',
      'runs/update',
    ]);
    expect(server.seen[2]!.body).toMatchObject({ run_id: 'run-1', status: 'FINISHED', end_time: expect.any(Number) });
  });
});

describe('per-example memorization', () => {
  it('registers examples in parts of at most 100,000, naming all classes in the first', async () => {
    let total = 0;
    const { client, sent } = fakeClient({
      [`POST ${PHASELAB}/runs/examples/register`]: ({ body }) => {
        total += body.ids.length;
        return { body: { registered: body.ids.length, total, noisy: 1, classes: ['a', 'b', 'c'] } };
      },
    });
    const run = await client.startRun();
    const n = 200_001;
    const ids = Array.from({ length: n }, (_, i) => `ex-${i}`);
    const labels = ids.map((_, i) => (i < n - 1 ? 'b' : 'a'));
    const trueLabels = ids.map((_, i) => (i === 0 ? 'c' : null));
    const answer = await run.registerExamples({ ids, labels, trueLabels });
    const parts = sent(`${PHASELAB}/runs/examples/register`).map((request) => request.body);
    expect(parts.map((part) => part.ids.length)).toEqual([100_000, 100_000, 1]);
    expect(parts.map((part) => part.classes)).toEqual([['a', 'b', 'c'], undefined, undefined]);
    expect(parts[2].true_labels).toEqual([null]);
    expect(answer).toEqual({ registered: n, total: n, noisy: 1, classes: ['a', 'b', 'c'] });
  });

  it('leaves the classes to the server when the registration fits one request', async () => {
    const { client, sent } = fakeClient({
      [`POST ${PHASELAB}/runs/examples/register`]: () => ({ body: { registered: 2, total: 2, noisy: 0, classes: ['x'] } }),
    });
    const run = await client.startRun();
    await run.registerExamples({ ids: ['1', '2'], labels: ['x', 'x'] });
    expect(sent(`${PHASELAB}/runs/examples/register`)[0]!.body).toEqual({ run_id: 'run-1', ids: ['1', '2'], labels: ['x', 'x'] });
    await expect(run.registerExamples({ ids: ['3'], labels: [] })).rejects.toMatchObject({ errorCode: 'INVALID_PARAMETER_VALUE' });
  });

  it('logs an epoch as a binary body, with the run and epoch in the query', async () => {
    const { client, sent } = fakeClient({
      [`POST ${PHASELAB}/runs/examples/log-epoch`]: () => ({
        body: { epoch: 2, examples: 2, memorized_fraction: null, recovered_fraction: null, detection_f1: null },
      }),
    });
    const run = await client.startRun();
    const answer = await run.logExampleEpoch(2, new Float32Array([0.5, 1.5]), new Int32Array([1, 0]));
    expect(answer.epoch).toBe(2);
    const [request] = sent(`${PHASELAB}/runs/examples/log-epoch`);
    expect(request!.headers.get('content-type')).toBe('application/octet-stream');
    expect(Object.fromEntries(request!.query)).toEqual({ run_id: 'run-1', epoch: '2' });
    const view = new DataView(request!.body as ArrayBuffer);
    expect([view.getFloat32(0, true), view.getFloat32(4, true), view.getInt32(8, true), view.getInt32(12, true)]).toEqual([0.5, 1.5, 1, 0]);
    await expect(run.logExampleEpoch(3, [0.1], [])).rejects.toMatchObject({ errorCode: 'INVALID_PARAMETER_VALUE' });
  });

  it('asks for noisy labels and suspected label errors as the API names them', async () => {
    const { client, sent } = fakeClient({
      [`POST ${PHASELAB}/runs/noisy-labels`]: () => ({ body: { classes: ['ham', 'spam'], noisy: 1 } }),
      [`GET ${PHASELAB}/runs/examples/suspected-label-errors`]: () => ({
        body: { examples: [{ id: '3', text: 'hi', label: 'spam', predicted_label: 'ham', loss: 'Infinity', noisy: true }] },
      }),
    });
    const run = await client.startRun();
    await run.noisyLabels({ datasetVersionId: 'dv-1', rate: 0.2, seed: 1 });
    expect(sent(`${PHASELAB}/runs/noisy-labels`)[0]!.body).toEqual({ run_id: 'run-1', dataset_version_id: 'dv-1', rate: 0.2, seed: 1 });
    const suspects = await run.suspectedLabelErrors(5);
    expect(suspects[0]!.loss).toBe(Infinity);
    expect(sent(`${PHASELAB}/runs/examples/suspected-label-errors`)[0]!.query.get('max_results')).toBe('5');
  });
});
