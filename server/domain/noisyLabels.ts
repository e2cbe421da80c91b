/**
 * Noisy labels on request: an outside run asks for a classification dataset version's rows with Phaselab's label
 * noise on the training split (the same seeded noise built-in runs train with), trains on them, and Phaselab already
 * knows which examples are noisy: the training rows become the run's registered examples, true labels included.
 */
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { datasetVersions, runs } from '../../db/schema';
import { loadTrainingData, type TrainingData } from '../../db/trainingData';
import { labelNoiseConfig } from '../../lib/runs/config';
import { AlreadyExistsError, InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { logLine, writableRun } from './externalRuns';
import { appendExamples } from './runExamples';
import { parseInput } from './validation';

const request = z.object({
  datasetVersionId: z.uuid('not a dataset version id'),
  rate: z.number().min(0, 'use a rate from 0 to 0.5').max(0.5, 'use a rate from 0 to 0.5').default(0),
  scheme: z.enum(['flip', 'resample']).default('flip'),
  seed: z.number().int().default(1),
});

interface Split {
  ids: string[];
  texts: string[];
  features: (string | null)[][];
  labels: string[];
}

export async function noisyLabelsFor(scope: Scope, runId: unknown, input: unknown) {
  authorize(scope, 'datasets:read');
  const { datasetVersionId, ...noise } = parseInput(request, input);
  return scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, runId, tx);
    const [version] = await tx
      .select({ taskType: datasetVersions.taskType })
      .from(datasetVersions)
      .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, datasetVersionId)));
    if (!version) throw new NotFoundError('Dataset version');
    if (version.taskType !== 'text_classification' && version.taskType !== 'tabular') {
      throw new InvalidInputError(
        `dataset_version_id: noisy labels are served for classification data (text or tabular), not ${version.taskType}`,
        'dataset_version_id',
      );
    }
    if (run.exampleClasses) throw new AlreadyExistsError(`Run ${run.id} already has registered examples.`);
    const data = await loadTrainingData(tx, scope.team.id, datasetVersionId, { noise: labelNoiseConfig.parse(noise) });
    const train = split(data, data.trainRows, data.labels);
    await appendExamples(tx, run, {
      ids: train.ids,
      labels: train.labels,
      trueLabels: data.trainRows.map((row) => data.classes[data.trueLabels[row]!]!),
      texts: train.texts.map((t) => t.slice(0, 2000)),
      classes: data.classes,
    });
    if (!run.datasetVersionId) await tx.update(runs).set({ datasetVersionId }).where(eq(runs.id, run.id));
    await logLine(
      tx,
      run,
      `served ${data.trainRows.length} training rows with ${data.noisyRows.length} labels flipped (${noise.scheme}, rate ${noise.rate}, seed ${noise.seed})`,
    );
    return {
      classes: data.classes,
      noisy: data.noisyRows.length,
      columns: featureColumns(data).map((c) => c.name),
      train,
      validation: split(data, data.validationRows, data.trueLabels),
      test: split(data, data.testRows, data.trueLabels),
    };
  });
}

const featureColumns = (data: TrainingData) => data.columns.filter((c) => c.name !== data.labelColumn && c.type !== 'ignore');

function split(data: TrainingData, rows: readonly number[], labels: Int32Array): Split {
  const at = featureColumns(data).map((c) => data.columns.indexOf(c));
  const features = rows.map((row) =>
    at.map((i) => {
      const cell = data.rows[row]![i];
      return cell === null || cell === undefined ? null : Array.isArray(cell) ? cell.join(' ') : String(cell);
    }),
  );
  return {
    ids: rows.map(String),
    texts: features.map((cells) => cells.filter((c) => c !== null).join(' ')),
    features,
    labels: rows.map((row) => data.classes[labels[row]!]!),
  };
}
