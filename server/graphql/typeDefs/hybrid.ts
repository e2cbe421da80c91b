export const hybridTypeDefs = /* GraphQL */ `
  type DecisionScores {
    "Correct among the items decided."
    precision: Float!
    "Correct among all items."
    recall: Float!
    f1: Float!
    "Mean F1 over the classes, an undecided item counting as a miss."
    macroF1: Float!
    coverage: Float!
  }

  type ReleasedScores {
    precision: Float!
    recall: Float!
    f1: Float!
    macroF1: Float!
    coverage: Float!
    coverageByRules: Float!
    coverageByModel: Float!
    "Items sent to review: undecided, under the threshold, or of a class the release gate held back."
    review: Int!
  }

  type HybridClassScore {
    name: String!
    precision: Float!
    recall: Float!
    f1: Float!
    support: Int!
    "F1 counting only what the release gate lets through."
    releasedF1: Float!
    validationPrecision: Float!
    validationDecided: Int!
    released: Boolean!
  }

  type PrecisionCoveragePoint {
    coverage: Float!
    precision: Float!
    threshold: Float!
  }

  "A finished hybrid run's decisions on its test split."
  type HybridReport {
    mode: String!
    combiner: String!
    items: Int!
    "What is classified automatically: decided, over the threshold, of a released class."
    released: ReleasedScores!
    "Every decision over the threshold, release gate aside."
    ungated: DecisionScores!
    "The learned classifier alone; null in rules_only mode."
    modelOnly: DecisionScores
    "Test items the model alone got wrong and the combination right; null without a model."
    rulesFixed: Int
    "Test items the model alone got right and the combination wrong."
    rulesBroke: Int
    "Training rows the rules labelled for the model (weak labels)."
    weakLabels: Int!
    modelTrainingRows: Int!
    "The text column a rule written from a review item reads."
    textField: String
    classes: [HybridClassScore!]!
    curve: [PrecisionCoveragePoint!]!
  }

  type FiredRule {
    ruleId: ID
    kind: RuleKind!
    field: String!
    pattern: String!
    class: String!
  }

  "A validation item an analyst should look at (the test split stays a fair judge)."
  type ReviewItem {
    row: Int!
    text: String!
    label: String!
    ruleClass: String
    modelClass: String
    modelConfidence: Float
    decision: String
    "disagreement (a rule and the model differ), undecided (nothing decided, or under the threshold), unsure (the model decided with low confidence) or gated (its class is held back)."
    reason: String!
    impact: Float!
    rules: [FiredRule!]!
  }

  extend type Run {
    "Null for other kinds, and until the run succeeds."
    hybridReport: HybridReport
    "Most impactful first."
    reviewQueue(first: Int = 100, reason: String): [ReviewItem!]!
  }
`;
