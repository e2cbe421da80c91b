import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from './client';
import { runMetricRollups } from './schema';
import { keysOf, readSeries, type SeriesColumns } from './metricChunks';
import { finishedStatuses, isTrainedKind } from '../lib/runs/config';

export interface SeriesPoint {
  step: number;
  epoch: number;
  value: number;
  /** Seconds since 1970, when the point was written; null unless asked for. */
  wallTime: number | null;
}

export interface MetricSeries {
  runId: string;
  key: string;
  points: SeriesPoint[];
}

export interface SeriesQuery {
  teamId: string;
  runIds: string[];
  /** Absent: every key; empty: none. */
  keys?: string[] | null;
  maxPoints: number;
  fromStep?: number | null;
  toStep?: number | null;
  /** Reading wall times costs a visit to every point's row: only when a chart's x-axis is time. */
  withWallTime?: boolean | null;
}

/** The resolution a finished run's curves are kept at; a request for at most this many points is served from it. */
export const ROLLUP_POINTS = 1000;

/**
 * The status querySeries should read a run's curves by: a finished built-in run's points never change, but an outside
 * run's code may log after it ends (MLflow allows it), so its curves are always read as live, never rolled up.
 */
export const seriesStatus = (run: { kind: string; status: string }) => (isTrainedKind(run.kind) ? run.status : 'running');

/**
 * Curves, at most `maxPoints` per series. A longer series keeps its first and last points and is cut into
 * (maxPoints − 2)/2 buckets of steps, each keeping its lowest and its highest point: a spike survives downsampling,
 * however short. Finished runs are read from their rollups (made once, when first needed); running ones, and ranges,
 * from their chunks.
 */
export async function querySeries(db: Executor, query: SeriesQuery, statuses: ReadonlyMap<string, string>): Promise<MetricSeries[]> {
  const fromRollups = !query.fromStep && query.toStep == null && query.maxPoints <= ROLLUP_POINTS;
  const finished = fromRollups ? query.runIds.filter((id) => finishedStatuses.has(statuses.get(id) ?? '')) : [];
  const live = query.runIds.filter((id) => !finished.includes(id));
  const [rolled, scanned] = await Promise.all([
    finished.length ? readRollups(db, { ...query, runIds: finished }) : [],
    live.length ? bucketSeries(db, { ...query, runIds: live }) : [],
  ]);
  const order = new Map(query.runIds.map((id, i) => [id, i]));
  return [...rolled, ...scanned].sort((a, b) => order.get(a.runId)! - order.get(b.runId)! || a.key.localeCompare(b.key));
}

async function readRollups(db: Executor, query: SeriesQuery): Promise<MetricSeries[]> {
  const ofRuns = and(eq(runMetricRollups.teamId, query.teamId), inArray(runMetricRollups.runId, query.runIds));
  // Runs that finished before rollups existed, or whose worker could not store them, get them now. (Whether a run
  // has rollups is asked of all its keys: a run may lack one of the keys asked for.)
  const rolled = new Set(
    (await db.selectDistinct({ runId: runMetricRollups.runId }).from(runMetricRollups).where(ofRuns)).map((r) => r.runId),
  );
  for (const runId of query.runIds.filter((id) => !rolled.has(id))) await storeRollups(db, { id: runId, teamId: query.teamId });
  const keys = query.keys ? inArray(runMetricRollups.key, query.keys.length ? query.keys : ['']) : undefined;
  const rows = await db.select().from(runMetricRollups).where(and(ofRuns, keys));
  return rows.map((r) => {
    const [steps, epochs, values, wallTimes] = [
      new Float64Array(aligned(r.steps)),
      new Float64Array(aligned(r.epochs)),
      new Float64Array(aligned(r.values)),
      new Float64Array(aligned(r.wallTimes)),
    ];
    const points = Array.from(steps, (step, i) => ({
      step,
      epoch: epochs[i]!,
      value: values[i]!,
      wallTime: query.withWallTime ? wallTimes[i]! : null,
    }));
    return { runId: r.runId, key: r.key, points: downsample(points, query.maxPoints) };
  });
}

/** Buckets a finished run's curves once and keeps them (for every key the run recorded). */
export async function storeRollups(db: Executor, run: { id: string; teamId: string }): Promise<void> {
  const series = await bucketSeries(db, { teamId: run.teamId, runIds: [run.id], maxPoints: ROLLUP_POINTS, withWallTime: true });
  if (!series.length) return;
  await db
    .insert(runMetricRollups)
    .values(
      series.map((s) => ({
        runId: run.id,
        teamId: run.teamId,
        key: s.key,
        maxPoints: ROLLUP_POINTS,
        steps: bytes(Float64Array.from(s.points, (p) => p.step)),
        epochs: bytes(Float64Array.from(s.points, (p) => p.epoch)),
        values: bytes(Float64Array.from(s.points, (p) => p.value)),
        wallTimes: bytes(Float64Array.from(s.points, (p) => p.wallTime!)),
      })),
    )
    .onConflictDoNothing();
}

const bytes = (array: Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
/** A typed array needs its own aligned buffer; a Buffer from the driver may start anywhere in a shared one. */
const aligned = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);

/**
 * The points a series keeps at `maxPoints` (indices, ascending): all when it has no more, else its first and last
 * and, in each of (maxPoints − 2)/2 buckets of steps, the lowest and the highest (the earliest step on ties).
 */
export function keptIndices(steps: ArrayLike<number>, values: ArrayLike<number>, maxPoints: number): number[] {
  const n = steps.length;
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.floor((maxPoints - 2) / 2);
  const lo = steps[0]!;
  const span = steps[n - 1]! - lo + 1;
  const kept = [0];
  const keep = (i: number) => i !== kept.at(-1) && kept.push(i);
  let bucket = -1;
  let [low, high] = [0, 0];
  const close = () => bucket >= 0 && (keep(Math.min(low, high)), keep(Math.max(low, high)));
  for (let i = 0; i < n; i++) {
    const b = Math.floor(((steps[i]! - lo) * buckets) / span);
    if (b !== bucket) {
      close();
      bucket = b;
      low = high = i;
    }
    if (values[i]! < values[low]!) low = i;
    if (values[i]! > values[high]!) high = i;
  }
  close();
  keep(n - 1);
  return kept;
}

/** keptIndices on points already in memory (sorted by step). */
export const downsample = (points: SeriesPoint[], maxPoints: number): SeriesPoint[] =>
  keptIndices(
    points.map((p) => p.step),
    points.map((p) => p.value),
    maxPoints,
  ).map((i) => points[i]!);

/** Curves draw finite values only; NaN and infinities an outside run logged stay stored for its history. */
function finitePart(series: SeriesColumns): SeriesColumns {
  if (series.values.every(Number.isFinite)) return series;
  const kept = [...series.values.keys()].filter((i) => Number.isFinite(series.values[i]!));
  const pick = <T extends Float64Array | Float32Array>(column: T): T => {
    const out = column.slice(0, kept.length) as T;
    kept.forEach((i, j) => (out[j] = column[i]!));
    return out;
  };
  return {
    ...series,
    steps: pick(series.steps),
    epochs: pick(series.epochs),
    values: pick(series.values),
    wallTimes: series.wallTimes && pick(series.wallTimes),
  };
}

async function bucketSeries(db: Executor, query: SeriesQuery): Promise<MetricSeries[]> {
  const series = (await readSeries(db, query)).map(finitePart).filter((s) => s.steps.length);
  return series.map(({ runId, key, steps, epochs, values, wallTimes }) => ({
    runId,
    key,
    points: keptIndices(steps, values, query.maxPoints).map((i) => ({
      step: steps[i]!,
      epoch: epochs[i]!,
      value: values[i]!,
      wallTime: wallTimes ? wallTimes[i]! / 1000 : null,
    })),
  }));
}

/** The keys each run recorded, in the order asked: a finished run's from its rollups, any other's from its chunks. */
export async function seriesKeysOf(db: Executor, teamId: string, runIds: readonly string[]): Promise<string[][]> {
  const rolled = await db
    .select({ runId: runMetricRollups.runId, key: runMetricRollups.key })
    .from(runMetricRollups)
    .where(and(eq(runMetricRollups.teamId, teamId), inArray(runMetricRollups.runId, [...runIds])));
  const rolledKeys = runIds.map((runId) =>
    rolled
      .filter((r) => r.runId === runId)
      .map((r) => r.key)
      .sort(),
  );
  const others = runIds.filter((_, i) => !rolledKeys[i]!.length);
  const stored = new Map((await keysOf(db, teamId, others)).map((keys, i) => [others[i]!, keys]));
  return runIds.map((runId, i) => (rolledKeys[i]!.length ? rolledKeys[i]! : (stored.get(runId) ?? [])));
}
