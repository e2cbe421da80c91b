import type { TF } from '../tf';
import type { TrainingData } from '../../db/trainingData';

/**
 * What a trainer implements; the engine does the rest (queue, claiming, checkpoints, resume, cancellation, metrics,
 * label noise). A trainer knows its model and nothing of Postgres or queues.
 */
export interface Trainer {
  /** Batches in one epoch, where the trainer does not train on every training row (the engine numbers steps by it). */
  batchesPerEpoch?: number;
  /**
   * True for a trainer that may leave items undecided (-1 in its predictions), as rules do: its scores add coverage
   * and scores over what it decided, and count an undecided item as wrong everywhere else.
   */
  abstains?: boolean;
  /**
   * One pass over the training rows, in batches; stops between batches once `signal` is aborted. It starts at batch
   * `fromBatch` when an earlier attempt stopped mid-epoch (its state is loaded): batches draw their order and
   * randomness from the seed, the epoch and their index, so the rest of the epoch replays as if it had never stopped.
   */
  trainEpoch(epoch: number, context: EpochContext): Promise<void>;
  /** Labels for rows; every trainer of labelled data has it (a language model scores itself in epochMetrics). */
  predict?(rows: readonly number[]): Promise<Predictions>;
  /** Scores of the trainer's own, recorded with the engine's after each epoch (e.g. a part of the model alone); optional. */
  epochMetrics?(): Promise<Record<string, number>>;
  /** What the model learned, for people to read (stored with the final model as JSON); optional. */
  explain?(): Promise<Record<string, unknown>>;
  /** Everything needed to continue training exactly where it stopped, or to reload the model. */
  saveState(): Promise<Buffer>;
  /** The final model, where it can be smaller than a checkpoint (without the optimizer's state); else saveState. */
  saveModel?(): Promise<Buffer>;
  loadState(state: Buffer): Promise<void>;
  dispose(): void;
}

export interface EpochContext {
  signal: AbortSignal;
  /** The first batch to train (default 0): the batches an earlier attempt trained before it stopped mid-epoch. */
  fromBatch?: number;
  /** Told after each batch, with its index in the epoch (a batch with nothing to learn may be passed over). */
  onBatch: (loss: number, batch: number) => Promise<void> | void;
}

/** The batches of an epoch's order from `fromBatch` on, each with its index. */
export function* batchesOf<T>(order: readonly T[], batchSize: number, fromBatch = 0): Generator<[index: number, rows: T[]]> {
  for (let index = fromBatch; index * batchSize < order.length; index++)
    yield [index, order.slice(index * batchSize, (index + 1) * batchSize)];
}

/** A seed for one batch's randomness (dropout, masking), so a batch draws the same wherever its epoch resumed. */
export const batchSeed = (seed: number, epoch: number, batch: number) => (seed * 1_000_003 + epoch * 10_007 + batch) >>> 0;

/**
 * The predicted class of each row (-1: left undecided, by a trainer that `abstains`), its loss against the label it
 * was trained with (null for a decider with no loss, such as rules alone), and, where the model has them, class
 * probabilities (rows × classes), from which the engine scores AUC, log loss and calibration. For tagging, `tags`
 * holds each row's predicted tag per word (ids into the classes) and `predictions` is empty.
 */
export interface Predictions {
  predictions: Int32Array;
  losses: Float32Array | null;
  probabilities?: Float32Array;
  tags?: Int32Array[];
}

export interface TrainerInput<Config> {
  tf: TF;
  data: TrainingData;
  config: Config;
  seed: number;
  /** The stored model a fine-tuning run starts from (a pre-training run's final model). */
  baseModel?: Buffer;
}

/** A trainer of labelled data: it predicts. */
export type Classifier = Trainer & Required<Pick<Trainer, 'predict'>>;

export type TrainerFactory<Config, Made extends Trainer = Trainer> = (input: TrainerInput<Config>) => Promise<Made>;
