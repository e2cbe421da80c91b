/**
 * Per-example memorization for runs trained outside Phaselab (Tänzer et al., 2022, measured as for built-in runs):
 * a run registers its training examples (label trained on and, where known, the true one), then sends each epoch's
 * per-example losses and predictions. From them come the memorized and recovered shares of the noisy examples, the
 * epoch each was first memorized, how well the highest losses find them, and the suspected label errors.
 */
import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Executor } from '../../db/client';
import { copyLines, copyText } from '../../db/copy';
import { runArtifacts, runExamples, runNoisyExamples, runs } from '../../db/schema';
import { memorizationMetrics } from '../../lib/runs/labelNoise';
import { detectionScore, encodeTrainingLosses, trainingLossesArtifact, type TrainingLosses } from '../../lib/runs/trainingLosses';
import { AlreadyExistsError, InvalidInputError } from '../errors';
import { ownedBy, type Scope } from '../tenancy/scope';
import { logLine, readableRun, writableRun } from './externalRuns';
import { scheduleDetection, writeMetrics } from './externalMetrics';
import { parseInput } from './validation';
import { storableText } from './trackingInput';
import type { Run } from './runs';

export const MAX_EXAMPLES_PER_REQUEST = 100_000;
const MAX_CLASSES = 10_000;

const label = storableText.pipe(z.string().min(1, 'a label may not be empty').max(250, 'use labels of at most 250 characters'));
const registration = z
  .object({
    ids: z
      .array(storableText.pipe(z.string().min(1, 'an id may not be empty').max(250)))
      .min(1, 'register at least one example')
      .max(MAX_EXAMPLES_PER_REQUEST, 'register at most 100,000 examples per request'),
    labels: z.array(label),
    trueLabels: z.array(label.nullable()).optional(),
    texts: z.array(storableText.pipe(z.string().max(2000, 'use texts of at most 2,000 characters')).nullable()).optional(),
    classes: z.array(label).min(2, 'name at least 2 classes').max(MAX_CLASSES).optional(),
  })
  .superRefine((r, ctx) => {
    for (const field of ['labels', 'trueLabels', 'texts'] as const) {
      const values = r[field];
      if (values && values.length !== r.ids.length)
        ctx.addIssue({ code: 'custom', path: [field], message: `has ${values.length} items for ${r.ids.length} ids` });
    }
  });
export type ExampleRegistration = z.input<typeof registration>;

/** An example's label and truth as class indices, in registration order; -1 where the truth is unknown. */
interface RegisteredLabels {
  classes: string[];
  labels: Int32Array;
  trueLabels: Int32Array;
}

/** More examples than this in one run are refused: each epoch's scoring holds them all in memory. */
export const MAX_EXAMPLES_PER_RUN = 5_000_000;

// Registrations only ever append, so what was read stays right while the count matches. Sized by bytes (8 a label).
const labelCache = new LRUCache<string, RegisteredLabels>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (v) => Math.max(1, v.labels.byteLength * 2),
});

export async function registerExamples(
  scope: Scope,
  runId: unknown,
  input: unknown,
): Promise<{ registered: number; total: number; noisy: number; classes: string[] }> {
  const examples = parseInput(registration, input);
  const seen = new Set<string>();
  const duplicate = examples.ids.find((id) => seen.size === seen.add(id).size);
  if (duplicate !== undefined) throw new InvalidInputError(`ids: "${duplicate}" appears twice`, 'ids');
  return scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, runId, tx);
    return appendExamples(tx, run, examples);
  });
}

/** Appends examples to a locked run: ids unique, classes fixed by the first registration. */
export async function appendExamples(tx: Executor, run: Run, examples: z.output<typeof registration>) {
  const classes =
    run.exampleClasses ??
    examples.classes ??
    [...new Set([...examples.labels, ...(examples.trueLabels ?? []).filter((l): l is string => l !== null)])].sort();
  if (run.exampleClasses && examples.classes && examples.classes.join('\u0000') !== run.exampleClasses.join('\u0000')) {
    throw new InvalidInputError(
      `classes: the run's classes were fixed by its first registration: ${run.exampleClasses.join(', ')}`,
      'classes',
    );
  }
  if (classes.length < 2) throw new InvalidInputError('labels: the examples need at least 2 classes (or name them in classes)', 'labels');
  const known = new Set(classes);
  const check = (values: readonly (string | null)[] | undefined, field: string) =>
    values?.forEach((value, i) => {
      if (value !== null && !known.has(value))
        throw new InvalidInputError(
          `${field}.${i}: "${value}" is not one of the run's classes (${classes.slice(0, 10).join(', ')}${classes.length > 10 ? ', …' : ''})`,
          `${field}.${i}`,
        );
    });
  check(examples.labels, 'labels');
  check(examples.trueLabels, 'trueLabels');
  const [{ count }] = (await tx.execute<{ count: number }>(
    sql`select count(*)::int as count from ${runExamples} where run_id = ${run.id}`,
  )) as unknown as [{ count: number }];
  const [taken] = await tx.execute<{ example_id: string }>(sql`
    select example_id from ${runExamples} where run_id = ${run.id} and example_id = any(${`{${examples.ids.map(arrayLiteral).join(',')}}`}::text[]) limit 1`);
  if (taken) throw new AlreadyExistsError(`Example "${taken.example_id}" is already registered for run ${run.id}.`);
  if (count + examples.ids.length > MAX_EXAMPLES_PER_RUN)
    throw new InvalidInputError(
      `a run registers at most ${MAX_EXAMPLES_PER_RUN.toLocaleString('en')} examples; it has ${count.toLocaleString('en')}`,
      'ids',
    );
  const rows = examples.ids.map((id, i) => ({
    p: count + i,
    id,
    l: examples.labels[i]!,
    t: examples.trueLabels?.[i] ?? null,
    x: examples.texts?.[i] ?? null,
  }));
  // Ids were checked above under the run's lock, so COPY (several times faster here) is never refused.
  await copyLines(
    tx,
    'run_examples',
    ['run_id', 'team_id', 'position', 'example_id', 'label', 'true_label', 'text'],
    rows.map((r) => `${run.id}\t${run.teamId}\t${r.p}\t${copyText(r.id)}\t${copyText(r.l)}\t${copyText(r.t)}\t${copyText(r.x)}\n`),
  );
  const noisy = rows.filter((r) => r.t !== null && r.t !== r.l);
  for (let i = 0; i < noisy.length; i += 20_000) {
    await tx.execute(sql`
      insert into ${runNoisyExamples} (run_id, team_id, row, token, true_label, noisy_label)
      select ${run.id}, ${run.teamId}, r.p, -1, r.t, r.l from json_to_recordset(${JSON.stringify(noisy.slice(i, i + 20_000))}::json) as r(p int, t text, l text)`);
  }
  if (!run.exampleClasses) await tx.update(runs).set({ exampleClasses: classes }).where(eq(runs.id, run.id));
  await logLine(tx, run, `${rows.length} examples registered (${noisy.length} noisy), ${count + rows.length} in all`);
  const [{ noisyTotal }] = (await tx.execute<{ noisyTotal: number }>(
    sql`select count(*)::int as "noisyTotal" from ${runNoisyExamples} where run_id = ${run.id}`,
  )) as unknown as [{ noisyTotal: number }];
  return { registered: rows.length, total: count + rows.length, noisy: noisyTotal, classes };
}

/** A Postgres array element, quoted: ids may hold commas, quotes and braces. */
const arrayLiteral = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

export async function registeredExampleCount(scope: Scope, runId: string): Promise<number> {
  const [{ count }] = (await scope.db.execute<{ count: number }>(
    sql`select count(*)::int as count from ${runExamples} where run_id = ${runId} and team_id = ${scope.team.id}`,
  )) as unknown as [{ count: number }];
  return count;
}

async function registeredLabels(tx: Executor, run: Run): Promise<RegisteredLabels> {
  const classes = run.exampleClasses ?? [];
  const [{ count }] = (await tx.execute<{ count: number }>(
    sql`select count(*)::int as count from ${runExamples} where run_id = ${run.id}`,
  )) as unknown as [{ count: number }];
  const cached = labelCache.get(run.id);
  if (cached && cached.labels.length === count) return cached;
  const index = new Map(classes.map((c, i) => [c, i]));
  const rows = await tx
    .select({ label: runExamples.label, trueLabel: runExamples.trueLabel })
    .from(runExamples)
    .where(eq(runExamples.runId, run.id))
    .orderBy(runExamples.position);
  const labels = Int32Array.from(rows, (r) => index.get(r.label)!);
  const trueLabels = Int32Array.from(rows, (r) => (r.trueLabel === null ? -1 : index.get(r.trueLabel)!));
  const value = { classes, labels, trueLabels };
  labelCache.set(run.id, value);
  return value;
}

export interface EpochOfExamples {
  epoch: number;
  losses: Float32Array;
  predictions: Int32Array;
}

const epochNumber = z.coerce.number().int('epoch: a whole number').min(1, 'epoch: from 1').max(1_000_000);

/** Reads an epoch sent as JSON: arrays of numbers (or class names), or base64 little-endian float32 and int32 arrays. */
export function epochFromJson(
  body: { epoch?: unknown; losses?: unknown; predictions?: unknown },
  classes?: readonly string[],
): EpochOfExamples {
  const epoch = parseInput(epochNumber, body.epoch, 'epoch');
  const fromBase64 = (value: string, field: string, width: 4) => {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length % width)
      throw new InvalidInputError(`${field}: base64 of ${bytes.length} bytes is not a whole number of 4-byte values`, field);
    return new Uint8Array(bytes).buffer;
  };
  const losses =
    typeof body.losses === 'string'
      ? new Float32Array(fromBase64(body.losses, 'losses', 4))
      : Float32Array.from(
          parseInput(
            z.array(z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])])).max(10_000_000),
            body.losses ?? null,
            'losses.',
          ),
          Number,
        );
  let predictions: Int32Array;
  if (typeof body.predictions === 'string') predictions = new Int32Array(fromBase64(body.predictions, 'predictions', 4));
  else {
    const values = parseInput(
      z
        .array(
          z.union([
            z
              .number()
              .int()
              .min(-(2 ** 31))
              .max(2 ** 31 - 1),
            z.string(),
          ]),
        )
        .max(10_000_000),
      body.predictions ?? null,
      'predictions.',
    );
    const index = new Map(classes?.map((c, i) => [c, i]));
    predictions = Int32Array.from(values, (v, i) => {
      if (typeof v === 'number') return v;
      const at = index.get(v);
      if (at === undefined) throw new InvalidInputError(`predictions.${i}: "${v}" is not one of the run's classes`, `predictions.${i}`);
      return at;
    });
  }
  return { epoch, losses, predictions };
}

/** Reads an epoch sent as bytes: n little-endian float32 losses, then n int32 predictions. */
export function epochFromBytes(epoch: unknown, body: Buffer): EpochOfExamples {
  if (body.length % 8)
    throw new InvalidInputError(`the body has ${body.length} bytes: send n float32 losses then n int32 predictions (8·n bytes)`, 'body');
  const n = body.length / 8;
  const copy = new Uint8Array(body).buffer;
  const view = new DataView(copy);
  const losses = new Float32Array(n);
  const predictions = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    losses[i] = view.getFloat32(i * 4, true);
    predictions[i] = view.getInt32((n + i) * 4, true);
  }
  return { epoch: parseInput(epochNumber, epoch, 'epoch'), losses, predictions };
}

export interface EpochMemorization {
  epoch: number;
  examples: number;
  memorizedFraction: number | null;
  recoveredFraction: number | null;
  detectionF1: number | null;
}

/** Scores one epoch of a run's examples, writes its points and bookkeeping in one transaction. */
export async function logExampleEpoch(
  scope: Scope,
  runId: unknown,
  read: (classes: readonly string[]) => EpochOfExamples,
): Promise<EpochMemorization> {
  const result = await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, runId, tx);
    const { epoch, losses, predictions } = read(run.exampleClasses ?? []);
    const { classes, labels, trueLabels } = await registeredLabels(tx, run);
    if (!labels.length)
      throw new InvalidInputError("register the run's examples before logging their losses (runs/examples/register)", 'run_id');
    if (losses.length !== labels.length || predictions.length !== labels.length) {
      throw new InvalidInputError(
        `send one loss and one prediction per registered example: ${labels.length} registered, ${losses.length} losses and ${predictions.length} predictions received`,
        'losses',
      );
    }
    const bad = predictions.findIndex((p) => p < 0 || p >= classes.length);
    if (bad >= 0)
      throw new InvalidInputError(
        `predictions.${bad}: ${predictions[bad]} is not a class index from 0 to ${classes.length - 1}`,
        `predictions.${bad}`,
      );

    const positions = Array.from(labels, (_, i) => i);
    const truth = Int32Array.from(trueLabels, (t, i) => (t < 0 ? labels[i]! : t));
    const noisy = positions.filter((i) => truth[i] !== labels[i]);
    let right = 0;
    let lossSum = 0;
    let finite = 0;
    labels.forEach((l, i) => {
      if (predictions[i] === l) right++;
      if (Number.isFinite(losses[i])) ((lossSum += losses[i]!), finite++);
    });
    const points: Record<string, number> = {
      'train/accuracy': right / labels.length,
      'train/example_loss': finite ? lossSum / finite : Number.NaN,
    };
    let memorization: Pick<EpochMemorization, 'memorizedFraction' | 'recoveredFraction' | 'detectionF1'> = {
      memorizedFraction: null,
      recoveredFraction: null,
      detectionF1: null,
    };
    if (noisy.length) {
      const m = memorizationMetrics(predictions, positions, truth, labels);
      const ranked = Float32Array.from(losses, (l) => (Number.isFinite(l) ? l : -Infinity));
      memorization = {
        memorizedFraction: m.memorizedFraction,
        recoveredFraction: m.recoveredFraction,
        detectionF1: detectionScore(Int32Array.from(positions), ranked, new Set(noisy)),
      };
      Object.assign(points, {
        'noise/memorized_fraction': m.memorizedFraction,
        'noise/recovered_fraction': m.recoveredFraction,
        'noise/detection_f1': memorization.detectionF1,
        'train/clean_accuracy': m.cleanTrainScore,
      });
      const memorized = noisy.filter((i) => predictions[i] === labels[i]);
      if (memorized.length) {
        await tx.execute(sql`
          update ${runNoisyExamples} set first_memorized_epoch = least(coalesce(first_memorized_epoch, ${epoch}::int), ${epoch}::int)
          where run_id = ${run.id} and token = -1 and row = any(${`{${memorized.join(',')}}`}::int[])`);
      }
    }
    // Points at the epoch they score: no metric of the batch tells another epoch.
    await writeMetrics(
      tx,
      run,
      Object.entries(points).map(([key, value]) => ({ key, value, step: epoch, timestamp: Date.now() })),
      null,
    );
    await storeEpochLosses(tx, run, { epoch, classes, rows: Int32Array.from(positions), losses, predictions, labels });
    return { run, value: { epoch, examples: labels.length, ...memorization } };
  });
  scheduleDetection(scope, result.run);
  return result.value;
}

/** Keeps the epoch's record of every example (an epoch sent again replaces its record), for the label-error ranking. */
async function storeEpochLosses(tx: Executor, run: Run, value: TrainingLosses) {
  const data = encodeTrainingLosses(value);
  await tx
    .insert(runArtifacts)
    .values({ runId: run.id, teamId: run.teamId, name: trainingLossesArtifact(value.epoch), epoch: value.epoch, data, bytes: data.length })
    .onConflictDoUpdate({ target: [runArtifacts.runId, runArtifacts.name], set: { data, bytes: data.length, createdAt: sql`now()` } });
}
