import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { runs } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUserWithTeam } from '../../test/graphqlClient';
import { seededRandom } from '../../lib/random';
import { MetricWriter } from './metricWriter';
import { readSeries } from '../../db/metricChunks';

let db: Database;
let newRun: () => Promise<{ id: string; teamId: string; attempt: number }>;

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const request = graphqlClient(db);
  const owner = await newUserWithTeam(request, 'Mia');
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  const versionId = sample.data!.createSampleDataset.dataset.latestVersion.id;
  newRun = async () => {
    const created = await request(
      `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
      { input: { kind: 'logistic_regression', datasetVersionId: versionId, config: {}, seed: 1 } },
      owner.caller,
      owner.team.slug,
    );
    const id = created.data!.createRun.run.id as string;
    // Claimed as a worker would, without one taking it for real.
    const [claimed] = await db.update(runs).set({ status: 'running', attempt: 1 }).where(eq(runs.id, id)).returning();
    return claimed!;
  };
}, 60_000);

const stored = async (runId: string) => {
  const [run] = await db.select({ teamId: runs.teamId }).from(runs).where(eq(runs.id, runId));
  const series = await readSeries(db, { teamId: run!.teamId, runIds: [runId] });
  return series.flatMap(({ key, steps, values }) => Array.from(steps, (step, i) => ({ key, step, value: values[i]! })));
};

describe('MetricWriter', () => {
  it('writes every point once, flushing whenever its buffer fills, with keys COPY must escape', async () => {
    const run = await newRun();
    const writer = new MetricWriter(run, 10);
    for (let step = 0; step < 25; step++)
      await writer.add({ key: 'odd\tkey\\with\nbreaks', step, epoch: step / 10, value: step * 0.5 }, db);
    await writer.add({ key: 'skipped', step: 0, epoch: 0, value: Number.NaN }, db);
    await writer.flush(db);
    const points = await stored(run.id);
    expect(points).toHaveLength(25);
    expect(new Set(points.map((p) => p.key))).toEqual(new Set(['odd\tkey\\with\nbreaks']));
    expect(points.map((p) => p.value)).toEqual(Array.from({ length: 25 }, (_, step) => step * 0.5));
  });

  it('replaces a point sent again instead of failing or duplicating it', async () => {
    const run = await newRun();
    const writer = new MetricWriter(run);
    for (const step of [0, 1, 2]) await writer.add({ key: 'val/loss', step, epoch: step, value: 1 }, db);
    await writer.flush(db);
    for (const step of [2, 3, 4, 4, 3]) await writer.add({ key: 'val/loss', step, epoch: step, value: 2 + step / 10 }, db);
    await writer.add({ key: 'val/loss', step: 4, epoch: 4, value: 9 }, db);
    await writer.flush(db);
    expect((await stored(run.id)).map((p) => [p.step, p.value])).toEqual([
      [0, 1],
      [1, 1],
      [2, 2.2],
      [3, 2.3],
      [4, 9],
    ]);
    // A new writer (a resumed attempt) learns what is stored and still never duplicates.
    const resumed = new MetricWriter(run);
    await resumed.add({ key: 'val/loss', step: 1, epoch: 1, value: 7 }, db);
    await resumed.flush(db);
    expect((await stored(run.id)).map((p) => [p.step, p.value])).toEqual([
      [0, 1],
      [1, 7],
      [2, 2.2],
      [3, 2.3],
      [4, 9],
    ]);
  });

  it('with batches in flight side by side, stores each point once, at the value sent last', async () => {
    // Mostly new steps, often one of the last ten again (as a replayed stretch sends them), in batches of three: a
    // batch that upserts before an earlier one has copied makes that COPY fail, and the run hang.
    for (const seed of [1, 2, 3, 4]) {
      const run = await newRun();
      const writer = new MetricWriter(run, 3);
      const random = seededRandom(seed);
      const latest = new Map<number, number>();
      let next = 0;
      for (let i = 0; i < 600; i++) {
        const step = next > 0 && random.chance(0.3) ? Math.max(0, next - random.int(1, 10)) : next++;
        latest.set(step, i);
        await writer.add({ key: 'train/loss', step, epoch: step, value: i }, db);
      }
      await writer.flush(db);
      const points = await stored(run.id);
      expect(points.map((p) => p.step)).toEqual([...latest.keys()].sort((a, b) => a - b));
      for (const p of points) expect(p.value).toBe(latest.get(p.step));
    }
  });

  it('writes nothing for an attempt that no longer holds the run', async () => {
    const run = await newRun();
    await db.update(runs).set({ attempt: 2 }).where(eq(runs.id, run.id));
    const writer = new MetricWriter(run);
    await writer.add({ key: 'val/loss', step: 1, epoch: 1, value: 1 }, db);
    await writer.flush(db);
    expect(await stored(run.id)).toHaveLength(0);
  });

  it('loses a deleted run’s points with it', async () => {
    const run = await newRun();
    const writer = new MetricWriter(run);
    await writer.add({ key: 'val/loss', step: 1, epoch: 1, value: 1 }, db);
    await writer.flush(db);
    await db.delete(runs).where(eq(runs.id, run.id));
    const [left] = await db.execute<{ n: number }>(sql`select count(*)::int as n from metric_chunks where run_id = ${run.id}`);
    expect(left!.n).toBe(0);
  });
});
