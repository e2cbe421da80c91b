import { describe, expect, it } from 'vitest';
import { labelNoiseConfig } from './config';
import { injectLabelNoise, memorizationMetrics } from './labelNoise';

const labels = Int32Array.from({ length: 1000 }, (_, i) => i % 4);
const trainRows = Array.from({ length: 800 }, (_, i) => i);

describe('label noise', () => {
  it('flips exactly round(rate·n) training labels, each to another class, and the same ones for a seed', () => {
    const config = labelNoiseConfig.parse({ rate: 0.15, scheme: 'flip', seed: 3 });
    const { labels: noisy, noisyRows } = injectLabelNoise(labels, 4, trainRows, config);
    expect(noisyRows).toHaveLength(120);
    expect(noisyRows.every((row) => noisy[row] !== labels[row] && row < 800)).toBe(true);
    expect([...noisy].filter((l, i) => l !== labels[i])).toHaveLength(120);
    expect(injectLabelNoise(labels, 4, trainRows, config).noisyRows).toEqual(noisyRows);
    expect(injectLabelNoise(labels, 4, trainRows, { ...config, seed: 4 }).noisyRows).not.toEqual(noisyRows);
  });

  it('resamples with an effective rate of p·(K−1)/K, not counting a redraw of the same class', () => {
    const many = Int32Array.from({ length: 40_000 }, (_, i) => i % 4);
    const rows = Array.from({ length: 40_000 }, (_, i) => i);
    const { labels: noisy, noisyRows } = injectLabelNoise(
      many,
      4,
      rows,
      labelNoiseConfig.parse({ rate: 0.4, scheme: 'resample', seed: 9 }),
    );
    expect(noisyRows.length / 40_000).toBeCloseTo(0.4 * 0.75, 2);
    expect(noisyRows.every((row) => noisy[row] !== many[row])).toBe(true);
  });

  it('moves labels by a class-conditional matrix', () => {
    const two = Int32Array.from({ length: 10_000 }, (_, i) => i % 2);
    const rows = Array.from({ length: 10_000 }, (_, i) => i);
    const config = labelNoiseConfig.parse({
      scheme: 'matrix',
      seed: 2,
      matrix: [
        [0.7, 0.3],
        [0, 1],
      ],
    });
    const { noisyRows } = injectLabelNoise(two, 2, rows, config);
    expect(noisyRows.every((row) => two[row] === 0)).toBe(true);
    expect(noisyRows.length / 5000).toBeCloseTo(0.3, 1);
    expect(labelNoiseConfig.safeParse({ scheme: 'matrix', matrix: [[0.5, 0.4]] }).success).toBe(false);
  });

  it('counts memorized and recovered noisy examples on a hand-checked case', () => {
    const truth = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const given = Int32Array.from([0, 1, 1, 0, 2, 0]); // rows 1, 3, 5 are noisy
    // Row 1 predicted as its noisy label (memorized), row 3 as its true label (recovered), row 5 as neither.
    const predictions = [0, 1, 0, 1, 2, 1];
    expect(memorizationMetrics(predictions, [0, 1, 2, 3, 4, 5], truth, given)).toEqual({
      cleanTrainScore: 2 / 3, // rows 0 and 4 right, row 2 wrong
      memorizedFraction: 1 / 3,
      recoveredFraction: 1 / 3,
    });
  });
});
