import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { runArtifacts, runs } from '../../db/schema';

/** Thrown while a fine-tuning run's base model is still pre-training: the run waits in the queue, it does not fail. */
export class BaseModelNotReady extends Error {}

/** A fine-tuning run's starting point: the final model of a pre-training run of the same team. */
export async function loadBaseModel(db: Executor, teamId: string, runId: string): Promise<Buffer> {
  const [base] = await db.select({ kind: runs.kind, status: runs.status }).from(runs).where(and(eq(runs.teamId, teamId), eq(runs.id, runId)));
  if (base?.kind === 'pretrain' && (base.status === 'queued' || base.status === 'running')) throw new BaseModelNotReady('the base model is still pre-training');
  const [model] = await db
    .select({ data: runArtifacts.data })
    .from(runArtifacts)
    .where(and(eq(runArtifacts.teamId, teamId), eq(runArtifacts.runId, runId), eq(runArtifacts.name, 'model')));
  if (base?.kind !== 'pretrain' || base.status !== 'succeeded' || !model) throw new Error('the base model is gone or its pre-training did not succeed');
  return model.data;
}

/** How long a fine-tuning run waits in its slot for its base model before it goes back to the queue. */
const WAIT_MS = 60_000;
const POLL_MS = 2_000;

/**
 * The base model, waiting up to a minute while it still pre-trains (a fine-tuning run launched with its pre-training
 * starts as soon as that ends); after that, BaseModelNotReady hands the run back to the queue.
 */
export async function awaitBaseModel(db: Executor, teamId: string, runId: string, signal: AbortSignal, log: (message: string) => Promise<void>): Promise<Buffer> {
  const until = Date.now() + WAIT_MS;
  for (let logged = false; ; logged = true) {
    try {
      return await loadBaseModel(db, teamId, runId);
    } catch (error) {
      if (!(error instanceof BaseModelNotReady) || Date.now() > until) throw error;
      if (!logged) await log('waiting for the base model to finish pre-training');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      signal.throwIfAborted();
    }
  }
}
