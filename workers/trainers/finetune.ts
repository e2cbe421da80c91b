/**
 * Fine-tuning the transformer encoder of a base model (a `pretrain` run's final model) or the same architecture from
 * random weights, as Tänzer et al. (2022) contrast them. Token classification reads each word's first subword (as
 * BERT's NER recipe does) and trains on the tags as given, noise included; sequence classification reads [CLS]
 * through BERT's pooler (dense + tanh). Heads: `linear` (dropout + dense) or `prototype` (ProtoBERT: tokens projected
 * to a small space, logits the negative squared distance to each class's centroid, O a learned scalar logit;
 * centroids come from the batch while training, and from the whole training split, recomputed after each epoch,
 * for classes the batch lacks and for predictions). AdamW with warmup and linear decay, clipped gradients.
 */
import type { Scalar, Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { z } from 'zod';
import type { finetuneConfig } from '../../lib/runs/config';
import { seededRandom } from '../../lib/random';
import { transformerOptimization } from '../ml/optimization';
import { framed, padBatch } from '../ml/sequences';
import { dense, Encoder, gatherRows, matMul, namedVariable, type NamedVariable } from '../ml/transformer';
import { CLS, SEP, UNK, WordPieceTokenizer } from '../../lib/text/wordpiece';
import { textOf, type BaseModelHeader } from './pretrain';
import { unpackTensors } from '../../lib/runs/modelFormat';
import { assignNamed, loadNamedState, saveNamedState } from './tensorState';
import { batchesOf, batchSeed, type Classifier, type TrainerFactory } from './trainer';

type Config = z.output<typeof finetuneConfig>;

/** A row as the model reads it: token ids, and where the words it is scored on start (their labels alongside). */
interface Example {
  ids: number[];
  /** Positions in `ids` read for a label: each word's first subword, or [CLS] for the whole row. */
  positions: number[];
}

/** Prediction batches are larger: no gradients are kept. */
const PREDICT_BATCH = 256;

export const createFinetune: TrainerFactory<Config, Classifier> = async ({ tf, data, config, seed, baseModel }) => {
  if (!baseModel) throw new Error('fine-tuning needs a base model');
  const stored = unpackTensors(baseModel);
  const header = stored.extra as unknown as BaseModelHeader;
  const tokenizer = new WordPieceTokenizer({ tokens: header.vocabulary });
  const size = { ...header.size, dropout: config.dropout };
  // Unset, the paper's 50 where the base model reads that far.
  const maxLength = Math.min(config.maxLength ?? 50, size.maxLength);
  const tagging = data.tagging;
  const classes = data.classes.length;
  const outside = tagging ? data.classes.indexOf('O') : -1;

  const text = textOf(data);
  const examples = data.rows.map((_, row): Example => {
    if (!tagging) return { ids: framed(tokenizer.encode(text(row)), maxLength), positions: [0] };
    // Whole words while they fit; the words after are not read and predicted O.
    const ids = [CLS];
    const positions: number[] = [];
    for (const word of tagging.words[row]!) {
      // Split as the corpus was (a token like "U.S." holds punctuation); a word of nothing it knows is [UNK].
      const encoded = tokenizer.encode(word);
      const pieces = encoded.length ? encoded : [UNK];
      if (ids.length + pieces.length > maxLength - 1) break;
      positions.push(ids.length);
      ids.push(...pieces);
    }
    ids.push(SEP);
    return { ids, positions };
  });
  const classId = new Map(data.classes.map((c, i) => [c, i]));
  /** The labels a row is trained with, one per read position. */
  const tagId = (tag: string) => {
    const id = classId.get(tag);
    if (id === undefined) throw new Error(`the tag "${tag}" is not O, B- or I- of an entity type`);
    return id;
  };
  const labelsOf = (row: number): number[] =>
    tagging ? tagging.tags[row]!.slice(0, examples[row]!.positions.length).map(tagId) : [data.labels[row]!];

  const encoder = new Encoder(tf, size, seed);
  if (config.init === 'pretrained') {
    assignNamed(
      tf,
      stored.tensors.filter((t) => t.name.startsWith('encoder/')).map((t) => ({ ...t, name: t.name.slice('encoder/'.length) })),
      encoder.variables,
    );
  }
  const weight = (name: string, shape: number[], k: number, deviation = 0.02) =>
    namedVariable(tf, name, () => tf.truncatedNormal(shape, 0, deviation, 'float32', seed * 7 + k));
  const zeros = (name: string, shape: number[]) => namedVariable(tf, name, () => tf.zeros(shape));
  const prototype = config.head === 'prototype';
  const headWidth = prototype ? config.prototypeDim : classes;
  const head: NamedVariable[] = [
    ...(tagging ? [] : [weight('head/pooler/kernel', [size.hidden, size.hidden], 1), zeros('head/pooler/bias', [size.hidden])]),
    // A projection for distances starts wider (Glorot's scale): at BERT's σ 0.02 every token sits near every centroid.
    weight('head/output/kernel', [size.hidden, headWidth], 2, prototype ? Math.sqrt(2 / (size.hidden + headWidth)) : 0.02),
    zeros('head/output/bias', [headWidth]),
    ...(prototype && outside >= 0 ? [zeros('head/outside_logit', [1])] : []),
  ];
  const headVariable = (name: string) => head.find((h) => h.name === name)?.variable;
  // Centroids over the whole training split: state, not trained.
  const centroids = namedVariable(tf, 'head/centroids', () => tf.zeros([classes, headWidth]), false);
  const { named, batchesPerEpoch, optimizer, step } = transformerOptimization(tf, encoder, head, config, data.trainRows.length);

  /** The head's input features [read positions, width] of a batch of rows. */
  const featuresOf = (rows: readonly number[], training: boolean) => {
    const { ids, mask, length } = padBatch(
      tf,
      rows.map((row) => examples[row]!.ids),
    );
    const hidden = tf.reshape(encoder.forward(ids, mask, training), [-1, size.hidden]) as Tensor2D;
    const positions = Int32Array.from(rows.flatMap((row, i) => examples[row]!.positions.map((p) => i * length + p)));
    let read: Tensor = gatherRows(tf, hidden, tf.tensor1d(positions, 'int32'));
    if (!tagging)
      read = tf.tanh(dense(tf, read, headVariable('head/pooler/kernel') as Tensor2D, headVariable('head/pooler/bias') as Tensor1D));
    if (training) read = encoder.dropout(read);
    return dense(tf, read, headVariable('head/output/kernel') as Tensor2D, headVariable('head/output/bias') as Tensor1D) as Tensor2D;
  };

  /** Logits from features; a prototype head measures distances to `prototypes` [classes, width]. */
  const logitsOf = (features: Tensor2D, prototypes: Tensor2D): Tensor2D => {
    if (!prototype) return features;
    const distances = tf.add(
      tf.sub(tf.sum(tf.square(features), 1, true), tf.mul(2, matMul(tf, features, tf.transpose(prototypes) as Tensor2D))),
      tf.reshape(tf.sum(tf.square(prototypes), 1), [1, classes]),
    );
    const logits = tf.neg(distances) as Tensor2D;
    if (outside < 0) return logits;
    const isOutside = tf.oneHot(tf.tensor1d([outside], 'int32'), classes); // [1, classes]
    return tf.add(tf.mul(logits, tf.sub(1, isOutside)), tf.mul(headVariable('head/outside_logit')!, isOutside)) as Tensor2D;
  };

  /** While training: each class's centroid from the batch where it has tokens, else the stored one. */
  const batchPrototypes = (features: Tensor2D, labels: Tensor1D): Tensor2D => {
    const members = tf.cast(tf.oneHot(labels, classes), 'float32') as Tensor2D; // [n, classes]
    const counts = tf.reshape(tf.sum(members, 0), [classes, 1]);
    const means = tf.div(matMul(tf, tf.transpose(members) as Tensor2D, features), tf.maximum(counts, 1));
    const present = tf.cast(tf.greater(counts, 0), 'float32');
    return tf.add(tf.mul(means, present), tf.mul(centroids.variable, tf.sub(1, present))) as Tensor2D;
  };

  const labelTensor = (rows: readonly number[]) => tf.tensor1d(Int32Array.from(rows.flatMap(labelsOf)), 'int32');

  const recomputeCentroids = () => {
    const sums = new Float32Array(classes * headWidth);
    const counts = new Float32Array(classes);
    for (let start = 0; start < data.trainRows.length; start += PREDICT_BATCH) {
      const rows = data.trainRows.slice(start, start + PREDICT_BATCH);
      const features = tf.tidy(() => featuresOf(rows, false));
      const values = features.dataSync();
      features.dispose();
      rows.flatMap(labelsOf).forEach((label, i) => {
        counts[label]!++;
        for (let d = 0; d < headWidth; d++) sums[label * headWidth + d]! += values[i * headWidth + d]!;
      });
    }
    for (let c = 0; c < classes; c++) for (let d = 0; d < headWidth; d++) sums[c * headWidth + d]! /= Math.max(1, counts[c]!);
    tf.tidy(() => centroids.variable.assign(tf.tensor2d(sums, [classes, headWidth])));
  };
  // Computed when first needed: a trainer built to load a state (a resume, a prediction job) never needs them.
  let centroidsReady = !prototype;
  const ensureCentroids = () => {
    if (!centroidsReady) (recomputeCentroids(), (centroidsReady = true));
  };
  let tokensPerSecond = 0;

  return {
    batchesPerEpoch,

    async trainEpoch(epoch, { signal, fromBatch, onBatch }) {
      const order = seededRandom(seed * 1_000_003 + epoch).sample(data.trainRows, data.trainRows.length);
      ensureCentroids();
      const started = performance.now();
      let tokens = 0;
      for (const [index, rows] of batchesOf(order, config.batchSize, fromBatch)) {
        signal.throwIfAborted();
        encoder.reseed(batchSeed(seed, epoch, index));
        const labels = labelTensor(rows);
        const loss = step(() => {
          const features = featuresOf(rows, true);
          const logits = logitsOf(features, prototype ? batchPrototypes(features, labels) : (centroids.variable as Tensor2D));
          return tf.losses.softmaxCrossEntropy(tf.oneHot(labels, classes), logits) as Scalar;
        });
        labels.dispose();
        tokens += rows.reduce((n, row) => n + examples[row]!.ids.length, 0);
        await onBatch(loss, index);
      }
      tokensPerSecond = tokens / Math.max(1e-9, (performance.now() - started) / 1000);
      if (prototype) recomputeCentroids();
    },

    /** Training speed: tokens through the forward and backward pass per second of the epoch's batches. */
    async epochMetrics() {
      return { 'train/tokens_per_second': tokensPerSecond };
    },

    async predict(rows) {
      ensureCentroids();
      const losses = new Float32Array(rows.length);
      const predictions = new Int32Array(tagging ? 0 : rows.length);
      const probabilities = tagging ? undefined : new Float32Array(rows.length * classes);
      const tags: Int32Array[] = [];
      for (let start = 0; start < rows.length; start += PREDICT_BATCH) {
        const batch = rows.slice(start, start + PREDICT_BATCH);
        // Read inside, returned as tensors: tidy would walk a returned typed array element by element.
        const outputs = tf.tidy(() => {
          const logits = logitsOf(featuresOf(batch, false), centroids.variable as Tensor2D);
          const logProbabilities = tf.logSoftmax(logits);
          const loss = tf.neg(tf.sum(tf.mul(tf.oneHot(labelTensor(batch), classes), logProbabilities), 1));
          return [tf.argMax(logits, 1), loss, tf.exp(logProbabilities)];
        });
        const [predicted, perPosition, probability] = outputs.map((t) => t.dataSync());
        for (const t of outputs) t.dispose();
        let at = 0;
        batch.forEach((row, i) => {
          const read = examples[row]!.positions.length;
          let sum = 0;
          for (let k = 0; k < read; k++) sum += perPosition[at + k]!;
          losses[start + i] = sum / Math.max(1, read);
          if (tagging) {
            const words = new Int32Array(tagging.words[row]!.length).fill(outside);
            words.set(predicted.subarray(at, at + read));
            tags.push(words);
          } else {
            predictions[start + i] = predicted[at]!;
            probabilities!.set(probability.subarray(at * classes, (at + 1) * classes), (start + i) * classes);
          }
          at += read;
        });
      }
      return tagging ? { predictions, losses, tags } : { predictions, losses, probabilities };
    },

    saveState() {
      return saveNamedState([...named, centroids], optimizer, {
        kind: 'finetune',
        size,
        vocabulary: header.vocabulary,
        classes: data.classes,
        head: config.head,
      });
    },

    saveModel() {
      return saveNamedState([...named, centroids], null, {
        kind: 'finetune',
        size,
        vocabulary: header.vocabulary,
        classes: data.classes,
        head: config.head,
      });
    },

    async loadState(state) {
      await loadNamedState(tf, state, [...named, centroids], optimizer);
      centroidsReady = true;
    },

    dispose() {
      encoder.dispose();
      for (const { variable } of [...head, centroids]) variable.dispose();
      optimizer.dispose();
    },
  };
};
