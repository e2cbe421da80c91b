/**
 * Wide & Deep (Cheng et al., 2016, "Wide & Deep Learning for Recommender Systems"): one logit per class is the sum of
 * a wide linear model over sparse one-hot and crossed features (it memorizes: "installed netflix AND shown hulu") and
 * a deep network over embeddings and standardized numbers (it generalizes to combinations never seen). Both parts are
 * trained jointly from one softmax cross-entropy: the wide part with FTRL-Proximal and L1, the deep part with AdaGrad
 * (as in the paper) or Adam. `mode` trains either part alone, for the ablation. Features: wideDeepFeatures.ts.
 * Batches are dense multi-hot matrices: the wasm backend has no gradient for gather.
 */
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { z } from 'zod';
import type { wideDeepConfig } from '../../lib/runs/config';
import { FtrlOptimizer } from './ftrl';
import { loadTrainingState, saveTrainingState, type OptimizerSlots } from './tensorState';
import { buildFeatureSpace, type EncodedRow } from './wideDeepFeatures';
import { batchesOf, type Classifier, type TrainerFactory } from './trainer';

type Config = z.output<typeof wideDeepConfig>;

export const createWideDeep: TrainerFactory<Config, Classifier> = async ({ tf, data, config, seed }) => {
  const space = buildFeatureSpace(data, config);
  const rows: EncodedRow[] = data.rows.map(space.encode);
  const classes = data.classes.length;
  const useWide = config.mode !== 'deep';
  const useDeep = config.mode !== 'wide';
  let nextSeed = seed;
  // Unnamed: tfjs names are global to the process, and a worker may train several runs at once.
  const normal = (shape: number[], std: number) => tf.tidy(() => tf.variable(tf.randomNormal(shape, 0, std, 'float32', nextSeed++)));
  const zeros = (shape: number[]) => tf.tidy(() => tf.variable(tf.zeros(shape)));

  const bias = zeros([classes]);
  const wide = useWide ? [zeros([space.wideWidth, classes])] : [];
  const embeddings = useDeep ? space.valueColumns.map((c) => normal([c.size, c.embeddingDim], 0.05)) : [];
  const inputWidth = space.valueColumns.reduce((n, c) => n + c.embeddingDim, 0) + space.numericColumns.length;
  const widths = [inputWidth, ...config.hiddenUnits, classes];
  const layers = useDeep
    ? widths.slice(1).map((out, i) => ({ weights: normal([widths[i]!, out], Math.sqrt(2 / widths[i]!)), bias: zeros([out]) }))
    : [];
  const wideVariables: Variable[] = useWide ? [...wide, bias] : [];
  const deepVariables: Variable[] = useDeep
    ? [...embeddings, ...layers.flatMap((l) => [l.weights, l.bias]), ...(useWide ? [] : [bias])]
    : [];
  const variables = [...wideVariables, ...deepVariables];
  const ftrl = new FtrlOptimizer(tf, wideVariables, config.ftrl);
  const deepOptimizer: Optimizer =
    config.deepOptimizer === 'adam' ? tf.train.adam(config.learningRate) : tf.train.adagrad(config.learningRate);
  // Checkpoints hold both optimizers' slots, FTRL's first: their count is fixed, the deep optimizer's follows.
  const optimizers: OptimizerSlots = {
    getWeights: async () => [...(await ftrl.getWeights()), ...(useDeep ? await deepOptimizer.getWeights() : [])],
    setWeights: async (weights) => {
      const split = 2 * wideVariables.length;
      await ftrl.setWeights(weights.slice(0, split));
      if (useDeep) await deepOptimizer.setWeights(weights.slice(split));
    },
  };

  const multiHot = (batch: readonly number[], width: number, indices: (row: EncodedRow) => ArrayLike<number>, mean = false) => {
    const x = new Float32Array(batch.length * width);
    batch.forEach((row, i) => {
      const active = indices(rows[row]!);
      for (let k = 0; k < active.length; k++) x[i * width + active[k]!]! += mean ? 1 / active.length : 1;
    });
    return tf.tensor2d(x, [batch.length, width]);
  };
  const logitsOf = (batch: readonly number[]): Tensor =>
    tf.tidy(() => {
      let logits: Tensor = tf.add(tf.zeros([batch.length, classes]), bias);
      if (useWide)
        logits = tf.add(
          logits,
          tf.matMul(
            multiHot(batch, space.wideWidth, (r) => r.wide),
            wide[0]!,
          ),
        );
      if (useDeep) {
        // A set's embedding is the mean of its values' embeddings: a normalized multi-hot row times the table.
        const parts = space.valueColumns.map((c, k) =>
          tf.matMul(
            multiHot(batch, c.size, (r) => r.ids[k]!, c.multi),
            embeddings[k]!,
          ),
        );
        if (space.numericColumns.length)
          parts.push(
            tf.tensor2d(Float32Array.from(batch.flatMap((row) => [...rows[row]!.numbers])), [batch.length, space.numericColumns.length]),
          );
        let hidden = tf.concat(parts, 1);
        layers.forEach((layer, i) => {
          const out = tf.add(tf.matMul(hidden, layer.weights), layer.bias);
          hidden = i < layers.length - 1 ? tf.relu(out) : out;
        });
        logits = tf.add(logits, hidden);
      }
      return logits;
    });
  const labelsOf = (batch: readonly number[]) =>
    tf.oneHot(
      tf.tensor1d(
        Int32Array.from(batch, (r) => data.labels[r]!),
        'int32',
      ),
      classes,
    );

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
        const loss = tf.tidy(() => {
          const { value, grads } = tf.variableGrads(
            () => tf.losses.softmaxCrossEntropy(labelsOf(batch), logitsOf(batch)) as Scalar,
            variables,
          );
          // FTRL's per-coordinate rates are made for per-example gradients, so it takes the batch's sum, not its mean.
          if (useWide) ftrl.applyGradients(wideVariables.map((v) => tf.mul(grads[v.name]!, batch.length)));
          if (useDeep) deepOptimizer.applyGradients(Object.fromEntries(deepVariables.map((v) => [v.name, grads[v.name]!])));
          return value;
        });
        try {
          await onBatch((await loss.data())[0]!, index);
        } finally {
          loss.dispose();
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
          const logits = logitsOf(batch);
          const logProbabilities = tf.logSoftmax(logits);
          return [tf.argMax(logits, 1), tf.neg(tf.sum(tf.mul(labelsOf(batch), logProbabilities), 1)), tf.exp(logProbabilities)];
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

    async explain() {
      return explainModel(
        space,
        useWide ? ((await wide[0]!.array()) as number[][]) : null,
        useDeep ? ((await Promise.all(embeddings.map((e) => e.array()))) as number[][][]) : null,
        data.classes,
      );
    },

    saveState() {
      return saveTrainingState(tf, variables, optimizers, {
        kind: 'wide_deep',
        mode: config.mode,
        classes: data.classes,
        wideWidth: space.wideWidth,
      });
    },

    async loadState(state) {
      await loadTrainingState(tf, state, variables, optimizers);
    },

    dispose() {
      for (const v of new Set([bias, ...variables])) v.dispose();
      ftrl.dispose();
      deepOptimizer.dispose();
    },
  };
};

/**
 * What the model memorized and generalized: the crossed features with the largest wide weights toward a class
 * (a weight minus the feature's mean over classes), and each value's embedding for nearest-neighbour look-ups.
 */
function explainModel(
  space: ReturnType<typeof buildFeatureSpace>,
  wide: number[][] | null,
  embeddings: number[][][] | null,
  classes: string[],
) {
  const crossWeights = wide
    ? [...space.wideNames]
        .filter(([index]) => index >= space.crossesFrom)
        .flatMap(([index, feature]) => {
          const row = wide[index]!;
          const mean = row.reduce((a, b) => a + b, 0) / row.length;
          return row.map((w, k) => ({ feature, class: classes[k]!, weight: w - mean }));
        })
        .filter((w) => w.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 100)
    : [];
  const embeddingTables = embeddings
    ? space.valueColumns
        .filter((c) => c.values.length > 0)
        .map((c) => ({
          column: c.name,
          values: c.values.slice(0, 1000),
          vectors: embeddings[space.valueColumns.indexOf(c)]!.slice(1, 1001),
        }))
    : [];
  return { crossWeights, embeddings: embeddingTables };
}
