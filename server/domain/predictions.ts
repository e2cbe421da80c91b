import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { datasetVersions, runArtifacts, runPredictions } from '../../db/schema';
import { enqueue } from '../../db/queue';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import type { DatasetSchema } from '../datasets/schema';
import { featureColumns } from '../../lib/runs/features';
import { getRun } from './runs';
import { parseInput } from './validation';

export type Prediction = typeof runPredictions.$inferSelect;

const rowsInput = z
  .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]), 'each row is an object of column → value'), 'a list of rows')
  .min(1, 'give at least one row')
  .max(1000, 'at most 1000 rows at once');

/**
 * Asks a worker to score rows with a finished run's model: the rows are checked against the run's feature columns
 * (a value may be missing or never seen in training; a column the model does not know is refused), then stored with
 * their job in one transaction. The answer arrives on the prediction.
 */
export async function requestPredictions(scope: Scope, runId: string, rows: unknown): Promise<Prediction> {
  authorize(scope, 'runs:create');
  const run = await getRun(scope, runId);
  const checked = parseInput(z.object({ rows: rowsInput }), { rows }).rows;
  const [model] = await scope.db
    .select({ epoch: runArtifacts.epoch })
    .from(runArtifacts)
    .where(and(ownedBy(scope, runArtifacts.teamId), eq(runArtifacts.runId, run.id), eq(runArtifacts.name, 'model')));
  if (!model || !run.datasetVersionId)
    throw new InvalidInputError(`runId: the run has no final model (it is ${run.status}); predictions need a run that succeeded`, 'runId');
  const [version] = await scope.db
    .select({ schema: datasetVersions.schema, taskType: datasetVersions.taskType })
    .from(datasetVersions)
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, run.datasetVersionId!)));
  if (run.kind === 'pretrain' || version!.taskType === 'token_classification') {
    throw new InvalidInputError(
      'runId: predictions score rows with classes; this run predicts masked words or tags, which are not offered yet',
      'runId',
    );
  }
  const features = featureColumns(version!.schema as DatasetSchema).map((c) => c.name);
  checked.forEach((row, i) => {
    const unknown = Object.keys(row).find((column) => !features.includes(column));
    if (unknown)
      throw new InvalidInputError(`rows.${i}: unknown column "${unknown}"; the model reads ${features.join(', ')}`, `rows.${i}.${unknown}`);
  });
  return scope.db.transaction(async (tx) => {
    const [prediction] = await tx
      .insert(runPredictions)
      .values({ teamId: scope.team.id, runId: run.id, rows: checked, requestedBy: scope.user.id })
      .returning();
    await enqueue(tx, 'run-predict', { predictionId: prediction!.id });
    return prediction!;
  });
}

export async function getPrediction(scope: Scope, id: string): Promise<Prediction> {
  authorize(scope, 'runs:read');
  parseInput(z.uuid('not a prediction id'), id);
  const [prediction] = await scope.db
    .select()
    .from(runPredictions)
    .where(and(ownedBy(scope, runPredictions.teamId), eq(runPredictions.id, id)));
  if (!prediction) throw new NotFoundError('Prediction');
  return prediction;
}
