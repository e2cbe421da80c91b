export const ruleTypeDefs = /* GraphQL */ `
  enum RuleKind {
    WHITELIST
    BLACKLIST
  }

  enum RuleFormat {
    JSON
    CSV
  }

  "Analysts' rules for one classification problem, applied next to a learned classifier by hybrid runs."
  type RuleSet {
    id: ID!
    name: String!
    description: String!
    createdBy: User!
    createdAt: DateTime!
    updatedAt: DateTime!
    "Highest priority first."
    rules: [Rule!]!
    "Every change to the set's rules, newest first."
    history(first: Int = 100): [RuleRevision!]!
    "Coverage, overlaps, conflicts and accuracy of the enabled rules on a dataset version (Snorkel's summary)."
    analysis(datasetVersionId: ID!): RuleAnalysis!
    "The rules as a file that importRules reads back."
    export(format: RuleFormat!): String!
  }

  "A whitelist assigns its class to items whose field matches the pattern; a blacklist rules its class out. RE2 syntax, case-insensitive."
  type Rule {
    id: ID!
    kind: RuleKind!
    field: String!
    pattern: String!
    class: String!
    priority: Int!
    enabled: Boolean!
    note: String!
    author: User!
    createdAt: DateTime!
    updatedAt: DateTime!
  }

  type RuleRevision {
    id: ID!
    ruleId: ID!
    "create, update or delete."
    action: String!
    actor: User
    "The rule before and after the change; null for a creation or a deletion."
    before: JSONValue
    after: JSONValue
    createdAt: DateTime!
  }

  type RuleStats {
    rule: Rule!
    matches: Int!
    "Fractions of all rows."
    coverage: Float!
    overlaps: Float!
    conflicts: Float!
    correct: Int!
    incorrect: Int!
    "correct / (correct + incorrect); null where the rule matches no labeled row."
    accuracy: Float
  }

  type RuleAnalysis {
    "Rows read: all of them, or the first 200,000 (fewer for long texts) of a larger version."
    rows: Int!
    totalRows: Int!
    coverage: Float!
    overlaps: Float!
    conflicts: Float!
    rules: [RuleStats!]!
  }

  type RuleMatch {
    row: Int!
    text: String!
    label: String
    "Where the pattern matched, in UTF-16 code units."
    start: Int!
    end: Int!
  }

  type RuleTest {
    "Rows read: all of them, or the first 200,000 (fewer for long texts) of a larger version."
    rows: Int!
    totalRows: Int!
    matches: Int!
    labeled: Int!
    correct: Int!
    "Against the dataset's labels; null without a class or labels."
    precision: Float
    samples: [RuleMatch!]!
    milliseconds: Float!
  }

  input RuleSetInput {
    name: String!
    description: String
  }

  input RuleInput {
    kind: RuleKind!
    field: String!
    pattern: String!
    class: String!
    priority: Int
    enabled: Boolean
    note: String
  }

  "Only the fields given change."
  input RuleChanges {
    kind: RuleKind
    field: String
    pattern: String
    class: String
    priority: Int
    enabled: Boolean
    note: String
  }

  input RuleTestInput {
    datasetVersionId: ID!
    kind: RuleKind!
    field: String!
    pattern: String!
    "Without one, matches are counted but not scored."
    class: String
    samples: Int
  }

  type RuleSetPayload {
    ruleSet: RuleSet!
  }

  type RulePayload {
    rule: Rule!
  }

  type DeletePayload {
    deletedId: ID!
  }

  type ImportRulesPayload {
    rules: [Rule!]!
  }

  extend type Query {
    ruleSets: [RuleSet!]!
    ruleSet(id: ID!): RuleSet!
    "What a rule would match on a dataset version, while it is being written."
    testRule(input: RuleTestInput!): RuleTest!
  }

  extend type Mutation {
    createRuleSet(input: RuleSetInput!): RuleSetPayload!
    deleteRuleSet(id: ID!): DeletePayload!
    createRule(ruleSetId: ID!, input: RuleInput!): RulePayload!
    updateRule(id: ID!, input: RuleChanges!): RulePayload!
    deleteRule(id: ID!): DeletePayload!
    "Adds the file's rules to the set, or replaces the set's rules with them; all or none."
    importRules(ruleSetId: ID!, format: RuleFormat!, text: String!, replace: Boolean = false): ImportRulesPayload!
  }
`;
