import os from 'node:os';
import PgBoss from 'pg-boss';
import { connect } from '../db/client';
import type { JobPayloads, QueueName } from '../db/queue';
import { HEARTBEAT_MS, newWorkerId, registerWorker, SESSION_NAME_PREFIX, WORKER_SESSION_TIMEOUTS } from './registry';
import { answerHealthCheck } from './jobs/healthCheck';
import { answerPrediction } from './jobs/predict';
import { METRIC_BATCHES_IN_FLIGHT } from './engine/metricWriter';
import { requeueOrphanedRuns } from './engine/runJob';
import { prepareSpareTrainingProcess, runTrainingInChildProcess, stopTrainingProcesses } from './engine/childRuns';
import { serveWorkerMetrics, workerMetrics } from './metrics';
import { log } from '../lib/log';

/**
 * The worker process: takes jobs from the Postgres-backed queue. Run as many as you like, on any host
 * that reaches DATABASE_URL. SIGTERM or SIGINT finishes the jobs in hand, then exits.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set.');
  const concurrency = Number(process.env.WORKER_CONCURRENCY ?? os.availableParallelism());
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error('WORKER_CONCURRENCY must be a positive integer.');

  // Per run: its metric batches in flight, or its epoch's transaction once they have landed.
  const workerId = newWorkerId();
  const { db, close } = connect(url, {
    max: METRIC_BATCHES_IN_FLIGHT * concurrency + 2,
    timeouts: WORKER_SESSION_TIMEOUTS,
    applicationName: SESSION_NAME_PREFIX + workerId,
  });
  const boss = new PgBoss({ connectionString: url, max: 4 });
  let stopping = false;
  boss.on('error', (error) => !stopping && log.error({ err: error }, 'queue error'));
  await boss.start();
  const worker = await registerWorker(db, workerId, concurrency);
  const logger = log.child({ workerId: worker.id });

  async function consume<Q extends QueueName>(queue: Q, handle: (data: JobPayloads[Q]) => Promise<void>) {
    for (let slot = 0; slot < concurrency; slot++) {
      await boss.work<JobPayloads[Q]>(queue, { pollingIntervalSeconds: 0.5 }, async ([job]) => handle(job!.data));
    }
  }
  await consume('health-check', (data) => answerHealthCheck(db, worker.id, data));
  const engine = { db, workerId: worker.id, stopping: () => stopping, active: new Set<string>() };
  // Each run trains in a process of its own: this one only polls, beats and supervises. One waits, started, for the first.
  prepareSpareTrainingProcess(engine);
  await consume('run-train', (data) => runTrainingInChildProcess(engine, data.runId));
  await consume('run-predict', (data) => answerPrediction(db, data));
  // A worker four heartbeats late is taken for dead, and its runs resume elsewhere.
  const sweep = setInterval(
    () =>
      void requeueOrphanedRuns(db, engine, (4 * HEARTBEAT_MS) / 1000)
        .then((requeued) => workerMetrics.takeovers.inc(requeued.length))
        .catch((error) => logger.error({ err: error }, 'requeue of orphaned runs failed')),
    HEARTBEAT_MS,
  );
  const metricsServer = serveWorkerMetrics();
  logger.info({ concurrency }, 'worker online');

  async function shutdown(signal: string) {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing jobs in hand');
    clearInterval(sweep);
    metricsServer?.close();
    stopTrainingProcesses();
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await worker.stop();
    await close();
    process.exit(0);
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  log.fatal({ err: error }, 'worker failed to start');
  process.exit(1);
});
