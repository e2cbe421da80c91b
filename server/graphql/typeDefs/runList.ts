/** The run list's columns, chosen by each user. */
export const runListTypeDefs = /* GraphQL */ `
  enum RunColumnSource {
    "The metric's final value (the run's summary)."
    SUMMARY
    "The metric's best value over its whole curve: the lowest for losses and errors, else the highest."
    BEST
    "A config field."
    CONFIG
  }
  type RunColumn {
    source: RunColumnSource!
    key: String!
  }
  input RunColumnInput {
    source: RunColumnSource!
    key: String!
  }
  "Keys to choose columns from, drawn from the team's 1,000 newest runs."
  type RunColumnChoices {
    metrics: [String!]!
    configFields: [String!]!
  }
  type MetricValue {
    key: String!
    value: Float!
  }

  extend type Run {
    "The best value of each of these metrics over the run's whole curve (lowest for losses and errors); absent keys are left out."
    bestValues(keys: [String!]!): [MetricValue!]!
  }

  extend type Query {
    "The columns the caller chose for this team's run list (none chosen: an empty list)."
    runListColumns: [RunColumn!]!
    runColumnChoices: RunColumnChoices!
  }

  extend type Mutation {
    "Keeps the caller's own columns for this team's run list (at most 12), in this order."
    setRunListColumns(columns: [RunColumnInput!]!): [RunColumn!]!
  }
`;
