import { configValue } from './configDiff';

export interface RunSeries {
  runId: string;
  points: { x: number; value: number }[];
}

export interface Aggregate {
  x: number[];
  mean: number[];
  /** Mean ± one standard deviation (population), or min–max, per x. */
  low: number[];
  high: number[];
  /** How many runs had a point at each x. */
  count: number[];
}

/** Runs grouped by the value of one config field (dotted path), groups ordered by that value. */
export function groupByConfig<R extends { config: unknown }>(
  runs: readonly R[],
  path: string,
): { value: unknown; label: string; runs: R[] }[] {
  const groups = new Map<string, { value: unknown; label: string; runs: R[] }>();
  for (const run of runs) {
    const value = configValue(run.config, path);
    const label = value === undefined ? '(unset)' : typeof value === 'string' ? value : JSON.stringify(value);
    if (!groups.has(label)) groups.set(label, { value, label, runs: [] });
    groups.get(label)!.runs.push(run);
  }
  return [...groups.values()].sort((a, b) =>
    typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : a.label.localeCompare(b.label),
  );
}

/**
 * One curve per group: on a common grid of x (every x the runs have, or `gridPoints` evenly spaced when there are
 * more), each run's value interpolated between its own points, then the mean and a band of mean ± std or min–max.
 * Downsampled runs keep different steps, so their points rarely meet at the same x. A run counts only within its own
 * range: past its last point it has no value.
 */
export function aggregateSeries(series: readonly RunSeries[], band: 'std' | 'minmax' = 'std', gridPoints = 500): Aggregate {
  const lines = series
    .map((s) => s.points.filter((p) => Number.isFinite(p.value)).sort((a, b) => a.x - b.x))
    .filter((points) => points.length);
  const all = [...new Set(lines.flatMap((points) => points.map((p) => p.x)))].sort((a, b) => a - b);
  const x =
    all.length <= gridPoints
      ? all
      : Array.from({ length: gridPoints }, (_, i) => all[0]! + ((all.at(-1)! - all[0]!) * i) / (gridPoints - 1));
  const result: Aggregate = { x: [], mean: [], low: [], high: [], count: [] };
  for (const at of x) {
    const values = lines.map((points) => valueAt(points, at)).filter((v): v is number => v !== null);
    if (!values.length) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    result.x.push(at);
    result.mean.push(mean);
    result.low.push(band === 'std' ? mean - std : Math.min(...values));
    result.high.push(band === 'std' ? mean + std : Math.max(...values));
    result.count.push(values.length);
  }
  return result;
}

/** A line's value at x, linear between its neighbouring points; null outside its range. */
export function valueAt(points: readonly { x: number; value: number }[], x: number): number | null {
  if (!points.length || x < points[0]!.x || x > points.at(-1)!.x) return null;
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.x <= x) lo = mid;
    else hi = mid;
  }
  const a = points[lo]!;
  const b = points[hi]!;
  return b.x === a.x ? (x === b.x ? b.value : a.value) : a.value + ((b.value - a.value) * (x - a.x)) / (b.x - a.x);
}
