import { describe, expect, it } from 'vitest';
import { Phaselab, PhaselabError } from './index.js';

const { PHASELAB_TRACKING_URI: trackingUri, PHASELAB_TOKEN: token } = process.env;

/** Against a running Phaselab: PHASELAB_TRACKING_URI=http://localhost:3000/api/mlflow PHASELAB_TOKEN=<member token>. */
describe.skipIf(!trackingUri || !token)('the client against a live Phaselab', () => {
  const errors: PhaselabError[] = [];
  const client = new Phaselab({ trackingUri, token, onError: (error) => errors.push(error) });
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

  async function startRun(name: string) {
    const experimentId = await client.setExperiment(`client-live-${unique}`);
    return client.startRun({ name, experimentId });
  }

  it('gets an experiment by name, creating it the first time', async () => {
    const name = `client-live-experiment-${unique}`;
    const created = await client.setExperiment(name);
    expect(created).toMatch(/^\d+$/);
    expect(await client.setExperiment(name)).toBe(created);
  });

  it('brings back metrics logged in the background, NaN and infinities included', async () => {
    errors.length = 0;
    const run = await startRun('metrics');
    const steps = 2500;
    for (let step = 0; step < steps; step++) run.logMetric('batch_loss', 1 / (step + 1), step);
    run.logMetrics({ val_acc: NaN, train_loss: Infinity }, 0);
    run.logMetrics({ val_acc: 0.5, train_loss: -Infinity }, 1);
    await run.flush();
    const losses = await client.getMetricHistory(run.id, 'batch_loss');
    expect(losses).toHaveLength(steps);
    const byStep = new Map(losses.map((point) => [point.step, point.value]));
    expect(byStep.get(0)).toBe(1);
    expect(byStep.get(steps - 1)).toBeCloseTo(1 / steps);
    const valAcc = (await client.getMetricHistory(run.id, 'val_acc')).sort((a, b) => a.step - b.step);
    expect(valAcc[0]!.value).toBeNaN();
    expect(valAcc[1]!.value).toBe(0.5);
    const trainLoss = (await client.getMetricHistory(run.id, 'train_loss')).sort((a, b) => a.step - b.step);
    expect(trainLoss.map((point) => point.value)).toEqual([Infinity, -Infinity]);
    expect(errors).toEqual([]);
  });

  it('refuses a changed param, through onError and from a direct call', async () => {
    errors.length = 0;
    const run = await startRun('params');
    run.logParam('lr', 0.1);
    await run.flush();
    run.logParam('lr', 0.2);
    await run.flush();
    expect(errors.map((error) => error.errorCode)).toEqual(['INVALID_PARAMETER_VALUE']);
    await expect(client.logBatch(run.id, { params: [{ key: 'lr', value: '0.2' }] })).rejects.toMatchObject({
      errorCode: 'INVALID_PARAMETER_VALUE',
      status: 400,
    });
    await expect(client.logBatch(run.id, { params: [{ key: 'lr', value: '0.1' }] })).resolves.toBeUndefined();
    const { data } = await client.getRun(run.id);
    expect(data.params).toContainEqual({ key: 'lr', value: '0.1' });
  });

  it('computes the memorized fraction of hand-made examples, and finishes the run', async () => {
    errors.length = 0;
    const run = await startRun('memorization');
    // c and d are noisy: trained on a label other than their true one.
    const registered = await run.registerExamples({
      ids: ['a', 'b', 'c', 'd'],
      labels: ['cat', 'dog', 'cat', 'dog'],
      trueLabels: ['cat', 'dog', 'dog', 'cat'],
      texts: ['a cat', 'a dog', 'a dog called cat', 'a cat called dog'],
      classes: ['cat', 'dog'],
    });
    expect(registered).toMatchObject({ registered: 4, total: 4, noisy: 2, classes: ['cat', 'dog'] });
    // c is predicted as its noisy label (memorized), d as its true label (recovered).
    const epoch = await run.logExampleEpoch(1, new Float32Array([0.1, 0.2, 0.3, 2.5]), new Int32Array([0, 1, 0, 0]));
    expect(epoch).toMatchObject({ epoch: 1, examples: 4, memorized_fraction: 0.5, recovered_fraction: 0.5 });
    const memorized = await client.getMetricHistory(run.id, 'noise/memorized_fraction');
    expect(memorized.map((point) => [point.step, point.value])).toEqual([[1, 0.5]]);
    const [suspect] = await run.suspectedLabelErrors(1);
    expect(suspect).toMatchObject({ id: 'd', label: 'dog', predicted_label: 'cat', noisy: true });
    expect(suspect!.loss).toBeCloseTo(2.5);

    run.logMetric('val_acc', 0.75, 1);
    await run.finish();
    const { info, data } = await client.getRun(run.id);
    expect(info.status).toBe('FINISHED');
    expect(info.end_time).toBeGreaterThan(0);
    expect(data.metrics).toContainEqual(expect.objectContaining({ key: 'val_acc', value: 0.75, step: 1 }));
    expect(errors).toEqual([]);
  });
});
