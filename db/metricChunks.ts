/**
 * Curve points in chunks (schema: metricChunks): each series is cut into chunks of up to CHUNK_POINTS consecutive
 * steps, each column a packed array. A batch of points becomes a row per key: appended to the key's last chunk while
 * it has room (Postgres concatenates the bytes itself), in new chunks past that. A point sent again at a stored step
 * replaces the stored one: its series is rewritten from the first chunk it touches.
 *
 * Writers hold their run's row while they write, one batch at a time per run, so a series' tail is never appended
 * by two writers at once.
 */
import os from 'node:os';
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { metricChunks } from './schema';

export const CHUNK_POINTS = 1024;

export interface PointToStore {
  key: string;
  step: number;
  epoch: number;
  value: number;
  /** Milliseconds since 1970. */
  wallTime: number;
}

/** A series' points as columns, in step order. */
export interface SeriesColumns {
  runId: string;
  key: string;
  steps: Float64Array;
  epochs: Float32Array;
  values: Float64Array;
  /** Milliseconds since 1970; null unless asked for. */
  wallTimes: Float64Array | null;
}

export interface ChunkQuery {
  teamId: string;
  runIds: readonly string[];
  /** Absent: every key; empty: none. */
  keys?: readonly string[] | null;
  fromStep?: number | null;
  toStep?: number | null;
  withWallTime?: boolean | null;
  /** At most this many chunks, the first ones in step order (for paging through one series). */
  maxChunks?: number | null;
}

type Run = { id: string; teamId: string };

/** One array parameter, not one per run: the statement stays the same however many runs are asked for. */
const ofRuns = (runIds: readonly string[]) => sql`${metricChunks.runId} = any(${`{${runIds.join(',')}}`}::uuid[])`;

// Chunks hold big-endian numbers (Postgres's binary order: SQL can build them, as migration 0020 does).
const littleEndian = os.endianness() === 'LE';

function pack(array: Float64Array | Float32Array): string {
  const bytes = Buffer.from(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  if (littleEndian) array.BYTES_PER_ELEMENT === 8 ? bytes.swap64() : bytes.swap32();
  return bytes.toString('base64');
}

/** The chunks' bytes one after another, as one array (copied: a typed array needs its own aligned buffer). */
function unpack<T extends Float64Array | Float32Array>(
  texts: readonly string[],
  Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
): T {
  const parts = texts.map((text) => Buffer.from(text, 'base64'));
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  if (littleEndian) {
    const bytes = Buffer.from(joined.buffer);
    if (Type.BYTES_PER_ELEMENT === 8) bytes.swap64();
    else bytes.swap32();
  }
  return new Type(joined.buffer);
}

interface PackedChunk {
  key: string;
  first: number;
  last: number;
  n: number;
  s: string;
  e: string;
  v: string;
  w: string;
}

/** Points of one key, in step order, as the columns of a chunk (or of a batch's points of that key). */
function packChunk(key: string, points: readonly PointToStore[]): PackedChunk {
  const n = points.length;
  const [steps, values, wallTimes, epochs] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float32Array(n)];
  for (let i = 0; i < n; i++) {
    const point = points[i]!;
    steps[i] = point.step;
    epochs[i] = point.epoch;
    values[i] = point.value;
    wallTimes[i] = point.wallTime;
  }
  return {
    key,
    first: points[0]!.step,
    last: points[n - 1]!.step,
    n,
    s: pack(steps),
    e: pack(epochs),
    v: pack(values),
    w: pack(wallTimes),
  };
}

const chunkRecords = (chunks: readonly PackedChunk[]) =>
  sql`json_to_recordset(${JSON.stringify(chunks)}::json) as u(key text, first bigint, last bigint, n int, s text, e text, v text, w text)`;

async function insertChunks(tx: Executor, run: Run, chunks: readonly PackedChunk[]): Promise<void> {
  if (!chunks.length) return;
  await tx.execute(sql`
    insert into ${metricChunks} (run_id, team_id, key, first_step, last_step, points, steps, epochs, "values", wall_times)
    select ${run.id}, ${run.teamId}, u.key, u.first, u.last, u.n, decode(u.s, 'base64'), decode(u.e, 'base64'), decode(u.v, 'base64'), decode(u.w, 'base64')
    from ${chunkRecords(chunks)}`);
}

const inChunks = (key: string, points: readonly PointToStore[]) =>
  Array.from({ length: Math.ceil(points.length / CHUNK_POINTS) }, (_, i) =>
    packChunk(key, points.slice(i * CHUNK_POINTS, (i + 1) * CHUNK_POINTS)),
  );

/**
 * Stores a run's points; of a point sent twice (same key and step), the later one is kept. One statement appends each
 * key's points past its last chunk: into that chunk while it has room, then into new chunks (Postgres cuts the packed
 * columns at the boundaries). A key whose points reach back into its stored series is rewritten after.
 */
export async function storePoints(tx: Executor, run: Run, points: readonly PointToStore[]): Promise<void> {
  const byKey = new Map<string, PointToStore[]>();
  for (const point of points) {
    const series = byKey.get(point.key);
    if (series) series.push(point);
    else byKey.set(point.key, [point]);
  }
  if (!byKey.size) return;
  const series = new Map([...byKey].map(([key, points]) => [key, inStepOrder(points)]));
  // Each new chunk's first and last steps are read from `at`, the series' steps.
  const records = JSON.stringify(
    [...series].map(([key, points]) => {
      const { n, s, e, v, w } = packChunk(key, points);
      return { key, n, s, e, v, w, at: points.map((p) => p.step) };
    }),
  );
  const C = CHUNK_POINTS; // short: it appears a dozen times below
  const overlapping = await tx.execute<{ key: string }>(sql`
    with u as (
      select u.key, u.n, u.at, decode(u.s, 'base64') s, decode(u.e, 'base64') e, decode(u.v, 'base64') v, decode(u.w, 'base64') w, c.first_step tail, c.last_step tail_last,
        greatest(0, least(u.n, ${C} - coalesce(c.points, ${C}))) room
      from json_to_recordset(${records}::json) as u(key text, n int, at bigint[], s text, e text, v text, w text)
      left join lateral (
        select first_step, last_step, points from ${metricChunks} where run_id = ${run.id} and key = u.key order by first_step desc limit 1
      ) c on true
    ), past as (select * from u where tail_last is null or at[1] > tail_last),
    appended as (
      update ${metricChunks} c set last_step = p.at[p.room], points = c.points + p.room, steps = c.steps || substring(p.s for p.room * 8),
        epochs = c.epochs || substring(p.e for p.room * 4), "values" = c."values" || substring(p.v for p.room * 8), wall_times = c.wall_times || substring(p.w for p.room * 8)
      from past p where p.room > 0 and c.run_id = ${run.id} and c.key = p.key and c.first_step = p.tail
    ), created as (
      insert into ${metricChunks} (run_id, team_id, key, first_step, last_step, points, steps, epochs, "values", wall_times)
      select ${run.id}, ${run.teamId}, p.key, p.at[o + 1], p.at[least(p.n, o + ${C})], least(p.n - o, ${C}),
        substring(p.s from o * 8 + 1 for ${C * 8}), substring(p.e from o * 4 + 1 for ${C * 4}), substring(p.v from o * 8 + 1 for ${C * 8}), substring(p.w from o * 8 + 1 for ${C * 8})
      from past p cross join lateral generate_series(p.room, p.n - 1, ${C}) o
    )
    select key from u where tail_last is not null and at[1] <= tail_last`);
  for (const { key } of overlapping) await rewriteFrom(tx, run, key, series.get(key)!);
}

/** A key's points by rising step; of points at one step, the one sent last. Sorts `points` (the caller's own) in place. */
function inStepOrder(points: PointToStore[]): PointToStore[] {
  // Sorting is stable: points at one step keep the order they were sent in.
  if (points.some((p, i) => i > 0 && p.step <= points[i - 1]!.step)) points.sort((a, b) => a.step - b.step);
  return points.filter((p, i) => i === points.length - 1 || points[i + 1]!.step !== p.step);
}

/** Merges points into a series from the first chunk they reach: those chunks are read, merged and written anew. */
async function rewriteFrom(tx: Executor, run: Run, key: string, points: readonly PointToStore[]): Promise<void> {
  const from = points[0]!.step;
  const [stored] = await chunksOf(tx, { teamId: run.teamId, runIds: [run.id], keys: [key], fromStep: from, withWallTime: true }, true);
  const merged = new Map<number, PointToStore>();
  for (const point of [...(stored ? pointsOf(stored) : []), ...points]) merged.set(point.step, point);
  await tx.delete(metricChunks).where(and(eq(metricChunks.runId, run.id), eq(metricChunks.key, key), gte(metricChunks.lastStep, from)));
  await insertChunks(
    tx,
    run,
    inChunks(
      key,
      [...merged.values()].sort((a, b) => a.step - b.step),
    ),
  );
}

/** A series read with its wall times, as points to store again. */
const pointsOf = (series: SeriesColumns): PointToStore[] =>
  Array.from(series.steps, (step, i) => ({
    key: series.key,
    step,
    epoch: series.epochs[i]!,
    value: series.values[i]!,
    wallTime: series.wallTimes![i]!,
  }));

/** Removes a run's points that `drop` picks; only series that lose a point are written again. */
export async function deletePoints(tx: Executor, run: Run, drop: (key: string, step: number, epoch: number) => boolean): Promise<void> {
  for (const series of await readSeries(tx, { teamId: run.teamId, runIds: [run.id], withWallTime: true })) {
    const kept = pointsOf(series).filter((p) => !drop(p.key, p.step, p.epoch));
    if (kept.length === series.steps.length) continue;
    await tx.delete(metricChunks).where(and(eq(metricChunks.runId, run.id), eq(metricChunks.key, series.key)));
    await insertChunks(tx, run, inChunks(series.key, kept));
  }
}

/** Series of the runs asked for, ordered by run (as asked) then key; a step range reads only the chunks it reaches. */
export async function readSeries(db: Executor, query: ChunkQuery): Promise<SeriesColumns[]> {
  return (await chunksOf(db, query)).map((s) => trimmed(s, query.fromStep, query.toStep)).filter((s) => s.steps.length);
}

/** The whole chunks a query reaches, as series; `forUpdate` locks them, for a writer about to replace them. */
async function chunksOf(db: Executor, query: ChunkQuery, forUpdate = false): Promise<SeriesColumns[]> {
  const { teamId, runIds, keys, fromStep, toStep, withWallTime, maxChunks } = query;
  if (!runIds.length || keys?.length === 0) return [];
  const select = db
    .select({
      runId: metricChunks.runId,
      key: metricChunks.key,
      steps: packed(metricChunks.steps),
      epochs: packed(metricChunks.epochs),
      values: packed(metricChunks.values),
      ...(withWallTime ? { wallTimes: packed(metricChunks.wallTimes) } : {}),
    })
    .from(metricChunks)
    .where(
      and(
        eq(metricChunks.teamId, teamId),
        ofRuns(runIds),
        keys ? sql`${metricChunks.key} in (select json_array_elements_text(${JSON.stringify(keys)}::json))` : undefined,
        fromStep != null ? gte(metricChunks.lastStep, fromStep) : undefined,
        toStep != null ? lte(metricChunks.firstStep, toStep) : undefined,
      ),
    )
    .orderBy(asc(metricChunks.runId), asc(metricChunks.key), asc(metricChunks.firstStep))
    .limit(maxChunks ?? Number.MAX_SAFE_INTEGER);
  const rows = forUpdate ? await select.for('update') : await select;
  const grouped = new Map<string, typeof rows>();
  for (const row of rows) {
    const id = `${row.runId}\u0000${row.key}`;
    grouped.get(id)?.push(row) ?? grouped.set(id, [row]);
  }
  const order = new Map(runIds.map((id, i) => [id, i]));
  return [...grouped.values()]
    .map(decodeSeries)
    .sort((a, b) => order.get(a.runId)! - order.get(b.runId)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A packed column as base64 text: the driver reads bytea as hex text, twice the bytes, and a curve request for many
 * runs reads megabytes of chunks.
 */
const packed = (column: AnyPgColumn | SQL) => sql<string>`encode(${column}, 'base64')`;

type ChunkRow = { runId: string; key: string; steps: string; epochs: string; values: string; wallTimes?: string };

function decodeSeries(chunks: readonly ChunkRow[]): SeriesColumns {
  const [first] = chunks;
  return {
    runId: first!.runId,
    key: first!.key,
    steps: unpack(
      chunks.map((c) => c.steps),
      Float64Array,
    ),
    epochs: unpack(
      chunks.map((c) => c.epochs),
      Float32Array,
    ),
    values: unpack(
      chunks.map((c) => c.values),
      Float64Array,
    ),
    wallTimes: first!.wallTimes
      ? unpack(
          chunks.map((c) => c.wallTimes!),
          Float64Array,
        )
      : null,
  };
}

/** The points within [fromStep, toStep] (chunks at the range's edges reach past it). */
function trimmed(series: SeriesColumns, fromStep?: number | null, toStep?: number | null): SeriesColumns {
  if (fromStep == null && toStep == null) return series;
  const start = fromStep == null ? 0 : firstAtLeast(series.steps, fromStep);
  const end = toStep == null ? series.steps.length : firstAtLeast(series.steps, toStep + 1);
  return {
    ...series,
    steps: series.steps.subarray(start, end),
    epochs: series.epochs.subarray(start, end),
    values: series.values.subarray(start, end),
    wallTimes: series.wallTimes?.subarray(start, end) ?? null,
  };
}

function firstAtLeast(sorted: Float64Array, step: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface LatestPoint {
  runId: string;
  key: string;
  step: number;
  value: number;
  /** Milliseconds since 1970. */
  wallTime: number;
}

/**
 * Each series' point at its highest step, from its last chunk. With `finiteOnly`, its last finite point: a series
 * whose last chunk holds none is read whole.
 */
export async function latestPoints(
  db: Executor,
  teamId: string,
  runIds: readonly string[],
  { finiteOnly = false } = {},
): Promise<LatestPoint[]> {
  if (!runIds.length) return [];
  // Only the last point's bytes of each last chunk.
  const last = (column: AnyPgColumn, bytes: number) =>
    packed(sql`substring(${column} from ${metricChunks.points} * ${bytes} - ${bytes - 1})`);
  const rows = await db
    .selectDistinctOn([metricChunks.runId, metricChunks.key], {
      runId: metricChunks.runId,
      key: metricChunks.key,
      steps: last(metricChunks.steps, 8),
      epochs: last(metricChunks.epochs, 4),
      values: last(metricChunks.values, 8),
      wallTimes: last(metricChunks.wallTimes, 8),
    })
    .from(metricChunks)
    .where(and(eq(metricChunks.teamId, teamId), ofRuns(runIds)))
    .orderBy(metricChunks.runId, metricChunks.key, desc(metricChunks.firstStep));
  const latest: LatestPoint[] = [];
  for (const row of rows) {
    let series = decodeSeries([row]);
    let at = lastIndex(series, finiteOnly);
    if (at < 0 && finiteOnly) {
      [series = series] = await readSeries(db, { teamId, runIds: [row.runId], keys: [row.key], withWallTime: true });
      at = lastIndex(series, true);
    }
    if (at >= 0)
      latest.push({ runId: row.runId, key: row.key, step: series.steps[at]!, value: series.values[at]!, wallTime: series.wallTimes![at]! });
  }
  return latest;
}

function lastIndex(series: SeriesColumns, finiteOnly: boolean): number {
  let at = series.values.length - 1;
  while (finiteOnly && at >= 0 && !Number.isFinite(series.values[at]!)) at--;
  return at;
}

/** The keys each run recorded, sorted, in the order the runs are asked. */
export async function keysOf(db: Executor, teamId: string, runIds: readonly string[]): Promise<string[][]> {
  if (!runIds.length) return [];
  const rows = await db
    .selectDistinct({ runId: metricChunks.runId, key: metricChunks.key })
    .from(metricChunks)
    .where(and(eq(metricChunks.teamId, teamId), ofRuns(runIds)))
    .orderBy(metricChunks.runId, metricChunks.key);
  return runIds.map((id) => rows.filter((r) => r.runId === id).map((r) => r.key));
}
