import { describe, expect, it } from 'vitest';
import { calibrationError, logLoss, macroF1, rocAuc } from './metrics';

describe('run metrics', () => {
  it('computes ROC AUC by ranks, ties counting half', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBe(0.75);
    expect(rocAuc([0.5, 0.5], [false, true])).toBe(0.5);
    expect(rocAuc([0.2, 0.9], [true, true])).toBeNaN();
  });

  it('computes log loss and calibration error', () => {
    expect(logLoss([0.9, 0.2], [true, false])).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8)) / 2, 10);
    // Bin [0.6, 0.7): predicted 0.65 on average, observed 0.5; bin [0.9, 1): 0.95 vs 1.
    expect(calibrationError([0.6, 0.7 - 1e-9, 0.95], [true, false, true])).toBeCloseTo((Math.abs(1.3 - 1) + Math.abs(0.95 - 1)) / 3, 6);
  });

  it('averages F1 over classes, unweighted', () => {
    // Class 0: tp 1, fn 1 → 2/3; class 1: tp 1, fp 1 → 2/3; class 2 absent.
    expect(macroF1([0, 1, 1], [0, 1, 0], 3)).toBeCloseTo(2 / 3, 10);
  });
});
