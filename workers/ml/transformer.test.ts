import type { Tensor1D, Tensor2D } from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { loadTensorFlow } from '../tf';
import { Encoder, gatherRows, matMul } from './transformer';

const size = { layers: 2, hidden: 16, heads: 2, intermediate: 32, maxLength: 12, vocabularySize: 30, dropout: 0.1 };

describe('the transformer encoder', () => {
  it('gives a token the same hidden state whatever padding follows (padding is masked out of attention)', async () => {
    const { tf } = await loadTensorFlow();
    const encoder = new Encoder(tf, size, 1);
    const short = encoder.forward(tf.tensor2d([[2, 7, 8, 3]], [1, 4], 'int32'), tf.tensor2d([[1, 1, 1, 1]]), false);
    const padded = encoder.forward(tf.tensor2d([[2, 7, 8, 3, 0, 0, 0]], [1, 7], 'int32'), tf.tensor2d([[1, 1, 1, 1, 0, 0, 0]]), false);
    const a = await short.array();
    const b = (await padded.array())[0]!.slice(0, 4);
    a[0]!.forEach((row, t) => row.forEach((x, d) => expect(b[t]![d]).toBeCloseTo(x, 4)));
    expect(short.shape).toEqual([1, 4, 16]);
    encoder.dispose();
  });

  it('lists its weights by name in a fixed order, the same shapes for the same size', async () => {
    const { tf } = await loadTensorFlow();
    const [a, b] = [new Encoder(tf, size, 1), new Encoder(tf, size, 2)];
    expect(a.variables.map((v) => v.name)).toEqual(b.variables.map((v) => v.name));
    expect(a.variables.map((v) => v.name).slice(0, 2)).toEqual(['embeddings/token', 'embeddings/position']);
    expect(a.variables).toHaveLength(4 + size.layers * 16);
    a.dispose();
    b.dispose();
  });
});

describe('gradients the wasm backend lacks or runs slowly', () => {
  it('gatherRows scatters its gradient back into the table, summing repeated rows', async () => {
    const { tf } = await loadTensorFlow();
    const table = tf.tensor2d([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const grad = tf.grad((t) =>
      tf.sum(
        tf.mul(
          gatherRows(tf, t as Tensor2D, tf.tensor1d([2, 0, 2], 'int32') as Tensor1D),
          tf.tensor2d([
            [1, 1],
            [2, 2],
            [3, 3],
          ]),
        ),
      ),
    )(table);
    expect(await grad.array()).toEqual([
      [2, 2],
      [0, 0],
      [4, 4],
    ]);
  });

  it('matMul’s gradient equals tfjs’s own', async () => {
    const { tf } = await loadTensorFlow();
    const a = tf.randomNormal([5, 4], 0, 1, 'float32', 1) as Tensor2D;
    const b = tf.randomNormal([4, 3], 0, 1, 'float32', 2) as Tensor2D;
    const weights = tf.randomNormal([5, 3], 0, 1, 'float32', 3);
    const ours = tf.grads((x, y) => tf.sum(tf.mul(matMul(tf, x as Tensor2D, y as Tensor2D), weights)))([a, b]);
    const theirs = tf.grads((x, y) => tf.sum(tf.mul(tf.matMul(x as Tensor2D, y as Tensor2D), weights)))([a, b]);
    for (let i = 0; i < 2; i++) {
      const [x, y] = [await ours[i]!.data(), await theirs[i]!.data()];
      x.forEach((v, j) => expect(v).toBeCloseTo(y[j]!, 4));
    }
  });
});
