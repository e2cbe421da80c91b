import { z } from 'zod';
import { and, arrayContains, asc, desc, eq, gt, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { runs, datasetVersions, runArtifacts, runLogs, runNoisyExamples } from '../../db/schema';
import { enqueueTraining, releaseWaitingRuns, teamSlots, trainingJobsAhead, type TeamSlots } from '../../db/queue';
import type { Executor } from '../../db/client';
import {
  columnsNamed,
  EXTERNAL_KIND,
  isTrainedKind,
  liveStatuses,
  runKinds,
  runStatuses,
  trainedRunKinds,
  type RunStatus,
} from '../../lib/runs/config';
import { ForbiddenError, InvalidInputError, LimitExceededError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { parseInput } from './validation';
import type { DatasetStats } from '../datasets/stats';
import type { DatasetSchema } from '../datasets/schema';
import { featureColumns } from '../../lib/runs/features';
import type { RuleSnapshot } from '../../lib/rules/spec';
import { checkPattern, snapshotRules } from './rules';
import { checkFinetuneConfig } from './baseModels';
import { getExperiment } from './experiments';
import { NOTE_TAG, RUN_NAME_TAG, upsertTags } from './externalRuns';
import { storableText } from './trackingInput';

export type Run = typeof runs.$inferSelect;

// A run's labels and notes, as launched and as edited later; Postgres text cannot hold NUL.
const runTags = z
  .array(storableText.pipe(z.string().trim().min(1, 'a tag cannot be empty').max(40, 'use tags of at most 40 characters')))
  .max(20, 'use at most 20 tags')
  .transform((tags) => [...new Set(tags)]);
// As long as MLflow's mlflow.note.content tag, which an external run's notes follow.
const runNotes = storableText.pipe(z.string().max(8000, 'use at most 8,000 characters'));

const createRunInput = z.object({
  name: storableText.pipe(z.string().trim().max(100, 'use at most 100 characters')).optional(),
  kind: z.string(),
  datasetVersionId: z.uuid('not a dataset version id'),
  config: z.record(z.string(), z.unknown()).default({}),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  tags: runTags.default([]),
  notes: runNotes.default(''),
});

const updateRunInput = z.object({
  // As long as MLflow allows an external run's name to be.
  name: storableText.pipe(z.string().trim().min(1, 'give the run a name').max(250, 'use at most 250 characters')).nullish(),
  tags: runTags.nullish(),
  notes: runNotes.nullish(),
});

interface Placement {
  /** The run this one retries. */
  parent?: Run;
  groupId?: string;
  /** An open transaction to create the run in, when it is one of several. */
  executor?: Executor;
}

/** Most runs a team may have queued at once (PHASELAB_TEAM_QUEUE_LIMIT): one team cannot fill the queue for all. */
export function teamQueueLimit(): number {
  const parsed = z.coerce.number().int().positive().default(200).safeParse(process.env.PHASELAB_TEAM_QUEUE_LIMIT);
  // A mistyped limit must not quietly become no limit.
  if (!parsed.success) throw new Error('PHASELAB_TEAM_QUEUE_LIMIT must be a positive whole number');
  return parsed.data;
}

async function checkTeamQueue(tx: Executor, scope: Scope) {
  // One team's launches queue one at a time, so two at once cannot both pass the count.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`queue:${scope.team.id}`}))`);
  // Waiting runs count: each is queued again the moment its base model is ready.
  const [queued] = await tx.execute<{ n: number }>(
    sql`select count(*)::int as n from ${runs} where ${runs.teamId} = ${scope.team.id} and ${runs.status} in ('queued', 'waiting') and ${runs.kind} <> 'external'`,
  );
  const limit = teamQueueLimit();
  if (queued!.n >= limit) {
    throw new LimitExceededError(
      `Your team may have at most ${limit} runs queued (PHASELAB_TEAM_QUEUE_LIMIT), and this launch would go past it. Launch more once some have started, or cancel some.`,
    );
  }
}

/** Validates the kind's config, then inserts the run and its job in one transaction. */
export async function createRun(scope: Scope, input: unknown, { parent, groupId, executor = scope.db }: Placement = {}): Promise<Run> {
  authorize(scope, 'runs:create');
  const { kind, datasetVersionId, config: rawConfig, seed, tags, notes, name } = parseInput(createRunInput, input);
  if (Object.hasOwn(runKinds, kind) && !isTrainedKind(kind))
    throw new InvalidInputError(
      `kind: ${kind} runs are started by their own code, through the tracking API (MLflow's runs/create)`,
      'kind',
    );
  if (!isTrainedKind(kind))
    throw new InvalidInputError(`kind: unknown run kind "${kind}"; one of ${Object.keys(trainedRunKinds).join(', ')}`, 'kind');
  const spec = trainedRunKinds[kind];
  const parsed = spec.config.safeParse(rawConfig);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['config', ...issue.path].join('.');
    throw new InvalidInputError(`${field}: ${issue.message}`, field);
  }
  const config = parsed.data;
  return executor.transaction(async (tx) => {
    const [version] = await tx
      .select({
        id: datasetVersions.id,
        taskType: datasetVersions.taskType,
        number: datasetVersions.number,
        stats: datasetVersions.stats,
        schema: datasetVersions.schema,
      })
      .from(datasetVersions)
      .where(and(ownedBy(scope, datasetVersions.teamId), eq(datasetVersions.id, datasetVersionId)));
    if (!version) throw new NotFoundError('Dataset version');
    if (!(spec.taskTypes as readonly string[]).includes(version.taskType)) {
      throw new InvalidInputError(
        `datasetVersionId: a ${spec.label} run trains on ${spec.taskTypes.join(' or ')} data, not ${version.taskType}`,
        'datasetVersionId',
      );
    }
    await withRuleSnapshot(scope, config as Record<string, unknown>, Object.keys((version.stats as DatasetStats).labelDistribution), tx);
    const features = new Set(featureColumns(version.schema as DatasetSchema).map((c) => c.name));
    for (const { field, column } of columnsNamed(config)) {
      if (!features.has(column))
        throw new InvalidInputError(`${field}: the dataset has no feature column "${column}"; it has ${[...features].join(', ')}`, field);
    }
    await checkFinetuneConfig(scope, config as Record<string, unknown>, version, tx);
    const classes = Object.keys((version.stats as DatasetStats).labelDistribution).length;
    const matrix = 'noise' in config && config.noise.scheme === 'matrix' ? config.noise.matrix! : null;
    if (matrix && (matrix.length !== classes || matrix.some((row) => row.length !== classes))) {
      throw new InvalidInputError(
        `config.noise.matrix: this dataset has ${classes} classes, so the matrix must be ${classes} × ${classes}`,
        'config.noise.matrix',
      );
    }
    await checkTeamQueue(tx, scope);
    const [run] = await tx
      .insert(runs)
      .values({
        teamId: scope.team.id,
        name: name || `${kind}-${new Date().toISOString().slice(0, 16).replace('T', '-')}`,
        kind,
        config,
        datasetVersionId,
        seed: seed ?? Math.floor(Math.random() * 2 ** 31),
        epochs: config.epochs,
        tags,
        notes,
        createdBy: scope.user.id,
        parentId: parent?.id ?? null,
        groupId: groupId ?? null,
      })
      .returning();
    await enqueueTraining(tx, run!.id);
    await recordAudit(tx, scope, {
      action: parent ? 'run.retry' : 'run.create',
      targetType: 'run',
      targetId: run!.id,
      details: { kind, parent: parent?.id },
    });
    return run!;
  });
}

/**
 * A hybrid run keeps its rule set's enabled rules as they are now (a retry or an ablation run passes them on as
 * they were), so editing the set later never changes what a run did.
 */
async function withRuleSnapshot(scope: Scope, config: Record<string, unknown>, classes: string[], tx: Executor) {
  if (!('rules' in config)) return;
  const rules = config.rules as RuleSnapshot[];
  if (!rules.length && config.ruleSetId) rules.push(...(await snapshotRules(scope, config.ruleSetId as string, tx)));
  if (config.mode !== 'ml_only' && !rules.length) {
    throw new InvalidInputError(
      `config.ruleSetId: ${config.ruleSetId ? 'the rule set has no enabled rules' : 'rules only and hybrid runs need a rule set'}`,
      'config.ruleSetId',
    );
  }
  rules.forEach((rule, i) => {
    if (!classes.includes(rule.class))
      throw new InvalidInputError(`config.rules.${i}.class: the dataset has no class "${rule.class}"`, `config.rules.${i}.class`);
    checkPattern(rule.pattern, `config.rules.${i}.`);
  });
}

export async function getRun(scope: Scope, id: string, executor: Executor = scope.db): Promise<Run> {
  authorize(scope, 'runs:read');
  parseInput(z.uuid('not a run id'), id);
  const [run] = await executor
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.id, id)));
  if (!run) throw new NotFoundError('Run');
  return run;
}

/**
 * For each run, the queued runs (of any team: a count, no names) the queue hands out before it; null unless it is
 * queued. Workers take the team with the fewest runs first, so this is what stands before a run, not the queue's length.
 */
export async function runsAheadInQueue(scope: Scope, runIds: readonly string[]): Promise<(number | null)[]> {
  authorize(scope, 'runs:read');
  const ahead = await trainingJobsAhead(scope.db, runIds);
  // Ids from outside the team answer nothing.
  const own = new Set(
    (
      await scope.db
        .select({ id: runs.id })
        .from(runs)
        .where(and(ownedBy(scope, runs.teamId), inArray(runs.id, [...runIds])))
    ).map((r) => r.id),
  );
  return runIds.map((id, i) => (own.has(id) ? ahead[i]! : null));
}

/** The team's training slots, for the reasons its queued runs wait. */
export async function teamSlotsOf(scope: Scope): Promise<TeamSlots> {
  authorize(scope, 'runs:read');
  return teamSlots(scope.db, scope.team.id);
}

/** Why a run that has not started waits, beyond its place in the queue; null when nothing else holds it back. */
export function waitReason(run: Pick<Run, 'status'>, slots: TeamSlots | null): string | null {
  if (run.status === 'waiting') return 'its base model is still pre-training';
  if (run.status !== 'queued' || !slots || !slots.othersWaiting || slots.running < slots.limit) return null;
  return `your team trains ${slots.running} of the ${slots.limit} runs it may train at once while other teams wait (PHASELAB_TEAM_RUN_LIMIT)`;
}

/** A queued or waiting run is canceled at once; a running one stops within a batch, when its worker sees the request. */
export async function cancelRun(scope: Scope, id: string): Promise<Run> {
  authorize(scope, 'runs:create');
  parseInput(z.uuid('not a run id'), id);
  if (!isTrainedKind((await getRun(scope, id)).kind))
    throw new InvalidInputError("an external run is stopped by its own code (MLflow's runs/update with status KILLED)");
  return scope.db.transaction(async (tx) => {
    // One statement decides on the status it sees, so a worker claiming the run meanwhile cannot be overruled.
    const [updated] = await tx
      .update(runs)
      .set({
        status: sql`case when ${runs.status} in ('queued', 'waiting') then 'canceled' else ${runs.status} end`,
        finishedAt: sql`case when ${runs.status} in ('queued', 'waiting') then now() else ${runs.finishedAt} end`,
        cancelRequestedAt: sql`coalesce(${runs.cancelRequestedAt}, now())`,
      })
      .where(and(ownedBy(scope, runs.teamId), eq(runs.id, id), inArray(runs.status, [...liveStatuses])))
      .returning();
    if (!updated) {
      const run = await getRun(scope, id, tx);
      throw new InvalidInputError(`the run has already ${run.status === 'canceled' ? 'been canceled' : run.status}`);
    }
    await recordAudit(tx, scope, { action: 'run.cancel', targetType: 'run', targetId: id });
    // A canceled pre-training frees the runs waiting for its model (they then fail, saying why).
    if (updated.status === 'canceled') await releaseWaitingRuns(tx, scope.team.id);
    return updated;
  });
}

/** Renames a run or edits its labels and notes; an external run's MLflow tags follow, so its own code reads them back. */
export async function updateRun(scope: Scope, id: string, input: unknown): Promise<Run> {
  authorize(scope, 'runs:annotate');
  parseInput(z.uuid('not a run id'), id);
  const { name, tags, notes } = parseInput(updateRunInput, input);
  const changes = Object.fromEntries(Object.entries({ name, tags, notes }).filter(([, value]) => value != null));
  if (!Object.keys(changes).length) return getRun(scope, id);
  return scope.db.transaction(async (tx) => {
    const [run] = await tx
      .update(runs)
      .set(changes)
      .where(and(ownedBy(scope, runs.teamId), eq(runs.id, id), isNull(runs.deletedAt)))
      .returning();
    if (!run) {
      await getRun(scope, id, tx); // NOT_FOUND for another team's run
      throw new InvalidInputError('the run is deleted: restore it before editing it');
    }
    if (run.kind === EXTERNAL_KIND)
      await upsertTags(tx, run, [
        ...(name ? [{ key: RUN_NAME_TAG, value: run.name }] : []),
        ...(notes != null ? [{ key: NOTE_TAG, value: notes }] : []),
      ]);
    await recordAudit(tx, scope, { action: 'run.update', targetType: 'run', targetId: id, details: { fields: Object.keys(changes) } });
    return run;
  });
}

/** A new run with the same kind, data, config and seed, linked to the old one. */
export async function retryRun(scope: Scope, id: string): Promise<Run> {
  const run = await getRun(scope, id);
  if ((liveStatuses as readonly string[]).includes(run.status))
    throw new ForbiddenError('The run is still going: cancel it first, or wait.');
  return createRun(
    scope,
    {
      name: `${run.name} (retry)`,
      kind: run.kind,
      datasetVersionId: run.datasetVersionId,
      config: run.config,
      seed: run.seed,
      tags: run.tags,
      notes: run.notes,
    },
    { parent: run },
  );
}

export async function listArtifacts(scope: Scope, runId: string) {
  authorize(scope, 'runs:read');
  return scope.db
    .select({ name: runArtifacts.name, epoch: runArtifacts.epoch, bytes: runArtifacts.bytes, createdAt: runArtifacts.createdAt })
    .from(runArtifacts)
    .where(and(ownedBy(scope, runArtifacts.teamId), eq(runArtifacts.runId, runId)))
    .orderBy(runArtifacts.epoch);
}

export async function listNoisyExamples(scope: Scope, runId: string) {
  authorize(scope, 'runs:read');
  return scope.db
    .select({
      row: runNoisyExamples.row,
      token: sql<number | null>`nullif(${runNoisyExamples.token}, -1)`,
      trueLabel: runNoisyExamples.trueLabel,
      noisyLabel: runNoisyExamples.noisyLabel,
      firstMemorizedEpoch: runNoisyExamples.firstMemorizedEpoch,
    })
    .from(runNoisyExamples)
    .where(and(ownedBy(scope, runNoisyExamples.teamId), eq(runNoisyExamples.runId, runId)))
    .orderBy(runNoisyExamples.row, runNoisyExamples.token);
}

const logsQuery = z.object({
  after: z.coerce.number().int('after: not a log line id').min(0).nullish(),
  last: z.number().int().min(1, 'last: at least 1').max(1000, 'last: at most 1000').default(200),
});

/** A run's log, oldest first: its newest `last` lines, or the lines after `after` when tailing. */
export async function listRunLogs(scope: Scope, runId: string, input: { after?: string | null; last?: number | null }) {
  authorize(scope, 'runs:read');
  const { after, last } = parseInput(logsQuery, input);
  const lines = await scope.db
    .select({ id: runLogs.id, at: runLogs.at, attempt: runLogs.attempt, level: runLogs.level, message: runLogs.message })
    .from(runLogs)
    .where(and(ownedBy(scope, runLogs.teamId), eq(runLogs.runId, runId), after != null ? gt(runLogs.id, after) : undefined))
    .orderBy(after != null ? asc(runLogs.id) : desc(runLogs.id))
    .limit(last);
  const ordered = after != null ? lines : lines.reverse();
  return ordered.map((line) => ({ ...line, id: String(line.id) }));
}

/** One artifact's bytes: a checkpoint or the final model (weights and what is needed to reload them). */
export async function getArtifact(scope: Scope, runId: string, name: string) {
  const run = await getRun(scope, runId);
  const [artifact] = await scope.db
    .select()
    .from(runArtifacts)
    .where(and(ownedBy(scope, runArtifacts.teamId), eq(runArtifacts.runId, run.id), eq(runArtifacts.name, name)));
  if (!artifact) throw new NotFoundError('Artifact');
  return { run, artifact };
}

/** What a finished run's trainer wrote with its final model (its `explain`), parsed; null for a run without one. */
export async function getRunExplanation(scope: Scope, runId: string): Promise<{ run: Run; explanation: unknown } | null> {
  const found = await getArtifact(scope, runId, 'explanation').catch((error) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  return found && { run: found.run, explanation: JSON.parse(found.artifact.data.toString()) };
}

/** The team's runs with these ids, in the order asked; any id that is not the team's run is NOT_FOUND. */
export async function getRunsByIds(scope: Scope, ids: readonly string[]): Promise<Run[]> {
  authorize(scope, 'runs:read');
  parseInput(z.array(z.uuid('not a run id')).max(200, 'ask for at most 200 runs at once'), ids);
  if (!ids.length) return [];
  const rows = await scope.db
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), inArray(runs.id, [...ids])));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const run = byId.get(id);
    if (!run) throw new NotFoundError('Run');
    return run;
  });
}
