import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { Cell } from '../../db/datasetRows';
import type { JobPayloads } from '../../db/queue';
import { runArtifacts, runPredictions, runs } from '../../db/schema';
import { trainedRunKinds, type TrainedRunKind } from '../../lib/runs/config';
import { loadBaseModel } from '../engine/baseModel';
import { dataOptions, loadTrainingData } from '../../db/trainingData';
import { loadTensorFlow } from '../tf';
import { trainers } from '../trainers';

/**
 * Scores a prediction's rows with its run's final model. The trainer is rebuilt from the run's data and config, so
 * the features are the ones it trained with (vocabularies and statistics come from the training split only), and
 * the new rows are appended after the dataset's: nothing about them can leak into the features.
 */
export async function answerPrediction(db: Database, job: JobPayloads['run-predict']) {
  const [prediction] = await db.select().from(runPredictions).where(eq(runPredictions.id, job.predictionId));
  if (!prediction || prediction.status !== 'pending') return;
  const settle = (values: Partial<typeof runPredictions.$inferInsert>) =>
    db
      .update(runPredictions)
      .set({ ...values, answeredAt: new Date() })
      .where(and(eq(runPredictions.id, prediction.id), eq(runPredictions.status, 'pending')));
  try {
    const [run] = await db
      .select()
      .from(runs)
      .where(and(eq(runs.teamId, prediction.teamId), eq(runs.id, prediction.runId)));
    const [model] = await db
      .select()
      .from(runArtifacts)
      .where(and(eq(runArtifacts.teamId, prediction.teamId), eq(runArtifacts.runId, prediction.runId), eq(runArtifacts.name, 'model')));
    if (!run?.datasetVersionId || !model) throw new Error('the run or its model is gone');
    const config = trainedRunKinds[run.kind as TrainedRunKind].config.parse(run.config);
    const data = await loadTrainingData(db, run.teamId, run.datasetVersionId, dataOptions(config));
    const first = data.rows.length;
    const extended = (labels: Int32Array) =>
      Int32Array.from({ length: first + prediction.rows.length }, (_, i) => (i < first ? labels[i]! : 0));
    const scored = {
      ...data,
      rows: [
        ...data.rows,
        ...prediction.rows.map((row) =>
          data.columns.map((c): Cell => (c.name === data.labelColumn ? null : ((row[c.name] ?? null) as Cell))),
        ),
      ],
      labels: extended(data.labels),
      trueLabels: extended(data.trueLabels),
    };
    const { tf } = await loadTensorFlow();
    const baseModel = 'baseModelId' in config && config.baseModelId ? await loadBaseModel(db, run.teamId, config.baseModelId) : undefined;
    const trainer = await trainers[run.kind as TrainedRunKind]({ tf, data: scored, config: config as never, seed: run.seed, baseModel });
    try {
      await trainer.loadState(model.data);
      const { predictions, probabilities } = await trainer.predict!(prediction.rows.map((_, i) => first + i));
      const classes = data.classes;
      const results = Array.from(predictions, (label, i) => ({
        label: classes[label]!,
        probabilities: probabilities ? Object.fromEntries(classes.map((c, k) => [c, probabilities[i * classes.length + k]!])) : null,
      }));
      await settle({ status: 'done', results });
    } finally {
      trainer.dispose();
    }
  } catch (error) {
    await settle({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}
