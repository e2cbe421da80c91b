import type { Scalar, Variable } from '@tensorflow/tfjs';
import type { TF } from '../tf';
import { AdamW, warmupLinearDecay } from './adamw';
import type { Encoder, NamedVariable } from './transformer';

export interface OptimizationConfig {
  epochs: number;
  batchSize: number;
  learningRate: number;
  warmup: number;
  weightDecay: number;
  clipNorm: number;
}

/**
 * What pre-training and fine-tuning share: the encoder's and the head's weights under their stored names
 * (`encoder/…`, then the head's own), AdamW on a warmup-then-decay schedule over the whole run, and one update step.
 */
export function transformerOptimization(
  tf: TF,
  encoder: Encoder,
  head: readonly NamedVariable[],
  config: OptimizationConfig,
  trainingRows: number,
) {
  const named = [...encoder.variables.map((v) => ({ ...v, name: `encoder/${v.name}` })), ...head];
  const variables = named.map((v) => v.variable);
  const batchesPerEpoch = Math.ceil(trainingRows / config.batchSize);
  const optimizer = new AdamW(tf, named, {
    learningRate: (step) => warmupLinearDecay(config.learningRate, step, config.epochs * batchesPerEpoch, config.warmup),
    weightDecay: config.weightDecay,
    clipNorm: config.clipNorm,
  });
  /** Updates every weight from the gradient of `loss`; returns the loss. */
  const step = (loss: () => Scalar): number =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(loss, variables as Variable[]);
      optimizer.apply(variables.map((v) => grads[v.name]!));
      return value.dataSync()[0]!;
    });
  return { named, batchesPerEpoch, optimizer, step };
}
