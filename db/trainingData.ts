import { and, eq } from 'drizzle-orm';
import type { Executor } from './client';
import { datasetVersions, runNoisyExamples } from './schema';
import { readSplitCodes, readStoredRows, type Cell } from './datasetRows';
import { injectLabelNoise } from '../lib/runs/labelNoise';
import { entitySpans, entityTypes, injectEntityNoise, tagsOf, type NoisyEntity } from '../lib/runs/entities';
import type { FewShotConfig, LabelNoiseConfig } from '../lib/runs/config';
import { keepFewShot } from '../lib/runs/fewShot';
import { splitConfig, StrataRecorder, stratifiedSplit } from '../lib/runs/split';

/** A dataset version's schema, as stored with it. */
export interface ColumnSpec {
  name: string;
  type: 'numeric' | 'categorical' | 'text' | 'ignore' | 'tokens' | 'tags';
}

/**
 * What the rows are for: a class per row, a tag per word of each sentence (token classification), or no labels at
 * all (a corpus, for language-model pre-training).
 */
export type Task = 'classification' | 'tagging' | 'language_model';

/** Token classification: each sentence's words and tags, as trained (noisy) and true, and the corrupted entities. */
export interface Tagging {
  words: string[][];
  tags: string[][];
  trueTags: string[][];
  noisyEntities: NoisyEntity[];
}

/** What a trainer sees: the rows (cells in schema column order), classes, labels as trained, and the split. */
export interface TrainingData {
  task: Task;
  columns: ColumnSpec[];
  labelColumn: string | null;
  rows: Cell[][];
  /** Classes of rows; for tagging, the tags (O included); none for a corpus. */
  classes: string[];
  /** Class ids as training sees them: the training split carries the injected noise. Zeros where rows have no class. */
  labels: Int32Array;
  trueLabels: Int32Array;
  /** The rows with a corrupted label (for tagging, the sentences with a corrupted entity). */
  noisyRows: number[];
  trainRows: number[];
  validationRows: number[];
  testRows: number[];
  tagging?: Tagging;
}

export interface DataOptions {
  noise?: LabelNoiseConfig;
  fewShot?: FewShotConfig;
  /** The run's own split, drawn with this seed (repeated splits); unset, the version's. */
  splitSeed?: number;
}

/** The parts of a run's config that shape its data. */
export const dataOptions = (config: object): DataOptions => ({
  noise: 'noise' in config ? (config.noise as LabelNoiseConfig) : undefined,
  fewShot: 'fewShot' in config ? (config.fewShot as FewShotConfig | undefined) : undefined,
  splitSeed: 'splitSeed' in config && typeof config.splitSeed === 'number' ? config.splitSeed : undefined,
});

const NO_NOISE: LabelNoiseConfig = { rate: 0, scheme: 'flip', seed: 1 };

/** Loads a version's rows for a run, in memory, and corrupts the training labels as the run's noise config says. */
export async function loadTrainingData(
  db: Executor,
  teamId: string,
  versionId: string,
  { noise = NO_NOISE, fewShot, splitSeed }: DataOptions,
): Promise<TrainingData> {
  const [version] = await db
    .select({
      uploadId: datasetVersions.uploadId,
      schema: datasetVersions.schema,
      taskType: datasetVersions.taskType,
      splitConfig: datasetVersions.splitConfig,
    })
    .from(datasetVersions)
    .where(and(eq(datasetVersions.teamId, teamId), eq(datasetVersions.id, versionId)));
  if (!version) throw new Error('the dataset version is gone');
  const schema = version.schema as { columns: ColumnSpec[]; labelColumn: string | null };
  const versionCodes = (await readSplitCodes(db, teamId, versionId))!;
  const upload = await db.query.datasetUploads.findFirst({
    where: (u, { and: all, eq: is }) => all(is(u.teamId, teamId), is(u.id, version.uploadId)),
  });
  const positions = schema.columns.map((c) => upload!.columns.indexOf(c.name) + 1);
  const rows: Cell[][] = [];
  for await (const stored of readStoredRows(db, teamId, version.uploadId))
    rows.push(positions.map((p) => (stored[p] as Cell | undefined) ?? null));
  const codes = splitSeed === undefined ? versionCodes : ownSplit(rows, schema, version, splitSeed);

  const splitRows = (code: number) => rows.flatMap((_, i) => (codes[i] === code ? [i] : []));
  const common = { columns: schema.columns, labelColumn: schema.labelColumn, rows, validationRows: splitRows(1), testRows: splitRows(2) };
  const none = new Int32Array(rows.length);
  if (!schema.labelColumn)
    return { ...common, task: 'language_model', classes: [], labels: none, trueLabels: none, noisyRows: [], trainRows: splitRows(0) };
  const labelAt = schema.columns.findIndex((c) => c.name === schema.labelColumn);

  if (version.taskType === 'token_classification') {
    const wordsAt = schema.columns.findIndex((c) => c.type === 'tokens');
    const trueTags = rows.map((r) => (r[labelAt] ?? []) as string[]);
    const classesOf = (row: number) => entitySpans(trueTags[row]!).map((e) => e.type);
    const trainRows = keepFewShot(splitRows(0), classesOf, fewShot);
    // The dataset's types, not the training split's: a noise matrix names them all.
    const types = entityTypes(trueTags);
    const { tags, noisyEntities } = injectEntityNoise(trueTags, trainRows, noise, types);
    const tagging = { words: rows.map((r) => (r[wordsAt] ?? []) as string[]), tags, trueTags, noisyEntities };
    const classes = tagsOf(types);
    const noisyRows = [...new Set(noisyEntities.map((e) => e.row))].sort((a, b) => a - b);
    return { ...common, task: 'tagging', classes, labels: none, trueLabels: none, noisyRows, trainRows, tagging };
  }

  const classes = [...new Set(rows.map((r) => String(r[labelAt])))].sort();
  const classId = new Map(classes.map((c, i) => [c, i]));
  const trueLabels = Int32Array.from(rows, (r) => classId.get(String(r[labelAt]))!);
  const trainRows = keepFewShot(splitRows(0), (row) => [classes[trueLabels[row]!]!], fewShot);
  const { labels, noisyRows } = injectLabelNoise(trueLabels, classes.length, trainRows, noise);
  return { ...common, task: 'classification', classes, labels, trueLabels, noisyRows, trainRows };
}

/**
 * A split drawn as the version's was (same strata, same fractions) but with another seed: with the version's own seed
 * it is the version's split again.
 */
function ownSplit(
  rows: Cell[][],
  schema: { columns: ColumnSpec[]; labelColumn: string | null },
  version: { taskType: string; splitConfig: unknown },
  seed: number,
): Uint8Array {
  const labelAt = schema.columns.findIndex((c) => c.name === schema.labelColumn);
  const strata = new StrataRecorder(version.taskType === 'token_classification');
  for (const row of rows) strata.add(labelAt >= 0 ? row[labelAt]! : null);
  return stratifiedSplit(strata.finish(), { ...splitConfig.parse(version.splitConfig), seed });
}

/**
 * The corrupted examples: rows, or for tagging the entities (a row and its first token), with their true and noisy
 * labels. `key` names one across the engine's bookkeeping.
 */
export function noisyExamples(data: TrainingData): { key: number; row: number; token: number; trueLabel: string; noisyLabel: string }[] {
  if (data.tagging)
    return data.tagging.noisyEntities.map((e) => ({
      key: exampleKey(e.row, e.start),
      row: e.row,
      token: e.start,
      trueLabel: e.trueType,
      noisyLabel: e.noisyType,
    }));
  return data.noisyRows.map((row) => ({
    key: exampleKey(row, -1),
    row,
    token: -1,
    trueLabel: data.classes[data.trueLabels[row]!]!,
    noisyLabel: data.classes[data.labels[row]!]!,
  }));
}

/** One number per noisy example: its row, and for an entity its first token (-1 for a whole row). */
export const exampleKey = (row: number, token: number) => row * 65_536 + token + 1;

/** Records which examples a run corrupted (once: a resumed run finds them already there). */
export async function recordNoisyExamples(db: Executor, teamId: string, runId: string, data: TrainingData) {
  const values = noisyExamples(data).map(({ row, token, trueLabel, noisyLabel }) => ({ runId, teamId, row, token, trueLabel, noisyLabel }));
  for (let i = 0; i < values.length; i += 2000)
    await db
      .insert(runNoisyExamples)
      .values(values.slice(i, i + 2000))
      .onConflictDoNothing();
}
