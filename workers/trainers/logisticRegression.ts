/**
 * Softmax (multinomial logistic) regression: the linear baseline for text and tabular classification. Features:
 * numeric columns standardized on the training split; categorical values and lower-cased word tokens of text columns
 * hashed (MurmurHash3) into `hashBuckets` dimensions, words weighted 1/√(words in the cell). Adam on cross-entropy
 * plus an optional L2 penalty. Rows stay sparse; a batch is made dense only while it trains.
 */
import murmurhash from 'murmurhash';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scalar, Tensor } from '@tensorflow/tfjs';
import type { z } from 'zod';
import type { logisticRegressionConfig } from '../../lib/runs/config';
import type { TrainingData } from '../../db/trainingData';
import { loadTrainingState, saveTrainingState } from './tensorState';
import { batchesOf, type Classifier, type TrainerFactory } from './trainer';

type Config = z.output<typeof logisticRegressionConfig>;

interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

function featurize(data: TrainingData, hashBuckets: number): { rows: SparseRow[]; width: number } {
  const features = data.columns.map((c, i) => ({ ...c, at: i })).filter((c) => c.name !== data.labelColumn && c.type !== 'ignore');
  const numeric = features.filter((c) => c.type === 'numeric');
  const stats = numeric.map((c) => {
    const xs = data.trainRows.map((r) => Number(data.rows[r]![c.at])).filter(Number.isFinite);
    const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length)) || 1;
    return { mean, sd };
  });
  const rows = data.rows.map((cells) => {
    const entries = new Map<number, number>();
    const add = (index: number, value: number) => entries.set(index, (entries.get(index) ?? 0) + value);
    for (const c of features) {
      const cell = cells[c.at];
      if (cell === null || cell === undefined) continue;
      if (c.type === 'numeric') continue;
      if (c.type === 'categorical') add(murmurhash.v3(`${c.name}=${cell}`, 17) % hashBuckets, 1);
      else {
        const words = String(cell).toLowerCase().match(WORD) ?? [];
        for (const w of words) add(murmurhash.v3(`${c.name}:${w}`, 17) % hashBuckets, 1 / Math.sqrt(words.length));
      }
    }
    numeric.forEach((c, k) => {
      const x = Number(cells[c.at]);
      if (Number.isFinite(x)) add(hashBuckets + k, (x - stats[k]!.mean) / stats[k]!.sd);
    });
    return { indices: Int32Array.from(entries.keys()), values: Float32Array.from(entries.values()) };
  });
  return { rows, width: hashBuckets + numeric.length };
}

export const createLogisticRegression: TrainerFactory<Config, Classifier> = async ({ tf, data, config, seed }) => {
  const { rows, width } = featurize(data, config.hashBuckets);
  const classes = data.classes.length;
  // Unnamed: tfjs names are global to the process, and a worker may train several runs at once.
  const weights = tf.tidy(() => tf.variable(tf.zeros([width, classes])));
  const bias = tf.tidy(() => tf.variable(tf.zeros([classes])));
  const variables = [weights, bias];
  const optimizer = tf.train.adam(config.learningRate);

  const dense = (batch: readonly number[]): Tensor => {
    const x = new Float32Array(batch.length * width);
    batch.forEach((row, i) => rows[row]!.indices.forEach((index, k) => (x[i * width + index] = rows[row]!.values[k]!)));
    return tf.tensor2d(x, [batch.length, width]);
  };
  const logitsOf = (x: Tensor) => tf.add(tf.matMul(x, weights), bias);
  const lossOf = (batch: readonly number[], x: Tensor) =>
    tf.tidy(() => {
      const y = tf.oneHot(
        tf.tensor1d(
          Int32Array.from(batch, (r) => data.labels[r]!),
          'int32',
        ),
        classes,
      );
      const loss = tf.losses.softmaxCrossEntropy(y, logitsOf(x));
      return config.l2 > 0 ? tf.add(loss, tf.mul(config.l2, tf.sum(tf.square(weights)))) : loss;
    });

  return {
    async trainEpoch(epoch, { signal, fromBatch, onBatch }) {
      // The order depends on the seed and the epoch only, so a resumed epoch replays exactly.
      const rng = xoroshiro128plus(seed * 1000 + epoch);
      const order = [...data.trainRows];
      for (let i = order.length - 1; i > 0; i--) {
        const j = uniformInt(rng, 0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const [index, batch] of batchesOf(order, config.batchSize, fromBatch)) {
        signal.throwIfAborted();
        const x = dense(batch);
        let loss: Scalar | null = null;
        try {
          loss = optimizer.minimize(() => lossOf(batch, x) as Scalar, true, variables);
          await onBatch((await loss!.data())[0]!, index);
        } finally {
          loss?.dispose();
          x.dispose();
        }
      }
    },

    async predict(selected) {
      const predictions = new Int32Array(selected.length);
      const losses = new Float32Array(selected.length);
      const probabilities = new Float32Array(selected.length * classes);
      for (let start = 0; start < selected.length; start += 1024) {
        const batch = selected.slice(start, start + 1024);
        const [predicted, loss, probability] = tf.tidy(() => {
          const logits = logitsOf(dense(batch));
          const labels = tf.tensor1d(
            Int32Array.from(batch, (r) => data.labels[r]!),
            'int32',
          );
          const logProbabilities = tf.logSoftmax(logits);
          const perExample = tf.neg(tf.sum(tf.mul(tf.oneHot(labels, classes), logProbabilities), 1));
          return [tf.argMax(logits, 1), perExample, tf.exp(logProbabilities)];
        });
        try {
          predictions.set(await predicted.data(), start);
          losses.set(await loss.data(), start);
          probabilities.set(await probability.data(), start * classes);
        } finally {
          for (const t of [predicted, loss, probability]) t.dispose();
        }
      }
      return { predictions, losses, probabilities };
    },

    saveState() {
      return saveTrainingState(tf, variables, optimizer, {
        kind: 'logistic_regression',
        classes: data.classes,
        hashBuckets: config.hashBuckets,
        width,
      });
    },

    async loadState(state) {
      await loadTrainingState(tf, state, variables, optimizer);
    },

    dispose() {
      weights.dispose();
      bias.dispose();
      optimizer.dispose();
    },
  };
};
