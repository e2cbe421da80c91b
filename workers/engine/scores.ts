import { calibrationError, macroF1, macroPrecisionRecall, rocAuc } from '../../lib/runs/metrics';
import type { Predictions } from '../trainers/trainer';

/**
 * A split's scores from a trainer's predictions against `labels`: log loss where the trainer has one, accuracy
 * always; macro-F1 with more than two classes; with two classes and probabilities, ROC AUC and calibration error of
 * the second class. A trainer that abstains adds coverage, macro precision and recall, and accuracy and macro-F1
 * over the items it decided; everywhere else an undecided item counts as wrong.
 */
export function splitScores(
  predicted: Predictions,
  rows: readonly number[],
  labels: Int32Array,
  classes: number,
  abstains = false,
): Record<string, number> {
  const truth = Int32Array.from(rows, (row) => labels[row]!);
  const n = Math.max(1, rows.length);
  const scores: Record<string, number> = {
    ...(predicted.losses && { loss: predicted.losses.reduce((a, b) => a + b, 0) / n }),
    accuracy: truth.reduce((right, label, i) => right + (predicted.predictions[i] === label ? 1 : 0), 0) / n,
  };
  if (classes > 2 || abstains) scores.macro_f1 = macroF1(predicted.predictions, truth, classes);
  if (abstains) {
    const decided = [...predicted.predictions.keys()].filter((i) => predicted.predictions[i]! >= 0);
    scores.coverage = decided.length / n;
    Object.assign(scores, macroPrecisionRecall(predicted.predictions, truth, classes));
    if (decided.length) {
      const decidedPredictions = Int32Array.from(decided, (i) => predicted.predictions[i]!);
      const decidedTruth = Int32Array.from(decided, (i) => truth[i]!);
      scores.decided_accuracy = decided.filter((i) => predicted.predictions[i] === truth[i]).length / decided.length;
      scores.decided_macro_f1 = macroF1(decidedPredictions, decidedTruth, classes);
    }
  }
  if (classes === 2 && predicted.probabilities) {
    const positive = Float32Array.from(rows, (_, i) => predicted.probabilities![2 * i + 1]!);
    const isPositive = Array.from(truth, (label) => label === 1);
    const auc = rocAuc(positive, isPositive);
    if (Number.isFinite(auc)) scores.auc = auc;
    scores.calibration_error = calibrationError(positive, isPositive);
  }
  return scores;
}

export const prefixed = (prefix: string, scores: Record<string, number>) =>
  Object.fromEntries(Object.entries(scores).map(([key, value]) => [`${prefix}/${key}`, value]));
