/**
 * A BERT-style transformer encoder (Devlin et al., 2019) in TensorFlow.js: token + position embeddings, then L
 * layers of multi-head self-attention and a GELU feed-forward network, each with dropout, a residual connection and
 * layer norm after it (post-LN, as BERT). Padding is masked out of attention. Weights start as BERT's do
 * (truncated normal, σ 0.02). Variables are listed in a fixed, named order: that order is the weight format.
 */
import type { GradSaveFunc, Tensor, Tensor1D, Tensor2D, Tensor3D, Variable } from '@tensorflow/tfjs';
import type { TF } from '../tf';

export interface EncoderSize {
  layers: number;
  hidden: number;
  heads: number;
  /** Width of the feed-forward layer (BERT: 4 × hidden). */
  intermediate: number;
  /** Longest input in tokens, [CLS] and [SEP] included. */
  maxLength: number;
  vocabularySize: number;
  dropout: number;
}

export interface NamedVariable {
  name: string;
  variable: Variable;
}

/**
 * A variable under its stored name, made inside tidy: a tfjs variable keeps its initial tensor's data alive until
 * that tensor is disposed, and tidy disposes it.
 */
export function namedVariable(tf: TF, name: string, initial: () => Tensor, trainable = true): NamedVariable {
  return { name, variable: tf.tidy(() => tf.variable(initial(), trainable)) };
}

/**
 * Rows of a table by index, with the gradient scattered back into the table. tfjs's own gather has no gradient on
 * the wasm backend (it needs UnsortedSegmentSum); ScatterNd sums duplicate indices, which is the gradient.
 */
export function gatherRows(tf: TF, table: Tensor2D, indices: Tensor1D): Tensor2D {
  const gather = tf.customGrad((...args: (Tensor | GradSaveFunc)[]) => {
    const [t, i, save] = args as [Tensor2D, Tensor1D, GradSaveFunc];
    save([i]);
    return {
      value: tf.gather(t, i),
      gradFunc: (dy, [saved]) => [tf.scatterND(tf.expandDims(saved!, 1), dy as Tensor, table.shape), tf.zerosLike(saved!)],
    };
  });
  return gather(table, indices) as Tensor2D;
}

/**
 * a · b with a gradient made of untransposed products: the wasm backend multiplies fast (XNNPACK) only when neither
 * side is transposed, and tfjs's own gradient asks for aᵀ·dy and dy·bᵀ (measured 10–20× slower at our sizes).
 */
export function matMul(tf: TF, a: Tensor2D, b: Tensor2D): Tensor2D {
  const product = tf.customGrad((...args: (Tensor | GradSaveFunc)[]) => {
    const [x, y, save] = args as [Tensor2D, Tensor2D, GradSaveFunc];
    save([x, y]);
    return {
      value: tf.matMul(x, y),
      gradFunc: (dy, [left, right]) => [tf.matMul(dy as Tensor2D, tf.transpose(right!)), tf.matMul(tf.transpose(left!), dy as Tensor2D)],
    };
  });
  return product(a, b) as Tensor2D;
}

/** x · W + b over the last axis, for any leading shape. */
export function dense(tf: TF, x: Tensor, weights: Tensor2D, bias?: Tensor1D): Tensor {
  const [inputs, outputs] = weights.shape;
  const flat = matMul(tf, tf.reshape(x, [-1, inputs]) as Tensor2D, weights);
  return tf.reshape(bias ? tf.add(flat, bias) : flat, [...x.shape.slice(0, -1), outputs]);
}

export function layerNorm(tf: TF, x: Tensor, gamma: Tensor1D, beta: Tensor1D): Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-12))), gamma), beta);
}

/** GELU, exact form: x · Φ(x). */
export const gelu = (tf: TF, x: Tensor) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.div(x, Math.SQRT2))));

export class Encoder {
  readonly variables: NamedVariable[] = [];
  private readonly v: Record<string, Variable> = {};
  private dropoutSeed = 0;
  private dropoutCalls = 0;

  constructor(
    private readonly tf: TF,
    readonly size: EncoderSize,
    seed: number,
  ) {
    const { hidden, intermediate, layers } = size;
    let k = 0;
    // Unnamed in tfjs (its names are global to the process); ours are kept beside them.
    const weight = (name: string, shape: number[]) =>
      this.add(namedVariable(tf, name, () => tf.truncatedNormal(shape, 0, 0.02, 'float32', seed * 1009 + k++)));
    const constant = (name: string, shape: number[], value: number) => this.add(namedVariable(tf, name, () => tf.fill(shape, value)));
    weight('embeddings/token', [size.vocabularySize, hidden]);
    weight('embeddings/position', [size.maxLength, hidden]);
    constant('embeddings/norm/gamma', [hidden], 1);
    constant('embeddings/norm/beta', [hidden], 0);
    for (let l = 0; l < layers; l++) {
      for (const part of ['query', 'key', 'value', 'output']) {
        weight(`layer${l}/attention/${part}/kernel`, [hidden, hidden]);
        constant(`layer${l}/attention/${part}/bias`, [hidden], 0);
      }
      constant(`layer${l}/attention/norm/gamma`, [hidden], 1);
      constant(`layer${l}/attention/norm/beta`, [hidden], 0);
      weight(`layer${l}/ffn/in/kernel`, [hidden, intermediate]);
      constant(`layer${l}/ffn/in/bias`, [intermediate], 0);
      weight(`layer${l}/ffn/out/kernel`, [intermediate, hidden]);
      constant(`layer${l}/ffn/out/bias`, [hidden], 0);
      constant(`layer${l}/ffn/norm/gamma`, [hidden], 1);
      constant(`layer${l}/ffn/norm/beta`, [hidden], 0);
    }
  }

  private add(named: NamedVariable): Variable {
    this.variables.push(named);
    return (this.v[named.name] = named.variable);
  }

  /** Dropout masks follow this seed from here on: a trainer reseeds per epoch, so a resumed epoch replays exactly. */
  reseed(seed: number): void {
    this.dropoutSeed = seed;
    this.dropoutCalls = 0;
  }

  /** Dropout at the model's rate, seeded; the heads use it too. */
  dropout(x: Tensor): Tensor {
    return this.size.dropout > 0 ? this.tf.dropout(x, this.size.dropout, undefined, this.dropoutSeed * 7919 + this.dropoutCalls++) : x;
  }

  get tokenEmbeddings(): Variable {
    return this.v['embeddings/token']!;
  }

  /**
   * Hidden states [batch, length, hidden] of token ids [batch, length] (int32); `mask` [batch, length] is 1 for
   * tokens and 0 for padding. Dropout only while `training`.
   */
  forward(ids: Tensor2D, mask: Tensor2D, training: boolean): Tensor3D {
    const { tf, v, size } = this;
    const [batch, length] = ids.shape;
    const drop = (x: Tensor) => (training ? this.dropout(x) : x);
    const tokens = tf.reshape(gatherRows(tf, v['embeddings/token'] as Tensor2D, tf.reshape(ids, [-1]) as Tensor1D), [
      batch,
      length,
      size.hidden,
    ]);
    const positions = tf.slice(v['embeddings/position']!, [0, 0], [length, size.hidden]);
    let x = drop(layerNorm(tf, tf.add(tokens, positions), v['embeddings/norm/gamma'] as Tensor1D, v['embeddings/norm/beta'] as Tensor1D));
    // Padding gets a large negative score before softmax: [batch, 1, 1, length], added to every head and query.
    const attentionBias = tf.reshape(tf.mul(tf.sub(1, mask), -1e9), [batch, 1, 1, length]);
    const headSize = size.hidden / size.heads;
    const heads = (t: Tensor) => tf.transpose(tf.reshape(t, [batch, length, size.heads, headSize]), [0, 2, 1, 3]);
    const p = (name: string) => v[name] as Tensor2D & Tensor1D;
    for (let l = 0; l < size.layers; l++) {
      const at = (part: string) => dense(tf, x, p(`layer${l}/attention/${part}/kernel`), p(`layer${l}/attention/${part}/bias`));
      const [q, k, value] = [heads(at('query')), heads(at('key')), heads(at('value'))];
      const scores = tf.add(tf.div(tf.matMul(q, k, false, true), Math.sqrt(headSize)), attentionBias);
      const context = tf.matMul(drop(tf.softmax(scores)), value);
      const merged = tf.reshape(tf.transpose(context, [0, 2, 1, 3]), [batch, length, size.hidden]);
      const attended = dense(tf, merged, p(`layer${l}/attention/output/kernel`), p(`layer${l}/attention/output/bias`));
      x = layerNorm(tf, tf.add(x, drop(attended)), p(`layer${l}/attention/norm/gamma`), p(`layer${l}/attention/norm/beta`));
      const inner = gelu(tf, dense(tf, x, p(`layer${l}/ffn/in/kernel`), p(`layer${l}/ffn/in/bias`)));
      const out = dense(tf, inner, p(`layer${l}/ffn/out/kernel`), p(`layer${l}/ffn/out/bias`));
      x = layerNorm(tf, tf.add(x, drop(out)), p(`layer${l}/ffn/norm/gamma`), p(`layer${l}/ffn/norm/beta`));
    }
    return x as Tensor3D;
  }

  dispose(): void {
    for (const { variable } of this.variables) variable.dispose();
  }
}
