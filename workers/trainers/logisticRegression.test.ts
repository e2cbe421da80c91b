import { describe, expect, it } from 'vitest';
import { logisticRegressionConfig } from '../../lib/runs/config';
import type { TrainingData } from '../../db/trainingData';
import { loadTensorFlow } from '../tf';
import { createLogisticRegression } from './logisticRegression';

/** Two classes told apart by one word, plus a numeric column; small enough to train in milliseconds. */
function toyData(): TrainingData {
  const rows = Array.from({ length: 200 }, (_, i) => [
    i % 2 ? `buy cheap pills ${i}` : `meeting notes ${i}`,
    String(i % 7),
    i % 2 ? 'spam' : 'ham',
  ]);
  const labels = Int32Array.from(rows, (r) => (r[2] === 'spam' ? 1 : 0));
  const all = rows.map((_, i) => i);
  return {
    task: 'classification',
    columns: [
      { name: 'text', type: 'text' },
      { name: 'n', type: 'numeric' },
      { name: 'label', type: 'categorical' },
    ],
    labelColumn: 'label',
    rows,
    classes: ['ham', 'spam'],
    labels,
    trueLabels: labels,
    noisyRows: [],
    trainRows: all.filter((i) => i % 10 < 8),
    validationRows: all.filter((i) => i % 10 === 8),
    testRows: all.filter((i) => i % 10 === 9),
  };
}

const config = logisticRegressionConfig.parse({ epochs: 3, batchSize: 16, learningRate: 0.05, hashBuckets: 256 });
const train = (trainer: Awaited<ReturnType<typeof createLogisticRegression>>, epoch: number) =>
  trainer.trainEpoch(epoch, { signal: new AbortController().signal, onBatch: () => {} });

describe('logistic regression trainer', () => {
  it('resumes from its saved state exactly as if it had never stopped', async () => {
    const { tf } = await loadTensorFlow();
    const data = toyData();
    const straight = await createLogisticRegression({ tf, data, config, seed: 3 });
    const resumed = await createLogisticRegression({ tf, data, config, seed: 3 });
    try {
      await train(straight, 1);
      await train(resumed, 1);
      await resumed.loadState(await straight.saveState());
      await train(straight, 2);
      await train(resumed, 2);
      const [a, b] = [await straight.predict(data.validationRows), await resumed.predict(data.validationRows)];
      expect(Array.from(b.losses!)).toEqual(Array.from(a.losses!));
      expect(Array.from(a.predictions)).toEqual(data.validationRows.map((r) => data.labels[r]));
    } finally {
      straight.dispose();
      resumed.dispose();
    }
  });

  it('resumes mid-epoch exactly: the rest of the epoch trains the batches, in the order, an unbroken epoch would', async () => {
    const { tf } = await loadTensorFlow();
    const data = toyData();
    const straight = await createLogisticRegression({ tf, data, config, seed: 3 });
    const stopped = await createLogisticRegression({ tf, data, config, seed: 3 });
    const resumed = await createLogisticRegression({ tf, data, config, seed: 3 });
    try {
      await train(straight, 1);
      const stop = new AbortController();
      await expect(
        stopped.trainEpoch(1, { signal: stop.signal, onBatch: (_, batch) => void (batch === 4 && stop.abort()) }),
      ).rejects.toThrow();
      await resumed.loadState(await stopped.saveState());
      const replayed: number[] = [];
      await resumed.trainEpoch(1, { signal: new AbortController().signal, fromBatch: 5, onBatch: (_, batch) => void replayed.push(batch) });
      expect(replayed).toEqual([5, 6, 7, 8, 9]); // 160 rows in batches of 16
      const [a, b] = [await straight.predict(data.validationRows), await resumed.predict(data.validationRows)];
      // tfjs's Adam rebuilds its bias correction as β^t from the step count, where an unbroken run multiplied β in
      // step by step: the two differ in float32's last bits, nowhere else.
      b.losses!.forEach((loss, i) => expect(loss).toBeCloseTo(a.losses![i]!, 5));
    } finally {
      for (const trainer of [straight, stopped, resumed]) trainer.dispose();
    }
  });

  it('leaves no tensor behind: training, predicting, saving and loading free what they make', async () => {
    const { tf } = await loadTensorFlow();
    const before = tf.memory().numTensors;
    const trainer = await createLogisticRegression({ tf, data: toyData(), config, seed: 1 });
    await train(trainer, 1);
    const afterFirstEpoch = tf.memory().numTensors;
    await trainer.predict(toyData().trainRows);
    await trainer.loadState(await trainer.saveState());
    await train(trainer, 2);
    expect(tf.memory().numTensors).toBe(afterFirstEpoch);
    trainer.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
