import { graphql } from '@/app/gql';
import { configDiff } from '@/lib/compare/configDiff';
import { aggregateSeries, groupByConfig, valueAt } from '@/lib/compare/grouping';
import type { CompareSettings, XAxis } from '@/lib/compare/settings';
import { smoothEma } from '@/lib/compare/smoothing';
import type { ChartBand, ChartLine } from './CompareChart';

export interface ComparePoint {
  step: number;
  epoch: number;
  value: number;
  wallTime: number;
}

export interface CompareSeries {
  runId: string;
  key: string;
  points: ComparePoint[];
}

graphql(`
  fragment SeriesColumns on MetricSeries {
    runId
    key
    steps
    epochs
    values
    wallTimes
  }
`);

/** Curves as the API sends them, in columns. */
export interface SeriesColumns {
  runId: string;
  key: string;
  steps: number[];
  epochs: number[];
  values: number[];
  /** Asked for only when the x-axis is time. */
  wallTimes?: (number | null)[] | null;
}

export const fromColumns = (s: SeriesColumns): CompareSeries => ({
  runId: s.runId,
  key: s.key,
  // NaN, not 0, when wall times were not asked for: an export then leaves them blank rather than dating them 1970.
  points: s.steps.map((step, i) => ({ step, epoch: s.epochs[i]!, value: s.values[i]!, wallTime: s.wallTimes?.[i] ?? Number.NaN })),
});

export interface CompareRun {
  id: string;
  name: string;
  kind: string;
  status: string;
  config: Record<string, unknown>;
  summary: Record<string, unknown>;
  /** 95% intervals of its test scores; null for a run without test predictions. */
  testUncertainty: { intervals: { key: string; low: number; high: number }[] } | null;
  phases: { phase: 'FITTING' | 'SETTLING' | 'MEMORIZATION'; start: number; end: number }[];
  marks: { kind: string; label: string; start: number; end?: number | null; colour: string }[];
}

/** A run's test scores that have an interval, with it: what a comparison's summary may set side by side. */
export function testScores(run: CompareRun): { key: string; value: number; low: number; high: number }[] {
  return (run.testUncertainty?.intervals ?? []).flatMap((i) =>
    typeof run.summary[i.key] === 'number' ? [{ ...i, value: run.summary[i.key] as number }] : [],
  );
}

/** Tableau 10: distinct, colour-blind-friendlier colours; a run keeps its colour on every chart. */
const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
export const runColour = (index: number) => palette[index % palette.length]!;

export const xLabels: Record<XAxis, string> = { step: 'step', epoch: 'epoch', wall: 'wall time', relative: 'seconds since start' };

/** Each run's x for a point, on the chosen axis; relative time counts from the run's first point. */
export function xOf(axis: XAxis, runStart: number) {
  return (p: ComparePoint) =>
    axis === 'step' ? p.step : axis === 'epoch' ? p.epoch : axis === 'wall' ? p.wallTime : p.wallTime - runStart;
}

/** Curves by run and key, each run's first wall time, and its points by epoch: built once per fetch. */
export interface SeriesIndex {
  curve(runId: string, key: string): ComparePoint[];
  start(runId: string): number;
  byEpoch(runId: string): ComparePoint[];
}

export function indexSeries(series: readonly CompareSeries[]): SeriesIndex {
  const curves = new Map<string, ComparePoint[]>();
  const starts = new Map<string, number>();
  const all = new Map<string, ComparePoint[]>();
  for (const s of series) {
    curves.set(`${s.runId}\u0000${s.key}`, s.points);
    for (const p of s.points) starts.set(s.runId, Math.min(starts.get(s.runId) ?? Infinity, p.wallTime));
    all.set(s.runId, [...(all.get(s.runId) ?? []), ...s.points]);
  }
  for (const points of all.values()) points.sort((a, b) => a.epoch - b.epoch);
  return {
    curve: (runId, key) => curves.get(`${runId}\u0000${key}`) ?? [],
    start: (runId) => starts.get(runId) ?? 0,
    byEpoch: (runId) => all.get(runId) ?? [],
  };
}

/**
 * What one metric's chart draws: a smoothed line per visible run, or with `groupBy` a mean line per group of runs
 * with a band (mean ± std or min–max).
 */
export function linesFor(
  metric: string,
  runs: readonly CompareRun[],
  index: SeriesIndex,
  settings: CompareSettings,
  visible: (runId: string) => boolean,
): ChartLine[] {
  const curve = (run: CompareRun) => {
    const toX = xOf(settings.xAxis, index.start(run.id));
    return index
      .curve(run.id, metric)
      .map((p) => ({ x: toX(p), value: p.value }))
      .sort((a, b) => a.x - b.x);
  };
  const shown = runs.map((run, i) => ({ run, i })).filter(({ run }) => visible(run.id));
  if (!settings.groupBy) {
    return shown.flatMap(({ run, i }) => {
      const points = curve(run);
      return points.length
        ? [
            {
              id: run.id,
              label: run.name,
              colour: runColour(i),
              x: points.map((p) => p.x),
              y: smoothEma(
                points.map((p) => p.value),
                settings.smoothing,
              ),
            },
          ]
        : [];
    });
  }
  return groupByConfig(
    shown.map(({ run }) => run),
    settings.groupBy,
  ).flatMap((group, i) => {
    const aggregate = aggregateSeries(
      group.runs.map((run) => ({ runId: run.id, points: curve(run) })),
      settings.band,
    );
    if (!aggregate.x.length) return [];
    const smooth = (values: number[]) => smoothEma(values, settings.smoothing);
    return [
      {
        id: `group:${group.label}`,
        label: `${settings.groupBy} = ${group.label} (${group.runs.length} run${group.runs.length === 1 ? '' : 's'})`,
        colour: runColour(i),
        x: aggregate.x,
        y: smooth(aggregate.mean),
        band: { low: smooth(aggregate.low), high: smooth(aggregate.high) },
      },
    ];
  });
}

/**
 * Maps a run's epochs onto the chosen x-axis through the charted metric's own points (interpolating between them),
 * so phases land where that chart's curve is; a run without the metric falls back to all its points.
 */
export function epochToX(run: CompareRun, index: SeriesIndex, axis: XAxis, metric: string): (epoch: number) => number {
  if (axis === 'epoch') return (epoch) => epoch;
  const toX = xOf(axis, index.start(run.id));
  const own = index.curve(run.id, metric);
  const known = (own.length ? [...own] : index.byEpoch(run.id))
    .sort((a, b) => a.epoch - b.epoch)
    .map((p) => ({ x: p.epoch, value: toX(p) }));
  return (epoch) => valueAt(known, Math.min(Math.max(epoch, known[0]?.x ?? epoch), known.at(-1)?.x ?? epoch)) ?? epoch;
}

/** Phases and marks of the focused run in full; phase boundaries of the others as ticks in their colours. */
/** A run's phases as a thin strip under a chart: its colour, and each phase's stretch in x units. */
export interface PhaseStrip {
  colour: string;
  segments: { start: number; end: number; colour: string }[];
}

export function bandsFor(
  metric: string,
  runs: readonly CompareRun[],
  index: SeriesIndex,
  settings: CompareSettings,
  focused: string | null,
  visible: (runId: string) => boolean,
  phaseColours: Record<string, string>,
) {
  const bands: ChartBand[] = [];
  const strips: PhaseStrip[] = [];
  runs.forEach((run, i) => {
    if (!visible(run.id) || settings.groupBy) return;
    const toX = epochToX(run, index, settings.xAxis, metric);
    if (run.id === focused) {
      if (settings.showPhases)
        for (const p of run.phases)
          bands.push({ start: toX(p.start), end: toX(p.end), colour: phaseColours[p.phase]!, label: p.phase.toLowerCase() });
      if (settings.showAnnotations)
        for (const m of run.marks)
          bands.push({ start: toX(m.start), end: m.end == null ? null : toX(m.end), colour: m.colour, label: m.label });
    } else if (settings.showPhases && run.phases.length) {
      strips.push({
        colour: runColour(i),
        segments: run.phases.map((p) => ({ start: toX(p.start), end: toX(p.end), colour: phaseColours[p.phase]! })),
      });
    }
  });
  return { bands, strips };
}

const lowerIsBetter = (metric: string) => /loss|error/.test(metric);

/** Final and best value of a metric for a run (best: lowest for losses and errors, else highest). */
export function finalAndBest(index: SeriesIndex, runId: string, metric: string): { final: number | null; best: number | null } {
  const points = index.curve(runId, metric);
  if (!points.length) return { final: null, best: null };
  const values = points.map((p) => p.value);
  const last = points.reduce((a, b) => (b.step > a.step ? b : a));
  return { final: last.value, best: lowerIsBetter(metric) ? Math.min(...values) : Math.max(...values) };
}

export const differingConfig = (runs: readonly CompareRun[]) => configDiff(runs.map((r) => r.config));
