import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { FtrlOptimizer } from './ftrl';

describe('FTRL-Proximal', () => {
  it('follows the published per-coordinate update on a hand-computed case', async () => {
    await tf.setBackend('cpu');
    const w = tf.variable(tf.tensor1d([0, 0]));
    const ftrl = new FtrlOptimizer(tf, [w], { learningRate: 0.1, l1: 0.01, l2: 0, beta: 1 });
    // Step 1, g = (0.5, 0.005): σ = √0.25 / 0.1 = 5, z = 0.5, n = 0.25, w₀ = −(0.5 − 0.01) / ((1 + 0.5) / 0.1) = −0.49 / 15.
    // The second coordinate's |z| = 0.005 ≤ λ₁, so L1 keeps it at exactly 0.
    ftrl.applyGradients([tf.tensor1d([0.5, 0.005])]);
    const first = await w.data();
    expect(first[0]).toBeCloseTo(-0.49 / 15, 6);
    expect(first[1]).toBe(0);
    // Step 2, g₀ = −0.2: σ = (√0.29 − 0.5) / 0.1, z = 0.3 − σ·w₀, w₀ = −(z − 0.01) / ((1 + √0.29) / 0.1).
    ftrl.applyGradients([tf.tensor1d([-0.2, 0])]);
    const sigma = (Math.sqrt(0.29) - 0.5) / 0.1;
    const z = 0.3 - sigma * (-0.49 / 15);
    expect((await w.data())[0]).toBeCloseTo(-(z - 0.01) / ((1 + Math.sqrt(0.29)) / 0.1), 6);
    const slots = await ftrl.getWeights();
    expect(slots.map((s) => s.name)).toEqual(['ftrl/0/z', 'ftrl/0/n']);
    expect((await slots[1]!.tensor.data())[0]).toBeCloseTo(0.29, 6);
    ftrl.dispose();
    w.dispose();
  });
});
