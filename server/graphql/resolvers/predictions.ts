import type { Resolvers } from '../resolvers.generated';
import { getPrediction, requestPredictions } from '../../domain/predictions';

/** Scoring rows with a finished run's model. */
export const predictionResolvers: Resolvers = {
  Query: {
    prediction: async (_, { id }, ctx) => getPrediction(await ctx.scope(), id),
  },
  Prediction: {
    status: (p) => (p.status === 'done' ? 'DONE' : p.status === 'failed' ? 'FAILED' : 'PENDING'),
    results: (p) =>
      p.results?.map((r, i) => ({
        row: p.rows[i]!,
        label: r.label,
        probabilities:
          r.probabilities &&
          Object.entries(r.probabilities)
            .map(([c, probability]) => ({ class: c, probability }))
            .sort((a, b) => b.probability - a.probability),
      })) ?? null,
  },
  Mutation: {
    requestPredictions: async (_, { runId, rows }, ctx) => ({ prediction: await requestPredictions(await ctx.scope(), runId, rows) }),
  },
};
