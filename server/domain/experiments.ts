/**
 * Experiments: a team's projects of runs, as MLflow's tracking API has them. Each team has a Default experiment, made
 * with the team, that answers to MLflow's id "0"; deleting an experiment hides it and its runs until it is restored,
 * as in MLflow.
 */
import { z } from 'zod';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { experimentTags, experiments, runs } from '../../db/schema';
import { AlreadyExistsError, InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { parseInput } from './validation';
import { dedupe, storableText, tagInput, tagKey } from './trackingInput';

export type Experiment = typeof experiments.$inferSelect;
export type KeyValue = { key: string; value: string };

export const DEFAULT_EXPERIMENT_ID = '0';
export const DEFAULT_EXPERIMENT_NAME = 'Default';

/** The id MLflow's clients see: "0" for the team's Default experiment, the row's number otherwise. */
export const experimentIdOf = (experiment: Pick<Experiment, 'id' | 'isDefault'>) =>
  experiment.isDefault ? DEFAULT_EXPERIMENT_ID : String(experiment.id);

// Kept as sent, spaces included, as MLflow does: a client looks the same name up again.
const experimentName = storableText.pipe(z.string().min(1, 'an experiment needs a name').max(500, 'use at most 500 characters'));

/** The team's Default experiment, made with the team (migration 0014 made those of older teams). */
async function defaultExperiment(scope: Scope, executor: Executor): Promise<Experiment> {
  const [found] = await executor
    .select()
    .from(experiments)
    .where(and(ownedBy(scope, experiments.teamId), eq(experiments.isDefault, true)));
  if (!found) throw new NotFoundError(`Experiment "${DEFAULT_EXPERIMENT_ID}"`);
  return found;
}

/** The team's experiment with this MLflow id, deleted ones included; anything else is NOT_FOUND. */
export async function getExperiment(scope: Scope, id: string, executor: Executor = scope.db): Promise<Experiment> {
  authorize(scope, 'runs:read');
  if (id === DEFAULT_EXPERIMENT_ID) return defaultExperiment(scope, executor);
  if (!/^[1-9]\d{0,15}$/.test(id)) throw new NotFoundError(`Experiment "${id}"`);
  const [experiment] = await executor
    .select()
    .from(experiments)
    .where(and(ownedBy(scope, experiments.teamId), eq(experiments.id, Number(id))));
  if (!experiment) throw new NotFoundError(`Experiment "${id}"`);
  return experiment;
}

export async function getExperimentByName(scope: Scope, name: string): Promise<Experiment> {
  authorize(scope, 'runs:read');
  const [experiment] = await scope.db
    .select()
    .from(experiments)
    .where(and(ownedBy(scope, experiments.teamId), eq(experiments.name, name)));
  if (experiment) return experiment;
  throw new NotFoundError(`Experiment "${name}"`);
}

/** An experiment the team may log to: a deleted one must be restored first. */
export async function activeExperiment(scope: Scope, id: string, executor: Executor): Promise<Experiment> {
  const experiment = await getExperiment(scope, id, executor);
  if (experiment.deletedAt) throw new InvalidInputError(`experiment ${id} is deleted: restore it before logging to it`, 'experiment_id');
  return experiment;
}

const createInput = z.object({
  name: experimentName,
  artifactLocation: storableText.pipe(z.string().max(2000)).optional(),
  tags: z.array(tagInput).max(100, 'use at most 100 tags').default([]),
});

export async function createExperiment(scope: Scope, input: unknown): Promise<Experiment> {
  authorize(scope, 'runs:create');
  const { name, artifactLocation, tags } = parseInput(createInput, input);
  return scope.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(experiments)
      .values({ teamId: scope.team.id, name, artifactLocation, createdBy: scope.user.id })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      const [existing] = await tx
        .select({ deletedAt: experiments.deletedAt })
        .from(experiments)
        .where(and(ownedBy(scope, experiments.teamId), eq(experiments.name, name)));
      throw new AlreadyExistsError(`Experiment '${name}' already exists${existing?.deletedAt ? ' in deleted state' : ''}.`);
    }
    if (tags.length)
      await tx.insert(experimentTags).values(dedupe(tags).map((t) => ({ ...t, experimentId: created.id, teamId: scope.team.id })));
    await recordAudit(tx, scope, {
      action: 'experiment.create',
      targetType: 'experiment',
      targetId: String(created.id),
      details: { name },
    });
    return created;
  });
}

export async function renameExperiment(scope: Scope, id: string, newName: unknown): Promise<Experiment> {
  authorize(scope, 'runs:create');
  const name = parseInput(z.object({ newName: experimentName }), { newName }).newName;
  return scope.db.transaction(async (tx) => {
    const experiment = await getExperiment(scope, id, tx);
    const [clash] = await tx
      .select({ id: experiments.id })
      .from(experiments)
      .where(and(ownedBy(scope, experiments.teamId), eq(experiments.name, name)));
    if (clash && clash.id !== experiment.id) throw new AlreadyExistsError(`Experiment '${name}' already exists.`);
    const [renamed] = await tx
      .update(experiments)
      .set({ name, updatedAt: sql`now()` })
      .where(eq(experiments.id, experiment.id))
      .returning()
      .catch((error) => Promise.reject(uniqueViolation(error) ? new AlreadyExistsError(`Experiment '${name}' already exists.`) : error));
    await recordAudit(tx, scope, {
      action: 'experiment.rename',
      targetType: 'experiment',
      targetId: String(experiment.id),
      details: { from: experiment.name, to: name },
    });
    return renamed!;
  });
}

/**
 * Deleting hides an experiment and marks its runs deleted with it (as MLflow does); restoring brings back the runs
 * deleted with it, not those deleted on their own before. The Default experiment cannot be deleted: clients log there.
 */
export async function setExperimentDeleted(scope: Scope, id: string, deleted: boolean): Promise<Experiment> {
  authorize(scope, 'runs:create');
  return scope.db.transaction(async (tx) => {
    const experiment = await getExperiment(scope, id, tx);
    if (deleted && experiment.isDefault) throw new InvalidInputError('the Default experiment (0) cannot be deleted', 'experiment_id');
    if (!deleted && !experiment.deletedAt) throw new InvalidInputError(`experiment ${id} is not deleted`, 'experiment_id');
    if (deleted && experiment.deletedAt) return experiment;
    const at = deleted ? new Date() : null;
    const [changed] = await tx
      .update(experiments)
      .set({ deletedAt: at, updatedAt: sql`now()` })
      .where(eq(experiments.id, experiment.id))
      .returning();
    await tx
      .update(runs)
      .set({ deletedAt: at })
      .where(
        and(
          ownedBy(scope, runs.teamId),
          eq(runs.experimentId, experiment.id),
          deleted ? isNull(runs.deletedAt) : eq(runs.deletedAt, experiment.deletedAt!),
        ),
      );
    await recordAudit(tx, scope, {
      action: deleted ? 'experiment.delete' : 'experiment.restore',
      targetType: 'experiment',
      targetId: String(experiment.id),
    });
    return changed!;
  });
}

export async function deleteExperimentTag(scope: Scope, id: string, key: unknown): Promise<void> {
  authorize(scope, 'runs:create');
  const tag = parseInput(tagKey, key, 'key');
  await scope.db.transaction(async (tx) => {
    const experiment = await activeExperiment(scope, id, tx);
    const [deleted] = await tx
      .delete(experimentTags)
      .where(and(eq(experimentTags.experimentId, experiment.id), eq(experimentTags.key, tag)))
      .returning({ key: experimentTags.key });
    if (!deleted) throw new NotFoundError(`No tag with name: ${tag} in experiment ${id}`);
  });
}

export async function setExperimentTag(scope: Scope, id: string, tag: unknown): Promise<void> {
  authorize(scope, 'runs:create');
  const { key, value } = parseInput(tagInput, tag);
  await scope.db.transaction(async (tx) => {
    const experiment = await activeExperiment(scope, id, tx);
    await tx
      .insert(experimentTags)
      .values({ experimentId: experiment.id, teamId: scope.team.id, key, value })
      .onConflictDoUpdate({ target: [experimentTags.experimentId, experimentTags.key], set: { value } });
    await tx
      .update(experiments)
      .set({ updatedAt: sql`now()` })
      .where(eq(experiments.id, experiment.id));
  });
}

/** Tags of these experiments, by experiment row id. */
export async function experimentTagsOf(scope: Scope, ids: readonly number[]): Promise<Map<number, KeyValue[]>> {
  const rows = ids.length
    ? await scope.db
        .select()
        .from(experimentTags)
        .where(and(ownedBy(scope, experimentTags.teamId), inArray(experimentTags.experimentId, [...ids])))
        .orderBy(asc(experimentTags.key))
    : [];
  const byId = new Map<number, KeyValue[]>(ids.map((id) => [id, []]));
  for (const row of rows) byId.get(row.experimentId)!.push({ key: row.key, value: row.value });
  return byId;
}

/** The team's experiments with these row ids, in the order asked (null where not the team's). */
export async function experimentsByIds(scope: Scope, ids: readonly number[]): Promise<(Experiment | null)[]> {
  authorize(scope, 'runs:read');
  const rows = ids.length
    ? await scope.db
        .select()
        .from(experiments)
        .where(and(ownedBy(scope, experiments.teamId), inArray(experiments.id, [...ids])))
    : [];
  const byId = new Map(rows.map((e) => [e.id, e]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The MLflow id of the experiment a run was logged to; empty for a run logged to none (a built-in run). */
export async function experimentIdOfRun(scope: Scope, run: { experimentId: number | null }): Promise<string> {
  if (run.experimentId === null) return '';
  const [experiment] = await experimentsByIds(scope, [run.experimentId]);
  return experiment ? experimentIdOf(experiment) : '';
}

/** Every experiment of the team, the Default one included, deleted ones only when asked. */
export async function allExperiments(scope: Scope, which: 'active' | 'deleted' | 'all'): Promise<Experiment[]> {
  authorize(scope, 'runs:read');
  const lifecycle =
    which === 'active' ? isNull(experiments.deletedAt) : which === 'deleted' ? sql`${experiments.deletedAt} is not null` : undefined;
  return scope.db
    .select()
    .from(experiments)
    .where(and(ownedBy(scope, experiments.teamId), lifecycle))
    .orderBy(asc(experiments.id));
}

/** The team's active experiments for the UI, oldest first. */
export async function listExperiments(scope: Scope, args: PageArgs) {
  authorize(scope, 'runs:read');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  if (after && !/^\d{1,15}$/.test(after.id)) throw new InvalidInputError('after: not a cursor returned by this API', 'after');
  const rows = await scope.db
    .select()
    .from(experiments)
    .where(
      and(
        ownedBy(scope, experiments.teamId),
        isNull(experiments.deletedAt),
        after ? sql`${experiments.id} > ${Number(after.id)}` : undefined,
      ),
    )
    .orderBy(asc(experiments.id))
    .limit(limit + 1);
  return toConnection(rows, limit, (e) => ({ key: '', id: String(e.id) }));
}

/** Postgres's unique_violation: two requests raced for one name. */
const uniqueViolation = (error: unknown) =>
  (error as { code?: string; cause?: { code?: string } })?.code === '23505' ||
  (error as { cause?: { code?: string } })?.cause?.code === '23505';
