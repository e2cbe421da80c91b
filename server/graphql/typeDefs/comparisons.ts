export const comparisonTypeDefs = /* GraphQL */ `
  "A saved compare view: runs (a list, or a group read when it opens), metrics and how they are drawn."
  type Comparison {
    id: ID!
    name: String!
    note: String!
    "Set when the comparison follows a group (e.g. a sweep): its runs are the group's runs as they are now."
    group: RunGroup
    runs: [Run!]!
    metrics: [String!]!
    "smoothing, xAxis (step, epoch, wall, relative), logY, groupBy, band (std, minmax), showPhases, showAnnotations."
    settings: JSON!
    createdBy: User!
    createdAt: DateTime!
    updatedAt: DateTime!
    shareLinks: [ShareLink!]!
    "Curves of its runs, read with it in one request: keys default to its metrics, maxPoints per curve to what its charts need (1,000 for a few runs, 300 for fifty), wall times to whether its x-axis is time."
    series(keys: [String!], maxPoints: Int, withWallTime: Boolean): [MetricSeries!]
  }

  "A public read-only link to one comparison. Only its hash is stored; the token is shown once."
  type ShareLink {
    id: ID!
    createdBy: User!
    createdAt: DateTime!
    expiresAt: DateTime
    revokedAt: DateTime
    "Neither revoked nor expired."
    active: Boolean!
  }

  "A phase of a shared run, without who corrected it."
  type SharedPhase {
    phase: PhaseName!
    start: Float!
    end: Float!
  }

  "A person's band or marker on a shared run, without its author."
  type SharedMark {
    kind: AnnotationKind!
    label: String!
    start: Float!
    end: Float
    colour: String!
  }

  "A run as a public link shows it: what the comparison needs and nothing else."
  type SharedRun {
    id: ID!
    name: String!
    kind: String!
    status: RunStatus!
    epochs: Int!
    config: JSON!
    summary: JSON!
    "How far its test scores can be trusted: 95% intervals, as on the run."
    testUncertainty: TestUncertainty
    createdAt: DateTime!
    phases: [SharedPhase!]!
    marks: [SharedMark!]!
  }

  "One comparison as its public link shows it, without sign-in."
  type SharedComparison {
    name: String!
    note: String!
    metrics: [String!]!
    settings: JSON!
    updatedAt: DateTime!
    runs: [SharedRun!]!
    "Curves of the comparison's runs and metrics only (keys outside them are ignored); maxPoints per curve defaults to what its charts need (1,000 for a few runs, 300 for fifty) and is at most 1,000; wall times default to whether its x-axis is time."
    series(keys: [String!], maxPoints: Int, withWallTime: Boolean): [MetricSeries!]!
  }

  input ComparisonInput {
    name: String!
    note: String
    runIds: [ID!]
    groupId: ID
    metrics: [String!]!
    settings: JSON
  }

  type ComparisonPayload {
    comparison: Comparison!
  }

  type DeleteComparisonPayload {
    deletedId: ID!
  }

  type CreateShareLinkPayload {
    shareLink: ShareLink!
    "Shown once: the link's secret."
    token: String!
    "Where the comparison can be opened without sign-in: /share/{token}."
    path: String!
  }

  type ShareLinkPayload {
    shareLink: ShareLink!
  }

  "One varied field of a sweep: a config path such as noise.rate (or seed) and its values."
  input SweepAxisInput {
    field: String!
    values: [JSONValue!]!
  }

  input LaunchSweepInput {
    kind: String!
    datasetVersionId: ID!
    name: String
    "The seed of every run, unless seed is an axis."
    seed: Int
    "The base config; each run sets the axes' fields on it."
    config: JSON
    axes: [SweepAxisInput!]!
  }

  extend type Query {
    "The team's saved comparisons, most recently changed first."
    comparisons(first: Int = 20): [Comparison!]!
    comparison(id: ID!): Comparison!
    "The team's run groups (ablations and sweeps), newest first."
    runGroups(first: Int = 20): [RunGroup!]!
    runGroup(id: ID!): RunGroup!
    "Needs no sign-in: the comparison behind a public link, or NOT_FOUND for a token that is unknown, revoked or expired."
    sharedComparison(token: String!): SharedComparison!
  }

  extend type Mutation {
    saveComparison(input: ComparisonInput!): ComparisonPayload!
    updateComparison(id: ID!, input: ComparisonInput!): ComparisonPayload!
    deleteComparison(id: ID!): DeleteComparisonPayload!
    createShareLink(comparisonId: ID!, expiresAt: DateTime): CreateShareLinkPayload!
    revokeShareLink(id: ID!): ShareLinkPayload!
    "One run per point of the grid over the axes, launched as one group (at most 100 runs)."
    launchSweep(input: LaunchSweepInput!): RunGroupPayload!
  }
`;
