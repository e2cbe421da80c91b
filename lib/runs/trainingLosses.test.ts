import { describe, expect, it } from 'vitest';
import { decodeTrainingLosses, detectionScore, encodeTrainingLosses, highestLosses } from './trainingLosses';

describe('training losses', () => {
  it('round-trips through bytes', () => {
    const value = {
      epoch: 3,
      classes: ['a', 'b'],
      rows: Int32Array.from([4, 9, 11]),
      losses: Float32Array.from([0.5, 2.25, 0.125]),
      predictions: Int32Array.from([0, 1, 1]),
    };
    expect(decodeTrainingLosses(encodeTrainingLosses(value))).toEqual(value);
    const full = { ...value, labels: Int32Array.from([1, 1, 0]), margins: Float32Array.from([0.5, -0.25, 0.75]) };
    expect(decodeTrainingLosses(encodeTrainingLosses(full))).toEqual(full);
  });

  it('ranks the highest losses and scores them against the injected errors', () => {
    const rows = Int32Array.from([10, 11, 12, 13, 14]);
    const losses = Float32Array.from([0.1, 3, 0.2, 2, 1]);
    expect(highestLosses(losses, 2)).toEqual([1, 3]);
    // Rows 11 and 14 were corrupted: the two highest losses are rows 11 and 13, so one of two is found.
    expect(detectionScore(rows, losses, new Set([11, 14]))).toBe(0.5);
  });
});
