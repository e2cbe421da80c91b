/**
 * Suspected label errors: a run's training examples ranked by how likely their label is wrong, from their records
 * over the epochs (lib/runs/labelErrorRanking.ts), for built-in runs and outside runs that log per-example losses.
 * A token-classification run ranks its sentences (an injected error: a sentence with a corrupted entity).
 * With injected noise each ranking's detection F1 is known and the best one is the default; without, early_loss.
 */
import { and, eq, like, or, sql } from 'drizzle-orm';
import { datasetUploads, datasetVersions, runArtifacts, runExamples, runNoisyExamples, runPhaseDetections } from '../../db/schema';
import { readStoredRowsAt } from '../../db/datasetRows';
import { isTrainedKind } from '../../lib/runs/config';
import {
  labelErrorRankings,
  rankLabelErrors,
  suspectOrder,
  type LabelErrorRanking,
  type LabelErrorRankingName,
} from '../../lib/runs/labelErrorRanking';
import { decodeTrainingLosses, LATEST_TRAINING_LOSSES } from '../../lib/runs/trainingLosses';
import { ownedBy, type Scope } from '../tenancy/scope';
import { readableRun } from './externalRuns';
import { getRun, type Run } from './runs';

export interface SuspectedLabelError {
  row: number;
  /** The line of the uploaded file the example came from (an outside run's position + 1). */
  line: number;
  text: string;
  givenLabel: string;
  predictedLabel: string;
  /** The loss at the latest epoch. */
  loss: number;
  /** The ranking's score: higher is more suspect. */
  score: number;
  /** Whether the run corrupted this label on purpose (or registered it as noisy); null for a run without that knowledge. */
  injected: boolean | null;
}

export interface LabelErrorReport {
  ranking: LabelErrorRankingName;
  rankings: { name: LabelErrorRankingName; available: boolean; detectionF1: number | null; preferred: boolean }[];
  earlyEpochs: { from: number; through: number };
  examples: SuspectedLabelError[];
}

const TEXT_LIMIT = 200;

/** A run's examples ranked, or null before any epoch was recorded. */
async function rankingOf(scope: Scope, run: Run): Promise<{ ranking: LabelErrorRanking; hasNoise: boolean } | null> {
  const stored = await scope.db
    .select({ name: runArtifacts.name, data: runArtifacts.data })
    .from(runArtifacts)
    .where(
      and(
        ownedBy(scope, runArtifacts.teamId),
        eq(runArtifacts.runId, run.id),
        or(like(runArtifacts.name, 'training-losses-%'), eq(runArtifacts.name, LATEST_TRAINING_LOSSES)),
      ),
    );
  // Runs from before per-epoch records kept only their latest epoch's.
  const perEpoch = stored.filter((s) => s.name !== LATEST_TRAINING_LOSSES);
  const records = (perEpoch.length ? perEpoch : stored).map((s) => decodeTrainingLosses(s.data));
  const [detection] = await scope.db
    .select({ phases: runPhaseDetections.phases })
    .from(runPhaseDetections)
    .where(and(ownedBy(scope, runPhaseDetections.teamId), eq(runPhaseDetections.runId, run.id)));
  const memorizationStart = detection?.phases.find((p) => p.phase === 'memorization')?.start ?? null;
  const injected = await injectedRows(scope, run);
  const ranking = rankLabelErrors(records, { memorizationStart, injected: injected ?? undefined });
  return ranking && { ranking, hasNoise: injected !== null };
}

/** The rows whose label the run corrupted (or registered as noisy); null for a run that cannot know. */
async function injectedRows(scope: Scope, run: Run): Promise<Set<number> | null> {
  if (isTrainedKind(run.kind)) {
    const noisy = await scope.db
      .select({ row: runNoisyExamples.row })
      .from(runNoisyExamples)
      .where(and(ownedBy(scope, runNoisyExamples.teamId), eq(runNoisyExamples.runId, run.id)));
    const rate = (run.config as { noise?: { rate?: number } }).noise?.rate;
    return rate || noisy.length ? new Set(noisy.map((n) => n.row)) : null;
  }
  const registered = await scope.db.execute<{ position: number; noisy: boolean }>(sql`
    select position, true_label <> label as noisy from ${runExamples} where run_id = ${run.id} and team_id = ${scope.team.id} and true_label is not null`);
  return registered.length ? new Set([...registered].filter((r) => r.noisy).map((r) => r.position)) : null;
}

const rankingSummary = (ranking: LabelErrorRanking, hasNoise: boolean) =>
  labelErrorRankings.map((name) => ({
    name,
    available: ranking.scores[name] !== null,
    detectionF1: hasNoise ? ranking.detectionF1[name] : null,
    preferred: name === ranking.preferred,
  }));

/** The ranking asked for if the records give it, else the preferred one. */
const chosen = (ranking: LabelErrorRanking, asked?: LabelErrorRankingName | null) =>
  asked && ranking.scores[asked] ? asked : ranking.preferred;

/** The `first` likeliest label errors by a ranking (default: the preferred one), with how each ranking does. */
export async function labelErrorReport(
  scope: Scope,
  runId: string,
  options: { first?: number; ranking?: LabelErrorRankingName | null } = {},
): Promise<LabelErrorReport | null> {
  const run = await getRun(scope, runId);
  const ranked = await rankingOf(scope, run);
  if (!ranked) return null;
  const name = chosen(ranked.ranking, options.ranking);
  const { suspects } = suspectOrder(ranked.ranking, name, Math.min(Math.max(options.first ?? 50, 1), 5000));
  return {
    ranking: name,
    rankings: rankingSummary(ranked.ranking, ranked.hasNoise),
    earlyEpochs: ranked.ranking.earlyEpochs,
    examples: await describeExamples(scope, run, ranked, name, suspects),
  };
}

/** The likeliest label errors by the preferred ranking (an empty list before any epoch was recorded). */
export async function suspectedLabelErrors(scope: Scope, runId: string, first = 50): Promise<SuspectedLabelError[]> {
  return (await labelErrorReport(scope, runId, { first }))?.examples ?? [];
}

/** Every training example, likeliest label errors first and those the model always agreed with last, in pages. */
export async function* allRankedExamples(
  scope: Scope,
  runId: string,
  ranking?: LabelErrorRankingName | null,
): AsyncGenerator<(SuspectedLabelError & { agreedEveryEpoch: boolean })[]> {
  const run = await getRun(scope, runId);
  const ranked = await rankingOf(scope, run);
  if (!ranked) return;
  const name = chosen(ranked.ranking, ranking);
  const { suspects, agreed } = suspectOrder(ranked.ranking, name);
  const PAGE = 2000;
  for (const [positions, agreedEveryEpoch] of [
    [suspects, false],
    [agreed, true],
  ] as const) {
    for (let start = 0; start < positions.length; start += PAGE) {
      yield (await describeExamples(scope, run, ranked, name, positions.slice(start, start + PAGE))).map((e) => ({
        ...e,
        agreedEveryEpoch,
      }));
    }
  }
}

/** The examples at these positions of the ranking, with their text and labels. */
async function describeExamples(
  scope: Scope,
  run: Run,
  ranked: { ranking: LabelErrorRanking; hasNoise: boolean },
  name: LabelErrorRankingName,
  positions: readonly number[],
): Promise<SuspectedLabelError[]> {
  const { latest, scores } = ranked.ranking;
  const score = scores[name]!;
  const classOf = (k: number | undefined) => (k === undefined || k < 0 ? '' : (latest.classes[k] ?? ''));
  const texts =
    isTrainedKind(run.kind) && run.datasetVersionId
      ? await datasetTexts(
          scope,
          run.datasetVersionId,
          positions.map((i) => latest.rows[i]!),
        )
      : await registeredTexts(
          scope,
          run,
          positions.map((i) => latest.rows[i]!),
        );
  const injected = ranked.hasNoise ? await injectedRows(scope, run) : null;
  return positions.flatMap((i) => {
    const row = latest.rows[i]!;
    const found = texts.get(row);
    if (!found) return [];
    return [
      {
        row,
        line: found.line,
        text: found.text.length > TEXT_LIMIT ? `${found.text.slice(0, TEXT_LIMIT)}…` : found.text,
        givenLabel: latest.labels ? classOf(latest.labels[i]) : found.label,
        predictedLabel: classOf(latest.predictions[i]),
        loss: latest.losses[i]!,
        score: score[i]!,
        injected: injected ? injected.has(row) : null,
      },
    ];
  });
}

type Described = Map<number, { line: number; text: string; label: string }>;

/** A built-in run's examples as uploaded: the feature columns joined, and the file's line. */
async function datasetTexts(scope: Scope, datasetVersionId: string, rows: readonly number[]): Promise<Described> {
  const [version] = await scope.db
    .select({ schema: datasetVersions.schema, columns: datasetUploads.columns, uploadId: datasetUploads.id })
    .from(datasetVersions)
    .innerJoin(datasetUploads, eq(datasetUploads.id, datasetVersions.uploadId))
    .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, datasetVersionId)));
  const schema = version!.schema as { columns: { name: string; type: string }[]; labelColumn: string };
  const at = (name: string) => version!.columns.indexOf(name) + 1;
  const features = schema.columns.filter((c) => c.name !== schema.labelColumn && c.type !== 'ignore').map((c) => at(c.name));
  const stored = await readStoredRowsAt(scope.db, scope.team.id, version!.uploadId, rows);
  return new Map(
    rows.map((row) => {
      const cells = stored.get(row);
      const text = features
        .map((p) => cells?.[p])
        .filter((c) => c !== null && c !== undefined)
        .map(String)
        .join(' · ');
      return [row, { line: (cells?.[0] as number | undefined) ?? 0, text, label: String(cells?.[at(schema.labelColumn)] ?? '') }];
    }),
  );
}

/** An outside run's examples as it registered them: position, id and text. */
async function registeredTexts(scope: Scope, run: Run, positions: readonly number[]): Promise<Described> {
  if (!positions.length) return new Map();
  const rows = await scope.db.execute<{ position: number; example_id: string; label: string; text: string | null }>(sql`
    select position, example_id, label, text from ${runExamples}
    where run_id = ${run.id} and team_id = ${scope.team.id} and position = any(${`{${positions.join(',')}}`}::int[])`);
  return new Map([...rows].map((r) => [r.position, { line: r.position + 1, text: r.text ?? r.example_id, label: r.label }]));
}

export interface ExampleLabelError {
  position: number;
  id: string;
  text: string | null;
  label: string;
  predictedLabel: string;
  loss: number;
  score: number;
  /** Whether the run registered the example as noisy; null when it registered no true labels. */
  noisy: boolean | null;
}

/** An outside run's likeliest label errors, in the tracking API's terms (registered ids and positions). */
export async function exampleLabelErrors(scope: Scope, runId: unknown, first = 50): Promise<ExampleLabelError[]> {
  const run = await readableRun(scope, runId);
  const report = await labelErrorReport(scope, run.id, { first });
  if (!report) return [];
  const ids = await scope.db.execute<{ position: number; example_id: string; text: string | null }>(sql`
    select position, example_id, text from ${runExamples}
    where run_id = ${run.id} and team_id = ${scope.team.id} and position = any(${`{${report.examples.map((e) => e.row).join(',')}}`}::int[])`);
  const byPosition = new Map([...ids].map((r) => [r.position, r]));
  return report.examples.map((e) => ({
    position: e.row,
    id: byPosition.get(e.row)?.example_id ?? '',
    text: byPosition.get(e.row)?.text ?? null,
    label: e.givenLabel,
    predictedLabel: e.predictedLabel,
    loss: e.loss,
    score: e.score,
    noisy: e.injected,
  }));
}
