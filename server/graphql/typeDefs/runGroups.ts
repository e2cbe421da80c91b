export const runGroupTypeDefs = /* GraphQL */ `
  "Runs launched together to be read together, e.g. an ablation over a kind's modes."
  type RunGroup {
    id: ID!
    name: String!
    "ablation, sweep, or nested (an outside sweep's runs under an MLflow parent run)."
    kind: String!
    "The config fields its runs differ in, e.g. mode; for a nested group, the params with more than one value."
    varies: String!
    createdAt: DateTime!
    runs: [Run!]!
  }

  "A weight of the wide part toward a class: a crossed feature it memorized."
  type CrossWeight {
    feature: String!
    class: String!
    "The feature's weight for the class minus its mean weight over classes."
    weight: Float!
  }

  type EmbeddingNeighbour {
    value: String!
    "Cosine similarity of the two values' embeddings."
    similarity: Float!
  }

  "What a finished run's model learned, where its kind explains itself (Wide & Deep)."
  type RunExplanation {
    crossWeights(first: Int = 20): [CrossWeight!]!
    "Columns whose values have embeddings to compare."
    embeddingColumns: [String!]!
  }

  extend type Run {
    group: RunGroup
    "Null until the run has finished, and for kinds that do not explain themselves."
    explanation: RunExplanation
    "The values whose learned embeddings are nearest to this one's."
    embeddingNeighbours(column: String!, value: String!, first: Int = 10): [EmbeddingNeighbour!]!
  }

  type RunGroupPayload {
    group: RunGroup!
  }

  extend type Mutation {
    "Starts one run per mode of the kind (Wide & Deep: wide, deep, wide_deep; hybrid: ml_only, rules_only, hybrid) with the same data, split, seed and budget."
    launchAblation(input: CreateRunInput!): RunGroupPayload!
  }
`;
