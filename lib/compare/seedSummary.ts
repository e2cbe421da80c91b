/**
 * A group's runs read as configurations: runs that differ only in their seed are one configuration, scored by the
 * mean over its finished seeds with a t interval (one finished seed: that run's own test interval). A configuration
 * is marked best on a score only where its interval overlaps no other configuration's.
 */
import { configValue } from './configDiff';
import { clearWinner, seedInterval, type Interval } from '../runs/intervals';

/** The built-in kinds' headline test scores, in the order a group shows them. */
export const GROUP_SCORES = [
  'test/auc',
  'test/f1',
  'test/accuracy',
  'test/macro_f1',
  'test/coverage',
  'test/loss',
  'test/calibration_error',
];

export const lowerIsBetter = (key: string) => key.endsWith('loss') || key.endsWith('error');
/** Headline scores that are shares: an interval over seeds is clipped to [0, 1], where they can be. */
const isShare = (key: string) => GROUP_SCORES.includes(key) && key !== 'test/loss';

/** An outside sweep's own held-out scores: up to four keys its runs logged, test before eval before validation. */
export function loggedScores(summaries: readonly Record<string, unknown>[]): string[] {
  const rank = (key: string) => ['test', 'eval', 'val'].findIndex((prefix) => key.toLowerCase().startsWith(prefix));
  return [...new Set(summaries.flatMap((s) => Object.keys(s)))]
    .filter((key) => rank(key) >= 0)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .slice(0, 4);
}

export interface SummarizedRun {
  id: string;
  /** As stored: only `succeeded` runs are scored. */
  status: string;
  config: unknown;
  summary: Readonly<Record<string, unknown>>;
}

/** A run's own test intervals by key (resampling its test split). */
export type IntervalsOf<R> = (run: R) => Readonly<Record<string, Interval>> | undefined;

export interface ConfigurationScore {
  key: string;
  mean: number;
  /** Null for one finished seed whose run has no interval for the score (a loss, an outside run's score). */
  low: number | null;
  high: number | null;
  /** Finished seeds the mean is over. */
  n: number;
  best: boolean;
}

export interface Configuration<R extends SummarizedRun = SummarizedRun> {
  /** The varied fields' values, e.g. "wide_deep" or "0.1 · relu". */
  label: string;
  runs: R[];
  scores: ConfigurationScore[];
}

const shown = (value: unknown) => (value === undefined ? '(unset)' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The group's configurations in launch order, by the values of `varied` (config paths; `seed` is what repeats a
 * configuration, so it is never one of them), scored on `keys`.
 */
export function summarizeConfigurations<R extends SummarizedRun>(
  runs: readonly R[],
  varied: readonly string[],
  keys: readonly string[],
  intervalsOf: IntervalsOf<R>,
): Configuration<R>[] {
  const fields = varied.filter((field) => field !== 'seed');
  const byLabel = new Map<string, R[]>();
  for (const run of runs) {
    const label = fields.map((field) => shown(configValue(run.config, field))).join(' · ') || 'all';
    byLabel.set(label, [...(byLabel.get(label) ?? []), run]);
  }
  const configurations = [...byLabel].map(([label, members]) => {
    const finished = members.filter((r) => r.status === 'succeeded');
    const scores = keys.flatMap((key): ConfigurationScore[] => {
      const values = finished.map((r) => r.summary[key]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      if (!values.length) return [];
      const interval = values.length > 1 ? seedInterval(values) : null;
      const own = values.length === 1 ? intervalsOf(finished.find((r) => r.summary[key] === values[0])!)?.[key] : undefined;
      const mean = interval?.mean ?? values[0]!;
      const low = interval ? (isShare(key) ? Math.max(0, interval.low) : interval.low) : (own?.low ?? null);
      const high = interval ? (isShare(key) ? Math.min(1, interval.high) : interval.high) : (own?.high ?? null);
      return [{ key, mean, low, high, n: values.length, best: false }];
    });
    return { label, runs: members, scores };
  });
  for (const key of keys) {
    const contenders = configurations.flatMap((c) => {
      const score = c.scores.find((s) => s.key === key);
      return score && score.low !== null && score.high !== null
        ? [{ id: c.label, value: score.mean, low: score.low, high: score.high }]
        : [];
    });
    // Every configuration must be in the race: a best among those that happen to have finished is no best.
    const winner = contenders.length === configurations.length ? clearWinner(contenders, !lowerIsBetter(key)) : null;
    for (const c of configurations) {
      const score = c.scores.find((s) => s.key === key);
      if (score) score.best = c.label === winner;
    }
  }
  return configurations;
}
