import { describe, expect, it } from 'vitest';
import { splitScores } from './scores';

describe('split scores', () => {
  it('scores a decider that leaves items undecided: undecided is wrong for accuracy and recall, absent from precision, and no loss without one', () => {
    // Truth 0 0 1 1 2; decisions 0 – 1 0 – (two undecided).
    const rows = [0, 1, 2, 3, 4];
    const scores = splitScores(
      { predictions: Int32Array.from([0, -1, 1, 0, -1]), losses: null },
      rows,
      Int32Array.from([0, 0, 1, 1, 2]),
      3,
      true,
    );
    expect(Object.keys(scores).sort()).toEqual([
      'accuracy',
      'coverage',
      'decided_accuracy',
      'decided_macro_f1',
      'macro_f1',
      'precision',
      'recall',
    ]);
    expect(scores.coverage).toBeCloseTo(3 / 5, 10);
    expect(scores.accuracy).toBeCloseTo(2 / 5, 10);
    expect(scores.decided_accuracy).toBeCloseTo(2 / 3, 10);
    // F1 per class over all items: class 0 (tp 1, fp 1, fn 1) 1/2, class 1 (tp 1, fn 1) 2/3, class 2 (fn 1) 0.
    expect(scores.macro_f1).toBeCloseTo((1 / 2 + 2 / 3 + 0) / 3, 10);
    // Precision over the classes decided (0: 1 of 2, 1: 1 of 1); recall over the classes present (1/2, 1/2, 0).
    expect(scores.precision).toBeCloseTo(3 / 4, 10);
    expect(scores.recall).toBeCloseTo(1 / 3, 10);
    // Over the three decided items only: class 0 (tp 1, fp 1) and class 1 (tp 1, fn 1) both 2/3.
    expect(scores.decided_macro_f1).toBeCloseTo(2 / 3, 10);
  });

  it('keeps the scores of a decider that decides everything as they were', () => {
    const scores = splitScores(
      { predictions: Int32Array.from([0, 1]), losses: Float32Array.from([0.5, 1.5]) },
      [0, 1],
      Int32Array.from([0, 0]),
      2,
    );
    expect(scores).toEqual({ loss: 1, accuracy: 0.5 });
  });
});
