import DataLoader from 'dataloader';
import { experimentsByIds, experimentTagsOf, type Experiment, type KeyValue } from '../domain/experiments';
import { runKeyTagsOf } from '../domain/externalRuns';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { users, workers } from '../../db/schema';
import { clientIp } from '../http/clientIp';
import { requireUser, resolveScope, type Principal, type Scope, type User } from '../tenancy/scope';
import type { Worker } from '../domain/workers';
import { getUploads, type DatasetUpload } from '../domain/datasetUploads';
import { latestVersions, type DatasetVersion } from '../domain/datasets';
import { ForbiddenError } from '../errors';
import { effectivePhasesOf, type EffectivePhase } from '../domain/phases';
import { annotationsOf, type RunAnnotation } from '../domain/annotations';
import { metricKeysOf } from '../domain/runMetrics';
import { comparisonRuns, type Comparison } from '../domain/comparisons';
import { runsAheadInQueue, teamSlotsOf, type Run } from '../domain/runs';
import { bestValuesOf } from '../domain/runColumns';
import { groupConfigurations, type GroupConfigurations, type RunGroup } from '../domain/runGroups';
import type { TeamSlots } from '../../db/queue';

/** Names the active team (by slug) for a signed-in user; the UI sends the team in its URL. */
export const TEAM_HEADER = 'x-phaselab-team';

export interface GraphQLContext {
  db: Database;
  principal: Principal;
  /** For the rate limits of anonymous operations (sign-up, share links). */
  clientIp: string;
  /** Where links handed out (invitations) point. */
  baseUrl: string;
  viewer(): User;
  /** The signed-in user, refusing API tokens: a token acts inside its one team only. */
  sessionUser(): User;
  scope(): Promise<Scope>;
  loaders: ReturnType<typeof createLoaders> & ReturnType<typeof createTeamLoaders>;
}

export async function createContext(db: Database, request: Request, principal: Principal): Promise<GraphQLContext> {
  const teamSlug = request.headers.get(TEAM_HEADER);
  let scope: Promise<Scope> | undefined;
  const scopeOnce = () => (scope ??= resolveScope(db, principal, teamSlug));
  return {
    db,
    principal,
    clientIp: clientIp(request),
    baseUrl: process.env.PHASELAB_URL ?? process.env.NEXTAUTH_URL ?? new URL(request.url).origin,
    viewer: () => requireUser(principal),
    sessionUser: () => {
      if (principal.kind === 'token') throw new ForbiddenError('An API token acts inside its own team only: sign in for this.');
      return requireUser(principal);
    },
    scope: scopeOnce,
    loaders: { ...createLoaders(db), ...createTeamLoaders(scopeOnce) },
  };
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]) {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** One loader per relation a list can fan out to. */
function createLoaders(db: Database) {
  return {
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(users)
          .where(inArray(users.id, [...ids])),
        ids,
      ),
    ),
    worker: new DataLoader<string, Worker | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(workers)
          .where(inArray(workers.id, [...ids])),
        ids,
      ),
    ),
  };
}

/** Loaders for team-owned rows: they go through the domain, which scopes and authorizes them. */
function createTeamLoaders(scope: () => Promise<Scope>) {
  return {
    datasetUpload: new DataLoader<string, DatasetUpload | null>(async (ids) => getUploads(await scope(), ids)),
    latestDatasetVersion: new DataLoader<string, DatasetVersion | null>(async (ids) => latestVersions(await scope(), ids)),
    // A list of runs (a comparison, a group) asks each of these once for all its runs.
    runPhases: new DataLoader<string, EffectivePhase[]>(async (ids) => effectivePhasesOf(await scope(), ids)),
    runAnnotations: new DataLoader<string, RunAnnotation[]>(async (ids) => annotationsOf(await scope(), ids)),
    runMetricKeys: new DataLoader<string, string[]>(async (ids) => metricKeysOf(await scope(), ids)),
    runsAheadInQueue: new DataLoader<string, number | null>(async (ids) => runsAheadInQueue(await scope(), ids)),
    // Keyed by team, though a request has one: every queued run of a list shares one answer.
    teamSlots: new DataLoader<string, TeamSlots>(async (teams) => {
      const slots = await teamSlotsOf(await scope());
      return teams.map(() => slots);
    }),
    runKeyTags: new DataLoader<string, KeyValue[]>(async (ids) => {
      const tags = await runKeyTagsOf(await scope(), ids);
      return ids.map((id) => tags.get(id)!);
    }),
    experiment: new DataLoader<number, Experiment | null>(async (ids) => experimentsByIds(await scope(), ids)),
    experimentTags: new DataLoader<number, KeyValue[]>(async (ids) => {
      const tags = await experimentTagsOf(await scope(), ids);
      return ids.map((id) => tags.get(id)!);
    }),
    // A group's runs, read once for both its score keys and its configurations.
    groupConfigurations: new DataLoader<RunGroup, GroupConfigurations, string>(
      async (groups) => {
        const s = await scope();
        return Promise.all(groups.map((g) => groupConfigurations(s, g)));
      },
      { cacheKeyFn: (group) => group.id },
    ),
    // A comparison's runs, read once for both its runs and its curves.
    comparisonRuns: new DataLoader<Comparison, Run[]>(async (list) => {
      const s = await scope();
      return Promise.all(list.map((c) => comparisonRuns(s, c)));
    }),
    // A page of runs asks once for every run's best values of every key shown.
    runBestValue: new DataLoader<{ run: Run; key: string }, number | null, string>(
      async (asked) => {
        const runList = [...new Map(asked.map(({ run }) => [run.id, run])).values()];
        const best = await bestValuesOf(await scope(), runList, [...new Set(asked.map((a) => a.key))]);
        return asked.map(({ run, key }) => best.get(run.id)?.get(key) ?? null);
      },
      { cacheKeyFn: ({ run, key }) => `${run.id}\n${key}` },
    ),
  };
}
