/**
 * How far a score measured on n test items can be trusted: 95% intervals, and whether a "best" among runs is one at
 * all. Shares (accuracy, coverage) get Wilson's score interval, exact enough from n = 1 and never outside [0, 1];
 * scores with no closed form (macro-F1, AUC, entity F1) a percentile bootstrap over the test items, seeded, so the
 * same predictions always give the same interval.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { seededRandom } from '../random';

export interface Interval {
  low: number;
  high: number;
}

const Z95 = 1.959963984540054;

/** Wilson's score interval for `successes` of `n`. */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The 2.5th and 97.5th percentiles of `statistic` over `resamples` resamples (with replacement) of n items; the
 * statistic gets each resample as the items' indices. Non-finite values (a resample with one class, for AUC) are left out.
 */
export function bootstrapInterval(
  n: number,
  statistic: (indices: Int32Array) => number,
  options: { resamples?: number; seed?: number } = {},
): Interval | null {
  if (n <= 0) return null;
  const random = seededRandom(options.seed ?? 1);
  const values: number[] = [];
  const indices = new Int32Array(n);
  for (let r = 0; r < (options.resamples ?? 1000); r++) {
    for (let i = 0; i < n; i++) indices[i] = random.int(0, n - 1);
    const value = statistic(indices);
    if (Number.isFinite(value)) values.push(value);
  }
  if (values.length < 20) return null;
  values.sort((a, b) => a - b);
  const at = (q: number) => values[Math.min(values.length - 1, Math.max(0, Math.round(q * (values.length - 1))))]!;
  return { low: at(0.025), high: at(0.975) };
}

/**
 * A percentile bootstrap of a score at its bound (every resample of a perfect macro-F1 is perfect) is zero wide, as
 * if n items proved the score exact. Such an interval becomes Wilson's for n of n right (or none): what n items can
 * vouch for. A share is bounded by it exactly; for macro-F1 or AUC it is the same order of caution.
 */
export function widenAtBounds(interval: Interval | null, n: number): Interval | null {
  if (!interval || interval.high > interval.low) return interval;
  if (interval.low >= 1) return wilsonInterval(n, n);
  if (interval.high <= 0) return wilsonInterval(0, n);
  return interval;
}

export interface MeanInterval extends Interval {
  mean: number;
  n: number;
}

/**
 * The mean of one score over n seeds with Student's t interval (mean ± t₀.₉₇₅,ₙ₋₁ · s/√n): how far the mean of
 * another n seeds could fall. Wide at n = 3 (t = 4.30), as it should be; null below two values.
 */
export function seedInterval(values: readonly number[]): MeanInterval | null {
  const n = values.length;
  if (n < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { mean, low: mean - half, high: mean + half, n };
}

export interface Contender extends Interval {
  id: string;
  value: number;
}

/**
 * The contender with the best value, if its interval overlaps no other's; null when the data cannot tell the best
 * from the rest ("no clear winner"), or with fewer than two contenders.
 */
export function clearWinner(contenders: readonly Contender[], higherIsBetter: boolean): string | null {
  if (contenders.length < 2) return null;
  const best = contenders.reduce((a, b) => ((higherIsBetter ? b.value > a.value : b.value < a.value) ? b : a));
  const overlaps = contenders.some((c) => c !== best && c.low <= best.high && best.low <= c.high);
  return overlaps ? null : best.id;
}
