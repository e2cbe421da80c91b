import { describe, expect, it } from 'vitest';
import type { Interval } from '../runs/intervals';
import { summarizeConfigurations, type SummarizedRun } from './seedSummary';

interface TestRun extends SummarizedRun {
  intervals: Record<string, Interval>;
}
const run = (id: string, mode: string, auc: number | undefined, status = 'succeeded', intervals = {}): TestRun => ({
  id,
  status,
  config: { mode },
  summary: auc === undefined ? {} : { 'test/auc': auc, 'test/loss': 1 - auc },
  intervals,
});
const summarize = (runs: TestRun[], varied: string[], keys: string[]) => summarizeConfigurations(runs, varied, keys, (r) => r.intervals);

describe('configurations over seeds', () => {
  it('averages seeds with their t interval and marks a best only where intervals are apart', () => {
    const runs = [
      run('w1', 'wide', 0.6),
      run('w2', 'wide', 0.62),
      run('w3', 'wide', 0.61),
      run('d1', 'deep', 0.7),
      run('d2', 'deep', 0.74),
      run('d3', 'deep', 0.72),
    ];
    const [wide, deep] = summarize(runs, ['mode', 'seed'], ['test/auc']);
    expect(wide!.label).toBe('wide');
    expect(wide!.runs.map((r) => r.id)).toEqual(['w1', 'w2', 'w3']);
    // deep: mean 0.72, s = 0.02, half-width t(0.975, 2) · 0.02/√3 = 0.049683.
    const score = deep!.scores[0]!;
    expect(score.mean).toBeCloseTo(0.72, 12);
    expect(score.low).toBeCloseTo(0.670317, 5);
    expect(score.n).toBe(3);
    // wide's interval 0.61 ± 0.0248 ends below deep's 0.670: deep is best.
    expect(score.best).toBe(true);
    expect(wide!.scores[0]!.best).toBe(false);
  });

  it('withholds "best" when intervals overlap, when a configuration has no finished seed, and lower wins for losses', () => {
    const spread = [run('w1', 'wide', 0.5), run('w2', 'wide', 0.7), run('d1', 'deep', 0.65), run('d2', 'deep', 0.75)];
    const spreadScores = summarize(spread, ['mode'], ['test/auc', 'test/loss']).flatMap((c) => c.scores);
    expect(spreadScores.some((s) => s.best)).toBe(false);
    // A share's interval stays within [0, 1]; a loss's does not have to: wide's is 0.4 ± 12.706 · 0.1.
    expect(spreadScores[0]).toMatchObject({ low: 0, high: 1 });
    expect(spreadScores[1]!.low).toBeCloseTo(0.4 - 1.27062, 4);
    const unfinished = [
      run('w1', 'wide', 0.6),
      run('w2', 'wide', 0.61),
      run('d1', 'deep', 0.9, 'running'),
      run('d2', 'deep', undefined, 'failed'),
    ];
    const [wide, deep] = summarize(unfinished, ['mode'], ['test/auc']);
    expect(deep!.scores).toEqual([]);
    expect(wide!.scores[0]!.best).toBe(false);
    const apart = [run('w1', 'wide', 0.6), run('w2', 'wide', 0.61), run('d1', 'deep', 0.8), run('d2', 'deep', 0.81)];
    const losses = summarize(apart, ['mode'], ['test/loss']);
    expect(losses.find((c) => c.label === 'deep')!.scores[0]!.best).toBe(true);
  });

  it("takes a lone seed's own test interval, and none where the run has none", () => {
    const lone = [
      run('w', 'wide', 0.6, 'succeeded', { 'test/auc': { low: 0.5, high: 0.7 } }),
      run('d', 'deep', 0.9, 'succeeded', { 'test/auc': { low: 0.85, high: 0.95 } }),
    ];
    const [wide, deep] = summarize(lone, ['mode'], ['test/auc', 'test/loss']);
    expect(wide!.scores[0]).toMatchObject({ mean: 0.6, low: 0.5, high: 0.7, n: 1, best: false });
    expect(deep!.scores[0]!.best).toBe(true);
    expect(deep!.scores[1]).toMatchObject({ key: 'test/loss', low: null, high: null, best: false });
  });
});
