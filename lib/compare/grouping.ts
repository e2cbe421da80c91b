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
export function groupByConfig<R extends { config: unknown }>(runs: readonly R[], path: string): { value: unknown; label: string; runs: R[] }[] {
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
 * One curve per group: at each x some run of the group has, the mean of the runs' values there and a band of
 * mean ± std or min–max. Runs of a sweep log the same steps, so their points meet at the same x.
 */
export function aggregateSeries(series: readonly RunSeries[], band: 'std' | 'minmax' = 'std'): Aggregate {
  const byX = new Map<number, number[]>();
  for (const s of series) for (const p of s.points) if (Number.isFinite(p.value)) byX.set(p.x, [...(byX.get(p.x) ?? []), p.value]);
  const x = [...byX.keys()].sort((a, b) => a - b);
  const result: Aggregate = { x, mean: [], low: [], high: [], count: [] };
  for (const at of x) {
    const values = byX.get(at)!;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const std = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
    result.mean.push(mean);
    result.low.push(band === 'std' ? mean - std : Math.min(...values));
    result.high.push(band === 'std' ? mean + std : Math.max(...values));
    result.count.push(values.length);
  }
  return result;
}
