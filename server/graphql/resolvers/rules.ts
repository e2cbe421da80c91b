import type { Resolvers } from '../resolvers.generated';
import { getHybridReport, reviewQueue } from '../../domain/hybridReports';
import { analyseRuleSet, testRule } from '../../domain/ruleAnalysis';
import {
  createRule,
  createRuleSet,
  deleteRule,
  deleteRuleSet,
  exportRules,
  getRuleSet,
  importRules,
  listRuleSets,
  listRules,
  ruleHistory,
  updateRule,
} from '../../domain/rules';

/** Rule sets, the rule tester and analysis, and what hybrid runs report. */
export const ruleResolvers: Resolvers = {
  Query: {
    ruleSets: async (_, __, ctx) => listRuleSets(await ctx.scope()),
    ruleSet: async (_, { id }, ctx) => getRuleSet(await ctx.scope(), id),
    testRule: async (_, { input }, ctx) => testRule(await ctx.scope(), input),
  },
  RuleSet: {
    createdBy: async (s, _, ctx) => (await ctx.loaders.user.load(s.createdBy))!,
    rules: async (s, _, ctx) => listRules(await ctx.scope(), s.id),
    history: async (s, { first }, ctx) => ruleHistory(await ctx.scope(), s.id, first ?? 100),
    analysis: async (s, { datasetVersionId }, ctx) => {
      const { rules, total } = await analyseRuleSet(await ctx.scope(), s.id, datasetVersionId);
      return { ...total, rules };
    },
    export: async (s, { format }, ctx) => exportRules(await ctx.scope(), s.id, format),
  },
  Rule: {
    author: async (r, _, ctx) => (await ctx.loaders.user.load(r.authorId))!,
  },
  RuleRevision: {
    id: (r) => String(r.id),
    actor: async (r, _, ctx) => (r.actorId ? ctx.loaders.user.load(r.actorId) : null),
  },
  Run: {
    hybridReport: async (run, _, ctx) => getHybridReport(await ctx.scope(), run),
    reviewQueue: async (run, { first, reason }, ctx) => reviewQueue(await ctx.scope(), run, { first: first ?? 100, reason }),
  },
  Mutation: {
    createRuleSet: async (_, { input }, ctx) => ({ ruleSet: await createRuleSet(await ctx.scope(), input) }),
    deleteRuleSet: async (_, { id }, ctx) => ({ deletedId: await deleteRuleSet(await ctx.scope(), id) }),
    createRule: async (_, { ruleSetId, input }, ctx) => ({ rule: await createRule(await ctx.scope(), ruleSetId, input) }),
    updateRule: async (_, { id, input }, ctx) => ({ rule: await updateRule(await ctx.scope(), id, input) }),
    deleteRule: async (_, { id }, ctx) => ({ deletedId: await deleteRule(await ctx.scope(), id) }),
    importRules: async (_, { ruleSetId, format, text, replace }, ctx) => ({
      rules: await importRules(await ctx.scope(), ruleSetId, { format, text, replace }),
    }),
  },
};
