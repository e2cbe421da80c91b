import { describe, expect, it } from 'vitest';
import { loadTensorFlow } from '../tf';
import { AdamW, warmupLinearDecay } from './adamw';

describe('the learning-rate schedule', () => {
  it('warms up linearly over its share of the steps, then decays linearly to 0', () => {
    expect([1, 5, 10, 55, 100].map((step) => warmupLinearDecay(1, step, 100, 0.1))).toEqual([0.1, 0.5, 1, 0.5, 0]);
  });
});

describe('AdamW', () => {
  it('takes Adam’s first step (lr · sign of the gradient), decays weights but not biases, and clips the global norm', async () => {
    const { tf } = await loadTensorFlow();
    const kernel = tf.variable(tf.tensor1d([1, 1]));
    const bias = tf.variable(tf.tensor1d([1]));
    const optimizer = new AdamW(
      tf,
      [
        { name: 'dense/kernel', variable: kernel },
        { name: 'dense/bias', variable: bias },
      ],
      { learningRate: () => 0.1, weightDecay: 0.5, clipNorm: 1, epsilon: 0 },
    );
    const norm = optimizer.apply([tf.tensor1d([3, -4]), tf.tensor1d([0.5])]);
    expect(norm).toBeCloseTo(Math.sqrt(9 + 16 + 0.25), 5);
    // m̂/√v̂ is the gradient's sign on the first step, clipped or not; decay adds 0.5 · w to the kernel's update.
    expect(Array.from(await kernel.data())).toEqual([expect.closeTo(1 - 0.1 * (1 + 0.5), 5), expect.closeTo(1 - 0.1 * (-1 + 0.5), 5)]);
    expect((await bias.data())[0]).toBeCloseTo(1 - 0.1, 5);
    optimizer.dispose();
  });

  it('round-trips its state through getWeights/setWeights', async () => {
    const { tf } = await loadTensorFlow();
    const w = tf.variable(tf.tensor1d([1, 2]));
    const a = new AdamW(tf, [{ name: 'w', variable: w }], { learningRate: () => 0.01, weightDecay: 0, clipNorm: 10 });
    a.apply([tf.tensor1d([1, -1])]);
    const b = new AdamW(tf, [{ name: 'w', variable: tf.variable(tf.tensor1d([1, 2])) }], {
      learningRate: () => 0.01,
      weightDecay: 0,
      clipNorm: 10,
    });
    const saved = await a.getWeights();
    await b.setWeights(saved);
    const restored = await b.getWeights();
    expect(await Promise.all(restored.map((t) => t.tensor.data()))).toEqual(await Promise.all(saved.map((t) => t.tensor.data())));
  });
});
