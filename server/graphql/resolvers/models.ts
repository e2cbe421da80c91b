import type { Resolvers } from '../resolvers.generated';
import { baseModelOf, baseModelSize, listBaseModels, tokenizeWith } from '../../domain/baseModels';
import { getVersion } from '../../domain/datasets';
import type { RunStatus } from '../../../lib/runs/config';

/** Base models: the team's pre-training runs, seen as models to fine-tune. */
export const modelResolvers: Resolvers = {
  Query: {
    baseModels: async (_, __, ctx) => listBaseModels(await ctx.scope()),
  },
  BaseModel: {
    status: (run) => run.status as RunStatus,
    preset: (run) => baseModelSize(run).preset,
    layers: (run) => baseModelSize(run).layers,
    hidden: (run) => baseModelSize(run).hidden,
    heads: (run) => baseModelSize(run).heads,
    maxLength: (run) => baseModelSize(run).maxLength,
    vocabularySize: (run) => baseModelSize(run).vocabularySize,
    corpus: async (run, _, ctx) => getVersion(await ctx.scope(), run.datasetVersionId!),
    run: (run) => run,
    tokenize: async (run, { text }, ctx) => tokenizeWith(await ctx.scope(), run, text),
    mlmAccuracy: (run) => (run.summary as Record<string, number> | null)?.['val/mlm_accuracy'] ?? null,
  },
  Run: {
    baseModel: async (run, _, ctx) => baseModelOf(await ctx.scope(), run),
  },
};
