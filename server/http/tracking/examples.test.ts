/**
 * Per-example memorization from outside: registering examples, logging epochs (binary and JSON), what Phaselab
 * computes from them, noisy labels on request, and phases detected on an external run's curves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { trackingTeam, trackingWorld } from '../../../test/trackingWorld';
import type { TrackingCall } from '../../../test/trackingClient';
import type { RequestFn } from '../../../test/graphqlClient';
import { detectAndStorePhases } from '../../../db/phaseDetections';
import type { Database } from '../../../db/client';

let db: Database;
let call: TrackingCall;
let request: RequestFn;
let team: Awaited<ReturnType<typeof trackingTeam>>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  ({ call, request } = trackingWorld(db));
  team = await trackingTeam(request, 'Nora');
});

async function newRun(tags: { key: string; value: string }[] = []) {
  return (await call('POST', 'mlflow/runs/create', { experiment_id: '0', tags }, team.member)).body.run.info.run_id as string;
}

/** n float32 losses then n int32 predictions, little-endian. */
function epochBytes(losses: number[], predictions: number[]): Buffer {
  const bytes = Buffer.alloc(losses.length * 8);
  losses.forEach((l, i) => bytes.writeFloatLE(l, i * 4));
  predictions.forEach((p, i) => bytes.writeInt32LE(p, (losses.length + i) * 4));
  return bytes;
}

const graphqlRun = (id: string) =>
  request(
    `query($id: ID!) { run(id: $id) { kind registeredExamples noisyExamples { row trueLabel noisyLabel firstMemorizedEpoch } suspectedLabelErrors(first: 3) { row text givenLabel predictedLabel injected } } }`,
    { id },
    { kind: 'token', secret: team.viewer },
  );

describe('per-example memorization of an external run', () => {
  it('computes memorized and recovered shares, first-memorized epochs, detection F1 and suspected label errors', async () => {
    const runId = await newRun();
    // Classes ham = 0, spam = 1. Examples c and d carry a wrong label: their truth is known.
    const registered = await call(
      'POST',
      'phaselab/runs/examples/register',
      {
        run_id: runId,
        ids: ['a', 'b', 'c', 'd'],
        labels: ['ham', 'spam', 'spam', 'ham'],
        true_labels: ['ham', 'spam', 'ham', 'spam'],
        texts: ['see you at 5', 'free money', 'lunch today?', 'win a prize now'],
      },
      team.member,
    );
    expect(registered.body).toEqual({ registered: 4, total: 4, noisy: 2, classes: ['ham', 'spam'] });

    // Epoch 1: the model predicts the truth everywhere; c and d have the highest losses.
    const first = await call(
      'POST',
      `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=1`,
      epochBytes([0.1, 0.2, 2.5, 2.0], [0, 1, 0, 1]),
      team.member,
    );
    expect(first.body).toEqual({ epoch: 1, examples: 4, memorized_fraction: 0, recovered_fraction: 1, detection_f1: 1 });
    // Epoch 2: c is memorized (predicted as its noisy label).
    const second = await call(
      'POST',
      `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=2`,
      epochBytes([0.1, 0.1, 0.3, 1.5], [0, 1, 1, 1]),
      team.member,
    );
    expect(second.body).toMatchObject({ memorized_fraction: 0.5, recovered_fraction: 0.5 });
    // Epoch 3 as JSON, predictions by name: d is memorized too, c stays memorized.
    const third = await call(
      'POST',
      'phaselab/runs/examples/log-epoch',
      { run_id: runId, epoch: 3, losses: [0.1, 0.1, 0.2, 0.2], predictions: ['ham', 'spam', 'spam', 'ham'] },
      team.member,
    );
    expect(third.body).toMatchObject({ memorized_fraction: 1, recovered_fraction: 0 });

    const history = await call('GET', 'mlflow/metrics/get-history', { run_id: runId, metric_key: 'noise/memorized_fraction' }, team.member);
    expect(history.body.metrics.map((m: { step: number; value: number }) => [m.step, m.value])).toEqual([
      [1, 0],
      [2, 0.5],
      [3, 1],
    ]);
    const run = (await graphqlRun(runId)).data!.run;
    expect(run.registeredExamples).toBe(4);
    expect(run.noisyExamples).toEqual([
      { row: 2, trueLabel: 'ham', noisyLabel: 'spam', firstMemorizedEpoch: 2 },
      { row: 3, trueLabel: 'spam', noisyLabel: 'ham', firstMemorizedEpoch: 3 },
    ]);
    // Ranked by mean loss over the epochs (three points show no memorization phase yet): d (1.23) before c (1.0); a
    // and b, predicted as labelled at every epoch, are never suspects.
    expect(run.suspectedLabelErrors).toEqual([
      { row: 3, text: 'win a prize now', givenLabel: 'ham', predictedLabel: 'ham', injected: true },
      { row: 2, text: 'lunch today?', givenLabel: 'spam', predictedLabel: 'spam', injected: true },
    ]);
    const errors = await call('GET', 'phaselab/runs/examples/suspected-label-errors', { run_id: runId, max_results: 2 }, team.viewer);
    expect(errors.body.examples.map((e: { id: string }) => e.id)).toEqual(['d', 'c']);
  });

  it('refuses what does not fit, writing nothing: a wrong count, an unknown class, a duplicate id, a class index out of range', async () => {
    const runId = await newRun();
    await call('POST', 'phaselab/runs/examples/register', { run_id: runId, ids: ['x', 'y'], labels: ['a', 'b'] }, team.member);
    const wrongCount = await call(
      'POST',
      `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=1`,
      epochBytes([1, 1, 1], [0, 0, 0]),
      team.member,
    );
    expect(wrongCount.body).toMatchObject({ error_code: 'INVALID_PARAMETER_VALUE' });
    expect(wrongCount.body.message).toMatch(/2 registered, 3 losses/);
    expect(
      (await call('POST', `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=1`, epochBytes([1, 1], [0, 7]), team.member)).body
        .message,
    ).toMatch(/predictions.1/);
    expect(
      (await call('POST', `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=1`, Buffer.alloc(7), team.member)).body.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
    expect(
      (await call('POST', 'phaselab/runs/examples/register', { run_id: runId, ids: ['z'], labels: ['c'] }, team.member)).body.message,
    ).toMatch(/not one of the run's classes/);
    expect(
      (await call('POST', 'phaselab/runs/examples/register', { run_id: runId, ids: ['z', 'x'], labels: ['a', 'b'] }, team.member)).body
        .error_code,
    ).toBe('RESOURCE_ALREADY_EXISTS');
    expect(
      (await call('POST', 'phaselab/runs/examples/register', { run_id: runId, ids: ['q'], labels: ['a', 'b'] }, team.member)).body.message,
    ).toMatch(/labels: has 2 items for 1 ids/);
    const run = (await graphqlRun(runId)).data!.run;
    expect(run.registeredExamples).toBe(2);
    expect((await call('GET', 'mlflow/runs/get', { run_id: runId }, team.member)).body.run.data.metrics).toEqual([]);
  });

  it('takes 100,000 examples in one registration and one epoch', async () => {
    const runId = await newRun();
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `ex-${i}`);
    const labels = ids.map((_, i) => (i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : 'c'));
    const trueLabels = labels.map((l, i) => (i % 10 === 0 ? (l === 'a' ? 'b' : 'a') : l));
    expect(
      (await call('POST', 'phaselab/runs/examples/register', { run_id: runId, ids, labels, true_labels: trueLabels }, team.member)).body,
    ).toMatchObject({ total: n, noisy: n / 10 });
    const losses = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 3 : 0.1));
    const predictions = labels.map((l) => ['a', 'b', 'c'].indexOf(l));
    const answer = await call(
      'POST',
      `phaselab/runs/examples/log-epoch?run_id=${runId}&epoch=1`,
      epochBytes(losses, predictions),
      team.member,
    );
    expect(answer.body).toEqual({ epoch: 1, examples: n, memorized_fraction: 1, recovered_fraction: 0, detection_f1: 1 });
  });
});

describe('noisy labels on request', () => {
  it("serves a dataset version with Phaselab's noise and registers its training rows as the run's examples", async () => {
    const sample = await request(
      `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id splitCounts { train validation test } } } } }`,
      {},
      team.caller,
      team.team.slug,
    );
    const version = sample.data!.createSampleDataset.dataset.latestVersion;
    const runId = await newRun();
    const served = await call(
      'POST',
      'phaselab/runs/noisy-labels',
      { run_id: runId, dataset_version_id: version.id, rate: 0.2, scheme: 'flip', seed: 7 },
      team.member,
    );
    expect(served.status).toBe(200);
    const { train, validation, test, classes, noisy } = served.body;
    expect(train.ids).toHaveLength(version.splitCounts.train);
    expect(validation.labels).toHaveLength(version.splitCounts.validation);
    expect(test.texts).toHaveLength(version.splitCounts.test);
    expect(noisy).toBe(Math.round(0.2 * version.splitCounts.train));
    expect(classes.length).toBeGreaterThan(2);
    const run = (await graphqlRun(runId)).data!.run;
    expect(run.registeredExamples).toBe(train.ids.length);
    expect(run.noisyExamples).toHaveLength(noisy);
    // The noisy examples are exactly those whose served label is not their truth.
    for (const example of run.noisyExamples.slice(0, 20)) expect(train.labels[example.row]).toBe(example.noisyLabel);
    // The same seed serves the same noise.
    const again = await call(
      'POST',
      'phaselab/runs/noisy-labels',
      { run_id: await newRun(), dataset_version_id: version.id, rate: 0.2, scheme: 'flip', seed: 7 },
      team.member,
    );
    expect(again.body.train.labels).toEqual(train.labels);
    expect(
      (await call('POST', 'phaselab/runs/noisy-labels', { run_id: runId, dataset_version_id: version.id, rate: 0.2 }, team.member)).body
        .error_code,
    ).toBe('RESOURCE_ALREADY_EXISTS');
    expect(
      (await call('POST', 'phaselab/runs/noisy-labels', { run_id: await newRun(), dataset_version_id: version.id, rate: 0.9 }, team.member))
        .body.error_code,
    ).toBe('INVALID_PARAMETER_VALUE');
  });
});

describe('phases of an external run', () => {
  /** Hugging Face's Trainer: eval_accuracy and epoch logged together at global steps. */
  async function logLikeTrainer(runId: string, accuracies: number[], memorized?: number[]) {
    const metrics = accuracies.flatMap((acc, i) => [
      { key: 'eval_accuracy', value: acc, timestamp: 1_700_000_000_000 + i, step: (i + 1) * 100 },
      { key: 'epoch', value: i + 1, timestamp: 1_700_000_000_000 + i, step: (i + 1) * 100 },
    ]);
    await call('POST', 'mlflow/runs/log-batch', { run_id: runId, metrics }, team.member);
    if (memorized) {
      await call(
        'POST',
        'mlflow/runs/log-batch',
        { run_id: runId, metrics: memorized.map((value, i) => ({ key: 'noise/memorized_fraction', value, timestamp: 1, step: i + 1 })) },
        team.member,
      );
    }
  }

  it('reads eval_accuracy by epoch and finds fitting, settling and memorization', async () => {
    const runId = await newRun();
    await logLikeTrainer(
      runId,
      [0.5, 0.75, 0.88, 0.9, 0.9, 0.9, 0.9, 0.9, 0.89, 0.89, 0.88, 0.88],
      [0, 0, 0.01, 0.01, 0.02, 0.02, 0.03, 0.1, 0.25, 0.4, 0.55, 0.7],
    );
    const detection = await detectAndStorePhases(db, { run: { id: runId, teamId: team.team.id } });
    expect(detection.status).toBe('detected');
    expect(detection.phases.map((p) => p.phase)).toEqual(['fitting', 'settling', 'memorization']);
    // Epochs come from the epoch metric, not from the steps.
    expect(detection.phases.at(-1)!.end).toBe(12);
  });

  it('says which tag to set when no validation curve is found, and follows the tag once set', async () => {
    const runId = await newRun();
    await call(
      'POST',
      'mlflow/runs/log-batch',
      { run_id: runId, metrics: [1, 2, 3, 4, 5].map((step) => ({ key: 'my_score', value: 1 - 1 / step, timestamp: 1, step })) },
      team.member,
    );
    const untagged = await detectAndStorePhases(db, { run: { id: runId, teamId: team.team.id } });
    expect(untagged.status).toBe('insufficient_data');
    expect(untagged.explanation).toMatch(/phaselab\.validation_metric/);
    expect(untagged.explanation).toMatch(/my_score/);
    await call('POST', 'mlflow/runs/set-tag', { run_id: runId, key: 'phaselab.validation_metric', value: 'my_score' }, team.member);
    const tagged = await detectAndStorePhases(db, { run: { id: runId, teamId: team.team.id } });
    expect(tagged.status).toBe('detected');
    expect(tagged.phases[0]!.phase).toBe('fitting');
  });

  it('gets final phases and a summary when its code reports it finished', async () => {
    const runId = await newRun([{ key: 'phaselab.validation_metric', value: 'val_loss' }]);
    await call(
      'POST',
      'mlflow/runs/log-batch',
      { run_id: runId, metrics: [2, 1.2, 0.8, 0.7, 0.7, 0.7].map((value, i) => ({ key: 'val_loss', value, timestamp: 1, step: i + 1 })) },
      team.member,
    );
    await call('POST', 'mlflow/runs/update', { run_id: runId, status: 'FINISHED', end_time: 1_700_000_100_000 }, team.member);
    const run = await request(
      `query($id: ID!) { run(id: $id) { status summary phaseDetection { final status } phases { phase } logs { message } } }`,
      { id: runId },
      { kind: 'token', secret: team.viewer },
    );
    expect(run.data!.run.logs.map((l: { message: string }) => l.message)).toEqual([
      expect.stringMatching(/^created through the tracking API in experiment "Default" with an API token/),
      'its code reports FINISHED',
    ]);
    expect(run.data!.run).toMatchObject({
      status: 'SUCCEEDED',
      summary: { val_loss: 0.7 },
      phaseDetection: { final: true, status: 'DETECTED' },
    });
    expect(run.data!.run.phases[0].phase).toBe('FITTING');
  });
});
