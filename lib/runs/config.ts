/**
 * Run kinds and their configurations: what the server validates when a run is created and what a worker trains
 * with. Pure (zod only), so that both import it from here.
 */
import { z } from 'zod';
import { combinerPolicies } from '../rules/combine';
import { ruleSnapshot } from '../rules/spec';

/** `waiting`: for something else to end first (a fine-tuning run's base model); it holds no worker and no queue place. */
export const runStatuses = ['queued', 'waiting', 'running', 'succeeded', 'failed', 'canceled'] as const;
export type RunStatus = (typeof runStatuses)[number];
/** The statuses of a run that has ended. */
export const finishedStatuses: ReadonlySet<string> = new Set<RunStatus>(['succeeded', 'failed', 'canceled']);
/** The statuses of a run that has not ended yet. */
export const liveStatuses: readonly RunStatus[] = ['queued', 'waiting', 'running'];

export const noiseSchemes = ['flip', 'resample', 'matrix'] as const;

/**
 * Label noise on the training split. `flip` moves exactly round(rate·n) labels to a different class; `resample`
 * redraws each label with probability `rate` uniformly from all classes (effective rate rate·(K−1)/K); `matrix`
 * moves a label of class i to class j with probability matrix[i][j] (rows sum to 1, classes in sorted order).
 */
export const labelNoiseConfig = z
  .object({
    rate: z.number().min(0, 'use a rate from 0 to 0.5').max(0.5, 'use a rate from 0 to 0.5').default(0),
    scheme: z.enum(noiseSchemes).default('flip'),
    seed: z.number().int().default(1),
    matrix: z.array(z.array(z.number().min(0).max(1))).optional(),
  })
  .refine((n) => n.scheme !== 'matrix' || (n.matrix && n.matrix.every((row) => Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-6)), {
    message: 'a matrix scheme needs a matrix whose rows each add up to 1',
    path: ['matrix'],
  });
export type LabelNoiseConfig = z.output<typeof labelNoiseConfig>;

const trainingConfig = {
  epochs: z.number().int().min(1, 'train at least 1 epoch').max(500, 'use at most 500 epochs').default(10),
  batchSize: z.number().int().min(1).max(4096).default(64),
  learningRate: z.number().positive('use a positive learning rate').max(10).default(0.05),
  noise: labelNoiseConfig.default({ rate: 0, scheme: 'flip', seed: 1 }),
  /**
   * Repeated splits: the run draws its own stratified train/validation/test split, with the version's fractions and
   * this seed, instead of the version's. On small data one split can decide a score, so an ablation's seeds each
   * draw one (server/domain/runGroups.ts); unset, the version's split.
   */
  splitSeed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
};

/** Softmax regression over hashed bag-of-words and one-hot/standardized tabular features. */
export const logisticRegressionConfig = z.object({
  ...trainingConfig,
  l2: z.number().min(0).max(1).default(0),
  hashBuckets: z
    .number()
    .int()
    .min(16)
    .max(1 << 18)
    .default(4096),
});

export const wideDeepModes = ['wide', 'deep', 'wide_deep'] as const;

/**
 * Wide & Deep (Cheng et al., 2016): a linear part over one-hot and crossed features trained with FTRL, and a deep
 * part over embeddings and standardized numbers trained with AdaGrad or Adam, summed into one logit per class.
 */
export const wideDeepConfig = z
  .object({
    ...trainingConfig,
    batchSize: trainingConfig.batchSize.default(128),
    mode: z.enum(wideDeepModes).default('wide_deep'),
    /** Column tuples whose value combinations the wide part sees as features of their own. */
    crosses: z
      .array(z.array(z.string().min(1)).min(2, 'a cross joins at least 2 columns').max(3, 'a cross joins at most 3 columns'))
      .max(20, 'use at most 20 crosses')
      .default([]),
    crossBuckets: z.number().int().min(16).max(100_000).default(10_000),
    /** A categorical column with more values than this is hashed into this many buckets. */
    hashBuckets: z.number().int().min(16).max(20_000).default(1_000),
    /**
     * Quantile buckets of each numeric column for the wide part (and its crosses), so that a wide-only run sees the same
     * columns as a deep one and an ablation compares memorization with generalization, not feature sets; 0 leaves
     * numbers to the deep part.
     */
    numericBuckets: z.number().int().min(0).max(100).default(10),
    /** 0: by cardinality, min(32, round(6·values^¼)). */
    embeddingDim: z.number().int().min(0).max(256).default(0),
    hiddenUnits: z.array(z.number().int().min(1).max(2048)).max(5, 'use at most 5 hidden layers').default([64, 32]),
    deepOptimizer: z.enum(['adagrad', 'adam']).default('adagrad'),
    ftrl: z
      .object({
        learningRate: z.number().positive().max(10).default(0.1),
        l1: z.number().min(0).max(10).default(0.001),
        l2: z.number().min(0).max(10).default(0),
        beta: z.number().min(0).max(10).default(1),
      })
      .default({ learningRate: 0.1, l1: 0.001, l2: 0, beta: 1 }),
  })
  // The wide part is a dense batch × width matrix while it trains: its crosses must stay a few hundred thousand wide.
  .refine((c) => c.crosses.length * c.crossBuckets <= 200_000, {
    message: 'crosses × crossBuckets must stay at most 200,000',
    path: ['crossBuckets'],
  });

export const hybridModes = ['ml_only', 'rules_only', 'hybrid'] as const;

/**
 * Chimera's hybrid (Sun et al., 2014): analysts' rules and a learned classifier (softmax regression over hashed
 * words) decide together; items below the confidence threshold, or of a class whose validated precision misses the
 * release target, go to review. `rules` is the rule set as it was when the run was created (filled in from
 * `ruleSetId`); with `weakLabels`, training rows whose labels the model does not see (1 − `labeledFraction`) and
 * that the rules label join its training data with the rules' labels.
 */
export const hybridConfig = z.object({
  ...trainingConfig,
  mode: z.enum(hybridModes).default('hybrid'),
  ruleSetId: z.string().uuid('choose a rule set').optional(),
  rules: z.array(ruleSnapshot).max(5000, 'use at most 5,000 rules').default([]),
  combiner: z.enum(combinerPolicies).default('rules_first'),
  confidenceThreshold: z.number().min(0).max(1, 'use a threshold from 0 to 1').default(0),
  releasePrecision: z.number().min(0).max(1, 'use a target from 0 to 1').default(0.92),
  labeledFraction: z.number().min(0.01, 'keep at least 1% of the labels').max(1).default(1),
  weakLabels: z.boolean().default(false),
  l2: z.number().min(0).max(1).default(0),
  hashBuckets: z
    .number()
    .int()
    .min(16)
    .max(1 << 18)
    .default(4096),
});

/**
 * Few-shot training sets (Tänzer et al., 2022, section 5): only k training examples (rows, or sentences holding an
 * entity) of each chosen class are kept; validation and test stay whole.
 */
export const fewShotConfig = z.object({
  classes: z.array(z.string().min(1)).min(1, 'choose at least 1 class').max(20),
  k: z.number().int().min(1, 'keep at least 1 example').max(100_000),
  seed: z.number().int().default(1),
});
export type FewShotConfig = z.output<typeof fewShotConfig>;

/** Transformer sizes that pre-train in minutes on two CPU cores (tiny = BERT-Tiny's shape, Turc et al., 2019). */
export const encoderPresets = {
  tiny: { layers: 2, hidden: 128, heads: 2, intermediate: 512 },
  mini: { layers: 4, hidden: 256, heads: 4, intermediate: 1024 },
} as const;
export const encoderPresetNames = Object.keys(encoderPresets) as (keyof typeof encoderPresets)[];

/** What BERT's fine-tuning code does, sized for a small model: AdamW, warmup then linear decay, clipping. */
const transformerTraining = {
  epochs: trainingConfig.epochs,
  batchSize: trainingConfig.batchSize,
  learningRate: z.number().positive('use a positive learning rate').max(1).default(5e-4),
  /** Share of the steps the learning rate warms up over, linearly from 0, before it decays linearly to 0. */
  warmup: z.number().min(0).max(0.5).default(0.1),
  weightDecay: z.number().min(0).max(1).default(0.01),
  clipNorm: z.number().positive().max(100).default(1),
  dropout: z.number().min(0).max(0.5).default(0.1),
};

/**
 * Masked-language-model pre-training (BERT): a WordPiece vocabulary is learnt from the training split, then 15% of
 * the tokens are chosen each epoch (80% masked, 10% random, 10% kept) and predicted. The result is a base model.
 */
export const pretrainConfig = z.object({
  ...transformerTraining,
  epochs: transformerTraining.epochs.default(3),
  // Higher than fine-tuning's: a short schedule on a small corpus.
  learningRate: transformerTraining.learningRate.default(1e-3),
  preset: z.enum(encoderPresetNames as ['tiny', 'mini']).default('tiny'),
  vocabularySize: z.number().int().min(100, 'use at least 100 tokens').max(30_000, 'use at most 30,000 tokens').default(2000),
  maxLength: z.number().int().min(8).max(512).default(64),
  maskRate: z.number().min(0.05).max(0.5).default(0.15),
});

export const finetuneHeads = ['linear', 'prototype'] as const;
/** Where a fine-tuning run's weights start: the base model's, or random ones of the same shape. */
export const finetuneInits = ['pretrained', 'random'] as const;

/**
 * Fine-tuning a transformer encoder for token classification (a tag per word, read at the word's first subword) or
 * sequence classification (from [CLS]), from a base model or from random weights of the same shape (`init`).
 * The base model gives the tokenizer and the architecture either way. `prototype` is ProtoBERT's head (Tänzer et al., 2022): tokens projected to a small space, logits the negative
 * squared distance to each class's centroid over the training set, and a learned scalar logit for O.
 */
export const finetuneConfig = z.object({
  ...transformerTraining,
  noise: trainingConfig.noise,
  splitSeed: trainingConfig.splitSeed,
  /** Required to create a run (checked with the team's base models); optional here so that defaults parse. */
  baseModelId: z.string().uuid('choose a base model').optional(),
  init: z.enum(finetuneInits).default('pretrained'),
  /** Tokens per input; unset, 50 (the paper's) or the base model's length if that is shorter. */
  maxLength: z.number().int().min(8).max(512).optional(),
  head: z.enum(finetuneHeads).default('linear'),
  prototypeDim: z.number().int().min(2).max(256).default(32),
  fewShot: fewShotConfig.optional(),
});

/** The kinds Phaselab's workers train, each with its trainer (workers/trainers). */
export const trainedRunKinds = {
  logistic_regression: {
    label: 'Logistic regression',
    description: 'A linear baseline for text and tabular classification.',
    taskTypes: ['text_classification', 'tabular'],
    config: logisticRegressionConfig,
  },
  wide_deep: {
    label: 'Wide & Deep',
    description: 'Memorize with crossed features and generalize with embeddings, jointly (mode wide, deep or both).',
    taskTypes: ['tabular'],
    config: wideDeepConfig,
  },
  hybrid: {
    label: 'Hybrid rules + ML',
    description: 'Analysts’ rules next to a learned classifier (mode ml_only, rules_only or hybrid), with a release gate on precision.',
    taskTypes: ['text_classification'],
    config: hybridConfig,
  },
  pretrain: {
    label: 'Pre-train a transformer',
    description: 'Masked-language-model pre-training of a small BERT on a corpus; the result is a base model to fine-tune.',
    taskTypes: ['corpus', 'text_classification'],
    config: pretrainConfig,
  },
  finetune: {
    label: 'Fine-tune a transformer',
    description: 'Fine-tune a base model (or the same shape from random weights) on tagged sentences or text classes, with label noise.',
    taskTypes: ['token_classification', 'text_classification'],
    config: finetuneConfig,
  },
} as const;

/**
 * A run trained by the team's own code, anywhere, that logs into Phaselab through the tracking API (MLflow's REST
 * API and the per-example extension). No worker claims it; its config is the params it logged.
 */
export const externalRunConfig = z.record(z.string(), z.string());

export const runKinds = {
  ...trainedRunKinds,
  external: {
    label: 'External',
    description:
      'Trained by your own code (PyTorch, Hugging Face, Lightning, Keras…) and logged through the MLflow-compatible tracking API.',
    taskTypes: [],
    config: externalRunConfig,
  },
} as const;

export const EXTERNAL_KIND = 'external';

/**
 * The kinds that run as a one-click ablation: every value of one config field with the same data, split, seed and
 * budget. `label` names the values for a button.
 */
export const ablations: Partial<Record<RunKind, { field: 'mode' | 'init'; values: readonly string[]; label: string }>> = {
  wide_deep: { field: 'mode', values: wideDeepModes, label: 'wide, deep, wide & deep' },
  hybrid: { field: 'mode', values: hybridModes, label: 'ML only, rules only, hybrid' },
  finetune: { field: 'init', values: finetuneInits, label: 'pre-trained, random init' },
};

/** The dataset columns a config names, with the config field that names each, checked against the dataset. */
export function columnsNamed(config: Record<string, unknown>): { field: string; column: string }[] {
  const crosses = (config.crosses ?? []) as string[][];
  const rules = (config.rules ?? []) as { field: string }[];
  return [
    ...crosses.flatMap((cross, i) => cross.map((column, j) => ({ field: `config.crosses.${i}.${j}`, column }))),
    ...rules.map((rule, i) => ({ field: `config.rules.${i}.field`, column: rule.field })),
  ];
}
export type RunKind = keyof typeof runKinds;
export type TrainedRunKind = keyof typeof trainedRunKinds;
export const runKindNames = Object.keys(runKinds) as RunKind[];

/** Whether the kind is launched from Phaselab (New run, sweeps); an external run is started by its own code. */
export const isTrainedKind = (kind: string): kind is TrainedRunKind => Object.hasOwn(trainedRunKinds, kind);
