export const runTypeDefs = /* GraphQL */ `
  enum RunStatus {
    QUEUED
    "Waits for something else to end first (a fine-tuning run's base model), holding no worker and no queue place."
    WAITING
    RUNNING
    SUCCEEDED
    FAILED
    CANCELED
  }

  "A kind of run, with the task types it trains on and its config's defaults."
  type RunKind {
    kind: String!
    label: String!
    description: String!
    taskTypes: [TaskType!]!
    defaultConfig: JSON!
    "False for a kind trained by its own code outside Phaselab (external): it is logged through the tracking API, not launched."
    launchable: Boolean!
  }

  type MetricPoint {
    "A whole number (MLflow's steps are int64; kept exactly up to 2^53)."
    step: Float!
    epoch: Float!
    value: Float!
    "When the point was written, in seconds since 1970 (for wall-time axes); null unless asked for with withWallTime."
    wallTime: Float
  }

  "One curve of one run: at most maxPoints points, each bucket keeping its lowest and highest."
  type MetricSeries {
    runId: ID!
    key: String!
    points: [MetricPoint!]!
    "The same points as columns, for drawing: steps[i], epochs[i], values[i] and wallTimes[i] are one point; epochs and values to 7 significant digits (a float32's precision; points has them in full)."
    steps: [Float!]!
    epochs: [Float!]!
    values: [Float!]!
    "Null unless wall times were asked for (withWallTime)."
    wallTimes: [Float]
  }

  type RunArtifact {
    name: String!
    epoch: Int!
    bytes: Int!
    createdAt: DateTime!
  }

  "A training example whose label the run corrupted on purpose: a row, or for token classification an entity."
  type NoisyExample {
    row: Int!
    "The entity's first word in its sentence (token classification: its type was changed); null when the row's label was."
    token: Int
    trueLabel: String!
    noisyLabel: String!
    "The first epoch the model predicted the noisy label; null while it has not."
    firstMemorizedEpoch: Int
  }

  "A training example whose label is likely wrong, by a ranking over the run's epochs."
  type SuspectedLabelError {
    row: Int!
    "The line of the uploaded file it came from."
    line: Int!
    text: String!
    givenLabel: String!
    "The model's prediction at the latest epoch."
    predictedLabel: String!
    "The loss at the latest epoch."
    loss: Float!
    "The ranking's score: higher is more suspect."
    score: Float!
    "Whether the run corrupted this label on purpose; null without label noise."
    injected: Boolean
  }

  """
  How suspected label errors are ranked. EARLY_LOSS: mean training loss over the epochs before the memorization phase
  (all epochs without one). AUM: area under the margin (Pleiss et al., 2020): the mean over epochs of the given label's
  probability minus the highest other's, lowest first. LAST_LOSS: loss at the latest epoch.
  """
  enum LabelErrorRanking {
    EARLY_LOSS
    AUM
    LAST_LOSS
  }

  "A 95% interval of a summary score: Wilson's for shares (accuracy, coverage), a seeded bootstrap over test items otherwise."
  type MetricInterval {
    key: String!
    low: Float!
    high: Float!
  }

  type TestUncertainty {
    "Items in the test split."
    items: Int!
    "The class with the fewest test items, and their number (under about 30, macro scores swing); null for tagging."
    smallestClass: String
    smallestClassItems: Int
    intervals: [MetricInterval!]!
  }

  type LabelErrorRankingScore {
    ranking: LabelErrorRanking!
    "False where the run's records cannot give it (AUM needs class probabilities)."
    available: Boolean!
    "How well its top k finds the injected label errors (k = their number); null without injected noise."
    detectionF1: Float
    "The default: the best detection F1 where labels were injected, else EARLY_LOSS."
    preferred: Boolean!
  }

  type LabelErrorReport {
    ranking: LabelErrorRanking!
    rankings: [LabelErrorRankingScore!]!
    "The epochs EARLY_LOSS averages."
    earlyEpochsFrom: Float!
    earlyEpochsThrough: Float!
    "The likeliest label errors, most suspect first; never an example whose given label the model predicted at every epoch."
    examples: [SuspectedLabelError!]!
  }

  type Run {
    id: ID!
    name: String!
    kind: String!
    "The kind's validated config; an external run's params."
    config: JSON!
    "Null for an external run that trained on data of its own."
    datasetVersion: DatasetVersion
    "The tracking API experiment an external run was logged to."
    experiment: Experiment
    "Key–value tags (MLflow's run tags), beside the plain labels in tags."
    keyTags: [KeyValue!]!
    "Datasets an external run declared (MLflow's log-inputs), as sent."
    inputs: JSONValue!
    "Training examples an external run registered for memorization tracking."
    registeredExamples: Int!
    seed: Int!
    status: RunStatus!
    "0 to 1: epochs done over epochs."
    progress: Float!
    epochsDone: Int!
    epochs: Int!
    workerHost: String
    "The TensorFlow.js backend that trained it: node, wasm or cpu."
    backend: String
    error: String
    errorStack: String
    "The last value of each epoch metric, and the test score."
    summary: JSON!
    "How far the summary's test scores can be trusted: null for a run without test predictions (external, pre-training)."
    testUncertainty: TestUncertainty
    tags: [String!]!
    notes: String!
    createdBy: User!
    createdAt: DateTime!
    startedAt: DateTime
    finishedAt: DateTime
    cancelRequested: Boolean!
    "Training runs of all teams the queue hands out before this one (the team with the fewest runs first); null unless queued."
    runsAheadInQueue: Int
    "Why a run that has not started waits, when it is not only its place in the queue: its base model still pre-trains, or its team trains as many runs at once as it may while other teams wait."
    waitReason: String
    "The run this one retries."
    parent: Run
    metricKeys: [String!]!
    metrics(keys: [String!], maxPoints: Int = 1000, fromStep: Float, toStep: Float, withWallTime: Boolean = false): [MetricSeries!]!
    artifacts: [RunArtifact!]!
    noisyExamples: [NoisyExample!]!
    "The likeliest label errors by the preferred ranking (see labelErrors; download every example as CSV from /api/runs/{id}/suspected-label-errors)."
    suspectedLabelErrors(first: Int = 50): [SuspectedLabelError!]!
    "Suspected label errors by a ranking (default: the preferred one), with each ranking's detection F1; null before the first epoch."
    labelErrors(first: Int = 50, ranking: LabelErrorRanking): LabelErrorReport
    "What the engine said about the run, oldest first: the newest \`last\` lines, or those after line \`after\` (to tail it)."
    logs(after: ID, last: Int = 200): [RunLogLine!]!
  }
  type KeyValue {
    key: String!
    value: String!
  }

  "A team's project of runs logged through the MLflow-compatible tracking API."
  type Experiment {
    "MLflow's experiment id: 0 for the team's Default experiment."
    id: ID!
    name: String!
    createdAt: DateTime!
    tags: [KeyValue!]!
  }
  type ExperimentEdge {
    cursor: String!
    node: Experiment!
  }
  type ExperimentConnection {
    edges: [ExperimentEdge!]!
    nodes: [Experiment!]!
    pageInfo: PageInfo!
  }

  input RegisterRunExamplesInput {
    runId: ID!
    "Unique per run."
    ids: [String!]!
    "The label each example is trained on."
    labels: [String!]!
    "The truth where known (null where not); an example whose truth differs from its label is noisy."
    trueLabels: [String]
    texts: [String]
    "The class order of predictions; fixed by the run's first registration."
    classes: [String!]
  }
  type RegisterRunExamplesPayload {
    registered: Int!
    total: Int!
    noisy: Int!
    classes: [String!]!
  }

  input LogRunExampleEpochInput {
    runId: ID!
    epoch: Int!
    "One loss per registered example, in registration order: base64 of little-endian float32s."
    losses: String!
    "One class index per registered example: base64 of little-endian int32s."
    predictions: String!
  }
  type LogRunExampleEpochPayload {
    epoch: Int!
    examples: Int!
    "Null for a run without noisy examples."
    memorizedFraction: Float
    recoveredFraction: Float
    detectionF1: Float
  }

  type RunLogLine {
    id: ID!
    at: DateTime!
    "Which start of the run wrote it: a run resumed after a worker died has attempts 1, 2, …"
    attempt: Int!
    level: String!
    message: String!
  }
  type RunEdge {
    cursor: String!
    node: Run!
  }
  type RunConnection {
    edges: [RunEdge!]!
    nodes: [Run!]!
    pageInfo: PageInfo!
  }

  input RunFilter {
    kind: String
    "An experiment of the tracking API (its MLflow id; 0 is Default)."
    experimentId: ID
    status: RunStatus
    tag: String
    datasetId: ID
    "The user who launched the runs."
    createdBy: ID
    "Created at or after."
    createdAfter: DateTime
    "Created before."
    createdBefore: DateTime
    "Words each found in the run's name, a tag or its config (keys and values), in any case."
    search: String
  }

  enum RunOrderField {
    CREATED_AT
    NAME
    KIND
    "In the order a run goes through them: queued, waiting, running, succeeded, failed, canceled."
    STATUS
    "A summary value (orderBy.metric, e.g. test/f1); runs without it come last."
    METRIC
    "A config field (orderBy.configField, e.g. lr): numbers by value, text alphabetically; runs without it come last."
    CONFIG
  }

  enum SortDirection {
    ASC
    DESC
  }

  input RunOrder {
    field: RunOrderField!
    direction: SortDirection! = DESC
    "The summary key a METRIC sort reads."
    metric: String
    "The config field a CONFIG sort reads."
    configField: String
  }

  extend type Query {
    "Newest first, or in orderBy's order (ties by id)."
    runs(first: Int, after: String, filter: RunFilter, orderBy: RunOrder): RunConnection!
    run(id: ID!): Run!
    "These runs, in this order; for a comparison."
    runsByIds(ids: [ID!]!): [Run!]!
    runKinds: [RunKind!]!
    "The team's tracking API experiments (active ones), oldest first."
    experiments(first: Int, after: String): ExperimentConnection!
    "Curves of many runs at once, for comparisons."
    runMetrics(runIds: [ID!]!, keys: [String!], maxPoints: Int = 1000, withWallTime: Boolean = false): [MetricSeries!]!
  }

  input CreateRunInput {
    name: String
    kind: String!
    datasetVersionId: ID!
    "Validated against the kind; what is left out takes the kind's defaults."
    config: JSON
    seed: Int
    tags: [String!]
    notes: String
  }
  type RunPayload {
    run: Run!
  }
  "What stays editable once a run exists; an absent field is left as it is."
  input UpdateRunInput {
    name: String
    tags: [String!]
    notes: String
  }

  extend type Mutation {
    createRun(input: CreateRunInput!): RunPayload!
    "A queued run stops at once; a running one within a batch."
    cancelRun(id: ID!): RunPayload!
    "Starts a new run with the same settings, linked to this one."
    retryRun(id: ID!): RunPayload!
    "Renames a run or edits its tags and notes (an external run's mlflow.runName and mlflow.note.content follow)."
    updateRun(id: ID!, input: UpdateRunInput!): RunPayload!
    "Registers an external run's training examples (as the tracking API's runs/examples/register)."
    registerRunExamples(input: RegisterRunExamplesInput!): RegisterRunExamplesPayload!
    "One epoch of an external run's per-example losses and predictions (as runs/examples/log-epoch)."
    logRunExampleEpoch(input: LogRunExampleEpochInput!): LogRunExampleEpochPayload!
  }
`;
