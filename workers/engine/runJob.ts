/**
 * The run engine: everything a training run needs that is not the model. It claims the run (a fencing attempt
 * number makes a second worker's writes bounce), loads the data with its label noise, resumes from the last
 * checkpoint, trains epoch by epoch, and commits each epoch's metrics, checkpoint and memorization bookkeeping in one
 * transaction, so that an epoch is either wholly there or redone. Cancellation is polled and stops the trainer
 * between batches. A lost database connection hands the run back to resume later; any other error fails the run,
 * never the worker.
 */
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { runArtifacts, runLogs, runNoisyExamples, runs } from '../../db/schema';
import { deletePoints, latestPoints } from '../../db/metricChunks';
import { isConnectionLost, rootMessage } from '../../db/faults';
import { enqueueTraining, releaseWaitingRuns, teamSlots } from '../../db/queue';
import { detectAndStorePhases } from '../../db/phaseDetections';
import { storeRollups } from '../../db/metricSeries';
import { trainedRunKinds, type TrainedRunKind } from '../../lib/runs/config';
import { loadTensorFlow } from '../tf';
import { SESSION_NAME_PREFIX } from '../registry';
import { trainers } from '../trainers';
import type { Trainer } from '../trainers/trainer';
import { BaseModelNotReady, loadBaseModel, waitForBaseModel } from './baseModel';
import { fenceOf } from './fence';
import { evaluateEpoch, testScores } from './evaluation';
import { MetricWriter } from './metricWriter';
import { dataOptions, exampleKey, loadTrainingData, noisyExamples, recordNoisyExamples, type TrainingData } from '../../db/trainingData';
import { log } from '../../lib/log';
import { trainingLossesArtifact } from '../../lib/runs/trainingLosses';

export type Run = typeof runs.$inferSelect;

export interface EngineContext {
  db: Database;
  workerId: string;
  /** True once the worker is asked to stop: the run is handed back after the epoch in hand. */
  stopping: () => boolean;
  /** The runs this worker process is training right now; the orphan sweep leaves them alone. */
  active: Set<string>;
  /** Told each epoch's duration (a training process passes it on to its worker's metrics). */
  onEpoch?: (seconds: number) => void;
}

class LostRun extends Error {}

const CANCELED = 'canceled';
const STOPPING = 'stopping';
const BATCH_LOSS = 'train/batch_loss';

/** Claims and trains a run in this process (benchmarks; the worker trains each run in a process of its own). */
export async function runTrainingJob(ctx: EngineContext, runId: string): Promise<void> {
  // Marked before the claim commits, so that this worker's own sweep never takes the run for an orphan.
  ctx.active.add(runId);
  try {
    const run = await claimRun(ctx, runId);
    if (run) await trainClaimedRun(ctx, run); // else canceled, finished, or taken by another worker
  } finally {
    ctx.active.delete(runId);
  }
}

/**
 * A line in the run's log, for its attempt, and in the process's structured log with the run and attempt; a lost
 * log line must never fail a run. Fenced like every write: while training, only while this attempt holds the run
 * (a host cut off or frozen, back after its run was taken over, says nothing); once this attempt has settled the run
 * itself (`settled`), as long as no later attempt has claimed it.
 */
const logger = (db: Executor, run: Run, when: 'training' | 'settled' = 'training') => {
  const lines = log.child({ runId: run.id, attempt: run.attempt, teamId: run.teamId });
  const held = when === 'training' ? sql`and status in ('running', 'waiting')` : sql``;
  return async (message: string, level: 'info' | 'error' = 'info') => {
    lines[level](message);
    await db
      .execute(
        sql`
        insert into ${runLogs} (run_id, team_id, attempt, level, message)
        select id, team_id, attempt, ${level}, ${message} from ${runs} where id = ${run.id} and attempt = ${run.attempt} ${held}`,
      )
      .catch(() => {});
  };
};

/** Trains a run this attempt holds, to its end, a hand-back or a failure; it never throws. */
export async function trainClaimedRun(ctx: EngineContext, run: Run): Promise<void> {
  const { db } = ctx;
  const fence = fenceOf(run);
  const log = logger(db, run);
  const logSettled = logger(db, run, 'settled');
  // Provisional phases after each epoch, final ones when the run ends; a detector failure is logged, never fatal.
  let epochsDone = run.epochsDone;
  const annotatePhases = async (final: boolean, executor: Executor = db) => {
    if (epochsDone === 0) return;
    await detectAndStorePhases(executor, { run, final }).catch((error) =>
      (final ? logSettled : log)(`phase detection failed: ${error instanceof Error ? error.message : error}`, 'error'),
    );
  };
  const controller = new AbortController();
  const watch = setInterval(() => void watchRun(db, run, controller), 500);
  let trainer: Trainer | undefined;
  let writer: MetricWriter | undefined;
  // Where training stands: the epoch in hand and its batches trained so far, for a checkpoint when the worker stops.
  const at = { epoch: run.epochsDone + 1, batchesDone: run.batchesDone, batches: 0 };
  try {
    const { tf, backend } = await loadTensorFlow();
    await db.update(runs).set({ backend }).where(fence);
    await log(
      `attempt ${run.attempt} on ${os.hostname()} (worker ${ctx.workerId.slice(0, 8)}, training process ${process.pid}, tfjs backend ${backend})`,
    );
    const config = trainedRunKinds[run.kind as TrainedRunKind].config.parse(run.config);
    // Before the data: a run whose base model still pre-trains waits, without loading anything or holding a worker.
    let baseModel: Buffer | undefined;
    if ('baseModelId' in config && config.baseModelId) {
      const load = () => loadBaseModel(db, run.teamId, config.baseModelId!);
      baseModel = await load().catch(async (error) => {
        if (!(error instanceof BaseModelNotReady) || !(await waitForBaseModel(db, run, config.baseModelId!))) return load();
        throw error;
      });
    }
    const data = await loadTrainingData(db, run.teamId, run.datasetVersionId!, dataOptions(config));
    await recordNoisyExamples(db, run.teamId, run.id, data);
    await log(
      `${data.trainRows.length} training, ${data.validationRows.length} validation, ${data.testRows.length} test rows; ${data.classes.length} classes; ${describeNoise(data)}`,
    );
    trainer = await trainers[run.kind as TrainedRunKind]({ tf, data, config: config as never, seed: run.seed, baseModel });
    const batches = (at.batches = trainer.batchesPerEpoch ?? Math.ceil(data.trainRows.length / config.batchSize));
    if (run.epochsDone > 0 || run.batchesDone > 0) {
      const [checkpoint] = await db
        .select()
        .from(runArtifacts)
        .where(and(eq(runArtifacts.runId, run.id), eq(runArtifacts.name, 'checkpoint')));
      if (checkpoint?.epoch !== run.epochsDone || checkpoint.batch !== run.batchesDone)
        throw new Error(`no checkpoint for ${describePosition(run, batches)} to resume from`);
      await trainer.loadState(checkpoint.data);
      await log(`resumed from the checkpoint of ${describePosition(run, batches)}`);
    }
    const memorizedAt = await firstMemorized(db, run, data);
    // Points an earlier attempt sent after its last checkpoint: the replay sends them again.
    const keptBatchSteps = run.epochsDone * batches + run.batchesDone;
    await db.transaction(async (tx) => {
      const [held] = await tx.select({ id: runs.id }).from(runs).where(fence).for('share');
      if (held) await deletePoints(tx, run, (key, step, epoch) => epoch > run.epochsDone && !(key === BATCH_LOSS && step < keptBatchSteps));
    });
    const epochWriter = (writer = new MetricWriter(run));

    for (let epoch = run.epochsDone + 1; epoch <= run.epochs; epoch++) {
      const started = performance.now();
      at.epoch = epoch;
      await trainer.trainEpoch(epoch, {
        signal: controller.signal,
        fromBatch: epoch === run.epochsDone + 1 ? run.batchesDone : 0,
        onBatch: async (loss, batch) => {
          await epochWriter.add(
            { key: BATCH_LOSS, step: (epoch - 1) * batches + batch, epoch: epoch - 1 + (batch + 1) / batches, value: loss },
            db,
          );
          at.batchesDone = batch + 1;
          // A stopping worker checkpoints here rather than finish a long epoch (or be cut off in it).
          if (ctx.stopping() && at.batchesDone < batches) controller.abort(STOPPING);
          await yieldNow();
        },
      });
      const { points, losses } = await evaluateEpoch(trainer, data, memorizedAt, epoch);
      for (const [key, value] of Object.entries(points)) await epochWriter.add({ key, step: epoch, epoch, value }, db);
      const state = await trainer.saveState();
      await epochWriter.drain();
      await db.transaction(async (tx) => {
        const [owned] = await tx
          .update(runs)
          .set({ epochsDone: epoch, batchesDone: 0, progress: epoch / run.epochs, heartbeatAt: sql`now()` })
          .where(fence)
          .returning({ id: runs.id });
        if (!owned) throw new LostRun();
        await epochWriter.flush(tx);
        await saveArtifact(tx, run, 'checkpoint', epoch, state);
        if (losses) await saveArtifact(tx, run, trainingLossesArtifact(epoch), epoch, losses);
        const newlyMemorized = noisyExamples(data).filter((e) => memorizedAt.get(e.key) === epoch);
        if (newlyMemorized.length) {
          const pairs = sql.join(
            newlyMemorized.map((e) => sql`(${e.row}::int, ${e.token}::int)`),
            sql`, `,
          );
          await tx
            .update(runNoisyExamples)
            .set({ firstMemorizedEpoch: epoch })
            .where(and(eq(runNoisyExamples.runId, run.id), sql`(${runNoisyExamples.row}, ${runNoisyExamples.token}) in (${pairs})`));
        }
      });
      const seconds = (performance.now() - started) / 1000;
      ctx.onEpoch?.(seconds);
      await log(`epoch ${epoch}/${run.epochs} in ${seconds.toFixed(1)} s: ${describePoints(points)}`);
      epochsDone = epoch;
      at.batchesDone = 0;
      await annotatePhases(false);
      if (ctx.stopping() && epoch < run.epochs) {
        await handBack(db, run, fence);
        return await logSettled(`handed back after epoch ${epoch}: the worker is stopping`);
      }
    }

    const { summary, uncertainty } = await finalSummary(trainer, data, db, run);
    const explanation = trainer.explain && Buffer.from(JSON.stringify(await trainer.explain()));
    await db.transaction(async (tx) => {
      await saveArtifact(tx, run, 'model', run.epochs, await (trainer!.saveModel?.() ?? trainer!.saveState()));
      if (explanation) await saveArtifact(tx, run, 'explanation', run.epochs, explanation);
      const [owned] = await tx
        .update(runs)
        .set({ status: 'succeeded', progress: 1, summary, testUncertainty: uncertainty, finishedAt: sql`now()` })
        .where(fence)
        .returning({ id: runs.id });
      if (!owned) throw new LostRun();
      // With the status, so a finished run is never seen with provisional phases.
      await annotatePhases(true, tx);
    });
    // After the commit: a run that trained is never failed by its rollups; a failure here is made up on first read.
    await storeRollups(db, run).catch((error) =>
      logSettled(`curve rollups not stored: ${error instanceof Error ? error.message : error}`, 'error'),
    );
    await logSettled(`succeeded${describeTest(summary)}`);
  } catch (error) {
    if (error instanceof LostRun || controller.signal.reason === 'lost') return;
    if (controller.signal.reason === STOPPING && trainer && writer) {
      return await checkpointMidEpoch(db, run, { trainer, writer, ...at }).catch(async (failure) => {
        // Not a fault of the run: it resumes from its last checkpoint, wherever that was.
        if (!(failure instanceof LostRun))
          await recoverOrFail(db, run, epochsDone, `the mid-epoch checkpoint failed (${rootMessage(failure)})`);
      });
    }
    if (error instanceof BaseModelNotReady) {
      return await logSettled(
        'waiting for the base model to finish pre-training: the run holds no worker, and is queued again when that ends',
      );
    }
    if (controller.signal.aborted && controller.signal.reason === CANCELED) {
      if (!(await settle(db, fence, { status: 'canceled', finishedAt: sql`now()` }))) return;
      await logSettled('canceled');
      return await annotatePhases(true);
    }
    if (isConnectionLost(error)) {
      // Not the run's fault: it resumes from its last epoch once the database answers. If it stays away longer than
      // the retries, the run stays with this worker, whose sweep hands it back (with its reason) when it returns.
      const outcome = await recoverOrFail(db, run, epochsDone, `the database connection was lost (${rootMessage(error)})`);
      if (outcome === 'failed') await annotatePhases(true);
      return;
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    // An attempt that no longer holds the run (taken over while it was frozen) says nothing.
    if (!(await settle(db, fence, { status: 'failed', error: failure.message, errorStack: failure.stack ?? null, finishedAt: sql`now()` })))
      return;
    await logSettled(`failed: ${failure.message}`, 'error');
    await annotatePhases(true);
  } finally {
    clearInterval(watch);
    trainer?.dispose();
    // A pre-training that ended frees the runs waiting for it (a sweep would, a few seconds later).
    if (run.kind === 'pretrain') await releaseWaitingRuns(db, run.teamId).catch(() => {});
  }
}

/** Where a run resumes: after its last epoch, or within the next one. */
const describePosition = (run: Pick<Run, 'epochsDone' | 'batchesDone'>, batches: number) =>
  run.batchesDone ? `batch ${run.batchesDone}/${batches} of epoch ${run.epochsDone + 1}` : `epoch ${run.epochsDone}`;

/**
 * Saves the model and optimizer between two batches of an epoch and hands the run back: the next attempt loads it
 * and trains the rest of the epoch as if it had never stopped (batches draw their order and randomness by index).
 */
async function checkpointMidEpoch(
  db: Database,
  run: Run,
  at: { trainer: Trainer; writer: MetricWriter; epoch: number; batchesDone: number; batches: number },
) {
  const fence = fenceOf(run);
  const state = await at.trainer.saveState();
  await at.writer.drain();
  await db.transaction(async (tx) => {
    const [owned] = await tx
      .update(runs)
      .set({ batchesDone: at.batchesDone, heartbeatAt: sql`now()` })
      .where(fence)
      .returning({ id: runs.id });
    if (!owned) throw new LostRun();
    await at.writer.flush(tx);
    await saveArtifact(tx, run, 'checkpoint', at.epoch - 1, state, at.batchesDone);
  });
  if (await handBack(db, run, fence))
    await logger(db, run, 'settled')(`handed back at batch ${at.batchesDone}/${at.batches} of epoch ${at.epoch}: the worker is stopping`);
}

const describeNoise = (data: TrainingData) =>
  data.tagging ? `${data.tagging.noisyEntities.length} entities corrupted` : `${data.noisyRows.length} labels corrupted`;

const headlines = { 'test/f1': 'test entity F1', 'test/accuracy': 'test accuracy', 'val/mlm_accuracy': 'masked-word accuracy' };

const describeTest = (summary: Record<string, number>) => {
  const key = (Object.keys(headlines) as (keyof typeof headlines)[]).find((k) => k in summary);
  return key ? `: ${headlines[key]} ${summary[key]!.toFixed(4)}` : '';
};

/**
 * Lets timers and I/O run between batches once 20 ms have passed since they last could: a trainer's batches are
 * synchronous work, and without this an epoch would hold back this worker's heartbeats, cancellation checks and
 * its other runs until it ends.
 */
let lastYield = performance.now();
async function yieldNow() {
  if (performance.now() - lastYield < 20) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastYield = performance.now();
}

const describePoints = (points: Record<string, number>) =>
  Object.entries(points)
    .map(([key, value]) => `${key} ${value.toFixed(4)}`)
    .join(', ');

/**
 * Records how a run ended, trying again while the database is unreachable; false when this attempt no longer held
 * the run. If the database never answers, the run stays "running" under no live attempt and the orphan sweep hands
 * it to a worker that resumes it.
 */
async function settle(
  db: Database,
  fence: ReturnType<typeof and>,
  values: Parameters<ReturnType<Database['update']>['set']>[0],
): Promise<boolean> {
  const settled = await retryWhileDisconnected(() => db.update(runs).set(values).where(fence).returning({ id: runs.id })).catch(() => []);
  return settled.length > 0;
}

const MAX_FAULTS_AT_ONE_EPOCH = 3;
const HANDED_BACK_AT = 'handed back after epoch ';

/**
 * After a fault that is not the run's own (a lost connection, its training process killed), the run goes back to the
 * queue and resumes after its last epoch, and the log says why. An epoch that meets the same fault every time (a
 * query that brings the server down, a model that exhausts memory) fails the run at the third.
 */
export async function recoverOrFail(db: Database, run: Run, epochsDone: number, fault: string): Promise<'handed back' | 'failed' | 'gone'> {
  const fence = fenceOf(run);
  const log = logger(db, run, 'settled');
  const kind = fault.replace(/ \(.*$/, '');
  const [row] = await retryWhileDisconnected(() =>
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(runLogs)
      .where(and(eq(runLogs.runId, run.id), sql`${runLogs.message} like ${`${HANDED_BACK_AT}${epochsDone}: ${kind}%`}`)),
  ).catch(() => []);
  if ((row?.n ?? 0) < MAX_FAULTS_AT_ONE_EPOCH - 1) {
    const handedBack = await retryWhileDisconnected(() => handBack(db, run, fence)).catch(() => false);
    if (handedBack) await log(`${HANDED_BACK_AT}${epochsDone}: ${fault}`);
    return handedBack ? 'handed back' : 'gone';
  }
  const message = `${fault}, ${MAX_FAULTS_AT_ONE_EPOCH} times at epoch ${epochsDone + 1}`;
  const [failed] = await retryWhileDisconnected(() =>
    db
      .update(runs)
      .set({ status: 'failed', error: message, finishedAt: sql`now()` })
      .where(fence)
      .returning({ id: runs.id }),
  ).catch(() => []);
  if (failed) await log(`failed: ${message}`, 'error');
  return failed ? 'failed' : 'gone';
}

/** Tries `work` again while the database is unreachable: after 0.5, 1, 2, 4 and 8 s; then its error stands. */
async function retryWhileDisconnected<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt === 5 || !isConnectionLost(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

/**
 * Takes a queued run for this worker. A team already training as many runs as it may while other teams wait does not
 * get another: the run goes back to the queue for a few seconds, and the slot to the next job. Claims of one team
 * take turns (an advisory lock), so two workers cannot both pass the limit.
 */
export async function claimRun(ctx: EngineContext, runId: string): Promise<Run | undefined> {
  return ctx.db.transaction(async (tx) => {
    const [queued] = await tx
      .select({ teamId: runs.teamId })
      .from(runs)
      .where(and(eq(runs.id, runId), eq(runs.status, 'queued')));
    if (!queued) return undefined; // canceled, finished, or taken by another worker
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('run-claim'), hashtext(${queued.teamId}))`);
    const slots = await teamSlots(tx, queued.teamId);
    if (slots.othersWaiting && slots.running >= slots.limit) {
      await enqueueTraining(tx, runId, { startAfterSeconds: TEAM_LIMIT_RETRY_SECONDS });
      return undefined;
    }
    const [run] = await tx
      .update(runs)
      .set({
        status: 'running',
        attempt: sql`${runs.attempt} + 1`,
        workerId: ctx.workerId,
        workerHost: os.hostname(),
        backend: null,
        error: null,
        errorStack: null,
        startedAt: sql`coalesce(${runs.startedAt}, now())`,
        heartbeatAt: sql`now()`,
      })
      .where(and(eq(runs.id, runId), eq(runs.status, 'queued')))
      .returning();
    return run;
  });
}

/** How soon a run held back by its team's limit is offered to the workers again. */
const TEAM_LIMIT_RETRY_SECONDS = 15;

/** Aborts the trainer when someone asks to cancel, or when the run has been handed to another attempt. */
async function watchRun(db: Database, run: Run, controller: AbortController) {
  if (controller.signal.aborted) return;
  const [now] = await db
    .select({ attempt: runs.attempt, cancel: runs.cancelRequestedAt })
    .from(runs)
    .where(eq(runs.id, run.id))
    .catch(() => []);
  if (now?.cancel) controller.abort(CANCELED);
  else if (now && now.attempt !== run.attempt) controller.abort('lost');
}

/** When each noisy example was first memorized, as far as earlier attempts of this run got. */
async function firstMemorized(db: Executor, run: Run, data: TrainingData): Promise<Map<number, number>> {
  if (!data.noisyRows.length) return new Map();
  const rows = await db
    .select({ row: runNoisyExamples.row, token: runNoisyExamples.token, epoch: runNoisyExamples.firstMemorizedEpoch })
    .from(runNoisyExamples)
    .where(and(eq(runNoisyExamples.runId, run.id), sql`${runNoisyExamples.firstMemorizedEpoch} is not null`));
  return new Map(rows.map((r) => [exampleKey(r.row, r.token), r.epoch!]));
}

async function finalSummary(trainer: Trainer, data: TrainingData, db: Executor, run: Run) {
  const test = await testScores(trainer, data, run.seed);
  const last = await latestPoints(db, run.teamId, [run.id]);
  const summary: Record<string, number> = Object.fromEntries(last.filter((p) => !p.key.includes('batch')).map((p) => [p.key, p.value]));
  return { summary: { ...summary, ...test.scores }, uncertainty: test.uncertainty };
}

async function saveArtifact(tx: Executor, run: Run, name: string, epoch: number, data: Buffer, batch = 0) {
  await tx
    .insert(runArtifacts)
    .values({ runId: run.id, teamId: run.teamId, name, epoch, batch, data, bytes: data.length })
    .onConflictDoUpdate({
      target: [runArtifacts.runId, runArtifacts.name],
      set: { epoch, batch, data, bytes: data.length, createdAt: sql`now()` },
    });
}

/** Hands back a run whose worker is stopping, saying so in its log (it resumes after its last epoch). */
export async function handBackStopped(db: Database, run: Run, epochsDone: number): Promise<void> {
  if (await handBack(db, run, fenceOf(run)).catch(() => false))
    await logger(db, run, 'settled')(`handed back after epoch ${epochsDone}: the worker is stopping`);
}

/**
 * The run goes back to the queue (the worker is stopping, its base model is not ready, or the database connection was
 * lost) and resumes after its last epoch. False when this attempt no longer held it (a sweep requeued it first).
 */
async function handBack(db: Database, run: Run, fence: ReturnType<typeof and>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [owned] = await tx.update(runs).set({ status: 'queued', workerId: null }).where(fence).returning({ id: runs.id });
    if (owned) await enqueueTraining(tx, run.id);
    return Boolean(owned);
  });
}

/**
 * Runs whose worker stopped sending heartbeats (killed, or its host went away) go back to the queue; the next
 * worker resumes them from their last checkpoint, and the run's log says why. Every worker sweeps; SKIP LOCKED keeps
 * two from taking one run.
 */
export async function requeueOrphanedRuns(
  db: Database,
  self: { workerId: string; active: Set<string> },
  staleAfterSeconds: number,
): Promise<string[]> {
  // First the sessions of workers taken for dead, their training processes' included: a host frozen or cut off inside
  // a transaction would hold its runs' rows (which SKIP LOCKED passes over) until Postgres noticed it gone.
  await db.execute(sql`
    select pg_terminate_backend(a.pid) from pg_stat_activity a join workers w on a.application_name = ${SESSION_NAME_PREFIX} || w.id::text
    where w.id <> ${self.workerId}::uuid and (w.stopped_at is not null or w.last_seen_at < now() - make_interval(secs => ${staleAfterSeconds}))`);
  return db.transaction(async (tx) => {
    const orphans = await tx.execute<{
      id: string;
      team_id: string;
      attempt: number;
      epochs_done: number;
      batches_done: number;
      reason: string;
    }>(sql`
      with orphans as (
        select r.id,
          case when r.worker_id = ${self.workerId}::uuid then 'its worker no longer trains it'
            when w.id is null then 'its worker is unknown'
            when w.stopped_at is not null then 'its worker on ' || w.host || ' stopped'
            else 'its worker on ' || w.host || ' sent no heartbeat for ' || round(extract(epoch from now() - w.last_seen_at)) || ' s' end as reason
        from runs r left join workers w on w.id = r.worker_id
        where r.status = 'running' and r.kind <> 'external'
          and (case when r.worker_id = ${self.workerId}::uuid
            -- A worker knows which runs it is training, even when a long computation delayed its own heartbeat.
            then not (r.id = any(${`{${[...self.active].join(',')}}`}::uuid[]))
            else w.id is null or w.stopped_at is not null or w.last_seen_at < now() - make_interval(secs => ${staleAfterSeconds}) end)
        for update of r skip locked)
      update runs set status = 'queued', worker_id = null from orphans where runs.id = orphans.id
      returning runs.id, runs.team_id, runs.attempt, runs.epochs_done, runs.batches_done, orphans.reason`);
    await releaseWaitingRuns(tx);
    for (const orphan of orphans) {
      await enqueueTraining(tx, orphan.id);
      const message = `requeued: ${orphan.reason}; resumes ${orphan.batches_done ? `at batch ${orphan.batches_done} of epoch ${orphan.epochs_done + 1}` : `after epoch ${orphan.epochs_done}`}`;
      log.warn({ runId: orphan.id, attempt: orphan.attempt, teamId: orphan.team_id, sweptBy: self.workerId }, message);
      await tx.insert(runLogs).values({ runId: orphan.id, teamId: orphan.team_id, attempt: orphan.attempt, level: 'info', message });
    }
    return [...orphans].map((r) => r.id);
  });
}
