/**
 * Scores the engine records beside accuracy and loss, from a trainer's predictions: ROC AUC, log loss and expected
 * calibration error for binary labels (from the positive class's probability), macro-F1 for several classes. Pure.
 */

/** ROC AUC as the Mann–Whitney U statistic over ranks, tied scores sharing their mean rank; NaN with one class only. */
export function rocAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const meanRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (positive[order[k]!]) (positives++, (rankSum += meanRank));
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (!positives || !negatives) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean negative log-likelihood of the true class, probabilities clipped away from 0. */
export function logLoss(probability: ArrayLike<number>, positive: ArrayLike<boolean>): number {
  let sum = 0;
  for (let i = 0; i < probability.length; i++) {
    const p = Math.min(1 - 1e-7, Math.max(1e-7, probability[i]!));
    sum -= Math.log(positive[i] ? p : 1 - p);
  }
  return sum / Math.max(1, probability.length);
}

/** Expected calibration error: |mean predicted − observed rate| over equal-width probability bins, weighted by size. */
export function calibrationError(probability: ArrayLike<number>, positive: ArrayLike<boolean>, bins = 10): number {
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  const count = new Float64Array(bins);
  for (let i = 0; i < probability.length; i++) {
    const b = Math.min(bins - 1, Math.floor(probability[i]! * bins));
    predicted[b]! += probability[i]!;
    observed[b]! += positive[i] ? 1 : 0;
    count[b]!++;
  }
  let error = 0;
  for (let b = 0; b < bins; b++) if (count[b]) error += Math.abs(predicted[b]! - observed[b]!);
  return error / Math.max(1, probability.length);
}

/** Each class's F1; null for a class neither predicted nor present. */
export function perClassF1(predictions: ArrayLike<number>, labels: ArrayLike<number>, classes: number): (number | null)[] {
  const tp = new Float64Array(classes);
  const fp = new Float64Array(classes);
  const fn = new Float64Array(classes);
  for (let i = 0; i < predictions.length; i++) {
    if (predictions[i] === labels[i]) tp[labels[i]!]!++;
    else {
      // An undecided item (-1) is missed by its class's recall, and counts against no class's precision.
      if (predictions[i]! >= 0) fp[predictions[i]!]!++;
      fn[labels[i]!]!++;
    }
  }
  return Array.from({ length: classes }, (_, c) => (tp[c]! + fp[c]! + fn[c]! ? (2 * tp[c]!) / (2 * tp[c]! + fp[c]! + fn[c]!) : null));
}

/**
 * Macro precision (over the classes predicted at least once) and macro recall (over the classes present), where a
 * prediction of -1 leaves the item undecided: it lowers recall and never precision.
 */
export function macroPrecisionRecall(
  predictions: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
): { precision: number; recall: number } {
  const tp = new Float64Array(classes);
  const predicted = new Float64Array(classes);
  const present = new Float64Array(classes);
  for (let i = 0; i < predictions.length; i++) {
    present[labels[i]!]!++;
    if (predictions[i]! < 0) continue;
    predicted[predictions[i]!]!++;
    if (predictions[i] === labels[i]) tp[labels[i]!]!++;
  }
  const mean = (of: Float64Array) => {
    const classesCounted = [...of.keys()].filter((c) => of[c]! > 0);
    return classesCounted.reduce((sum, c) => sum + tp[c]! / of[c]!, 0) / Math.max(1, classesCounted.length);
  };
  return { precision: mean(predicted), recall: mean(present) };
}

/** The unweighted mean of each class's F1; a class neither predicted nor present is left out. */
export function macroF1(predictions: ArrayLike<number>, labels: ArrayLike<number>, classes: number): number {
  const scores = perClassF1(predictions, labels, classes).filter((f): f is number => f !== null);
  return scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
}
