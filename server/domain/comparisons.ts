import { z } from 'zod';
import { and, desc, eq, sql } from 'drizzle-orm';
import { comparisonShares, comparisons } from '../../db/schema';
import { compareSettings, pointsPerLine } from '../../lib/compare/settings';
import { hashSecret, newSecret, SHARE_PREFIX } from '../auth/secrets';
import { NotFoundError } from '../errors';
import { authorize, ownedBy, shareScope, type Scope } from '../tenancy/scope';
import { recordAudit } from './audit';
import { getRunGroup, listGroupRuns } from './runGroups';
import { queryMetrics, type MetricSeries } from './runMetrics';
import { getRunsByIds, type Run } from './runs';
import { parseInput } from './validation';

export type Comparison = typeof comparisons.$inferSelect;
export type ComparisonShare = typeof comparisonShares.$inferSelect;

const comparisonInput = z
  .object({
    name: z.string().trim().min(1, 'give the comparison a name').max(120, 'use at most 120 characters'),
    note: z.string().max(5000, 'use at most 5000 characters').default(''),
    runIds: z.array(z.uuid('not a run id')).max(200, 'compare at most 200 runs').default([]),
    groupId: z.uuid('not a run group id').nullish(),
    metrics: z.array(z.string().min(1).max(200)).min(1, 'pick at least one metric').max(20, 'pick at most 20 metrics'),
    settings: compareSettings.default(compareSettings.parse({})),
  })
  .refine((c) => c.runIds.length > 0 || c.groupId, { message: 'pick runs or a run group', path: ['runIds'] });

const id = (what: string) => z.uuid(`not a ${what} id`);

export async function listComparisons(scope: Scope, first = 20): Promise<Comparison[]> {
  authorize(scope, 'runs:read');
  return scope.db
    .select()
    .from(comparisons)
    .where(ownedBy(scope, comparisons.teamId))
    .orderBy(desc(comparisons.updatedAt))
    .limit(Math.min(Math.max(first, 1), 100));
}

export async function getComparison(scope: Scope, comparisonId: string): Promise<Comparison> {
  authorize(scope, 'runs:read');
  parseInput(id('comparison'), comparisonId);
  const [found] = await scope.db
    .select()
    .from(comparisons)
    .where(and(ownedBy(scope, comparisons.teamId), eq(comparisons.id, comparisonId)));
  if (!found) throw new NotFoundError('Comparison');
  return found;
}

/** Saved from a view of the team's own runs (or group): anything else is NOT_FOUND, as if it did not exist. */
export async function saveComparison(scope: Scope, input: unknown, comparisonId?: string): Promise<Comparison> {
  authorize(scope, 'runs:create');
  const fields = parseInput(comparisonInput, input);
  await getRunsByIds(scope, fields.runIds);
  if (fields.groupId) await getRunGroup(scope, fields.groupId);
  const values = { ...fields, groupId: fields.groupId ?? null };
  return scope.db.transaction(async (tx) => {
    const [saved] = comparisonId
      ? await tx
          .update(comparisons)
          .set({ ...values, updatedAt: sql`now()` })
          .where(and(ownedBy(scope, comparisons.teamId), eq(comparisons.id, (await getComparison(scope, comparisonId)).id)))
          .returning()
      : await tx
          .insert(comparisons)
          .values({ ...values, teamId: scope.team.id, createdBy: scope.user.id })
          .returning();
    await recordAudit(tx, scope, {
      action: comparisonId ? 'comparison.update' : 'comparison.create',
      targetType: 'comparison',
      targetId: saved!.id,
      details: { name: saved!.name },
    });
    return saved!;
  });
}

export async function deleteComparison(scope: Scope, comparisonId: string): Promise<string> {
  authorize(scope, 'runs:create');
  const comparison = await getComparison(scope, comparisonId);
  await scope.db.transaction(async (tx) => {
    await tx.delete(comparisons).where(and(ownedBy(scope, comparisons.teamId), eq(comparisons.id, comparison.id)));
    await recordAudit(tx, scope, {
      action: 'comparison.delete',
      targetType: 'comparison',
      targetId: comparison.id,
      details: { name: comparison.name },
    });
  });
  return comparison.id;
}

/** The comparison's runs as they are now: its list, or its group's current runs. */
export async function comparisonRuns(scope: Scope, comparison: Comparison): Promise<Run[]> {
  return comparison.groupId ? listGroupRuns(scope, comparison.groupId) : getRunsByIds(scope, comparison.runIds);
}

/**
 * A comparison's curves, in the request that reads the comparison: its metrics unless `keys` are given, as many
 * points per curve as its charts need, and wall times when its saved x-axis is time unless told otherwise.
 */
export async function comparisonSeries(
  scope: Scope,
  comparison: Comparison,
  runs: readonly Run[],
  { keys, maxPoints, withWallTime }: { keys?: string[] | null; maxPoints?: number | null; withWallTime?: boolean | null },
): Promise<MetricSeries[]> {
  if (!runs.length) return [];
  const { xAxis } = compareSettings.parse(comparison.settings);
  return queryMetrics(scope, {
    runIds: runs.map((r) => r.id),
    keys: keys ?? comparison.metrics,
    maxPoints: maxPoints ?? pointsPerLine(runs.length),
    withWallTime: withWallTime ?? (xAxis === 'wall' || xAxis === 'relative'),
  });
}

/** Neither revoked nor expired. */
export const isShareActive = (share: ComparisonShare) => !share.revokedAt && (!share.expiresAt || share.expiresAt > new Date());

export async function listShares(scope: Scope, comparisonId: string): Promise<ComparisonShare[]> {
  authorize(scope, 'runs:read');
  return scope.db
    .select()
    .from(comparisonShares)
    .where(and(ownedBy(scope, comparisonShares.teamId), eq(comparisonShares.comparisonId, comparisonId)))
    .orderBy(desc(comparisonShares.createdAt));
}

const shareInput = z.object({
  expiresAt: z.coerce
    .date()
    .refine((d) => d.getTime() > Date.now(), 'expiresAt: pick a time in the future')
    .nullish(),
});

/** A public read-only link; the token is returned once and only its hash is kept. */
export async function createShare(scope: Scope, comparisonId: string, input: unknown): Promise<{ share: ComparisonShare; token: string }> {
  authorize(scope, 'runs:create');
  const comparison = await getComparison(scope, comparisonId);
  const { expiresAt } = parseInput(shareInput, input ?? {});
  const token = newSecret(SHARE_PREFIX);
  return scope.db.transaction(async (tx) => {
    const [share] = await tx
      .insert(comparisonShares)
      .values({
        teamId: scope.team.id,
        comparisonId: comparison.id,
        tokenHash: hashSecret(token),
        createdBy: scope.user.id,
        expiresAt: expiresAt ?? null,
      })
      .returning();
    await recordAudit(tx, scope, {
      action: 'comparison.share',
      targetType: 'comparison',
      targetId: comparison.id,
      details: { shareId: share!.id, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return { share: share!, token };
  });
}

export async function revokeShare(scope: Scope, shareId: string): Promise<ComparisonShare> {
  authorize(scope, 'runs:create');
  parseInput(id('share'), shareId);
  return scope.db.transaction(async (tx) => {
    const [share] = await tx
      .update(comparisonShares)
      .set({ revokedAt: sql`coalesce(${comparisonShares.revokedAt}, now())` })
      .where(and(ownedBy(scope, comparisonShares.teamId), eq(comparisonShares.id, shareId)))
      .returning();
    if (!share) throw new NotFoundError('Share link');
    await recordAudit(tx, scope, {
      action: 'comparison.unshare',
      targetType: 'comparison',
      targetId: share.comparisonId,
      details: { shareId },
    });
    return share;
  });
}

export interface SharedComparison {
  comparison: Comparison;
  runs: Run[];
  /** Reads as a viewer of the comparison's team; used only for these runs. */
  scope: Scope;
}

/**
 * What a public link shows: one comparison and its runs, nothing else of the team. A token that is unknown, revoked
 * or expired is NOT_FOUND alike, so a link's history cannot be probed.
 */
export async function openSharedComparison(db: Scope['db'], token: string): Promise<SharedComparison> {
  const [share] = await db
    .select()
    .from(comparisonShares)
    .where(
      and(
        eq(comparisonShares.tokenHash, hashSecret(token)),
        sql`${comparisonShares.revokedAt} is null`,
        sql`(${comparisonShares.expiresAt} is null or ${comparisonShares.expiresAt} > now())`,
      ),
    );
  if (!share) throw new NotFoundError('Shared comparison');
  const scope = await shareScope(db, share);
  const comparison = await getComparison(scope, share.comparisonId);
  return { comparison, runs: await comparisonRuns(scope, comparison), scope };
}
