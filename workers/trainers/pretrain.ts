/**
 * Masked-language-model pre-training (Devlin et al., 2019) of the transformer encoder (workers/ml/transformer.ts).
 * A WordPiece vocabulary is learnt from the training split's text; each epoch a seeded draw picks `maskRate` of the
 * tokens of every sentence, of which 80% become [MASK], 10% a random token and 10% stay, and the model predicts the
 * originals through a small head whose output layer is tied to the token embeddings. Validation uses one fixed
 * draw, so its MLM loss and accuracy are comparable across epochs. The final model is a base model: its weights,
 * vocabulary and size, in the named format of tensorState.ts.
 */
import type { Scalar, Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import type { z } from 'zod';
import { encoderPresets, type pretrainConfig } from '../../lib/runs/config';
import { seededRandom, type Random } from '../../lib/random';
import type { TrainingData } from '../../db/trainingData';
import { transformerOptimization } from '../ml/optimization';
import { framed, padBatch } from '../ml/sequences';
import {
  dense,
  Encoder,
  gatherRows,
  gelu,
  layerNorm,
  matMul,
  namedVariable,
  type EncoderSize,
  type NamedVariable,
} from '../ml/transformer';
import { countWords, MASK, SPECIAL_TOKENS, trainWordPiece, WordPieceTokenizer } from '../../lib/text/wordpiece';
import { loadNamedState, saveNamedState } from './tensorState';
import { batchesOf, batchSeed, type TrainerFactory } from './trainer';

type Config = z.output<typeof pretrainConfig>;

/** What a base model's stored state carries besides its weights. */
export interface BaseModelHeader {
  kind: 'pretrain';
  size: EncoderSize;
  vocabulary: string[];
}

/** Validation sentences scored each epoch: enough for a steady estimate, few enough to stay cheap. */
const VALIDATION_SENTENCES = 1000;

/** The text of a row: its text columns, joined. */
export function textOf(data: TrainingData): (row: number) => string {
  const at = data.columns.flatMap((c, i) => (c.type === 'text' && c.name !== data.labelColumn ? [i] : []));
  return (row) => at.map((i) => data.rows[row]![i] ?? '').join(' ');
}

interface Masked {
  sequences: number[][];
  /** Flat positions (sentence × length + token) of the chosen tokens, and their original ids. */
  positions: Int32Array;
  targets: Int32Array;
}

/** Set apart from the dropout seed of the same batch, so masks and dropout draw differently. */
const MASKING = 0x5bd1e995;

function maskBatch(sequences: readonly number[][], maskRate: number, vocabularySize: number, random: Random): Masked {
  const length = Math.max(...sequences.map((s) => s.length));
  const positions: number[] = [];
  const targets: number[] = [];
  const masked = sequences.map((s, i) =>
    s.map((id, t) => {
      if (t === 0 || t === s.length - 1 || !random.chance(maskRate)) return id; // [CLS] and [SEP] stay
      positions.push(i * length + t);
      targets.push(id);
      const roll = random.float();
      return roll < 0.8 ? MASK : roll < 0.9 ? random.int(SPECIAL_TOKENS.length, vocabularySize - 1) : id;
    }),
  );
  // At least one token per batch, so that every batch is a step (one [MASK] in the first sentence that has a word).
  const first = sequences.findIndex((s) => s.length > 2);
  if (!positions.length && first >= 0) {
    positions.push(first * length + 1);
    targets.push(sequences[first]![1]!);
    masked[first]![1] = MASK;
  }
  return { sequences: masked, positions: Int32Array.from(positions), targets: Int32Array.from(targets) };
}

export const createPretrain: TrainerFactory<Config> = async ({ tf, data, config, seed }) => {
  const text = textOf(data);
  const vocabulary = trainWordPiece(countWords(data.trainRows.map(text)), { vocabularySize: config.vocabularySize });
  const tokenizer = new WordPieceTokenizer(vocabulary);
  const sequences = new Map(
    [...data.trainRows, ...data.validationRows].map((row) => [row, framed(tokenizer.encode(text(row)), config.maxLength)]),
  );
  const size: EncoderSize = {
    ...encoderPresets[config.preset],
    maxLength: config.maxLength,
    vocabularySize: tokenizer.size,
    dropout: config.dropout,
  };
  const encoder = new Encoder(tf, size, seed);
  const head: NamedVariable[] = [
    namedVariable(tf, 'mlm/transform/kernel', () => tf.truncatedNormal([size.hidden, size.hidden], 0, 0.02, 'float32', seed + 1)),
    namedVariable(tf, 'mlm/transform/bias', () => tf.zeros([size.hidden])),
    namedVariable(tf, 'mlm/norm/gamma', () => tf.ones([size.hidden])),
    namedVariable(tf, 'mlm/norm/beta', () => tf.zeros([size.hidden])),
    namedVariable(tf, 'mlm/output/bias', () => tf.zeros([size.vocabularySize])),
  ];
  const { named, batchesPerEpoch, optimizer, step } = transformerOptimization(tf, encoder, head, config, data.trainRows.length);
  const [transform, transformBias, gamma, beta, outputBias] = head.map((h) => h.variable) as unknown as [
    Tensor2D,
    Tensor1D,
    Tensor1D,
    Tensor1D,
    Tensor1D,
  ];

  /** Logits over the vocabulary at the masked positions. */
  const logitsOf = (masked: Masked, training: boolean) => {
    const { ids, mask } = padBatch(tf, masked.sequences);
    const hidden = encoder.forward(ids, mask, training);
    const picked = gatherRows(tf, tf.reshape(hidden, [-1, size.hidden]) as Tensor2D, tf.tensor1d(masked.positions, 'int32'));
    const h = layerNorm(tf, gelu(tf, dense(tf, picked, transform, transformBias)), gamma, beta);
    return tf.add(matMul(tf, h as Tensor2D, tf.transpose(encoder.tokenEmbeddings) as Tensor2D), outputBias) as Tensor2D;
  };
  const lossOf = (logits: Tensor2D, targets: Int32Array) =>
    tf.losses.softmaxCrossEntropy(tf.oneHot(tf.tensor1d(targets, 'int32'), size.vocabularySize), logits) as Scalar;

  // One fixed draw of masks for validation.
  const validationRows = data.validationRows.slice(0, VALIDATION_SENTENCES);
  const validationRandom = seededRandom(seed * 31 + 7);
  const validationBatches: Masked[] = [];
  for (let start = 0; start < validationRows.length; start += config.batchSize) {
    const batch = maskBatch(
      validationRows.slice(start, start + config.batchSize).map((row) => sequences.get(row)!),
      config.maskRate,
      size.vocabularySize,
      validationRandom,
    );
    if (batch.targets.length) validationBatches.push(batch);
  }

  const header: BaseModelHeader = { kind: 'pretrain', size, vocabulary: vocabulary.tokens };
  let epochLoss = 0;
  let epochTokens = 0;
  let epochSeconds = 0;

  return {
    batchesPerEpoch,

    async trainEpoch(epoch, { signal, fromBatch, onBatch }) {
      const order = seededRandom(seed * 1_000_003 + epoch).sample(data.trainRows, data.trainRows.length);
      const started = performance.now();
      let losses = 0;
      let batches = 0;
      epochTokens = 0;
      for (const [index, rows] of batchesOf(order, config.batchSize, fromBatch)) {
        signal.throwIfAborted();
        const batch = rows.map((row) => sequences.get(row)!);
        encoder.reseed(batchSeed(seed, epoch, index));
        const masked = maskBatch(batch, config.maskRate, size.vocabularySize, seededRandom(batchSeed(seed, epoch, index) ^ MASKING));
        if (!masked.targets.length) continue;
        const loss = step(() => lossOf(logitsOf(masked, true), masked.targets));
        losses += loss;
        batches++;
        epochTokens += batch.reduce((n, s) => n + s.length, 0);
        await onBatch(loss, index);
      }
      epochSeconds = (performance.now() - started) / 1000;
      epochLoss = losses / Math.max(1, batches);
    },

    async epochMetrics() {
      let loss = 0;
      let right = 0;
      let total = 0;
      for (const batch of validationBatches) {
        const [batchLoss, correct] = tf.tidy(() => {
          const logits = logitsOf(batch, false);
          const hits = tf.sum(tf.cast(tf.equal(tf.argMax(logits, 1), tf.tensor1d(batch.targets, 'int32')), 'float32'));
          return [lossOf(logits, batch.targets).dataSync()[0]!, hits.dataSync()[0]!];
        });
        loss += batchLoss * batch.targets.length;
        right += correct;
        total += batch.targets.length;
      }
      return {
        'train/mlm_loss': epochLoss,
        'val/mlm_loss': loss / Math.max(1, total),
        'val/mlm_accuracy': right / Math.max(1, total),
        'train/tokens_per_second': epochTokens / Math.max(1e-9, epochSeconds),
      };
    },

    saveState() {
      return saveNamedState(named, optimizer, header);
    },

    saveModel() {
      return saveNamedState(named, null, header);
    },

    async loadState(state) {
      await loadNamedState(tf, state, named, optimizer);
    },

    dispose() {
      encoder.dispose();
      for (const { variable } of head) variable.dispose();
      optimizer.dispose();
    },
  };
};
