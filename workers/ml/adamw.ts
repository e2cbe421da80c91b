/**
 * AdamW (Loshchilov & Hutter, 2019): Adam with weight decay applied to the weights directly rather than through the
 * gradient, as BERT is fine-tuned; biases and layer-norm parameters are not decayed. Gradients are clipped to a
 * global norm first, and the learning rate follows a schedule of the step (linear warmup, then linear decay).
 */
import type { Tensor, Variable } from '@tensorflow/tfjs';
import type { TF } from '../tf';
import type { OptimizerSlots } from '../trainers/tensorState';
import type { NamedVariable } from './transformer';

/** The learning rate at `step` (1-based) of `total`: up linearly over the first `warmup` share, then down to 0. */
export function warmupLinearDecay(base: number, step: number, total: number, warmup: number): number {
  const warmupSteps = Math.max(1, Math.round(warmup * total));
  if (step <= warmupSteps) return (base * step) / warmupSteps;
  return base * Math.max(0, (total - step) / Math.max(1, total - warmupSteps));
}

export interface AdamWOptions {
  learningRate: (step: number) => number;
  weightDecay: number;
  clipNorm: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export class AdamW implements OptimizerSlots {
  private step = 0;
  private readonly m: Variable[];
  private readonly v: Variable[];
  private readonly decayed: boolean[];

  constructor(
    private readonly tf: TF,
    private readonly variables: readonly NamedVariable[],
    private readonly options: AdamWOptions,
  ) {
    // Made inside tidy: a variable keeps its initial tensor's data alive until that tensor is disposed.
    this.m = variables.map(({ variable }) => tf.tidy(() => tf.variable(tf.zerosLike(variable), false)));
    this.v = variables.map(({ variable }) => tf.tidy(() => tf.variable(tf.zerosLike(variable), false)));
    this.decayed = variables.map(({ name }) => !/(bias|norm)/.test(name));
  }

  /** One update from gradients in the variables' order; returns the gradient norm before clipping. */
  apply(gradients: readonly Tensor[]): number {
    const { tf, options } = this;
    const { beta1 = 0.9, beta2 = 0.999, epsilon = 1e-6 } = options;
    this.step++;
    const rate = options.learningRate(this.step);
    const correction1 = 1 - beta1 ** this.step;
    const correction2 = 1 - beta2 ** this.step;
    return tf.tidy(() => {
      const norm = Math.sqrt(gradients.reduce((sum, g) => sum + tf.sum(tf.square(g)).dataSync()[0]!, 0));
      const scale = norm > options.clipNorm ? options.clipNorm / norm : 1;
      gradients.forEach((raw, i) => {
        const g = scale === 1 ? raw : tf.mul(raw, scale);
        const m = this.m[i]!;
        const v = this.v[i]!;
        m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
        v.assign(tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2)));
        const variable = this.variables[i]!.variable;
        let update = tf.div(tf.div(m, correction1), tf.add(tf.sqrt(tf.div(v, correction2)), epsilon));
        if (this.decayed[i] && options.weightDecay > 0) update = tf.add(update, tf.mul(variable, options.weightDecay));
        variable.assign(tf.sub(variable, tf.mul(update, rate)));
      });
      return norm;
    });
  }

  async getWeights() {
    const { tf } = this;
    return [
      { name: 'step', tensor: tf.scalar(this.step, 'int32') },
      // Copies: the checkpoint code frees what it is given, and the moments stay ours.
      ...this.m.map((m, i) => ({ name: `m/${i}`, tensor: tf.clone(m) })),
      ...this.v.map((v, i) => ({ name: `v/${i}`, tensor: tf.clone(v) })),
    ];
  }

  async setWeights(weights: { name: string; tensor: Tensor }[]) {
    if (!weights.length) return; // a final model, stored without its optimizer
    const [step, ...moments] = weights;
    this.step = (await step!.tensor.data())[0]!;
    const half = moments.length / 2;
    // Assigned, not replaced: the caller frees what it passed in.
    moments.forEach(({ tensor }, i) => (i < half ? this.m[i]! : this.v[i - half]!).assign(tensor));
  }

  dispose() {
    for (const t of [...this.m, ...this.v]) t.dispose();
  }
}
