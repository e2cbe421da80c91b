import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { CHUNK_POINTS, deletePoints, latestPoints, readSeries, storePoints, type PointToStore } from './metricChunks';
import { metricChunks } from './schema';
import { createTestDatabase } from '../test/database';

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

const newRun = () => ({ id: randomUUID(), teamId: randomUUID() });
const points = (key: string, steps: number[], value = (step: number) => step / 10): PointToStore[] =>
  steps.map((step) => ({ key, step, epoch: step / 100, value: value(step), wallTime: 1_700_000_000_000 + step }));
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const read = async (run: { id: string; teamId: string }, key = 'loss') => {
  const [series] = await readSeries(db, { teamId: run.teamId, runIds: [run.id], keys: [key], withWallTime: true });
  return series
    ? { steps: [...series.steps], values: [...series.values], epochs: [...series.epochs], wallTimes: [...series.wallTimes!] }
    : null;
};
const chunksOf = (runId: string) =>
  db
    .select({ first: metricChunks.firstStep, last: metricChunks.lastStep, n: metricChunks.points })
    .from(metricChunks)
    .where(eq(metricChunks.runId, runId))
    .orderBy(metricChunks.firstStep);

describe('metric chunks', () => {
  it('append batch after batch into chunks of at most CHUNK_POINTS, read back exactly', async () => {
    const run = newRun();
    for (let from = 0; from < 2500; from += 300) await storePoints(db, run, points('loss', range(from, Math.min(from + 300, 2500))));
    const chunks = await chunksOf(run.id);
    expect(chunks.map((c) => c.n)).toEqual([CHUNK_POINTS, CHUNK_POINTS, 2500 - 2 * CHUNK_POINTS]);
    expect(chunks.map((c) => [c.first, c.last])).toEqual([
      [0, CHUNK_POINTS - 1],
      [CHUNK_POINTS, 2 * CHUNK_POINTS - 1],
      [2 * CHUNK_POINTS, 2499],
    ]);
    const series = (await read(run))!;
    expect(series.steps).toEqual(range(0, 2500));
    expect(series.values).toEqual(range(0, 2500).map((s) => s / 10));
    expect(series.epochs).toEqual(range(0, 2500).map((s) => Math.fround(s / 100)));
    expect(series.wallTimes).toEqual(range(0, 2500).map((s) => 1_700_000_000_000 + s));
  });

  it('fill the last chunk from a batch larger than a chunk, then cut the rest into full chunks', async () => {
    const run = newRun();
    await storePoints(db, run, points('loss', range(0, 100)));
    await storePoints(db, run, [...points('loss', range(100, 2600)), ...points('acc', range(0, 5))]);
    const chunks = await db
      .select({ key: metricChunks.key, first: metricChunks.firstStep, last: metricChunks.lastStep, n: metricChunks.points })
      .from(metricChunks)
      .where(eq(metricChunks.runId, run.id))
      .orderBy(metricChunks.key, metricChunks.firstStep);
    expect(chunks.map((c) => [c.key, c.first, c.last, c.n])).toEqual([
      ['acc', 0, 4, 5],
      ['loss', 0, CHUNK_POINTS - 1, CHUNK_POINTS],
      ['loss', CHUNK_POINTS, 2 * CHUNK_POINTS - 1, CHUNK_POINTS],
      ['loss', 2 * CHUNK_POINTS, 2599, 2600 - 2 * CHUNK_POINTS],
    ]);
    const series = (await read(run))!;
    expect(series.steps).toEqual(range(0, 2600));
    expect(series.values).toEqual(range(0, 2600).map((s) => s / 10));
    expect(series.wallTimes).toEqual(range(0, 2600).map((s) => 1_700_000_000_000 + s));
  });

  it('keep NaN, infinities, int64 steps up to 2^53 and many keys apart', async () => {
    const run = newRun();
    const big = 2 ** 53 - 1;
    await storePoints(db, run, [
      ...points('odd', [0, 1, 2, big], (s) => [Number.NaN, Infinity, -Infinity, 1][s] ?? 1),
      ...points('other', [5], () => 7),
    ]);
    expect((await read(run, 'odd'))!.values).toEqual([Number.NaN, Infinity, -Infinity, 1]);
    expect((await read(run, 'odd'))!.steps).toEqual([0, 1, 2, big]);
    expect((await read(run, 'other'))!.values).toEqual([7]);
  });

  it('replace a point sent again and merge points sent out of order, wherever they fall', async () => {
    const run = newRun();
    await storePoints(
      db,
      run,
      points(
        'loss',
        range(0, 2000).filter((s) => s % 2 === 0),
      ),
    );
    // Odd steps fill the gaps of every chunk; two stored steps get new values; the batch's own repeat keeps its last.
    await storePoints(db, run, [
      ...points(
        'loss',
        range(0, 2000).filter((s) => s % 2 === 1),
      ),
      ...points('loss', [10, 1500], () => -1),
      ...points('loss', [1500], () => -2),
    ]);
    const series = (await read(run))!;
    expect(series.steps).toEqual(range(0, 2000));
    expect(series.values[10]).toBe(-1);
    expect(series.values[1500]).toBe(-2);
    expect(series.values[11]).toBe(1.1);
    const chunks = await chunksOf(run.id);
    expect(chunks.every((c, i) => i === 0 || c.first > chunks[i - 1]!.last)).toBe(true);
    expect(chunks.every((c) => c.n <= CHUNK_POINTS)).toBe(true);
  });

  it('read step ranges exactly at their edges, and page through chunk by chunk', async () => {
    const run = newRun();
    await storePoints(db, run, points('loss', range(0, 3000)));
    const [ranged] = await readSeries(db, { teamId: run.teamId, runIds: [run.id], fromStep: 1000, toStep: 2100 });
    expect([ranged!.steps[0], ranged!.steps.at(-1), ranged!.steps.length]).toEqual([1000, 2100, 1101]);
    const [first] = await readSeries(db, { teamId: run.teamId, runIds: [run.id], fromStep: 1030, maxChunks: 1 });
    expect([first!.steps[0], first!.steps.at(-1)]).toEqual([1030, 2 * CHUNK_POINTS - 1]);
  });

  it('answer only within the team asked for', async () => {
    const run = newRun();
    await storePoints(db, run, points('loss', [1, 2]));
    expect(await readSeries(db, { teamId: randomUUID(), runIds: [run.id] })).toEqual([]);
    expect(await latestPoints(db, randomUUID(), [run.id])).toEqual([]);
  });

  it('give each series’ latest point, and its latest finite one when asked', async () => {
    const run = newRun();
    await storePoints(db, run, points('loss', range(0, 1500)));
    await storePoints(
      db,
      run,
      points('loss', range(1500, 1600), () => Number.NaN),
    );
    await storePoints(
      db,
      run,
      points('acc', [3], () => 0.5),
    );
    expect((await latestPoints(db, run.teamId, [run.id])).map((p) => [p.key, p.step, p.value])).toEqual([
      ['acc', 3, 0.5],
      ['loss', 1599, Number.NaN],
    ]);
    const finite = await latestPoints(db, run.teamId, [run.id], { finiteOnly: true });
    expect(finite.map((p) => [p.key, p.step, p.value, p.wallTime])).toEqual([
      ['acc', 3, 0.5, 1_700_000_000_003],
      ['loss', 1499, 149.9, 1_700_000_001_499],
    ]);
  });

  it('delete the points a rule picks, rewriting only the series that lose some', async () => {
    const run = newRun();
    await storePoints(db, run, [...points('loss', range(0, 1200)), ...points('acc', range(0, 10))]);
    const accChunk = (
      await db
        .select({ first: metricChunks.firstStep, ctid: sql<string>`ctid::text` })
        .from(metricChunks)
        .where(eq(metricChunks.key, 'acc'))
    )[0];
    await deletePoints(db, run, (key, step) => key === 'loss' && step >= 600);
    expect((await read(run))!.steps).toEqual(range(0, 600));
    expect((await read(run, 'acc'))!.steps).toEqual(range(0, 10));
    const accAfter = (
      await db
        .select({ ctid: sql<string>`ctid::text` })
        .from(metricChunks)
        .where(eq(metricChunks.key, 'acc'))
    )[0];
    expect(accAfter!.ctid).toBe(accChunk!.ctid);
  });

  it('read chunks built by SQL the way migration 0020 builds them (big-endian floats)', async () => {
    const run = newRun();
    await db.execute(sql`
      insert into metric_chunks (run_id, team_id, key, first_step, last_step, points, steps, epochs, "values", wall_times)
      select ${run.id}, ${run.teamId}, 'loss', min(s), max(s), count(*),
        string_agg(float8send(s::float8), ''::bytea order by s), string_agg(float4send((s / 4.0)::real), ''::bytea order by s),
        string_agg(float8send(s * 1.5), ''::bytea order by s), string_agg(float8send(s * 1000.0), ''::bytea order by s)
      from generate_series(0, 9) s`);
    expect(await read(run)).toEqual({
      steps: range(0, 10),
      epochs: range(0, 10).map((s) => s / 4),
      values: range(0, 10).map((s) => s * 1.5),
      wallTimes: range(0, 10).map((s) => s * 1000),
    });
    // And a batch appends to them.
    await storePoints(db, run, points('loss', [10, 11]));
    expect((await read(run))!.steps).toEqual(range(0, 12));
  });
});
