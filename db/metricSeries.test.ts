import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { downsample, querySeries, type SeriesPoint } from './metricSeries';
import { runMetricRollups, runs } from './schema';
import { createTestDatabase } from '../test/database';
import { graphqlClient, newUserWithTeam } from '../test/graphqlClient';
import { writeCurve } from '../test/points';

let db: Database;
let teamId: string;
let runId: string;

/** 5,000 steps of a falling curve with one spike at step 3,333 that any honest downsampling must keep. */
const values = Array.from({ length: 5000 }, (_, step) => (step === 3333 ? 50 : 1 / (1 + step / 500)));

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  const request = graphqlClient(db);
  const owner = await newUserWithTeam(request, 'Rolf');
  teamId = owner.team.id;
  const sample = await request(
    `mutation { createSampleDataset(key: "product-titles") { dataset { latestVersion { id } } } }`,
    {},
    owner.caller,
    owner.team.slug,
  );
  const created = await request(
    `mutation($id: ID!) { createRun(input: { kind: "logistic_regression", datasetVersionId: $id }) { run { id } } }`,
    { id: sample.data!.createSampleDataset.dataset.latestVersion.id },
    owner.caller,
    owner.team.slug,
  );
  runId = created.data!.createRun.run.id;
  await writeCurve(db, { id: runId, teamId }, 'train/batch_loss', values, { epochOf: (step) => step / 100 });
}, 60_000);

describe('curves of finished runs', () => {
  const ask = (status: string, maxPoints: number) =>
    querySeries(db, { teamId, runIds: [runId], maxPoints, withWallTime: true }, new Map([[runId, status]]));

  it('are bucketed once into rollups and then served from them, keeping first, last and every spike', async () => {
    const live = await ask('running', 1000);
    expect(await db.select().from(runMetricRollups).where(eq(runMetricRollups.runId, runId))).toHaveLength(0);
    await db.update(runs).set({ status: 'succeeded' }).where(eq(runs.id, runId));
    const rolled = await ask('succeeded', 1000);
    expect(await db.select().from(runMetricRollups).where(eq(runMetricRollups.runId, runId))).toHaveLength(1);
    // The rollup holds exactly what bucketing every point gives.
    expect(rolled[0]!.points).toEqual(live[0]!.points);
    const points = rolled[0]!.points;
    expect(points.length).toBeLessThanOrEqual(1000);
    expect(points[0]!.step).toBe(0);
    expect(points.at(-1)!.step).toBe(4999);
    expect(points.find((p) => p.step === 3333)?.value).toBe(50);

    // Fewer points are cut from the rollup by the same rule, and still keep the spike.
    const coarse = (await ask('succeeded', 100))[0]!.points;
    expect(coarse.length).toBeLessThanOrEqual(100);
    expect(coarse.find((p) => p.step === 3333)?.value).toBe(50);
  });
});

describe('downsample', () => {
  const line = (n: number): SeriesPoint[] =>
    Array.from({ length: n }, (_, step) => ({ step, epoch: step, value: Math.sin(step), wallTime: step }));
  it('leaves a short series alone', () => {
    expect(downsample(line(10), 20)).toHaveLength(10);
  });
  it('keeps each bucket’s lowest and highest point, in step order', () => {
    const kept = downsample(line(1000), 52);
    expect(kept.length).toBeLessThanOrEqual(52);
    expect(kept.map((p) => p.step)).toEqual([...kept.map((p) => p.step)].sort((a, b) => a - b));
    expect(Math.max(...kept.map((p) => p.value))).toBeCloseTo(Math.max(...line(1000).map((p) => p.value)));
  });
});
