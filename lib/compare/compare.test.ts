import { describe, expect, it } from 'vitest';
import { configDiff, flattenConfig } from './configDiff';
import { aggregateSeries, groupByConfig } from './grouping';
import { joinOnGrid } from './pixelGrid';
import { smoothEma } from './smoothing';
import { expandGrid, parseAxisValues, sweepSize, withConfigValue } from './sweepGrid';

describe('smoothEma', () => {
  it('is debiased: a constant curve stays constant from its first point', () => {
    expect(smoothEma([2, 2, 2, 2], 0.9).map((v) => +v.toFixed(12))).toEqual([2, 2, 2, 2]);
  });
  it('matches the debiased average by hand', () => {
    // weight 0.5: averages 0.5, 1.25 (0.5·0.5 + 0.5·2); debiased by 1 − 0.5ⁿ: 1, 1.6667
    const [a, b] = smoothEma([1, 2], 0.5);
    expect(a).toBeCloseTo(1);
    expect(b).toBeCloseTo(1.25 / 0.75);
  });
  it('leaves values alone at weight 0 and lets a missing value pass', () => {
    expect(smoothEma([1, 5, 3], 0)).toEqual([1, 5, 3]);
    const smoothed = smoothEma([1, Number.NaN, 1], 0.6);
    expect(smoothed[1]).toBeNaN();
    expect(smoothed[2]).toBeCloseTo(1);
  });
});

describe('configDiff', () => {
  it('flattens nested configs to dotted paths', () => {
    expect(flattenConfig({ epochs: 5, noise: { rate: 0.1, scheme: 'flip' } })).toEqual({
      epochs: 5,
      'noise.rate': 0.1,
      'noise.scheme': 'flip',
    });
  });
  it('keeps only what differs, with each run’s value', () => {
    const diff = configDiff([
      { epochs: 5, noise: { rate: 0 }, hidden: [64, 32] },
      { epochs: 5, noise: { rate: 0.2 }, hidden: [64, 32] },
      { epochs: 5, hidden: [64, 16] },
    ]);
    expect(diff).toEqual([
      {
        path: 'hidden',
        values: [
          [64, 32],
          [64, 32],
          [64, 16],
        ],
      },
      { path: 'noise.rate', values: [0, 0.2, undefined] },
    ]);
  });
});

describe('grouping', () => {
  it('groups runs by a config field, ordered by its value', () => {
    const runs = [
      { id: 'a', config: { noise: { rate: 0.2 } } },
      { id: 'b', config: { noise: { rate: 0 } } },
      { id: 'c', config: { noise: { rate: 0.2 } } },
      { id: 'd', config: {} },
    ];
    const groups = groupByConfig(runs, 'noise.rate');
    expect(groups.map((g) => [g.label, g.runs.map((r) => r.id)])).toEqual([
      ['(unset)', ['d']],
      ['0', ['b']],
      ['0.2', ['a', 'c']],
    ]);
  });
  it('aggregates seeds into mean ± std and min–max per x', () => {
    const series = [
      {
        runId: 'a',
        points: [
          { x: 1, value: 1 },
          { x: 2, value: 4 },
        ],
      },
      {
        runId: 'b',
        points: [
          { x: 1, value: 3 },
          { x: 2, value: 4 },
          { x: 3, value: 9 },
        ],
      },
    ];
    expect(aggregateSeries(series)).toEqual({ x: [1, 2, 3], mean: [2, 4, 9], low: [1, 4, 9], high: [3, 4, 9], count: [2, 2, 1] });
    expect(aggregateSeries(series, 'minmax').low).toEqual([1, 4, 9]);
  });
  it('interpolates runs whose points fall at different x before averaging them', () => {
    const series = [
      {
        runId: 'a',
        points: [
          { x: 0, value: 0 },
          { x: 10, value: 10 },
        ],
      },
      {
        runId: 'b',
        points: [
          { x: 5, value: 0 },
          { x: 15, value: 10 },
        ],
      },
    ];
    const aggregate = aggregateSeries(series);
    expect(aggregate.x).toEqual([0, 5, 10, 15]);
    expect(aggregate.mean).toEqual([0, 2.5, 7.5, 10]);
    expect(aggregate.count).toEqual([1, 2, 2, 1]);
    expect(aggregateSeries(series, 'std', 3).x).toEqual([0, 7.5, 15]);
  });
});

describe('sweep grids', () => {
  it('expands every combination, first axis slowest', () => {
    const axes = [
      { field: 'noise.rate', values: [0, 0.1] },
      { field: 'seed', values: [1, 2, 3] },
    ];
    expect(sweepSize(axes)).toBe(6);
    expect(expandGrid(axes)).toEqual([
      { 'noise.rate': 0, seed: 1 },
      { 'noise.rate': 0, seed: 2 },
      { 'noise.rate': 0, seed: 3 },
      { 'noise.rate': 0.1, seed: 1 },
      { 'noise.rate': 0.1, seed: 2 },
      { 'noise.rate': 0.1, seed: 3 },
    ]);
  });
  it('sets a dotted path without touching the base config', () => {
    const base = { epochs: 3, noise: { rate: 0, scheme: 'flip' } };
    expect(withConfigValue(base, 'noise.rate', 0.3)).toEqual({ epochs: 3, noise: { rate: 0.3, scheme: 'flip' } });
    expect(base.noise.rate).toBe(0);
  });
  it('reads typed values from text', () => {
    expect(parseAxisValues('0, 0.1 ,wide, true,')).toEqual([0, 0.1, 'wide', true]);
  });
});

describe('joinOnGrid', () => {
  const line = (x: number[], y: number[]) => ({ x, columns: [y] });

  it('keeps the steps of runs logged at the same steps exactly', () => {
    const joined = joinOnGrid([line([0, 1, 2], [5, 6, 7]), line([0, 2], [1, 3])], [0, 2], 100);
    expect(joined.x).toEqual([0, 1, 2]);
    expect(joined.columns).toEqual([
      [5, 6, 7],
      [1, null, 3],
    ]);
  });

  it('puts nearby x of different runs on one row, at most half a slot away', () => {
    const joined = joinOnGrid([line([0, 10.01, 100], [1, 2, 3]), line([0, 9.99, 100], [4, 5, 6])], [0, 100], 100);
    expect(joined.x).toEqual([0, 10, 100]);
    expect(joined.columns).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('keeps as many rows as slots however many runs disagree, and a spike within one slot', () => {
    const runs = Array.from({ length: 50 }, (_, r) => {
      const x = Array.from({ length: 300 }, (_, i) => i * 33 + ((r * 7 + i) % 30));
      return line(
        x,
        x.map((_, i) => (r === 3 && i === 151 ? 100 : 1)),
      );
    });
    const joined = joinOnGrid(runs, [0, 9900], 1000);
    expect(joined.x.length).toBeLessThanOrEqual(1001);
    expect(joined.x).toEqual([...joined.x].sort((a, b) => a - b));
    expect(Math.max(...joined.columns[3]!.map((v) => v ?? 0))).toBe(100);
    // Points 1 step apart land in one slot of 9.9 steps: the one that strays furthest stays.
    const spike = joinOnGrid([line([0, 50, 51, 52, 100], [1, 1, 9, 1, 1])], [0, 100], 10);
    expect(spike.columns[0]).toContain(9);
  });
});
