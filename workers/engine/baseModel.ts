import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client';
import { liveStatuses } from '../../lib/runs/config';
import { fenceOf } from './fence';
import { runArtifacts, runs } from '../../db/schema';

/** Thrown while a fine-tuning run's base model is still pre-training: the run waits, it does not fail. */
export class BaseModelNotReady extends Error {}

/** A fine-tuning run's starting point: the final model of a pre-training run of the same team. */
export async function loadBaseModel(db: Executor, teamId: string, runId: string): Promise<Buffer> {
  const [base] = await db
    .select({ kind: runs.kind, status: runs.status })
    .from(runs)
    .where(and(eq(runs.teamId, teamId), eq(runs.id, runId)));
  if (base?.kind === 'pretrain' && (base.status === 'queued' || base.status === 'running'))
    throw new BaseModelNotReady('the base model is still pre-training');
  const [model] = await db
    .select({ data: runArtifacts.data })
    .from(runArtifacts)
    .where(and(eq(runArtifacts.teamId, teamId), eq(runArtifacts.runId, runId), eq(runArtifacts.name, 'model')));
  if (base?.kind !== 'pretrain' || base.status !== 'succeeded' || !model)
    throw new Error('the base model is gone or its pre-training did not succeed');
  return model.data;
}

/**
 * Puts a claimed run to wait for its base model, holding no worker: `releaseWaitingRuns` queues it again when the
 * pre-training ends. False when the pre-training ended meanwhile (load the model instead). The base run's row is
 * read under a share lock, so it cannot end between this check and the wait being recorded.
 */
export async function waitForBaseModel(
  db: Database,
  run: { id: string; teamId: string; attempt: number },
  baseRunId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [base] = await tx
      .select({ status: runs.status })
      .from(runs)
      .where(and(eq(runs.teamId, run.teamId), eq(runs.id, baseRunId)))
      .for('share');
    if (!base || !(liveStatuses as readonly string[]).includes(base.status)) return false;
    await tx.update(runs).set({ status: 'waiting', workerId: null }).where(fenceOf(run));
    return true;
  });
}
