/**
 * Wide & Deep's science check and speed, on a throwaway embedded Postgres:
 *  1. the demo app impressions, three seeds × modes wide / deep / wide_deep (default config, crossing installed_apps
 *     with impressed_app): test AUC overall, and log loss on the impressions that carry a planted cross (what only
 *     memorization can fit) and on those with an (installed app, impressed app) pair training never saw (what only
 *     generalization can score); within a slice AUC would compare like with like, so the slices get log loss; each
 *     claim's paired differences over the seeds with their 95% intervals, and its verdict;
 *  2. training throughput of the joint model (examples/s) on a 1,000,000-row table from the same generator, over
 *     its first `batches` batches, on the backend the worker would use; and the same network in a bare tfjs loop
 *     (inputs built before the clock starts, one AdaGrad `minimize` per batch) for the trainer's overhead ratio.
 * Usage: npx tsx bench/wideDeep.ts [epochs=5] [batches=200]
 */
import { parse } from 'csv-parse/sync';
import { wideDeepConfig, wideDeepModes } from '../lib/runs/config';
import { logLoss, rocAuc } from '../lib/runs/metrics';
import { APP_IMPRESSION_COLUMNS, appImpressionLines, plantedCrosses } from '../server/datasets/samples/appImpressions';
import { loadTrainingData, type TrainingData } from '../db/trainingData';
import { loadTensorFlow } from '../workers/tf';
import { createWideDeep } from '../workers/trainers/wideDeep';
import { buildFeatureSpace } from '../workers/trainers/wideDeepFeatures';
import type { Scalar } from '@tensorflow/tfjs';
import { withBenchDatabase } from './benchDatabase';
import { printVerdict } from './verdict';

const epochs = Number(process.argv[2] ?? 5);
const batches = Number(process.argv[3] ?? 200);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : ' n/a ');
const { tf, backend } = await loadTensorFlow();

async function aucOn(data: TrainingData, mode: (typeof wideDeepModes)[number], seed: number, slices: Record<string, number[]>) {
  const config = wideDeepConfig.parse({ mode, epochs, crosses: [['installed_apps', 'impressed_app']] });
  const trainer = await createWideDeep({ tf, data, config, seed });
  try {
    for (let epoch = 1; epoch <= epochs; epoch++)
      await trainer.trainEpoch(epoch, { signal: new AbortController().signal, onBatch: () => {} });
    const { probabilities } = await trainer.predict(data.testRows);
    const score = new Map(data.testRows.map((row, i) => [row, probabilities![2 * i + 1]!]));
    const positive = (rows: number[]) => rows.map((r) => data.trueLabels[r] === 1);
    return Object.fromEntries(
      Object.entries(slices).map(([name, rows]) => [
        name,
        name === 'all'
          ? rocAuc(
              rows.map((r) => score.get(r)!),
              positive(rows),
            )
          : logLoss(
              rows.map((r) => score.get(r)!),
              positive(rows),
            ),
      ]),
    );
  } finally {
    trainer.dispose();
  }
}

/**
 * The joint network written plainly: multi-hot inputs made before timing, every variable on one AdaGrad, no FTRL, no
 * callbacks. What the trainer adds on top is its per-batch input building, FTRL and the loss read-back.
 */
async function bareLoop(data: TrainingData, count: number): Promise<number> {
  const config = wideDeepConfig.parse({ crosses: [['installed_apps', 'impressed_app']] });
  const space = buildFeatureSpace(data, config);
  const rows = data.trainRows.slice(0, count * config.batchSize).map((r) => space.encode(data.rows[r]!));
  const hot = (batch: typeof rows, width: number, pick: (row: (typeof rows)[number]) => ArrayLike<number>, mean: boolean) => {
    const x = new Float32Array(batch.length * width);
    batch.forEach((row, i) => {
      const active = pick(row);
      for (let k = 0; k < active.length; k++) x[i * width + active[k]!]! += mean ? 1 / active.length : 1;
    });
    return tf.tensor2d(x, [batch.length, width]);
  };
  const inputs = Array.from({ length: count }, (_, b) => {
    const batch = rows.slice(b * config.batchSize, (b + 1) * config.batchSize);
    return {
      wide: hot(batch, space.wideWidth, (r) => r.wide, false),
      values: space.valueColumns.map((c, k) => hot(batch, c.size, (r) => r.ids[k]!, c.multi)),
      numbers: tf.tensor2d(Float32Array.from(batch.flatMap((r) => [...r.numbers])), [batch.length, space.numericColumns.length]),
      labels: tf.oneHot(
        tf.tensor1d(
          Int32Array.from(data.trainRows.slice(b * config.batchSize, (b + 1) * config.batchSize), (r) => data.labels[r]!),
          'int32',
        ),
        2,
      ),
    };
  });
  const wide = tf.variable(tf.zeros([space.wideWidth, 2]));
  const embeddings = space.valueColumns.map((c) => tf.variable(tf.randomNormal([c.size, c.embeddingDim], 0, 0.05)));
  const widths = [space.valueColumns.reduce((n, c) => n + c.embeddingDim, 0) + space.numericColumns.length, ...config.hiddenUnits, 2];
  const layers = widths
    .slice(1)
    .map((out, i) => ({ w: tf.variable(tf.randomNormal([widths[i]!, out], 0, 0.1)), b: tf.variable(tf.zeros([out])) }));
  const optimizer = tf.train.adagrad(config.learningRate);
  const started = performance.now();
  for (const input of inputs) {
    const loss = optimizer.minimize(() => {
      let hidden = tf.concat([...input.values.map((v, k) => tf.matMul(v, embeddings[k]!)), input.numbers], 1);
      layers.forEach(
        (l, i) => (hidden = i < layers.length - 1 ? tf.relu(tf.add(tf.matMul(hidden, l.w), l.b)) : tf.add(tf.matMul(hidden, l.w), l.b)),
      );
      return tf.losses.softmaxCrossEntropy(input.labels, tf.add(tf.matMul(input.wide, wide), hidden)) as Scalar;
    }, true);
    await loss!.data();
    loss!.dispose();
  }
  return (performance.now() - started) / 1000;
}

await withBenchDatabase('wide-deep', 54344, 'app-impressions', async ({ db, scope, teamId, versionId }) => {
  const data = await loadTrainingData(db, teamId, versionId, {});

  // Slices of the test split: impressions a planted cross lifts, and impressions whose app pairs training never saw.
  const at = (name: string) => data.columns.findIndex((c) => c.name === name);
  const pairs = (row: number) =>
    String(data.rows[row]![at('installed_apps')])
      .split(' ')
      .map((app) => `${app}>${data.rows[row]![at('impressed_app')]}`);
  const crosses = plantedCrosses();
  const seen = new Set(data.trainRows.flatMap(pairs));
  const slices = {
    all: data.testRows,
    planted: data.testRows.filter((r) => pairs(r).some((p) => crosses.has(p))),
    unseen: data.testRows.filter((r) => pairs(r).some((p) => !seen.has(p))),
  };
  console.log(
    `1. app impressions (${data.trainRows.length} train, ${data.testRows.length} test rows; planted-cross slice ${slices.planted.length}, unseen-pair slice ${slices.unseen.length}), ${epochs} epochs, ${backend}`,
  );
  console.log('   mode        seed  AUC all  log loss: planted  unseen pair');
  const results: Record<string, Record<string, number[]>> = {};
  for (const seed of [1, 2, 3]) {
    for (const mode of wideDeepModes) {
      const auc = await aucOn(data, mode, seed, slices);
      for (const [slice, value] of Object.entries(auc)) ((results[mode] ??= {})[slice] ??= []).push(value);
      console.log(
        `   ${mode.padEnd(10)} ${String(seed).padStart(5)}  ${f3(auc.all!)}             ${f3(auc.planted!)}   ${f3(auc.unseen!)}`,
      );
    }
  }
  for (const mode of wideDeepModes)
    console.log(
      `   median ${mode.padEnd(10)} AUC ${f3(median(results[mode]!.all!))}; log loss planted ${f3(median(results[mode]!.planted!))}, unseen pair ${f3(median(results[mode]!.unseen!))}`,
    );
  const slice = (name: string) => Object.fromEntries(wideDeepModes.map((mode) => [mode, results[mode]![name]!]));
  printVerdict('the joint model beats wide alone and deep alone (test AUC)', 'wide_deep', slice('all'), ['wide', 'deep']);
  printVerdict(
    'the wide part memorizes: lower log loss than deep on impressions a planted cross lifts',
    'wide',
    slice('planted'),
    ['deep'],
    false,
  );
  printVerdict(
    'the deep part generalizes: lower log loss than wide on app pairs training never saw',
    'deep',
    slice('unseen'),
    ['wide'],
    false,
  );

  // 2. Throughput on a 1,000,000-row table, parsed in memory as the worker would hold it.
  const rows = parse([...appImpressionLines(1_000_000, 99)].join('\n'), { from_line: 2 }) as string[][];
  const labels = Int32Array.from(rows, (r) => Number(r[r.length - 1]));
  const ids = rows.map((_, i) => i);
  const big: TrainingData = {
    task: 'classification',
    columns: data.columns,
    labelColumn: 'installed',
    rows,
    classes: ['0', '1'],
    labels,
    trueLabels: labels,
    noisyRows: [],
    trainRows: ids,
    validationRows: [],
    testRows: [],
  };
  if (APP_IMPRESSION_COLUMNS.join() !== data.columns.map((c) => c.name).join()) throw new Error('the columns moved');
  let started = performance.now();
  const trainer = await createWideDeep({
    tf,
    data: big,
    config: wideDeepConfig.parse({ crosses: [['installed_apps', 'impressed_app']] }),
    seed: 1,
  });
  const featurized = (performance.now() - started) / 1000;
  const controller = new AbortController();
  let seen_ = 0;
  started = performance.now();
  await trainer
    .trainEpoch(1, {
      signal: controller.signal,
      onBatch: () => {
        if (++seen_ === batches) controller.abort();
      },
    })
    .catch((error) => {
      if (!controller.signal.aborted) throw error;
    });
  const seconds = (performance.now() - started) / 1000;
  trainer.dispose();
  const bare = await bareLoop(big, batches);
  console.log(
    `2. joint model on 1,000,000 rows (${backend}): featurized in ${featurized.toFixed(1)} s; ${batches} batches of 128 in ${seconds.toFixed(1)} s = ${Math.round((batches * 128) / seconds).toLocaleString('en-US')} examples/s`,
  );
  console.log(
    `   bare tfjs loop, same network: ${bare.toFixed(1)} s = ${Math.round((batches * 128) / bare).toLocaleString('en-US')} examples/s; the trainer takes ${((seconds / bare - 1) * 100).toFixed(0)}% longer`,
  );
});
