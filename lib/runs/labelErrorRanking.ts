/**
 * Which training labels are likeliest wrong, from each example's records over the epochs (trainingLosses.ts). A model
 * that memorizes ends up fitting its wrong labels, so the loss at the last epoch points at them worst exactly when
 * it matters (Tänzer et al., 2022). Three rankings, higher scores more suspect:
 *  - early_loss: the mean loss over the epochs up to the start of the memorization phase (all epochs if none);
 *  - aum: the area under the margin (Pleiss et al., 2020), the mean over epochs of the given label's probability minus
 *    the highest other's, negated (probabilities stand in for the paper's logits: trainers report probabilities);
 *  - last_loss: the loss at the latest epoch.
 * An example whose given label the model predicted at every epoch is never a suspect.
 */
import { detectionScore, highestLosses, type TrainingLosses } from './trainingLosses';

export const labelErrorRankings = ['early_loss', 'aum', 'last_loss'] as const;
export type LabelErrorRankingName = (typeof labelErrorRankings)[number];

export interface LabelErrorRanking {
  /** The latest record, whose row order the arrays below follow. */
  latest: TrainingLosses;
  /** Per example, higher is more suspect; null for a ranking the records cannot give (no probabilities, no AUM). */
  scores: Record<LabelErrorRankingName, Float32Array | null>;
  /** 1 where the model predicted the given label at every epoch it was recorded. */
  alwaysAgreed: Uint8Array;
  /** The epochs early_loss averages: the first recorded through the memorization phase's start. */
  earlyEpochs: { from: number; through: number };
  /** Each ranking's F1 at finding the injected label errors (its top k, k their number); null without injected noise. */
  detectionF1: Record<LabelErrorRankingName, number | null>;
  /** The ranking with the best detection F1 where labels were injected, else early_loss. */
  preferred: LabelErrorRankingName;
}

export function rankLabelErrors(
  records: readonly TrainingLosses[],
  options: { memorizationStart?: number | null; injected?: ReadonlySet<number> } = {},
): LabelErrorRanking | null {
  const sorted = [...records].sort((a, b) => a.epoch - b.epoch);
  const latest = sorted[sorted.length - 1];
  if (!latest) return null;
  const n = latest.rows.length;
  const from = sorted[0]!.epoch;
  const through = Math.max(from, options.memorizationStart ?? latest.epoch);
  const position = new Map(Array.from(latest.rows, (row, i) => [row, i]));
  const early = { sum: new Float64Array(n), count: new Int32Array(n) };
  const margin = { sum: new Float64Array(n), count: new Int32Array(n) };
  const seen = new Int32Array(n);
  const agreed = new Int32Array(n);
  for (const record of sorted) {
    record.rows.forEach((row, i) => {
      const j = record === latest ? i : position.get(row);
      if (j === undefined) return;
      seen[j]!++;
      const loss = record.losses[i]!;
      if (record.epoch <= through && Number.isFinite(loss)) ((early.sum[j]! += loss), early.count[j]!++);
      const m = record.margins?.[i];
      if (m !== undefined && Number.isFinite(m)) ((margin.sum[j]! += m), margin.count[j]!++);
      if (record.labels && record.predictions[i] === record.labels[i]) agreed[j]!++;
    });
  }
  const unknown = Number.NEGATIVE_INFINITY; // ranks last
  const labelled = sorted.every((r) => r.labels);
  const scores: LabelErrorRanking['scores'] = {
    early_loss: Float32Array.from(early.sum, (sum, j) => (early.count[j] ? sum / early.count[j]! : unknown)),
    aum: margin.count.some((c) => c > 0)
      ? Float32Array.from(margin.sum, (sum, j) => (margin.count[j] ? -sum / margin.count[j]! : unknown))
      : null,
    last_loss: Float32Array.from(latest.losses, (l) => (Number.isFinite(l) ? l : unknown)),
  };
  const detectionF1 = Object.fromEntries(
    labelErrorRankings.map((name) => [
      name,
      options.injected?.size && scores[name] ? detectionScore(latest.rows, scores[name], options.injected) : null,
    ]),
  ) as LabelErrorRanking['detectionF1'];
  // Ties keep the list's order: early_loss, the statistic that reads the epochs before memorization, first.
  const preferred = labelErrorRankings.reduce(
    (best, name) => ((detectionF1[name] ?? -1) > (detectionF1[best] ?? -1) ? name : best),
    labelErrorRankings[0],
  );
  return {
    latest,
    scores,
    alwaysAgreed: Uint8Array.from(seen, (count, j) => (labelled && count > 0 && agreed[j] === count ? 1 : 0)),
    earlyEpochs: { from, through: Math.min(through, latest.epoch) },
    detectionF1,
    preferred,
  };
}

/** Positions (into the latest record) from most to least suspect by `name`; examples the model always agreed with come last. */
export function suspectOrder(
  ranking: LabelErrorRanking,
  name: LabelErrorRankingName,
  first = Number.POSITIVE_INFINITY,
): { suspects: number[]; agreed: number[] } {
  const scores = ranking.scores[name] ?? ranking.scores.early_loss!;
  const all = highestLosses(scores, scores.length);
  const suspects = all.filter((i) => !ranking.alwaysAgreed[i]);
  return { suspects: suspects.slice(0, first), agreed: all.filter((i) => ranking.alwaysAgreed[i]) };
}
