/**
 * External runs: runs trained by a team's own code, anywhere, that log into Phaselab through the tracking API. They
 * are runs like any other (same table, pages, curves, phases), of kind `external`: no worker claims them, their
 * params are their config, and their status is what their code says it is.
 */
import { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { runGroups, runKeyTags, runLogs, runs } from '../../db/schema';
import { detectAndStorePhases } from '../../db/phaseDetections';
import { EXTERNAL_KIND, finishedStatuses, type RunStatus } from '../../lib/runs/config';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { activeExperiment } from './experiments';
import { dedupe, keyProblem, report, storableText, tagInput, tagKey } from './trackingInput';
import { recordAudit } from './audit';
import { parseInput } from './validation';
import type { Run } from './runs';
import { cancelScheduledDetection, epochKeyOf, scheduleDetection, writeMetrics } from './externalMetrics';
import { latestPoints } from '../../db/metricChunks';
import { PHASE_TAGS } from '../../lib/phases/curves';

/** MLflow's run statuses and Phaselab's. */
export const trackingStatuses = {
  RUNNING: 'running',
  SCHEDULED: 'queued',
  FINISHED: 'succeeded',
  FAILED: 'failed',
  KILLED: 'canceled',
} as const satisfies Record<string, RunStatus>;
export type TrackingStatus = keyof typeof trackingStatuses;
export const trackingStatusOf = (status: string): TrackingStatus =>
  (Object.keys(trackingStatuses) as TrackingStatus[]).find((s) => trackingStatuses[s] === status) ??
  (status === 'waiting' ? 'SCHEDULED' : 'RUNNING');

export const RUN_NAME_TAG = 'mlflow.runName';
/** MLflow's run description: the run's notes. */
export const NOTE_TAG = 'mlflow.note.content';

/** MLflow's limits on one log-batch. */
export const BATCH_LIMITS = { metrics: 1000, params: 100, tags: 100, total: 1000 } as const;

/** MLflow's run ids are 32 hex digits; Phaselab's are UUIDs. Either form names a run. */
export function normalizeRunId(id: unknown): string {
  const text = typeof id === 'string' ? id.trim().toLowerCase() : '';
  const hex = text.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new NotFoundError(`Run '${String(id ?? '')}'`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Milliseconds since 1970, up to the last moment of year 9999 (Postgres's timestamps go no further in ISO form). */
const MAX_MILLIS = 253_402_300_799_999;
const TIMESTAMP_RULE = 'a timestamp is milliseconds since 1970, before year 10000';
const millis = z.number().int().min(0).max(MAX_MILLIS, TIMESTAMP_RULE);
const timestamp = z.union([millis, z.string().regex(/^\d+$/).transform(Number).pipe(millis)]);
/** JSON carries NaN and infinities only as strings; MLflow's clients send them so. */
const metricValue = z.union([
  z.number(),
  z
    .enum(['NaN', 'Infinity', '-Infinity', 'nan', 'inf', '-inf'])
    .transform((v) => Number(v.replace(/^(-?)inf$/, '$1Infinity').replace('nan', 'NaN'))),
]);
/** int64s come as JSON numbers or, from protobuf's JSON, as strings of digits. */
const wholeNumber = (digits: RegExp) => z.union([z.number(), z.string().regex(digits).transform(Number)]);

function stepProblem(step: number): string | undefined {
  if (step > Number.MAX_SAFE_INTEGER) return 'steps go up to 2^53 - 1';
  if (step < -Number.MAX_SAFE_INTEGER) return 'steps go down to -(2^53 - 1)';
  if (!Number.isInteger(step)) return 'a step is a whole number';
}
const timestampProblem = (ms: number | undefined) =>
  ms === undefined || (Number.isInteger(ms) && ms >= 0 && ms <= MAX_MILLIS) ? undefined : TIMESTAMP_RULE;

/**
 * Metrics are shaped by their schema, then checked in one pass over the batch: a thousand metrics at a few zod checks
 * each cost more than all the rest of a log-batch's parsing. The first problem is reported, at its field.
 */
const metricInput = z.object({
  key: z.string(),
  value: metricValue,
  timestamp: wholeNumber(/^\d+$/).optional(),
  step: wholeNumber(/^-?\d+$/).default(0),
});
const metricsInput = z
  .array(metricInput)
  .max(BATCH_LIMITS.metrics, 'a batch holds at most 1,000 metrics')
  .superRefine((metrics, ctx) => {
    for (let i = 0; i < metrics.length; i++) {
      const { key, step, timestamp } = metrics[i]!;
      const problem = keyProblem(key) ?? stepProblem(step) ?? timestampProblem(timestamp);
      if (problem) return report(ctx, problem, [i, keyProblem(key) ? 'key' : stepProblem(step) ? 'step' : 'timestamp']);
    }
  });
const paramInput = z.object({
  key: tagKey,
  value: storableText.pipe(z.string().max(6000, 'use param values of at most 6,000 characters')),
});

const createInput = z.object({
  experimentId: z.string().default('0'),
  runName: storableText.pipe(z.string().trim().max(250)).optional(),
  startTime: timestamp.optional(),
  userId: storableText.pipe(z.string().max(250)).optional(),
  tags: z.array(tagInput).max(1000, 'use at most 1,000 tags').default([]),
});

export async function createExternalRun(scope: Scope, input: unknown): Promise<Run> {
  authorize(scope, 'runs:create');
  const { experimentId, runName, startTime, userId, tags } = parseInput(createInput, input);
  return scope.db.transaction(async (tx) => {
    const experiment = await activeExperiment(scope, experimentId, tx);
    const byKey = new Map(dedupe(tags).map((t) => [t.key, t.value]));
    const name =
      runName || byKey.get(RUN_NAME_TAG) || `run-${new Date(startTime ?? Date.now()).toISOString().slice(0, 19).replace('T', '-')}`;
    byKey.set(RUN_NAME_TAG, name);
    if (userId && !byKey.has('mlflow.user')) byKey.set('mlflow.user', userId);
    const [run] = await tx
      .insert(runs)
      .values({
        teamId: scope.team.id,
        name,
        kind: EXTERNAL_KIND,
        config: {},
        notes: byKey.get(NOTE_TAG) ?? '',
        seed: 0,
        status: 'running',
        epochs: 0,
        experimentId: experiment.id,
        createdBy: scope.user.id,
        startedAt: new Date(startTime ?? Date.now()),
      })
      .returning();
    await tx.insert(runKeyTags).values([...byKey].map(([key, value]) => ({ runId: run!.id, teamId: scope.team.id, key, value })));
    const parent = byKey.get(PARENT_TAG);
    if (parent) await joinParentGroup(tx, run!, parent);
    await logLine(
      tx,
      run!,
      `created through the tracking API in experiment "${experiment.name}"${scope.tokenId ? ' with an API token' : ''} of ${scope.user.email}`,
    );
    await recordAudit(tx, scope, {
      action: 'run.create',
      targetType: 'run',
      targetId: run!.id,
      details: { kind: EXTERNAL_KIND, experiment: String(experiment.id) },
    });
    return run!;
  });
}

/** A run the caller may log to: an external run of the team that is not deleted. The row is locked until commit. */
export async function writableRun(scope: Scope, id: unknown, tx: Executor): Promise<Run> {
  authorize(scope, 'runs:create');
  const runId = normalizeRunId(id);
  const [run] = await tx
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.id, runId)))
    .for('update');
  if (!run) throw new NotFoundError(`Run '${runId}'`);
  if (run.kind !== EXTERNAL_KIND)
    throw new InvalidInputError(`run ${runId} is trained by Phaselab's workers; log to runs created through the tracking API`, 'run_id');
  if (run.deletedAt) throw new InvalidInputError(`The run ${runId} must be in the 'active' state. Current state is deleted.`, 'run_id');
  return run;
}

/** Any run of the team (built-in ones too: their curves read through the same API), deleted ones included. */
export async function readableRun(scope: Scope, id: unknown): Promise<Run> {
  authorize(scope, 'runs:read');
  const runId = normalizeRunId(id);
  const [run] = await scope.db
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.id, runId)));
  if (!run) throw new NotFoundError(`Run '${runId}'`);
  return run;
}

const updateInput = z.object({
  status: z.enum(Object.keys(trackingStatuses) as [TrackingStatus, ...TrackingStatus[]]).optional(),
  endTime: timestamp.optional(),
  runName: storableText.pipe(z.string().trim().min(1).max(250)).optional(),
});

/**
 * Status, end time and name, as the run's code reports them. A run that ends gets its final phases in the same
 * transaction, so it is never seen ended with provisional ones (the run page stops polling an ended run).
 */
export async function updateExternalRun(scope: Scope, id: unknown, input: unknown): Promise<Run> {
  const { status, endTime, runName } = parseInput(updateInput, input);
  return scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, id, tx);
    const next = status ? trackingStatuses[status] : run.status;
    const ends = finishedStatuses.has(next);
    const [changed] = await tx
      .update(runs)
      .set({
        status: next,
        name: runName ?? run.name,
        finishedAt: ends ? (endTime !== undefined ? new Date(endTime) : (run.finishedAt ?? new Date())) : null,
        progress: next === 'succeeded' ? 1 : run.progress,
        summary: ends ? await latestSummary(tx, run) : run.summary,
      })
      .where(eq(runs.id, run.id))
      .returning();
    if (runName) await upsertTags(tx, run, [{ key: RUN_NAME_TAG, value: runName }]);
    if (status && next !== run.status) await logLine(tx, run, `its code reports ${status}`);
    if (ends) {
      cancelScheduledDetection(run.id);
      // Its own savepoint: a detector failure is logged and the reported status kept.
      await detectAndStorePhases(tx, { run, final: true }).catch((error) =>
        logLine(tx, run, `final phases not stored: ${error instanceof Error ? error.message : error}`, 'error'),
      );
    }
    return changed!;
  });
}

/** The last value of each curve (finite ones), as a built-in run's summary holds it. */
async function latestSummary(tx: Executor, run: Run): Promise<Record<string, number>> {
  const latest = await latestPoints(tx, run.teamId, [run.id], { finiteOnly: true });
  return Object.fromEntries(latest.map((p) => [p.key, p.value]));
}

export async function setRunDeleted(scope: Scope, id: unknown, deleted: boolean): Promise<void> {
  authorize(scope, 'runs:create');
  await scope.db.transaction(async (tx) => {
    const runId = normalizeRunId(id);
    const [run] = await tx
      .select()
      .from(runs)
      .where(and(ownedBy(scope, runs.teamId), eq(runs.id, runId)))
      .for('update');
    if (!run || run.kind !== EXTERNAL_KIND) throw new NotFoundError(`Run '${runId}'`);
    await tx
      .update(runs)
      .set({ deletedAt: deleted ? (run.deletedAt ?? new Date()) : null })
      .where(eq(runs.id, run.id));
    await recordAudit(tx, scope, { action: deleted ? 'run.delete' : 'run.restore', targetType: 'run', targetId: run.id });
  });
}

const batchInput = z
  .object({
    metrics: metricsInput.default([]),
    params: z.array(paramInput).max(BATCH_LIMITS.params, 'a batch holds at most 100 params').default([]),
    tags: z.array(tagInput).max(BATCH_LIMITS.tags, 'a batch holds at most 100 tags').default([]),
  })
  .refine((b) => b.metrics.length + b.params.length + b.tags.length <= BATCH_LIMITS.total, {
    message: 'a batch holds at most 1,000 metrics, params and tags together',
    path: ['metrics'],
  });

/**
 * MLflow's log-batch, all or nothing: params are checked against those already logged (a param keeps its first
 * value), then params, tags and metrics are written in one transaction.
 */
export async function logBatch(scope: Scope, id: unknown, input: unknown): Promise<void> {
  const batch = parseInput(batchInput, input);
  const run = await scope.db.transaction(async (tx) => {
    // The epoch metric's name is read with the run's lock (one round trip, not two), unless the batch itself names it.
    const namedHere = batch.tags.findLast((t) => t.key === PHASE_TAGS.epoch)?.value;
    const needsEpochKey = batch.metrics.length > 0 && namedHere === undefined;
    authorize(scope, 'runs:create');
    const runId = normalizeRunId(id);
    const [run, storedEpochKey] = await Promise.all([writableRun(scope, runId, tx), needsEpochKey ? epochKeyOf(scope, tx, runId) : null]);
    // A Map, then an object of own properties: a param may be called __proto__ or constructor.
    const params = new Map(Object.entries(run.config as Record<string, string>));
    for (const { key, value } of batch.params) {
      if (params.has(key) && params.get(key) !== value) {
        throw new InvalidInputError(
          `Changing param values is not allowed. Param with key='${key}' was already logged with value='${params.get(key)}' for run ID='${run.id}'. Attempted logging new value '${value}'.`,
          'params',
        );
      }
      params.set(key, value);
    }
    if (batch.params.length)
      await tx
        .update(runs)
        .set({ config: Object.fromEntries(params) })
        .where(eq(runs.id, run.id));
    if (batch.tags.length) await upsertTags(tx, run, batch.tags);
    if (batch.metrics.length) await writeMetrics(tx, run, batch.metrics, namedHere ?? storedEpochKey);
    return run;
  });
  if (batch.metrics.length) scheduleDetection(scope, run);
}

/** A line of the run's log (the run page tails it), as the engine writes for built-in runs. */
export async function logLine(tx: Executor, run: Pick<Run, 'id' | 'teamId'>, message: string, level: 'info' | 'error' = 'info') {
  await tx.insert(runLogs).values({ runId: run.id, teamId: run.teamId, attempt: 0, level, message });
}

/** MLflow's nested runs (a sweep's trials under one parent run) name their parent by this tag. */
const PARENT_TAG = 'mlflow.parentRunId';

/**
 * A nested run joins its parent's run group (made for the parent when its first child names it), so a sweep run by
 * outside code reads as one group, like a sweep launched here. A parent that is not a run of the team is ignored.
 */
async function joinParentGroup(tx: Executor, run: Run, parentId: string) {
  const id = /^[0-9a-f]{32}$|^[0-9a-f-]{36}$/i.test(parentId) ? normalizeRunId(parentId) : null;
  if (!id || id === run.id) return;
  // Locked: two children created at once must find one group, not make one each.
  const [parent] = await tx
    .select()
    .from(runs)
    .where(and(eq(runs.teamId, run.teamId), eq(runs.id, id)))
    .for('update');
  if (!parent || parent.kind !== EXTERNAL_KIND) return;
  let groupId = parent.groupId;
  if (!groupId) {
    const [group] = await tx
      .insert(runGroups)
      .values({ teamId: run.teamId, name: parent.name, kind: 'nested', varies: '', createdBy: parent.createdBy })
      .returning({ id: runGroups.id });
    groupId = group!.id;
    await tx.update(runs).set({ groupId }).where(eq(runs.id, parent.id));
  }
  await tx.update(runs).set({ groupId }).where(eq(runs.id, run.id));
}

/** Sets an external run's key–value tags; those MLflow gives a meaning (name, notes, parent) change the run too. */
export async function upsertTags(tx: Executor, run: Run, tags: readonly { key: string; value: string }[]) {
  const unique = dedupe(tags);
  if (!unique.length) return;
  await tx
    .insert(runKeyTags)
    .values(unique.map((t) => ({ runId: run.id, teamId: run.teamId, ...t })))
    .onConflictDoUpdate({ target: [runKeyTags.runId, runKeyTags.key], set: { value: sql`excluded.value` } });
  const name = unique.find((t) => t.key === RUN_NAME_TAG);
  if (name?.value.trim())
    await tx
      .update(runs)
      .set({ name: name.value.trim().slice(0, 250) })
      .where(eq(runs.id, run.id));
  const note = unique.find((t) => t.key === NOTE_TAG);
  if (note) await tx.update(runs).set({ notes: note.value }).where(eq(runs.id, run.id));
  const parent = unique.find((t) => t.key === PARENT_TAG);
  if (parent) await joinParentGroup(tx, run, parent.value);
}

const MODEL_HISTORY = 'mlflow.log-model.history';

/** MLflow's log-model: each logged model's description is appended to a JSON list kept as a tag, as MLflow's stores do. */
export async function appendLoggedModel(scope: Scope, id: unknown, modelJson: unknown): Promise<void> {
  const model = parseInput(z.string().min(2).max(1_000_000), modelJson, 'model_json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(model);
  } catch {
    throw new InvalidInputError('model_json: not JSON', 'model_json');
  }
  await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, id, tx);
    const [tag] = await tx
      .select({ value: runKeyTags.value })
      .from(runKeyTags)
      .where(and(eq(runKeyTags.runId, run.id), eq(runKeyTags.key, MODEL_HISTORY)));
    const history = parsedList(tag?.value);
    await upsertTags(tx, run, [{ key: MODEL_HISTORY, value: JSON.stringify([...history, parsed]) }]);
  });
}

/** A tag that should hold a JSON list (anyone may overwrite it with set-tag): its items, or none. */
function parsedList(value: string | undefined): unknown[] {
  try {
    const parsed: unknown = value === undefined ? [] : JSON.parse(value);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

export async function deleteRunTag(scope: Scope, id: unknown, key: unknown): Promise<void> {
  const tag = parseInput(tagKey, key, 'key');
  await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, id, tx);
    const [deleted] = await tx
      .delete(runKeyTags)
      .where(and(eq(runKeyTags.runId, run.id), eq(runKeyTags.key, tag)))
      .returning({ key: runKeyTags.key });
    if (!deleted) throw new NotFoundError(`No tag with name: ${tag} in run with id ${run.id}`);
    if (tag === NOTE_TAG) await tx.update(runs).set({ notes: '' }).where(eq(runs.id, run.id));
  });
}

const inputsInput = z
  .array(z.object({ tags: z.array(tagInput).max(100).optional(), dataset: z.record(z.string(), z.unknown()) }))
  .max(100, 'log at most 100 dataset inputs at once')
  // Postgres's jsonb holds no NUL character.
  .refine((inputs) => !JSON.stringify(inputs).includes('\\u0000'), 'may not contain a NUL character');

/** MLflow's log-inputs: the datasets the run used, kept as sent (and shown with the run). */
export async function logInputs(scope: Scope, id: unknown, datasets: unknown): Promise<void> {
  const inputs = parseInput(inputsInput, datasets ?? [], 'datasets.');
  await scope.db.transaction(async (tx) => {
    const run = await writableRun(scope, id, tx);
    await tx
      .update(runs)
      .set({ inputs: [...(run.inputs ?? []), ...inputs] })
      .where(eq(runs.id, run.id));
  });
}

export async function runKeyTagsOf(scope: Scope, runIds: readonly string[]): Promise<Map<string, { key: string; value: string }[]>> {
  const byRun = new Map<string, { key: string; value: string }[]>(runIds.map((id) => [id, []]));
  if (!runIds.length) return byRun;
  const rows = await scope.db
    .select()
    .from(runKeyTags)
    .where(and(ownedBy(scope, runKeyTags.teamId), sql`${runKeyTags.runId} = any(${`{${runIds.join(',')}}`}::uuid[])`))
    .orderBy(runKeyTags.key);
  for (const row of rows) byRun.get(row.runId)?.push({ key: row.key, value: row.value });
  return byRun;
}
