import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { datasetVersions, runNoisyExamples } from '../../db/schema';
import { readSplitCodes, readStoredRows, type Cell } from '../../db/datasetRows';
import { injectLabelNoise } from '../../lib/runs/labelNoise';
import type { LabelNoiseConfig } from '../../lib/runs/config';

/** A dataset version's schema, as stored with it. */
export interface ColumnSpec {
  name: string;
  type: 'numeric' | 'categorical' | 'text' | 'ignore' | 'tokens' | 'tags';
}

/** What a trainer sees: the rows (cells in schema column order), classes, labels as trained, and the split. */
export interface TrainingData {
  columns: ColumnSpec[];
  labelColumn: string;
  rows: Cell[][];
  classes: string[];
  /** Class ids as training sees them: the training split carries the injected noise. */
  labels: Int32Array;
  trueLabels: Int32Array;
  noisyRows: number[];
  trainRows: number[];
  validationRows: number[];
  testRows: number[];
}

/** Loads a version's rows for a run, in memory, and corrupts the training labels as the run's noise config says. */
export async function loadTrainingData(db: Executor, teamId: string, versionId: string, noise: LabelNoiseConfig): Promise<TrainingData> {
  const [version] = await db
    .select({ uploadId: datasetVersions.uploadId, schema: datasetVersions.schema })
    .from(datasetVersions)
    .where(and(eq(datasetVersions.teamId, teamId), eq(datasetVersions.id, versionId)));
  if (!version) throw new Error('the dataset version is gone');
  const schema = version.schema as { columns: ColumnSpec[]; labelColumn: string | null };
  if (!schema.labelColumn) throw new Error('the dataset version has no label column');
  const codes = (await readSplitCodes(db, teamId, versionId))!;
  const upload = await db.query.datasetUploads.findFirst({ where: (u, { and: all, eq: is }) => all(is(u.teamId, teamId), is(u.id, version.uploadId)) });
  const positions = schema.columns.map((c) => upload!.columns.indexOf(c.name) + 1);
  const rows: Cell[][] = [];
  for await (const stored of readStoredRows(db, teamId, version.uploadId)) rows.push(positions.map((p) => (stored[p] as Cell | undefined) ?? null));

  const labelAt = schema.columns.findIndex((c) => c.name === schema.labelColumn);
  const classes = [...new Set(rows.map((r) => String(r[labelAt])))].sort();
  const classId = new Map(classes.map((c, i) => [c, i]));
  const trueLabels = Int32Array.from(rows, (r) => classId.get(String(r[labelAt]))!);
  const splitRows = (code: number) => rows.flatMap((_, i) => (codes[i] === code ? [i] : []));
  const trainRows = splitRows(0);
  const { labels, noisyRows } = injectLabelNoise(trueLabels, classes.length, trainRows, noise);
  return { columns: schema.columns, labelColumn: schema.labelColumn, rows, classes, labels, trueLabels, noisyRows, trainRows, validationRows: splitRows(1), testRows: splitRows(2) };
}

/** Records which examples a run corrupted (once: a resumed run finds them already there). */
export async function recordNoisyExamples(db: Executor, teamId: string, runId: string, data: TrainingData) {
  const values = data.noisyRows.map((row) => ({ runId, teamId, row, trueLabel: data.classes[data.trueLabels[row]!]!, noisyLabel: data.classes[data.labels[row]!]! }));
  for (let i = 0; i < values.length; i += 2000) await db.insert(runNoisyExamples).values(values.slice(i, i + 2000)).onConflictDoNothing();
}
