import type { Resolvers } from '../resolvers.generated';
import { getRunGroup, launchAblation, groupVaries, listGroupRuns } from '../../domain/runGroups';
import { embeddingNeighbours, getExplanation } from '../../domain/runExplanations';
import { listFindings } from '../../domain/findings';
import type { Verdict } from '../../../lib/compare/verdicts';

/** Groups of runs read together, and what a run's model learned. */
export const runGroupResolvers: Resolvers = {
  Run: {
    group: async (run, _, ctx) => (run.groupId ? getRunGroup(await ctx.scope(), run.groupId) : null),
    explanation: async (run, _, ctx) => getExplanation(await ctx.scope(), run.id),
    embeddingNeighbours: async (run, { column, value, first }, ctx) =>
      embeddingNeighbours(await ctx.scope(), run.id, column, value, first ?? 10),
  },
  RunGroup: {
    runs: async (group, _, ctx) => listGroupRuns(await ctx.scope(), group.id),
    varies: async (group, _, ctx) => groupVaries(group, await listGroupRuns(await ctx.scope(), group.id)),
    scoreKeys: async (group, _, ctx) => (await ctx.loaders.groupConfigurations.load(group)).keys,
    configurations: async (group, _, ctx) => (await ctx.loaders.groupConfigurations.load(group)).configurations,
  },
  RunExplanation: {
    crossWeights: (explanation, { first }) => explanation.crossWeights.slice(0, Math.min(Math.max(first ?? 20, 1), 100)),
    embeddingColumns: (explanation) => explanation.embeddings.map((e) => e.column),
  },
  Query: {
    findings: async (_, __, ctx) => listFindings(await ctx.scope()),
  },
  Finding: {
    verdict: (finding) => verdictEnum(finding.verdict),
  },
  PhaseFinding: {
    verdict: (finding) => verdictEnum(finding.verdict),
  },
  Mutation: {
    launchAblation: async (_, { input, seeds }, ctx) => ({
      group: await launchAblation(await ctx.scope(), { ...input, seeds: seeds ?? undefined }),
    }),
  },
};

const VERDICTS = { supported: 'SUPPORTED', not_supported: 'NOT_SUPPORTED', inconclusive: 'INCONCLUSIVE' } as const;
const verdictEnum = (verdict: Verdict) => VERDICTS[verdict];
