import { calibrationError, macroF1, rocAuc } from '../../lib/runs/metrics';

interface Predicted {
  predictions: Int32Array;
  losses: Float32Array;
  probabilities?: Float32Array;
}

/**
 * A split's scores from a trainer's predictions against `labels`: loss (log loss) and accuracy always; macro-F1 with
 * more than two classes; with two classes and probabilities, ROC AUC and calibration error of the second class.
 */
export function splitScores(predicted: Predicted, rows: readonly number[], labels: Int32Array, classes: number): Record<string, number> {
  const truth = Int32Array.from(rows, (row) => labels[row]!);
  const scores: Record<string, number> = {
    loss: predicted.losses.reduce((a, b) => a + b, 0) / Math.max(1, rows.length),
    accuracy: truth.reduce((n, label, i) => n + (predicted.predictions[i] === label ? 1 : 0), 0) / Math.max(1, rows.length),
  };
  if (classes > 2) scores.macro_f1 = macroF1(predicted.predictions, truth, classes);
  if (classes === 2 && predicted.probabilities) {
    const positive = Float32Array.from(rows, (_, i) => predicted.probabilities![2 * i + 1]!);
    const isPositive = Array.from(truth, (label) => label === 1);
    const auc = rocAuc(positive, isPositive);
    if (Number.isFinite(auc)) scores.auc = auc;
    scores.calibration_error = calibrationError(positive, isPositive);
  }
  return scores;
}

export const prefixed = (prefix: string, scores: Record<string, number>) => Object.fromEntries(Object.entries(scores).map(([key, value]) => [`${prefix}/${key}`, value]));
