/**
 * The worker's side of training in a process per run: it claims the run (so the claim and its fencing attempt stay
 * with the worker that polls the queue), hands it to a `workers/trainRun.ts` process and waits. A process that ends
 * without settling the run (killed, out of memory, a crash in native code) hands the run back to resume after its
 * last epoch; the same fault three times at one epoch fails it. Starting a process (its imports, TensorFlow.js) takes
 * seconds, so one is kept started and idle for the next run: each process still trains one run only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { runs } from '../../db/schema';
import { claimRun, handBackStopped, recoverOrFail, type EngineContext } from './runJob';
import { workerMetrics } from '../metrics';
import { log } from '../../lib/log';

const entry = path.resolve(import.meta.dirname, '..', 'trainRun.ts');

/** What a training process is sent to train: the run, the attempt the claim gave it, and the worker that claimed it. */
export interface TrainingAssignment {
  runId: string;
  attempt: number;
  workerId: string;
}

/** Training processes alive now, the idle spare included, told to stop when the worker stops. */
const children = new Set<ChildProcess>();
let spare: ChildProcess | undefined;
/** Settles true once a process has loaded and listens for its run, false if it ended first. */
const readiness = new WeakMap<ChildProcess, Promise<boolean>>();

export function stopTrainingProcesses(signal: NodeJS.Signals = 'SIGTERM') {
  spare = undefined;
  for (const child of children) child.kill(signal);
}

function startTrainingProcess(): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: process.env,
    // Its own output interleaves with the worker's; the IPC channel brings its run and tells it when the worker is gone.
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  readiness.set(
    child,
    new Promise((resolve) => {
      child.on('message', (message: { ready?: boolean }) => message?.ready && resolve(true));
      child.once('exit', () => resolve(false));
      child.once('error', () => resolve(false));
    }),
  );
  child.once('exit', () => children.delete(child));
  // A spare that could not start is found dead when taken, and replaced.
  child.once('error', () => children.delete(child));
  return child;
}

/** The idle spare if it is alive, else a new process; and a new spare is started once this run ends. */
function takeTrainingProcess(): ChildProcess {
  const taken = spare?.exitCode === null && spare.signalCode === null && spare.connected ? spare : startTrainingProcess();
  spare = undefined;
  return taken;
}

/** Keeps one idle process ready for this worker's next run (not while it stops). */
export function prepareSpareTrainingProcess(ctx: Pick<EngineContext, 'stopping'>) {
  if (!ctx.stopping() && !spare) spare = startTrainingProcess();
}

export async function runTrainingInChildProcess(ctx: EngineContext, runId: string): Promise<void> {
  // Marked before the claim commits, so that this worker's own sweep never takes the run for an orphan.
  ctx.active.add(runId);
  try {
    const run = await claimRun(ctx, runId);
    workerMetrics.claims.inc({ outcome: run ? 'claimed' : 'not claimed' });
    if (!run) return; // canceled, finished, held back by its team's limit, or taken by another worker
    const child = takeTrainingProcess();
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', () => resolve({ code: null, signal: null }));
    });
    const lines = log.child({ runId: run.id, attempt: run.attempt, workerId: ctx.workerId });
    child.on('message', (message: { epochSeconds?: number }) => {
      if (typeof message?.epochSeconds === 'number') workerMetrics.epochDuration.observe({ kind: run.kind }, message.epochSeconds);
    });
    if (await readiness.get(child)) {
      child.send({ runId: run.id, attempt: run.attempt, workerId: ctx.workerId } satisfies TrainingAssignment);
      lines.info({ trainingPid: child.pid }, 'training process took the run');
    }
    // A worker told to stop before this process had its run still tells it.
    if (ctx.stopping()) child.kill('SIGTERM');
    const end = await ended;
    prepareSpareTrainingProcess(ctx);
    lines[end.code === 0 ? 'info' : 'warn']({ trainingPid: child.pid, ...end }, 'training process ended');
    // Whatever the exit code, the run's row says whether the process settled it (an idle process stopped did not).
    const [now] = await ctx.db
      .select({ status: runs.status, attempt: runs.attempt, epochsDone: runs.epochsDone })
      .from(runs)
      .where(eq(runs.id, run.id));
    if (now?.status !== 'running' || now.attempt !== run.attempt) return; // it settled the run before it ended
    // Stopped with its worker before it could hand the run back itself (still starting, or past the wait): not a fault.
    if (ctx.stopping()) return void (await handBackStopped(ctx.db, run, now.epochsDone));
    workerMetrics.trainingProcessFaults.inc();
    const how = end.signal ? `killed by ${end.signal}` : end.code === null ? 'could not start' : `exited with code ${end.code}`;
    await recoverOrFail(ctx.db, run, now.epochsDone, `the training process ended (${how})`);
  } finally {
    ctx.active.delete(runId);
  }
}
