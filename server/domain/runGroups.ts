import { z } from 'zod';
import { and, asc, desc, eq } from 'drizzle-orm';
import { runGroups, runs } from '../../db/schema';
import { ablations, runKinds, type RunKind } from '../../lib/runs/config';
import { configValue } from '../../lib/compare/configDiff';
import { GROUP_SCORES, loggedScores, summarizeConfigurations } from '../../lib/compare/seedSummary';
import { expandGrid, MAX_SWEEP_RUNS, sweepSize, withConfigValue } from '../../lib/compare/sweepGrid';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { createRun } from './runs';
import { getVersion } from './datasets';
import { parseInput } from './validation';

export type RunGroup = typeof runGroups.$inferSelect;

/** One seed is one draw of initialisation and batch order: an ablation repeats each mode over several. */
export const DEFAULT_ABLATION_SEEDS = 3;
const MAX_ABLATION_SEEDS = 10;

const ablationInput = z
  .object({
    kind: z.string(),
    datasetVersionId: z.uuid('not a dataset version id'),
    name: z.string().trim().max(80, 'use at most 80 characters').optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    seeds: z
      .number()
      .int()
      .min(1, 'run at least 1 seed')
      .max(MAX_ABLATION_SEEDS, `run at most ${MAX_ABLATION_SEEDS} seeds`)
      .default(DEFAULT_ABLATION_SEEDS),
    config: z.record(z.string(), z.unknown()).default({}),
  })
  .loose();

/**
 * Every mode of a kind at once, with the same data, split and budget, each over `seeds` seeds (seed, seed + 1, …),
 * grouped to be read side by side. Seed-major, so the first runs out of the queue cover every mode. The group and its
 * runs commit together, or nothing does.
 */
export async function launchAblation(scope: Scope, input: unknown): Promise<RunGroup> {
  authorize(scope, 'runs:create');
  const parsed = parseInput(ablationInput, input);
  const ablation = ablations[parsed.kind as RunKind];
  if (!ablation)
    throw new InvalidInputError(
      `kind: only ${new Intl.ListFormat('en', { type: 'conjunction' }).format(Object.keys(ablations))} runs have an ablation`,
      'kind',
    );
  const { seeds, ...run } = parsed;
  const version = await getVersion(scope, parsed.datasetVersionId);
  // On a small test split the split itself swings the scores: each seed then draws its own (repeated splits), unless
  // the config fixes one. Modes of one seed still share theirs, so they stay paired.
  const repeatedSplits = seeds > 1 && parsed.config.splitSeed === undefined && version.splitCounts.test < SMALL_TEST_SPLIT;
  const baseSeed = parsed.seed ?? Math.floor(Math.random() * (2 ** 31 - MAX_ABLATION_SEEDS));
  const name = parsed.name || `${runKinds[parsed.kind as RunKind].label} ablation`;
  const varies = seeds > 1 ? `${ablation.field}, seed` : ablation.field;
  return scope.db.transaction(async (tx) => {
    const [group] = await tx
      .insert(runGroups)
      .values({ teamId: scope.team.id, name, kind: 'ablation', varies, createdBy: scope.user.id })
      .returning();
    for (let i = 0; i < seeds; i++) {
      const seed = (baseSeed + i) % 2 ** 31;
      for (const value of ablation.values) {
        const runName = seeds > 1 ? `${name} · ${value} · seed ${seed}` : `${name} · ${value}`;
        await createRun(
          scope,
          {
            ...run,
            name: clipped(runName),
            seed,
            config: { ...parsed.config, [ablation.field]: value, ...(repeatedSplits ? { splitSeed: seed } : {}) },
          },
          { groupId: group!.id, executor: tx },
        );
      }
    }
    await recordAudit(tx, scope, {
      action: 'run.ablation',
      targetType: 'run_group',
      targetId: group!.id,
      details: { kind: parsed.kind, varies: ablation.field, values: ablation.values, seeds, repeatedSplits },
    });
    return group!;
  });
}

/** Fewer test items than this and an ablation over several seeds draws a split per seed. */
export const SMALL_TEST_SPLIT = 500;

/** A run's name fits its column (100 characters). */
const clipped = (name: string) => (name.length > 100 ? `${name.slice(0, 99)}…` : name);

export async function getRunGroup(scope: Scope, id: string): Promise<RunGroup> {
  authorize(scope, 'runs:read');
  const [group] = await scope.db
    .select()
    .from(runGroups)
    .where(and(ownedBy(scope, runGroups.teamId), eq(runGroups.id, id)));
  if (!group) throw new NotFoundError('Run group');
  return group;
}

/** A group's runs, by name: runs launched together share their creation time. */
export async function listGroupRuns(scope: Scope, groupId: string) {
  authorize(scope, 'runs:read');
  return scope.db
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.groupId, groupId)))
    .orderBy(asc(runs.createdAt), asc(runs.name));
}

const sweepInput = z
  .object({
    kind: z.string(),
    name: z.string().trim().max(80, 'use at most 80 characters').optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
    config: z.record(z.string(), z.unknown()).default({}),
    axes: z
      .array(
        z.object({
          field: z
            .string()
            .trim()
            .regex(/^[A-Za-z][\w]*(\.[A-Za-z][\w]*)*$/, 'a config path such as noise.rate, or seed'),
          values: z.array(z.unknown()).min(1, 'give at least one value').max(50, 'give at most 50 values'),
        }),
      )
      .min(1, 'vary at least one field')
      .max(5, 'vary at most 5 fields')
      .refine((axes) => new Set(axes.map((a) => a.field)).size === axes.length, 'vary each field once'),
  })
  .loose()
  .refine((s) => sweepSize(s.axes) <= MAX_SWEEP_RUNS, { message: `a sweep runs at most ${MAX_SWEEP_RUNS} runs`, path: ['axes'] });

/**
 * One run per point of a grid over config fields (and `seed`), on the same data, grouped to be compared. Each run's
 * config is validated like any run's; the group and its runs commit together, or nothing does.
 */
export async function launchSweep(scope: Scope, input: unknown): Promise<RunGroup> {
  authorize(scope, 'runs:create');
  const parsed = parseInput(sweepInput, input);
  if (!runKinds[parsed.kind as RunKind]) throw new InvalidInputError(`kind: unknown run kind "${parsed.kind}"`, 'kind');
  const baseSeed = parsed.seed ?? Math.floor(Math.random() * 2 ** 31);
  const name = parsed.name || `${runKinds[parsed.kind as RunKind].label} sweep`;
  const varies = parsed.axes.map((a) => a.field).join(', ');
  const kindConfig = runKinds[parsed.kind as RunKind].config;
  parsed.axes.forEach((axis, i) => {
    if (axis.field === 'seed') return;
    // A kind's config drops fields it does not know: a misspelt axis would launch identical runs.
    const probe = kindConfig.safeParse(withConfigValue(parsed.config, axis.field, axis.values[0]));
    if (probe.success && JSON.stringify(configValue(probe.data, axis.field)) !== JSON.stringify(axis.values[0])) {
      throw new InvalidInputError(`axes.${i}.field: "${axis.field}" is not a config field of ${parsed.kind} runs`, `axes.${i}.field`);
    }
  });
  return scope.db.transaction(async (tx) => {
    const [group] = await tx
      .insert(runGroups)
      .values({ teamId: scope.team.id, name, kind: 'sweep', varies, createdBy: scope.user.id })
      .returning();
    for (const point of expandGrid(parsed.axes)) {
      let config = parsed.config;
      let seed = baseSeed;
      for (const [field, value] of Object.entries(point)) {
        if (field === 'seed') seed = value as number;
        else config = withConfigValue(config, field, value);
      }
      const label = Object.entries(point)
        .map(([field, value]) => `${field}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join(' ');
      await createRun(scope, { ...parsed, name: clipped(`${name} · ${label}`), seed, config }, { groupId: group!.id, executor: tx });
    }
    await recordAudit(tx, scope, {
      action: 'run.sweep',
      targetType: 'run_group',
      targetId: group!.id,
      details: { kind: parsed.kind, axes: parsed.axes },
    });
    return group!;
  });
}

/**
 * What a group's runs differ in: a sweep or ablation says so when launched; a nested group (an outside sweep under an
 * MLflow parent run) is read from its runs' params, those with more than one value.
 */
export function groupVaries(group: RunGroup, runsOfGroup: readonly { config: unknown }[]): string {
  if (group.kind !== 'nested') return group.varies;
  const values = new Map<string, Set<string>>();
  for (const run of runsOfGroup) {
    for (const [key, value] of Object.entries(run.config as Record<string, unknown>)) {
      if (!values.has(key)) values.set(key, new Set());
      values.get(key)!.add(JSON.stringify(value));
    }
  }
  return [...values]
    .filter(([, seen]) => seen.size > 1)
    .map(([key]) => key)
    .sort()
    .join(', ');
}

export type GroupConfigurations = Awaited<ReturnType<typeof groupConfigurations>>;

/**
 * The group read as configurations over seeds (lib/compare/seedSummary.ts), scored on the kind's headline test scores,
 * or for a nested group on the held-out scores its runs logged.
 */
export async function groupConfigurations(scope: Scope, group: RunGroup) {
  const members = await listGroupRuns(scope, group.id);
  const summaries = members.map((r) => r.summary as Record<string, unknown>);
  const keys = (group.kind === 'nested' ? loggedScores(summaries) : GROUP_SCORES).filter((key) =>
    summaries.some((s) => typeof s[key] === 'number'),
  );
  const varied = groupVaries(group, members).split(', ').filter(Boolean);
  return {
    keys,
    configurations: summarizeConfigurations(members, varied, keys, (run) => run.testUncertainty?.intervals),
  };
}

export async function listRunGroups(scope: Scope, first = 20): Promise<RunGroup[]> {
  authorize(scope, 'runs:read');
  return scope.db
    .select()
    .from(runGroups)
    .where(ownedBy(scope, runGroups.teamId))
    .orderBy(desc(runGroups.createdAt))
    .limit(Math.min(Math.max(first, 1), 100));
}
