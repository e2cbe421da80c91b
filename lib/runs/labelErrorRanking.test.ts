import { describe, expect, it } from 'vitest';
import { rankLabelErrors, suspectOrder } from './labelErrorRanking';
import type { TrainingLosses } from './trainingLosses';

/**
 * Four examples over three epochs. Row 11's given label is wrong: hard at first, then memorized at epoch 3. Row 12 is
 * a hard clean example; rows 10 and 13 are easy and predicted as labelled at every epoch.
 */
const record = (epoch: number, losses: number[], predictions: number[], margins: number[]): TrainingLosses => ({
  epoch,
  classes: ['a', 'b'],
  rows: Int32Array.from([10, 11, 12, 13]),
  losses: Float32Array.from(losses),
  predictions: Int32Array.from(predictions),
  labels: Int32Array.from([0, 1, 0, 1]),
  margins: Float32Array.from(margins),
});
const records = [
  record(1, [0.1, 2.0, 0.9, 0.3], [0, 0, 1, 1], [0.8, -0.6, -0.2, 0.4]),
  record(2, [0.1, 1.5, 0.8, 0.2], [0, 0, 0, 1], [0.8, -0.4, 0.1, 0.6]),
  record(3, [0.1, 0.1, 0.7, 0.1], [0, 1, 0, 1], [0.8, 0.5, 0.2, 0.8]),
];

describe('label-error ranking over epochs', () => {
  it('scores early loss up to the memorization phase, the area under the margin and the last loss, by hand', () => {
    const ranking = rankLabelErrors(records, { memorizationStart: 2, injected: new Set([11]) })!;
    expect(ranking.earlyEpochs).toEqual({ from: 1, through: 2 });
    expect(Array.from(ranking.scores.early_loss!)).toEqual([0.1, 1.75, 0.85, 0.25].map(Math.fround));
    expect(Array.from(ranking.scores.aum!).map((s) => Number(s.toFixed(4)))).toEqual([-0.8, 0.1667, -0.0333, -0.6]);
    expect(Array.from(ranking.scores.last_loss!)).toEqual([0.1, 0.1, 0.7, 0.1].map(Math.fround));
    // The memorized label error tops both statistics over epochs, and falls behind a hard clean example at the last epoch.
    expect(ranking.detectionF1).toEqual({ early_loss: 1, aum: 1, last_loss: 0 });
    expect(ranking.preferred).toBe('early_loss');
    expect(Array.from(ranking.alwaysAgreed)).toEqual([1, 0, 0, 1]);
    // Rows 10 and 13 are never suspects; listed at all, they come last.
    expect(suspectOrder(ranking, 'early_loss')).toEqual({ suspects: [1, 2], agreed: [3, 0] });
    expect(suspectOrder(ranking, 'last_loss', 1).suspects).toEqual([2]);
  });

  it('averages every epoch without a memorization phase, and cannot say who always agreed without the labels', () => {
    const ranking = rankLabelErrors(records)!;
    expect(ranking.earlyEpochs).toEqual({ from: 1, through: 3 });
    expect(ranking.scores.early_loss![1]).toBeCloseTo(1.2, 6);
    expect(ranking.detectionF1).toEqual({ early_loss: null, aum: null, last_loss: null });
    const unlabelled = rankLabelErrors(records.map(({ labels: _, margins: __, ...r }) => r))!;
    expect(unlabelled.scores.aum).toBeNull();
    expect(Array.from(unlabelled.alwaysAgreed)).toEqual([0, 0, 0, 0]);
    expect(rankLabelErrors([])).toBeNull();
  });
});
