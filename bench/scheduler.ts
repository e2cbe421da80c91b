/**
 * The scheduler's figures, with real worker processes on a throwaway embedded Postgres:
 *  1. claim latency: from a run's launch to its claim by an idle worker (the database's own timestamps);
 *  2. takeover latency: from a SIGKILL of the worker training a run to the run's claim by another worker;
 *  3. the engine's overhead with each run trained in a process of its own: a run through a worker (claim to success)
 *     against a bare loop of the same epochs and evaluation in this process, and the part of it that is the training
 *     process starting.
 * Usage: npx tsx bench/scheduler.ts [repeats=5] [heartbeatMs=1000] [epochs=20]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { runLogs, runs } from '../db/schema';
import { loadTrainingData } from '../db/trainingData';
import { runKinds } from '../lib/runs/config';
import { createRun } from '../server/domain/runs';
import { loadTensorFlow } from '../workers/tf';
import { createLogisticRegression } from '../workers/trainers/logisticRegression';
import { withBenchDatabase } from './benchDatabase';

const repeats = Number(process.argv[2] ?? 5);
const heartbeatMs = Number(process.argv[3] ?? 1000);
const epochs = Number(process.argv[4] ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${Math.round(x)} ms`;
const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, milliseconds));

async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string, limitMs = 120_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

await withBenchDatabase('scheduler', 54349, 'product-titles', async ({ db, scope, teamId, versionId, url }) => {
  const fleet = new Set<ChildProcess>();
  const startWorker = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(import.meta.dirname, '..', 'workers', 'main.ts')], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        WORKER_CONCURRENCY: '1',
        PHASELAB_HEARTBEAT_MS: String(heartbeatMs),
        PHASELAB_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    fleet.add(child);
    child.once('exit', () => fleet.delete(child));
    return child;
  };
  const launch = (config: Record<string, unknown>) =>
    createRun(scope, { kind: 'logistic_regression', datasetVersionId: versionId, config, seed: 7 });
  const state = async (id: string) => (await db.select().from(runs).where(eq(runs.id, id)))[0]!;
  const finished = (id: string) =>
    until(async () => ['succeeded', 'failed', 'canceled'].includes((await state(id)).status) && state(id), 'the run to end', 600_000);

  try {
    // 1. Claim latency, with one idle worker (after a first run has warmed it up).
    startWorker();
    await finished((await launch({ epochs: 1 })).id);
    const claims: number[] = [];
    for (let r = 0; r < Math.max(repeats, 10); r++) {
      const run = await finished((await launch({ epochs: 1 })).id);
      claims.push(run.startedAt!.getTime() - run.createdAt.getTime());
    }
    console.log(
      `1. claim latency (launch → claimed by an idle worker): median ${ms(median(claims))}, p95 ${ms(percentile(claims, 95))} over ${claims.length} runs`,
    );

    // 2. Takeover latency: the worker training the run is killed; another claims the run.
    const takeovers: number[] = [];
    startWorker();
    for (let r = 0; r < repeats; r++) {
      const run = await launch({ epochs: 200, batchSize: 8 });
      const running = await until(async () => {
        const now = await state(run.id);
        return now.status === 'running' && now.epochsDone >= 1 && now;
      }, 'the run to train');
      // Which process holds the run: the workers table knows each worker's pid.
      const [holder] = await db.execute<{ pid: number }>(sql`select pid from workers where id = ${running.workerId}`);
      const victim = [...fleet].find((w) => w.pid === holder?.pid);
      if (!victim) throw new Error('the worker holding the run is not one of this bench');
      const killedAt = Date.now();
      victim.kill('SIGKILL');
      await until(
        async () => (await state(run.id)).attempt > running.attempt && (await state(run.id)).status === 'running',
        'the takeover',
      );
      takeovers.push(Date.now() - killedAt);
      await db
        .update(runs)
        .set({ cancelRequestedAt: sql`now()` })
        .where(eq(runs.id, run.id));
      await finished(run.id);
      startWorker(); // the fleet stays at two
    }
    console.log(
      `2. takeover latency (SIGKILL → claimed by another worker, heartbeat ${heartbeatMs} ms, taken for dead after ${4 * heartbeatMs} ms): median ${ms(median(takeovers))} [${takeovers.map(ms).join(', ')}]`,
    );

    // 3. Overhead of the engine with a training process per run, against the bare epochs and evaluation here.
    const config = runKinds.logistic_regression.config.parse({ epochs, batchSize: 32 });
    const { tf, backend } = await loadTensorFlow();
    const engine: number[] = [];
    const processStart: number[] = [];
    const bare: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const run = await finished((await launch({ epochs, batchSize: 32 })).id);
      if (run.status !== 'succeeded') throw new Error(`the run ended ${run.status}`);
      engine.push(run.finishedAt!.getTime() - run.startedAt!.getTime());
      const [firstLine] = await db
        .select({ at: runLogs.at })
        .from(runLogs)
        .where(and(eq(runLogs.runId, run.id), eq(runLogs.attempt, 1)))
        .orderBy(asc(runLogs.id))
        .limit(1);
      processStart.push(firstLine!.at.getTime() - run.startedAt!.getTime());

      const started = performance.now();
      const data = await loadTrainingData(db, teamId, versionId, { noise: config.noise });
      const trainer = await createLogisticRegression({ tf, data, config, seed: 7 });
      const signal = new AbortController().signal;
      for (let epoch = 1; epoch <= epochs; epoch++) {
        await trainer.trainEpoch(epoch, { signal, onBatch: () => {} });
        await trainer.predict(data.trainRows);
        await trainer.predict(data.validationRows);
      }
      await trainer.predict(data.testRows);
      trainer.dispose();
      bare.push(performance.now() - started);
    }
    const [e, b, p] = [median(engine), median(bare), median(processStart)];
    console.log(
      `3. ${epochs} epochs of logistic regression on 6,000 titles (${backend}): through a worker ${ms(e)} (claim → success), bare epochs + evaluation ${ms(b)}: +${((e / b - 1) * 100).toFixed(1)}%;` +
        ` of which starting the training process ${ms(p)}; without it +${(((e - p) / b - 1) * 100).toFixed(1)}%`,
    );
  } finally {
    for (const worker of fleet) worker.kill('SIGKILL');
  }
});
process.exit(0);
