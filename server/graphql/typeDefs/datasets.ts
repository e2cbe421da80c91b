export const datasetTypeDefs = /* GraphQL */ `
  enum TaskType {
    TOKEN_CLASSIFICATION
    TEXT_CLASSIFICATION
    TABULAR
    CORPUS
  }

  enum ColumnType {
    NUMERIC
    CATEGORICAL
    TEXT
    IGNORE
    "CoNLL only: the tokens of a sentence."
    TOKENS
    "CoNLL only: one IOB/BIOES tag per token."
    TAGS
  }

  enum DatasetFormat {
    CSV
    TSV
    JSONL
    CONLL
    TEXT
  }

  type DatasetColumn {
    name: String!
    type: ColumnType!
  }

  "What each column is and which one is the label: inferred at upload, confirmed or overridden by the user."
  type DatasetSchema {
    taskType: TaskType!
    columns: [DatasetColumn!]!
    labelColumn: String
  }

  input DatasetColumnInput {
    name: String!
    type: ColumnType!
  }

  input DatasetSchemaInput {
    taskType: TaskType!
    columns: [DatasetColumnInput!]!
    labelColumn: String
  }

  "Fractions add up to 1; the same seed over the same rows gives the same split."
  input SplitInput {
    train: Float = 0.8
    validation: Float = 0.1
    test: Float = 0.1
    seed: Int = 42
  }

  type SplitConfig {
    train: Float!
    validation: Float!
    test: Float!
    seed: Int!
  }

  type SplitCounts {
    train: Int!
    validation: Int!
    test: Int!
  }

  type ValueCount {
    value: String!
    count: Int!
  }

  type ColumnStats {
    name: String!
    type: ColumnType!
    missing: Int!
    "Exact up to 10,000; beyond that distinctCapped is true and this is a lower bound."
    distinct: Int!
    distinctCapped: Boolean!
    min: Float
    max: Float
    mean: Float
    "The most frequent values of a non-numeric column."
    top: [ValueCount!]
  }

  type TokenStats {
    count: Int!
    tagScheme: String!
    "Mentions per entity type."
    entities: [ValueCount!]!
  }

  "A file parsed and stored, waiting for its schema to be confirmed (kept a day unless a version uses it)."
  type DatasetUpload {
    id: ID!
    filename: String!
    format: DatasetFormat!
    compressed: Boolean!
    bytes: Float!
    rowCount: Int!
    columns: [String!]!
    inferredSchema: DatasetSchema!
    "The first rows, keyed by column name."
    preview: [JSON!]!
    createdAt: DateTime!
  }

  "Immutable: a confirmed schema and a seeded split over one upload, with their statistics."
  type DatasetVersion {
    id: ID!
    number: Int!
    dataset: Dataset!
    taskType: TaskType!
    schema: DatasetSchema!
    filename: String!
    format: DatasetFormat!
    bytes: Float!
    rowCount: Int!
    "Class counts; for token classification, entity mentions per type."
    labelDistribution: [ValueCount!]!
    columnStats: [ColumnStats!]!
    tokenStats: TokenStats
    splitConfig: SplitConfig!
    splitCounts: SplitCounts!
    preview: [JSON!]!
    "GET it with the same credentials as the API to download the original file."
    downloadUrl: String!
    note: String!
    createdBy: User!
    createdAt: DateTime!
  }

  type Dataset {
    id: ID!
    name: String!
    description: String!
    archived: Boolean!
    createdBy: User!
    createdAt: DateTime!
    updatedAt: DateTime!
    latestVersion: DatasetVersion!
    "Newest first."
    versions: [DatasetVersion!]!
  }
  type DatasetEdge {
    cursor: String!
    node: Dataset!
  }
  type DatasetConnection {
    edges: [DatasetEdge!]!
    nodes: [Dataset!]!
    pageInfo: PageInfo!
  }

  "A demo dataset any team can add: generated deterministically or shipped with Phaselab."
  type DatasetSample {
    key: String!
    name: String!
    description: String!
    taskType: TaskType!
    paradigm: String!
  }

  extend type Query {
    "Most recently changed first."
    datasets(first: Int, after: String, includeArchived: Boolean = false, search: String): DatasetConnection!
    dataset(id: ID!): Dataset!
    datasetVersion(id: ID!): DatasetVersion!
    datasetUpload(id: ID!): DatasetUpload!
    datasetSamples: [DatasetSample!]!
  }

  input CreateDatasetInput {
    name: String!
    description: String
    "From POST /api/datasets/uploads."
    uploadId: ID!
    "Defaults to the inferred schema."
    schema: DatasetSchemaInput
    split: SplitInput
    note: String
  }
  type CreateDatasetPayload {
    dataset: Dataset!
  }

  "Give a new uploadId for new data; leave it out to re-cut the latest upload with another schema or split."
  input CreateDatasetVersionInput {
    datasetId: ID!
    uploadId: ID
    schema: DatasetSchemaInput
    split: SplitInput
    note: String
  }
  type CreateDatasetVersionPayload {
    version: DatasetVersion!
  }

  input RowLabel {
    "The row's position in the version (0-based), as run results and review queues give it."
    row: Int!
    label: String!
  }

  input RelabelRowsInput {
    datasetVersionId: ID!
    rows: [RowLabel!]!
    note: String
  }

  input RenameDatasetInput {
    id: ID!
    name: String!
    description: String
  }
  type DatasetPayload {
    dataset: Dataset!
  }
  type DeleteDatasetPayload {
    deletedId: ID!
  }

  extend type Mutation {
    createDataset(input: CreateDatasetInput!): CreateDatasetPayload!
    createDatasetVersion(input: CreateDatasetVersionInput!): CreateDatasetVersionPayload!
    "Corrects rows' labels: a new version over a copy of the rows, schema and split kept; the old version stays."
    relabelRows(input: RelabelRowsInput!): CreateDatasetVersionPayload!
    renameDataset(input: RenameDatasetInput!): DatasetPayload!
    archiveDataset(id: ID!): DatasetPayload!
    unarchiveDataset(id: ID!): DatasetPayload!
    "Admins only. Refused for a dataset that runs used: archive it instead."
    deleteDataset(id: ID!): DeleteDatasetPayload!
    "Adds one of the datasetSamples to the team."
    createSampleDataset(key: String!): DatasetPayload!
  }
`;
