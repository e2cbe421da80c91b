/**
 * The run machinery's three figures, on a throwaway embedded Postgres:
 *  1. metric ingestion from one writer (points/s);
 *  2. curve queries over 100 runs × 4 metrics × 10,000 points, bucketed to ≤ 1,000 points per series (p50/p95);
 *  3. the engine's overhead: the same trainer and data through the engine vs a bare loop of its epochs.
 * Usage: npx tsx bench/runs.ts [repeats=3]
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { eq, sql } from 'drizzle-orm';
import { runs, workers } from '../db/schema';
import { runKinds } from '../lib/runs/config';
import { queryMetrics } from '../server/domain/runMetrics';
import { createRun } from '../server/domain/runs';
import { storePoints } from '../db/metricChunks';
import { MetricWriter } from '../workers/engine/metricWriter';
import { runTrainingJob } from '../workers/engine/runJob';
import { loadTrainingData } from '../db/trainingData';
import { loadTensorFlow } from '../workers/tf';
import { createLogisticRegression } from '../workers/trainers/logisticRegression';
import { withBenchDatabase } from './benchDatabase';

const repeats = Number(process.argv[2] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

await withBenchDatabase('runs', 54342, 'product-titles', async ({ db, scope, teamId, versionId }) => {
  const newRun = (config: Record<string, unknown> = {}) =>
    createRun(scope, { kind: 'logistic_regression', datasetVersionId: versionId, config, seed: 7 });

  // 1. Ingestion: 200,000 points through the writer the engine uses, flushed in its batches.
  const rates: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const run = await newRun();
    // The writer only writes for the attempt that holds the run, as a worker's claim would make it.
    const [claimed] = await db.update(runs).set({ status: 'running' }).where(eq(runs.id, run.id)).returning();
    const writer = new MetricWriter(claimed!);
    const started = performance.now();
    for (let step = 0; step < 200_000; step++)
      await writer.add({ key: 'train/batch_loss', step, epoch: step / 1000, value: Math.random() }, db);
    await writer.flush(db);
    rates.push(200_000 / ((performance.now() - started) / 1000));
  }
  console.log(
    `1. metric ingestion, one writer: median ${Math.round(median(rates)).toLocaleString('en-US')} points/s  [${rates.map((x) => Math.round(x)).join(', ')}]`,
  );

  // 2. Curves: 100 runs × 4 metrics × 10,000 points, written by SQL for speed.
  const template = await newRun();
  const runIds: string[] = [];
  for (let i = 0; i < 100; i++) {
    const id = randomUUID();
    await db.execute(sql`insert into runs (id, team_id, name, kind, config, dataset_version_id, seed, epochs, created_by)
      select ${id}, team_id, name, kind, config, dataset_version_id, seed, epochs, created_by from runs where id = ${template.id}`);
    runIds.push(id);
  }
  const now = Date.now();
  for (const id of runIds) {
    const points = ['train/loss', 'val/loss', 'train/accuracy', 'val/accuracy'].flatMap((key) =>
      Array.from({ length: 10_000 }, (_, step) => ({ key, step, epoch: step / 1000, value: Math.random(), wallTime: now })),
    );
    await db.transaction((tx) => storePoints(tx, { id, teamId: template.teamId }, points));
  }
  // Autovacuum would do this in production; a benchmark cannot wait for it.
  await db.execute(sql`vacuum analyze metric_chunks`);
  const one: number[] = [];
  for (let i = 0; i < 100 * repeats; i++) {
    const started = performance.now();
    const series = await queryMetrics(scope, { runIds: [runIds[i % 100]], maxPoints: 1000 });
    one.push(performance.now() - started);
    if (series.length !== 4 || series.some((s) => s.points.length > 1000)) throw new Error('unexpected curve shape');
  }
  console.log(
    `2. one run's 4 curves (40,000 points → ≤ 4 × 1,000): p50 ${ms(percentile(one, 50))}, p95 ${ms(percentile(one, 95))} over ${one.length} queries`,
  );
  for (const batch of [10, 100]) {
    const times: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const started = performance.now();
      await queryMetrics(scope, { runIds: runIds.slice(0, batch), maxPoints: 1000 });
      times.push(performance.now() - started);
    }
    console.log(
      `   ${batch} runs at once (${batch * 4} curves, ${(batch * 40_000).toLocaleString('en-US')} points): median ${ms(median(times))}`,
    );
  }

  // 3. Overhead: the engine (claim, evaluation each epoch, metrics, checkpoints) vs the trainer's epochs alone.
  const workerId = randomUUID();
  await db.insert(workers).values({ id: workerId, host: os.hostname(), pid: process.pid, concurrency: 1 });
  const config = runKinds.logistic_regression.config.parse({ epochs: 5, batchSize: 32 });
  const { tf, backend } = await loadTensorFlow();
  // Warm up the backend's kernels once, so neither side pays for compiling them.
  await runTrainingJob({ db, workerId, stopping: () => false, active: new Set() }, (await newRun({ epochs: 1, batchSize: 32 })).id);
  const engine: number[] = [];
  const bare: number[] = [];
  const bareWithEvaluation: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const run = await newRun({ epochs: 5, batchSize: 32 });
    let started = performance.now();
    await runTrainingJob({ db, workerId, stopping: () => false, active: new Set() }, run.id);
    engine.push(performance.now() - started);
    const [done] = await db.select({ status: runs.status }).from(runs).where(eq(runs.id, run.id));
    if (done!.status !== 'succeeded') throw new Error(`engine run ended ${done!.status}`);

    for (const evaluate of [false, true]) {
      started = performance.now();
      const data = await loadTrainingData(db, teamId, versionId, { noise: config.noise });
      const trainer = await createLogisticRegression({ tf, data, config, seed: 7 });
      const signal = new AbortController().signal;
      for (let epoch = 1; epoch <= config.epochs; epoch++) {
        await trainer.trainEpoch(epoch, { signal, onBatch: () => {} });
        if (evaluate) {
          await trainer.predict(data.trainRows);
          await trainer.predict(data.validationRows);
        }
      }
      if (evaluate) await trainer.predict(data.testRows);
      trainer.dispose();
      (evaluate ? bareWithEvaluation : bare).push(performance.now() - started);
    }
  }
  const e = median(engine);
  console.log(
    `3. 5 epochs of logistic regression on 6,000 titles (${backend}): engine ${ms(e)}, bare epochs ${ms(median(bare))} (+${((e / median(bare) - 1) * 100).toFixed(1)}%), bare epochs + the same evaluation ${ms(median(bareWithEvaluation))} (+${((e / median(bareWithEvaluation) - 1) * 100).toFixed(1)}%)`,
  );
});
