/**
 * Label noise for studying memorization (Tänzer et al., 2022, "Memorisation versus Generalisation in Pre-trained
 * Language Models"): corrupt the training split's labels on purpose, remember which ones, and measure each epoch how
 * many of them the model has memorized (predicts the noisy label) or recovered (predicts the true one). Pure:
 * seeded by the run's noise seed, so a resumed run corrupts exactly the same examples.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { LabelNoiseConfig } from './config';

export interface NoisyLabels {
  /** Every row's label as training sees it (class ids); only training rows may differ from the truth. */
  labels: Int32Array;
  /** The corrupted rows, ascending. */
  noisyRows: number[];
}

/** `labels` are class ids 0..classes-1 for every row; `trainRows` are the rows of the training split. */
export function injectLabelNoise(labels: Int32Array, classes: number, trainRows: readonly number[], config: LabelNoiseConfig): NoisyLabels {
  const out = Int32Array.from(labels);
  const noisy: number[] = [];
  if (config.rate === 0 && config.scheme !== 'matrix') return { labels: out, noisyRows: noisy };
  if (classes < 2) return { labels: out, noisyRows: noisy };
  const rng = xoroshiro128plus(config.seed);
  const otherClass = (label: number) => {
    const pick = uniformInt(rng, 0, classes - 2);
    return pick >= label ? pick + 1 : pick;
  };
  switch (config.scheme) {
    case 'flip': {
      // Exactly round(rate·n) rows: a partial Fisher-Yates shuffle picks them.
      const pool = [...trainRows];
      const count = Math.round(config.rate * pool.length);
      for (let i = 0; i < count; i++) {
        const j = uniformInt(rng, i, pool.length - 1);
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
        out[pool[i]!] = otherClass(labels[pool[i]!]!);
        noisy.push(pool[i]!);
      }
      break;
    }
    case 'resample':
      for (const row of trainRows) {
        if (uniformFloat64(rng) >= config.rate) continue;
        const drawn = uniformInt(rng, 0, classes - 1);
        if (drawn === labels[row]) continue; // redrawn as itself: not noise
        out[row] = drawn;
        noisy.push(row);
      }
      break;
    case 'matrix':
      for (const row of trainRows) {
        const weights = config.matrix![labels[row]!] ?? [];
        let x = uniformFloat64(rng);
        let drawn = labels[row]!;
        for (let j = 0; j < weights.length; j++)
          if ((x -= weights[j]!) < 0) {
            drawn = j;
            break;
          }
        if (drawn === labels[row]) continue;
        out[row] = drawn;
        noisy.push(row);
      }
      break;
  }
  return { labels: out, noisyRows: noisy.sort((a, b) => a - b) };
}

export interface MemorizationMetrics {
  /** Accuracy on the training examples whose label was left alone. */
  cleanTrainScore: number;
  /** Share of noisy examples predicted as their noisy label. */
  memorizedFraction: number;
  /** Share of noisy examples predicted as their true label. */
  recoveredFraction: number;
}

/** From predictions on the training rows (`predictions[i]` is for `trainRows[i]`). */
export function memorizationMetrics(
  predictions: ArrayLike<number>,
  trainRows: readonly number[],
  trueLabels: Int32Array,
  noisyLabels: Int32Array,
): MemorizationMetrics {
  let clean = 0;
  let cleanRight = 0;
  let noisy = 0;
  let memorized = 0;
  let recovered = 0;
  trainRows.forEach((row, i) => {
    const predicted = predictions[i];
    if (noisyLabels[row] === trueLabels[row]) {
      clean++;
      if (predicted === trueLabels[row]) cleanRight++;
    } else {
      noisy++;
      if (predicted === noisyLabels[row]) memorized++;
      else if (predicted === trueLabels[row]) recovered++;
    }
  });
  return {
    cleanTrainScore: clean ? cleanRight / clean : 0,
    memorizedFraction: noisy ? memorized / noisy : 0,
    recoveredFraction: noisy ? recovered / noisy : 0,
  };
}
