import { describe, expect, it } from 'vitest';
import { wideDeepConfig } from '../../lib/runs/config';
import type { TrainingData } from '../../db/trainingData';
import { loadTensorFlow } from '../tf';
import { createWideDeep } from './wideDeep';
import { buildFeatureSpace } from './wideDeepFeatures';

/**
 * Users shown items; a user installs exactly when the pair is one of a few planted crosses, so only a model that
 * sees the cross itself can be right on them. Apps installed are a set column; age is a number.
 */
function toyData(): TrainingData {
  const planted = new Set(['u1>i1', 'u2>i3', 'u3>i2', 'u4>i4']);
  const rows = Array.from({ length: 480 }, (_, i) => {
    const user = `u${i % 6}`;
    const item = `i${Math.floor(i / 6) % 5}`;
    return [user, item, `a${i % 3} a${(i + 1) % 4}`, String(20 + (i % 40)), planted.has(`${user}>${item}`) ? '1' : '0'];
  });
  const labels = Int32Array.from(rows, (r) => Number(r[4]));
  const all = rows.map((_, i) => i);
  return {
    task: 'classification',
    columns: [
      { name: 'user', type: 'categorical' },
      { name: 'item', type: 'categorical' },
      { name: 'apps', type: 'text' },
      { name: 'age', type: 'numeric' },
      { name: 'installed', type: 'categorical' },
    ],
    labelColumn: 'installed',
    rows,
    classes: ['0', '1'],
    labels,
    trueLabels: labels,
    noisyRows: [],
    trainRows: all.filter((i) => i % 10 < 8),
    validationRows: all.filter((i) => i % 10 === 8),
    testRows: all.filter((i) => i % 10 === 9),
  };
}

const configOf = (mode: 'wide' | 'deep' | 'wide_deep') =>
  wideDeepConfig.parse({
    mode,
    batchSize: 32,
    crosses: [['user', 'item']],
    crossBuckets: 4096,
    hiddenUnits: [8],
    ftrl: { learningRate: 0.5 },
  });
const train = async (trainer: Awaited<ReturnType<typeof createWideDeep>>, epochs: number[]) => {
  for (const epoch of epochs) await trainer.trainEpoch(epoch, { signal: new AbortController().signal, onBatch: () => {} });
};

describe('wide & deep features', () => {
  it('one-hots values, reads a text column as a set, crosses columns, and maps unseen values to "unknown"', () => {
    const data = toyData();
    const space = buildFeatureSpace(data, {
      crosses: [['user', 'item']],
      crossBuckets: 64,
      hashBuckets: 1000,
      numericBuckets: 4,
      embeddingDim: 0,
    });
    const row = space.encode(['u1', 'i1', 'a1 a2', '33', '1']);
    expect(space.valueColumns.map((c) => [c.name, c.size])).toEqual([
      ['user', 7],
      ['item', 6],
      ['apps', 5],
    ]);
    expect(row.ids.map((ids) => Array.from(ids))).toEqual([[2], [2], [2, 3]]);
    const names = Array.from(row.wide, (i) => space.wideNames.get(i));
    expect(names).toEqual(['user=u1', 'item=i1', 'apps=a1', 'apps=a2', 'age in bucket 1', 'AND(user=u1, item=i1)']);
    expect(Array.from(space.encode(['u9', 'i1', '', null, '0']).ids[0]!)).toEqual([0]);
    const hashed = buildFeatureSpace(data, { crosses: [], crossBuckets: 16, hashBuckets: 4, numericBuckets: 0, embeddingDim: 3 });
    expect(hashed.valueColumns[0]).toMatchObject({ size: 5, values: [], hashed: true, embeddingDim: 3 });
  });

  it('leaves missing numbers out of the statistics, crosses raw numbers, and keeps an empty column unhashed', () => {
    const data = toyData();
    data.trainRows.forEach((r, i) => (data.rows[r]![3] = i % 2 ? null : '40'));
    data.trainRows.forEach((r) => (data.rows[r]![2] = ''));
    const space = buildFeatureSpace(data, {
      crosses: [['age', 'item']],
      crossBuckets: 64,
      hashBuckets: 1000,
      numericBuckets: 0,
      embeddingDim: 0,
    });
    expect(space.numericColumns[0]).toMatchObject({ mean: 40 });
    expect(space.valueColumns.find((c) => c.name === 'apps')).toMatchObject({ hashed: false, size: 1 });
    const row = space.encode(['u1', 'i2', 'a1', '', '0']);
    expect(row.numbers[0]).toBe(0);
    expect(Array.from(row.ids[2]!)).toEqual([0]);
    expect(Array.from(space.encode(['u1', 'i2', '', '41', '0']).wide, (i) => space.wideNames.get(i))).toContain('AND(age=41, item=i2)');
  });
});

describe('wide & deep trainer', () => {
  it('fits the planted crosses with its wide part, names them in its explanation, and gives probabilities', async () => {
    const { tf } = await loadTensorFlow();
    const data = toyData();
    const trainer = await createWideDeep({ tf, data, config: configOf('wide_deep'), seed: 5 });
    try {
      await train(trainer, [1, 2, 3, 4, 5, 6]);
      const { predictions, probabilities } = await trainer.predict(data.trainRows);
      const accuracy = data.trainRows.filter((r, i) => predictions[i] === data.labels[r]).length / data.trainRows.length;
      expect(accuracy).toBe(1);
      expect(probabilities!.length).toBe(2 * data.trainRows.length);
      const { crossWeights } = (await trainer.explain!()) as { crossWeights: { feature: string; class: string }[] };
      // The strongest crosses toward "installed" are planted ones (the deep part may carry one of them instead).
      const top = crossWeights
        .filter((w) => w.class === '1')
        .slice(0, 4)
        .map((w) => w.feature);
      expect(top.length).toBeGreaterThanOrEqual(3);
      for (const feature of top)
        expect(['AND(user=u1, item=i1)', 'AND(user=u2, item=i3)', 'AND(user=u3, item=i2)', 'AND(user=u4, item=i4)']).toContain(feature);
    } finally {
      trainer.dispose();
    }
  });

  it('resumes from its saved state (both optimizers) exactly, and leaves no tensor behind', async () => {
    const { tf } = await loadTensorFlow();
    const data = toyData();
    const before = tf.memory().numTensors;
    const straight = await createWideDeep({ tf, data, config: configOf('wide_deep'), seed: 3 });
    const resumed = await createWideDeep({ tf, data, config: configOf('wide_deep'), seed: 3 });
    await train(straight, [1]);
    await train(resumed, [1]);
    await resumed.loadState(await straight.saveState());
    await train(straight, [2]);
    await train(resumed, [2]);
    const [a, b] = [await straight.predict(data.validationRows), await resumed.predict(data.validationRows)];
    expect(Array.from(b.losses!)).toEqual(Array.from(a.losses!));
    straight.dispose();
    resumed.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains either part alone for the ablation', async () => {
    const { tf } = await loadTensorFlow();
    const data = toyData();
    for (const mode of ['wide', 'deep'] as const) {
      const trainer = await createWideDeep({ tf, data, config: configOf(mode), seed: 1 });
      await train(trainer, [1, 2]);
      const { losses } = await trainer.predict(data.validationRows);
      expect(losses!.every(Number.isFinite)).toBe(true);
      const explanation = (await trainer.explain!()) as { crossWeights: unknown[]; embeddings: unknown[] };
      expect(explanation.crossWeights.length > 0).toBe(mode === 'wide');
      expect(explanation.embeddings.length > 0).toBe(mode === 'deep');
      trainer.dispose();
    }
  });
});
