/**
 * The worker's side of training in a process per run: it claims the run (so the claim and its fencing attempt stay
 * with the worker that polls the queue), starts `workers/trainRun.ts` for it and waits. A process that ends without
 * settling the run (killed, out of memory, a crash in native code) hands the run back to resume after its last
 * epoch; the same fault three times at one epoch fails it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { runs } from '../../db/schema';
import { claimRun, handBackStopped, recoverOrFail, type EngineContext } from './runJob';
import { workerMetrics } from '../metrics';
import { log } from '../../lib/log';

const entry = path.resolve(import.meta.dirname, '..', 'trainRun.ts');

/** Training processes alive now, told to stop when the worker stops. */
const children = new Set<import('node:child_process').ChildProcess>();

export function stopTrainingProcesses(signal: NodeJS.Signals = 'SIGTERM') {
  for (const child of children) child.kill(signal);
}

export async function runTrainingInChildProcess(ctx: EngineContext, runId: string): Promise<void> {
  // Marked before the claim commits, so that this worker's own sweep never takes the run for an orphan.
  ctx.active.add(runId);
  try {
    const run = await claimRun(ctx, runId);
    workerMetrics.claims.inc({ outcome: run ? 'claimed' : 'not claimed' });
    if (!run) return; // canceled, finished, held back by its team's limit, or taken by another worker
    const child = spawn(process.execPath, ['--import', 'tsx', entry, run.id, String(run.attempt), ctx.workerId], {
      env: process.env,
      // Its own output interleaves with the worker's; the IPC channel tells it when the worker is gone.
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(child);
    const lines = log.child({ runId: run.id, attempt: run.attempt, workerId: ctx.workerId });
    lines.info({ trainingPid: child.pid }, 'training process started');
    child.on('message', (message: { epochSeconds?: number }) => {
      if (typeof message?.epochSeconds === 'number') workerMetrics.epochDuration.observe({ kind: run.kind }, message.epochSeconds);
    });
    // A worker told to stop before this process started still tells it.
    if (ctx.stopping()) child.kill('SIGTERM');
    const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', () => resolve({ code: null, signal: null }));
    });
    children.delete(child);
    lines[ended.code === 0 ? 'info' : 'warn']({ trainingPid: child.pid, ...ended }, 'training process ended');
    if (ended.code === 0) return;
    const [now] = await ctx.db.select({ status: runs.status, attempt: runs.attempt, epochsDone: runs.epochsDone }).from(runs).where(eq(runs.id, run.id));
    if (now?.status !== 'running' || now.attempt !== run.attempt) return; // it settled the run before it ended
    // Stopped with its worker before it could hand the run back itself (still starting, or past the wait): not a fault.
    if (ctx.stopping()) return void (await handBackStopped(ctx.db, run, now.epochsDone));
    workerMetrics.trainingProcessFaults.inc();
    const how = ended.signal ? `killed by ${ended.signal}` : ended.code === null ? 'could not start' : `exited with code ${ended.code}`;
    await recoverOrFail(ctx.db, run, now.epochsDone, `the training process ended (${how})`);
  } finally {
    ctx.active.delete(runId);
  }
}
