/**
 * FTRL-Proximal (McMahan et al., 2013, "Ad Click Prediction: a View from the Trenches"), the optimizer Wide & Deep
 * trains its wide part with; tfjs has none. Per coordinate, with gradient g, accumulators z and n:
 *   σ = (√(n + g²) − √n) / α;  z ← z + g − σ·w;  n ← n + g²
 *   w = 0 if |z| ≤ λ₁, else −(z − sign(z)·λ₁) / ((β + √n) / α + λ₂)
 * L1 drives rarely useful weights to exactly zero: the sparse, memorizing linear model the paper wants.
 */
import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { OptimizerSlots } from './tensorState';
import type { TF } from '../tf';

export interface FtrlParams {
  learningRate: number;
  l1: number;
  l2: number;
  beta: number;
}

/** The slots save and load by position, like tfjs's own optimizers, so checkpoints hold them with the rest. */
export class FtrlOptimizer implements OptimizerSlots {
  private slots: { z: Variable; n: Variable }[];

  constructor(
    private readonly tf: TF,
    private readonly variables: readonly Variable[],
    private readonly params: FtrlParams,
  ) {
    this.slots = variables.map((v) => tf.tidy(() => ({ z: tf.variable(tf.zerosLike(v), false), n: tf.variable(tf.zerosLike(v), false) })));
  }

  /** One step with the gradient of each variable, in the order the optimizer was given them. */
  applyGradients(gradients: readonly Tensor[]): void {
    const { tf } = this;
    const { learningRate: alpha, l1, l2, beta } = this.params;
    tf.tidy(() => {
      this.variables.forEach((w, i) => {
        const g = gradients[i]!;
        const { z, n } = this.slots[i]!;
        const nNext = tf.add(n, tf.square(g));
        const sigma = tf.div(tf.sub(tf.sqrt(nNext), tf.sqrt(n)), alpha);
        const zNext = tf.sub(tf.add(z, g), tf.mul(sigma, w));
        const shrunk = tf.sub(zNext, tf.mul(tf.sign(zNext), l1));
        const denominator = tf.add(tf.div(tf.add(beta, tf.sqrt(nNext)), alpha), l2);
        const wNext = tf.where(tf.lessEqual(tf.abs(zNext), l1), tf.zerosLike(w), tf.neg(tf.div(shrunk, denominator)));
        z.assign(zNext);
        n.assign(nNext);
        w.assign(wNext);
      });
    });
  }

  async getWeights(): ReturnType<OptimizerSlots['getWeights']> {
    return this.slots.flatMap(({ z, n }, i) => [
      { name: `ftrl/${i}/z`, tensor: z },
      { name: `ftrl/${i}/n`, tensor: n },
    ]);
  }

  /** New slot variables, as tfjs's optimizers make: the caller frees the ones getWeights gave out before. */
  async setWeights(weights: Parameters<OptimizerSlots['setWeights']>[0]): Promise<void> {
    this.slots = this.variables.map((_, i) => ({
      z: this.tf.variable(weights[2 * i]!.tensor, false),
      n: this.tf.variable(weights[2 * i + 1]!.tensor, false),
    }));
  }

  dispose(): void {
    for (const { z, n } of this.slots) {
      z.dispose();
      n.dispose();
    }
  }
}
