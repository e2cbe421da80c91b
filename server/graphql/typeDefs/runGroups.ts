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
    "The scores its configurations are compared on: the kind's headline test scores, or for a nested group up to four held-out scores its runs logged."
    scoreKeys: [String!]!
    "Its runs by configuration: runs that differ only in their seed are one, scored by the mean over their finished seeds."
    configurations: [GroupConfiguration!]!
  }

  "Runs of a group that differ only in their seed."
  type GroupConfiguration {
    "The varied fields' values, e.g. wide_deep."
    label: String!
    runs: [Run!]!
    scores: [ConfigurationScore!]!
  }

  "A score of a configuration: the mean over its finished seeds, with Student's t 95% interval over those seeds (one seed: the run's own test interval)."
  type ConfigurationScore {
    key: String!
    mean: Float!
    "Null for one seed whose run has no interval for this score (a loss, an outside run's score)."
    low: Float
    high: Float
    "Finished seeds the mean is over."
    n: Int!
    "Only where this configuration's interval overlaps no other configuration's, and every configuration has the score."
    best: Boolean!
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

  enum Verdict {
    "Every difference's interval lies above zero."
    SUPPORTED
    "A difference's interval lies below zero: the other configuration is clearly better."
    NOT_SUPPORTED
    "An interval crosses zero, or fewer than two seeds finished for a pair."
    INCONCLUSIVE
  }

  "The claimed configuration against another, paired by seed: mean of (claimed − other), positive favouring the claim, with Student's t 95% interval."
  type ClaimDifference {
    versus: String!
    "Null until a seed finished for both."
    mean: Float
    low: Float
    high: Float
    "Seeds finished for both."
    seeds: Int!
  }

  type FindingScore {
    configuration: String!
    seed: Int!
    value: Float!
  }

  "An ablation read as a test of its paper's claim."
  type Finding {
    group: RunGroup!
    claim: String!
    "The test score the claim is judged on, e.g. test/auc."
    scoreKey: String!
    "The configuration the claim says wins, e.g. wide_deep."
    claimed: String!
    verdict: Verdict!
    differences: [ClaimDifference!]!
    "Each finished run's score, by configuration and seed."
    scores: [FindingScore!]!
    "Fine-tuning ablations only: Tänzer et al.'s three-phase claim, read from the runs' phases."
    phases: PhaseFinding
  }

  "Whether pre-trained runs pass fitting, settling and memorization and random-init ones do not (at least 3 seeds of each)."
  type PhaseFinding {
    claim: String!
    verdict: Verdict!
    "Each finished run's phases (people's corrections included), by configuration and seed."
    runs: [FindingPhases!]!
  }

  type FindingPhases {
    configuration: String!
    seed: Int!
    phases: [String!]!
  }

  extend type Query {
    "The team's ablations (newest 50) with the verdict their finished seeds give on their paper's claim."
    findings: [Finding!]!
  }

  type RunGroupPayload {
    group: RunGroup!
  }

  extend type Mutation {
    "Starts every mode of the kind (Wide & Deep: wide, deep, wide_deep; hybrid: ml_only, rules_only, hybrid; fine-tuning: init pretrained and random) with the same data, split and budget, each over seeds seeds (input.seed, input.seed + 1, …; 1 to 10)."
    launchAblation(input: CreateRunInput!, seeds: Int = 3): RunGroupPayload!
  }
`;
