import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { runMetricRollups, runMetrics } from './schema';
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
 * from every point, bucketed in SQL.
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
  const rolled = new Set((await db.selectDistinct({ runId: runMetricRollups.runId }).from(runMetricRollups).where(ofRuns)).map((r) => r.runId));
  for (const runId of query.runIds.filter((id) => !rolled.has(id))) await storeRollups(db, { id: runId, teamId: query.teamId });
  const keys = query.keys ? inArray(runMetricRollups.key, query.keys.length ? query.keys : ['']) : undefined;
  const rows = await db.select().from(runMetricRollups).where(and(ofRuns, keys));
  return rows.map((r) => {
    const [steps, epochs, values, wallTimes] = [new Float64Array(aligned(r.steps)), new Float64Array(aligned(r.epochs)), new Float64Array(aligned(r.values)), new Float64Array(aligned(r.wallTimes))];
    const points = Array.from(steps, (step, i) => ({ step, epoch: epochs[i]!, value: values[i]!, wallTime: query.withWallTime ? wallTimes[i]! : null }));
    return { runId: r.runId, key: r.key, points: downsample(points, query.maxPoints) };
  });
}

/** Buckets a finished run's curves once and keeps them (for every key the run recorded). */
export async function storeRollups(db: Executor, run: { id: string; teamId: string }): Promise<void> {
  const series = await bucketSeries(db, { teamId: run.teamId, runIds: [run.id], maxPoints: ROLLUP_POINTS, withWallTime: true });
  if (!series.length) return;
  await db
    .insert(runMetricRollups)
    .values(series.map((s) => ({
      runId: run.id,
      teamId: run.teamId,
      key: s.key,
      maxPoints: ROLLUP_POINTS,
      steps: bytes(Float64Array.from(s.points, (p) => p.step)),
      epochs: bytes(Float64Array.from(s.points, (p) => p.epoch)),
      values: bytes(Float64Array.from(s.points, (p) => p.value)),
      wallTimes: bytes(Float64Array.from(s.points, (p) => p.wallTime!)),
    })))
    .onConflictDoNothing();
}

const bytes = (array: Float64Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
/** A typed array needs its own aligned buffer; a Buffer from the driver may start anywhere in a shared one. */
const aligned = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);

/** The same rule as the SQL below, on points already in memory (sorted by step). */
export function downsample(points: SeriesPoint[], maxPoints: number): SeriesPoint[] {
  if (points.length <= maxPoints) return points;
  const buckets = Math.floor((maxPoints - 2) / 2);
  const lo = points[0]!.step;
  const span = points.at(-1)!.step - lo + 1;
  const kept = new Set<SeriesPoint>([points[0]!, points.at(-1)!]);
  let bucket = -1;
  let low: SeriesPoint | undefined;
  let high: SeriesPoint | undefined;
  const close = () => low && high && (kept.add(low), kept.add(high));
  for (const p of points) {
    const b = Math.floor(((p.step - lo) * buckets) / span);
    if (b !== bucket) {
      close();
      bucket = b;
      low = high = p;
    }
    if (p.value < low!.value) low = p;
    if (p.value > high!.value) high = p;
  }
  close();
  return points.filter((p) => kept.has(p));
}

async function bucketSeries(db: Executor, { teamId, runIds, keys, maxPoints, fromStep, toStep, withWallTime }: SeriesQuery): Promise<MetricSeries[]> {
  const buckets = Math.floor((maxPoints - 2) / 2);
  // Curves draw finite values only; NaN and infinities an outside run logged stay stored for its history.
  const filters = sql`${runMetrics.teamId} = ${teamId} and ${inArray(runMetrics.runId, runIds)}
    and ${runMetrics.value} <> 'NaN'::float8 and abs(${runMetrics.value}) <> 'Infinity'::float8
    ${keys ? (keys.length ? sql`and ${inArray(runMetrics.key, keys)}` : sql`and false`) : sql``}
    ${fromStep != null ? sql`and ${runMetrics.step} >= ${fromStep}` : sql``}
    ${toStep != null ? sql`and ${runMetrics.step} <= ${toStep}` : sql``}`;
  // min()/max() over arrays compare element by element: [value, step, epoch(, wall time)] finds a bucket's lowest and
  // highest point (earliest step on ties) in one hashed pass, with no sort.
  const wall = withWallTime ? sql`, extract(epoch from ${runMetrics.wallTime})::float8` : sql``;
  const rows = await db.execute<{ run_id: string; key: string; step: number; epoch: number; value: number; wall: number | null }>(sql`
    with bounds as (
      select run_id, key, count(*) as n, min(step) as lo, max(step) as hi from ${runMetrics} where ${filters} group by run_id, key
    ),
    buckets as (
      select ${runMetrics.runId} as run_id, ${runMetrics.key} as key,
             min(array[${runMetrics.value}, ${runMetrics.step}::float8, ${runMetrics.epoch}::float8${wall}]) as low,
             max(array[${runMetrics.value}, -${runMetrics.step}::float8, ${runMetrics.epoch}::float8${wall}]) as high
      from ${runMetrics} join bounds b on b.run_id = ${runMetrics.runId} and b.key = ${runMetrics.key}
      where ${filters} and b.n > ${maxPoints}
      group by 1, 2, floor((${runMetrics.step} - b.lo)::float8 * ${buckets} / (b.hi - b.lo + 1))
    ),
    picked as (
      select ${runMetrics.runId} as run_id, ${runMetrics.key} as key, ${runMetrics.step} as step, ${runMetrics.epoch} as epoch, ${runMetrics.value} as value,
             ${withWallTime ? sql`extract(epoch from ${runMetrics.wallTime})::float8` : sql`null::float8`} as wall
        from ${runMetrics} join bounds b on b.run_id = ${runMetrics.runId} and b.key = ${runMetrics.key}
        where ${filters} and (b.n <= ${maxPoints} or ${runMetrics.step} in (b.lo, b.hi))
      union all
      select run_id, key, low[2]::bigint, low[3]::real, low[1], low[4] from buckets
      union all
      select run_id, key, (-high[2])::bigint, high[3]::real, high[1], high[4] from buckets
    )
    select distinct on (run_id, key, step) run_id, key, step, epoch, value, wall from picked order by run_id, key, step`);
  const series = new Map<string, MetricSeries>();
  for (const row of rows) {
    const id = `${row.run_id}\u0000${row.key}`;
    let s = series.get(id);
    if (!s) series.set(id, (s = { runId: row.run_id, key: row.key, points: [] }));
    s.points.push({ step: Number(row.step), epoch: Number(row.epoch), value: Number(row.value), wallTime: row.wall === null ? null : Number(row.wall) });
  }
  return [...series.values()];
}

/**
 * The keys each run recorded, in the order asked: a finished run's from its rollups, any other's by one index
 * probe per key (a loose index scan), however many points each key has.
 */
export async function seriesKeysOf(db: Executor, teamId: string, runIds: readonly string[]): Promise<string[][]> {
  const rolled = await db
    .select({ runId: runMetricRollups.runId, key: runMetricRollups.key })
    .from(runMetricRollups)
    .where(and(eq(runMetricRollups.teamId, teamId), inArray(runMetricRollups.runId, [...runIds])));
  return Promise.all(
    runIds.map(async (runId) => {
      const keys = rolled.filter((r) => r.runId === runId).map((r) => r.key);
      if (keys.length) return keys.sort();
      const rows = await db.execute<{ key: string }>(sql`
        with recursive k as (
          (select key from ${runMetrics} where run_id = ${runId} and team_id = ${teamId} order by key limit 1)
          union all
          select (select m.key from ${runMetrics} m where m.run_id = ${runId} and m.team_id = ${teamId} and m.key > k.key order by m.key limit 1) from k where k.key is not null
        )
        select key from k where key is not null`);
      return rows.map((r) => r.key);
    }),
  );
}
