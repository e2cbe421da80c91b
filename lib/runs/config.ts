/**
 * Run kinds and their configurations: what the server validates when a run is created and what a worker trains
 * with. Pure (zod only), so that both import it from here.
 */
import { z } from 'zod';

export const runStatuses = ['queued', 'running', 'succeeded', 'failed', 'canceled'] as const;
export type RunStatus = (typeof runStatuses)[number];

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
};

/** Softmax regression over hashed bag-of-words and one-hot/standardized tabular features. */
export const logisticRegressionConfig = z.object({
  ...trainingConfig,
  l2: z.number().min(0).max(1).default(0),
  hashBuckets: z.number().int().min(16).max(1 << 18).default(4096),
});

export const runKinds = {
  logistic_regression: {
    label: 'Logistic regression',
    description: 'A linear baseline for text and tabular classification.',
    taskTypes: ['text_classification', 'tabular'],
    config: logisticRegressionConfig,
  },
} as const;
export type RunKind = keyof typeof runKinds;
export const runKindNames = Object.keys(runKinds) as RunKind[];
