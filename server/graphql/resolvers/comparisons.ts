import { testUncertaintyView } from './runs';
import type { Resolvers } from '../resolvers.generated';
import { limitGuesses } from '../../rateLimits';
import { annotationsOf, type RunAnnotation } from '../../domain/annotations';
import {
  comparisonSeries,
  createShare,
  isShareActive,
  deleteComparison,
  getComparison,
  listComparisons,
  listShares,
  openSharedComparison,
  revokeShare,
  saveComparison,
} from '../../domain/comparisons';
import { effectivePhasesOf, type EffectivePhase } from '../../domain/phases';
import { getRunGroup, launchSweep, listRunGroups } from '../../domain/runGroups';
import { ROLLUP_POINTS } from '../../../db/metricSeries';
import type { Run } from '../../domain/runs';
import type { AnnotationKind } from '../../../lib/inputs';
import type { PhaseName } from '../../../lib/phases/spec';
import type { RunStatus } from '../../../lib/runs/config';

export interface SharedRunView {
  run: Run;
  phases: EffectivePhase[];
  marks: RunAnnotation[];
}

/** Saved comparisons, their public links, and sweeps that fill them. */
export const comparisonResolvers: Resolvers = {
  Query: {
    comparisons: async (_, { first }, ctx) => listComparisons(await ctx.scope(), first ?? 20),
    comparison: async (_, { id }, ctx) => getComparison(await ctx.scope(), id),
    runGroups: async (_, { first }, ctx) => listRunGroups(await ctx.scope(), first ?? 20),
    runGroup: async (_, { id }, ctx) => getRunGroup(await ctx.scope(), id),
    sharedComparison: async (_, { token }, ctx) =>
      limitGuesses(ctx.db, 'SHARE_IP', ctx.clientIp, () => openSharedComparison(ctx.db, token)),
  },
  Comparison: {
    group: async (c, _, ctx) => (c.groupId ? getRunGroup(await ctx.scope(), c.groupId) : null),
    runs: (c, _, ctx) => ctx.loaders.comparisonRuns.load(c),
    createdBy: async (c, _, ctx) => (await ctx.loaders.user.load(c.createdBy))!,
    shareLinks: async (c, _, ctx) => listShares(await ctx.scope(), c.id),
    series: async (c, args, ctx) => comparisonSeries(await ctx.scope(), c, await ctx.loaders.comparisonRuns.load(c), args),
  },
  ShareLink: {
    createdBy: async (s, _, ctx) => (await ctx.loaders.user.load(s.createdBy))!,
    active: (s) => isShareActive(s),
  },
  SharedComparison: {
    name: (s) => s.comparison.name,
    note: (s) => s.comparison.note,
    metrics: (s) => s.comparison.metrics,
    settings: (s) => s.comparison.settings,
    updatedAt: (s) => s.comparison.updatedAt,
    runs: async (s) => {
      const ids = s.runs.map((r) => r.id);
      const [phases, marks] = await Promise.all([effectivePhasesOf(s.scope, ids), annotationsOf(s.scope, ids)]);
      return s.runs.map((run, i) => ({ run, phases: phases[i]!, marks: marks[i]! }));
    },
    // Only the comparison's own runs and metrics, and no more points than its rollups hold: a link is not a query API.
    series: (s, { keys, maxPoints, withWallTime }) =>
      comparisonSeries(s.scope, s.comparison, s.runs, {
        keys: keys?.filter((k) => s.comparison.metrics.includes(k)),
        maxPoints: maxPoints && Math.min(maxPoints, ROLLUP_POINTS),
        withWallTime,
      }),
  },
  SharedRun: {
    id: ({ run }) => run.id,
    name: ({ run }) => run.name,
    kind: ({ run }) => run.kind,
    status: ({ run }) => run.status as RunStatus,
    epochs: ({ run }) => run.epochs,
    config: ({ run }) => run.config as Record<string, unknown>,
    summary: ({ run }) => run.summary ?? {},
    testUncertainty: ({ run }) => testUncertaintyView(run),
    createdAt: ({ run }) => run.createdAt,
    phases: ({ phases }) => phases.map((p) => ({ phase: p.phase as PhaseName, start: p.start, end: p.end })),
    marks: ({ marks }) =>
      marks.map((a) => ({ kind: a.kind as AnnotationKind, label: a.label, start: a.start, end: a.end, colour: a.colour })),
  },
  Mutation: {
    saveComparison: async (_, { input }, ctx) => ({ comparison: await saveComparison(await ctx.scope(), input) }),
    updateComparison: async (_, { id, input }, ctx) => ({ comparison: await saveComparison(await ctx.scope(), input, id) }),
    deleteComparison: async (_, { id }, ctx) => ({ deletedId: await deleteComparison(await ctx.scope(), id) }),
    createShareLink: async (_, { comparisonId, expiresAt }, ctx) => {
      const { share, token } = await createShare(await ctx.scope(), comparisonId, { expiresAt });
      return { shareLink: share, token, path: `/share/${token}` };
    },
    revokeShareLink: async (_, { id }, ctx) => ({ shareLink: await revokeShare(await ctx.scope(), id) }),
    launchSweep: async (_, { input }, ctx) => ({ group: await launchSweep(await ctx.scope(), input) }),
  },
};
