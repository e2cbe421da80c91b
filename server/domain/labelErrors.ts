import { and, eq } from 'drizzle-orm';
import { datasetUploads, datasetVersions, runNoisyExamples } from '../../db/schema';
import { readStoredRowsAt } from '../../db/datasetRows';
import { ownedBy, type Scope } from '../tenancy/scope';
import { getRun } from './runs';
import { exampleLabelErrors, hardestExamples } from './runExamples';
import { isTrainedKind } from '../../lib/runs/config';

export interface SuspectedLabelError {
  row: number;
  /** The line of the uploaded file the example came from. */
  line: number;
  text: string;
  givenLabel: string;
  predictedLabel: string;
  loss: number;
  /** Whether the run corrupted this label on purpose; null for a run without label noise. */
  injected: boolean | null;
}

/**
 * The training examples the model finds hardest at its latest epoch, highest loss first: with injected noise, how
 * well loss finds the corruption; without, a practical list of real label errors to check in one's own data.
 */
export async function suspectedLabelErrors(scope: Scope, runId: string, first = 50): Promise<SuspectedLabelError[]> {
  const run = await getRun(scope, runId);
  if (!isTrainedKind(run.kind) || !run.datasetVersionId) {
    // An outside run's examples are its own: position, id and text as it registered them.
    return (await exampleLabelErrors(scope, run.id, first)).map((e) => ({
      row: e.position,
      line: e.position + 1,
      text: e.text ?? e.id,
      givenLabel: e.label,
      predictedLabel: e.predictedLabel,
      loss: e.loss,
      injected: e.noisy,
    }));
  }
  const datasetVersionId = run.datasetVersionId;
  const hardest = await hardestExamples(scope, run.id, first);
  if (!hardest) return [];
  const { losses, top } = hardest;

  const noisy = await scope.db
    .select({ row: runNoisyExamples.row, noisyLabel: runNoisyExamples.noisyLabel })
    .from(runNoisyExamples)
    .where(and(ownedBy(scope, runNoisyExamples.teamId), eq(runNoisyExamples.runId, run.id)));
  const injected = new Map(noisy.map((n) => [n.row, n.noisyLabel]));
  const hasNoise = (run.config as { noise?: { rate?: number } }).noise?.rate ? true : injected.size > 0;

  const [version] = await scope.db
    .select({ schema: datasetVersions.schema, columns: datasetUploads.columns, uploadId: datasetUploads.id })
    .from(datasetVersions)
    .innerJoin(datasetUploads, eq(datasetUploads.id, datasetVersions.uploadId))
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, datasetVersionId)));
  const schema = version!.schema as { columns: { name: string; type: string }[]; labelColumn: string };
  const at = (name: string) => version!.columns.indexOf(name) + 1;
  const features = schema.columns.filter((c) => c.name !== schema.labelColumn && c.type !== 'ignore').map((c) => at(c.name));
  const stored = await readStoredRowsAt(scope.db, scope.team.id, version!.uploadId, top.map((i) => losses.rows[i]!));

  return top.map((i) => {
    const row = losses.rows[i]!;
    const cells = stored.get(row);
    const text = features.map((p) => cells?.[p]).filter((c) => c !== null && c !== undefined).map(String).join(' · ');
    return {
      row,
      line: (cells?.[0] as number | undefined) ?? 0,
      text: text.length > 200 ? `${text.slice(0, 200)}…` : text,
      givenLabel: injected.get(row) ?? String(cells?.[at(schema.labelColumn)] ?? ''),
      predictedLabel: losses.classes[losses.predictions[i]!] ?? '',
      loss: losses.losses[i]!,
      injected: hasNoise ? injected.has(row) : null,
    };
  });
}
