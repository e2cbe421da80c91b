/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AnnotationKind =
  | 'BAND'
  | 'MARKER';

export type ChangeMemberRoleInput = {
  role: Role;
  userId: string | number;
};

export type ColumnType =
  | 'CATEGORICAL'
  | 'IGNORE'
  | 'NUMERIC'
  /** CoNLL only: one IOB/BIOES tag per token. */
  | 'TAGS'
  | 'TEXT'
  /** CoNLL only: the tokens of a sentence. */
  | 'TOKENS';

export type ComparisonInput = {
  groupId?: string | number | null | undefined;
  metrics: Array<string>;
  name: string;
  note?: string | null | undefined;
  runIds?: Array<string | number> | null | undefined;
  settings?: Record<string, unknown> | null | undefined;
};

export type CreateApiTokenInput = {
  name: string;
  role: Role;
};

export type CreateDatasetInput = {
  description?: string | null | undefined;
  name: string;
  note?: string | null | undefined;
  /** Defaults to the inferred schema. */
  schema?: DatasetSchemaInput | null | undefined;
  split?: SplitInput | null | undefined;
  /** From POST /api/datasets/uploads. */
  uploadId: string | number;
};

/** Give a new uploadId for new data; leave it out to re-cut the latest upload with another schema or split. */
export type CreateDatasetVersionInput = {
  datasetId: string | number;
  note?: string | null | undefined;
  schema?: DatasetSchemaInput | null | undefined;
  split?: SplitInput | null | undefined;
  uploadId?: string | number | null | undefined;
};

export type CreateInvitationInput = {
  email: string;
  role: Role;
};

export type CreateRunInput = {
  /** Validated against the kind; what is left out takes the kind's defaults. */
  config?: Record<string, unknown> | null | undefined;
  datasetVersionId: string | number;
  kind: string;
  name?: string | null | undefined;
  notes?: string | null | undefined;
  seed?: number | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type CreateTeamInput = {
  name: string;
};

export type DatasetColumnInput = {
  name: string;
  type: ColumnType;
};

export type DatasetFormat =
  | 'CONLL'
  | 'CSV'
  | 'JSONL'
  | 'TEXT'
  | 'TSV';

export type DatasetSchemaInput = {
  columns: Array<DatasetColumnInput>;
  labelColumn?: string | null | undefined;
  taskType: TaskType;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/**
 * How suspected label errors are ranked. EARLY_LOSS: mean training loss over the epochs before the memorization phase
 * (all epochs without one). AUM: area under the margin (Pleiss et al., 2020): the mean over epochs of the given label's
 * probability minus the highest other's, lowest first. LAST_LOSS: loss at the latest epoch.
 */
export type LabelErrorRanking =
  | 'AUM'
  | 'EARLY_LOSS'
  | 'LAST_LOSS';

export type LaunchSweepInput = {
  axes: Array<SweepAxisInput>;
  /** The base config; each run sets the axes' fields on it. */
  config?: Record<string, unknown> | null | undefined;
  datasetVersionId: string | number;
  kind: string;
  name?: string | null | undefined;
  /** The seed of every run, unless seed is an axis. */
  seed?: number | null | undefined;
};

export type PhaseDetectionStatus =
  | 'DETECTED'
  | 'INSUFFICIENT_DATA';

/** Detector parameters; what is left out keeps the run's current ones, else the defaults. */
export type PhaseDetectorParams = {
  gapRise?: number | null | undefined;
  memorizationRise?: number | null | undefined;
  memorizationSlope?: number | null | undefined;
  minEpochs?: number | null | undefined;
  minSettling?: number | null | undefined;
  plateauSlope?: number | null | undefined;
};

export type PhaseName =
  | 'FITTING'
  | 'MEMORIZATION'
  | 'SETTLING';

export type PredictionStatus =
  | 'DONE'
  | 'FAILED'
  | 'PENDING';

export type RelabelRowsInput = {
  datasetVersionId: string | number;
  note?: string | null | undefined;
  rows: Array<RowLabel>;
};

export type RenameDatasetInput = {
  description?: string | null | undefined;
  id: string | number;
  name: string;
};

export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER'
  | 'VIEWER';

export type RowLabel = {
  label: string;
  /** The row's position in the version (0-based), as run results and review queues give it. */
  row: number;
};

/** Only the fields given change. */
export type RuleChanges = {
  class?: string | null | undefined;
  enabled?: boolean | null | undefined;
  field?: string | null | undefined;
  kind?: RuleKind | null | undefined;
  note?: string | null | undefined;
  pattern?: string | null | undefined;
  priority?: number | null | undefined;
};

export type RuleFormat =
  | 'CSV'
  | 'JSON';

export type RuleInput = {
  class: string;
  enabled?: boolean | null | undefined;
  field: string;
  kind: RuleKind;
  note?: string | null | undefined;
  pattern: string;
  priority?: number | null | undefined;
};

export type RuleKind =
  | 'BLACKLIST'
  | 'WHITELIST';

export type RuleSetInput = {
  description?: string | null | undefined;
  name: string;
};

export type RuleTestInput = {
  /** Without one, matches are counted but not scored. */
  class?: string | null | undefined;
  datasetVersionId: string | number;
  field: string;
  kind: RuleKind;
  pattern: string;
  samples?: number | null | undefined;
};

export type RunAnnotationInput = {
  /** #rrggbb; amber when left out. */
  colour?: string | null | undefined;
  end?: number | null | undefined;
  kind: AnnotationKind;
  label: string;
  note?: string | null | undefined;
  /** Set on a band that corrects the detector's boundaries of this phase. */
  phase?: PhaseName | null | undefined;
  start: number;
};

export type RunColumnInput = {
  key: string;
  source: RunColumnSource;
};

export type RunColumnSource =
  /** The metric's best value over its whole curve: the lowest for losses and errors, else the highest. */
  | 'BEST'
  /** A config field. */
  | 'CONFIG'
  /** The metric's final value (the run's summary). */
  | 'SUMMARY';

export type RunFilter = {
  /** Created at or after. */
  createdAfter?: string | null | undefined;
  /** Created before. */
  createdBefore?: string | null | undefined;
  /** The user who launched the runs. */
  createdBy?: string | number | null | undefined;
  datasetId?: string | number | null | undefined;
  /** An experiment of the tracking API (its MLflow id; 0 is Default). */
  experimentId?: string | number | null | undefined;
  kind?: string | null | undefined;
  /** Words each found in the run's name, a tag or its config (keys and values), in any case. */
  search?: string | null | undefined;
  status?: RunStatus | null | undefined;
  tag?: string | null | undefined;
};

export type RunOrder = {
  /** The config field a CONFIG sort reads. */
  configField?: string | null | undefined;
  direction?: SortDirection;
  field: RunOrderField;
  /** The summary key a METRIC sort reads. */
  metric?: string | null | undefined;
};

export type RunOrderField =
  /** A config field (orderBy.configField, e.g. lr): numbers by value, text alphabetically; runs without it come last. */
  | 'CONFIG'
  | 'CREATED_AT'
  | 'KIND'
  /** A summary value (orderBy.metric, e.g. test/f1); runs without it come last. */
  | 'METRIC'
  | 'NAME'
  /** In the order a run goes through them: queued, waiting, running, succeeded, failed, canceled. */
  | 'STATUS';

export type RunStatus =
  | 'CANCELED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED'
  /** Waits for something else to end first (a fine-tuning run's base model), holding no worker and no queue place. */
  | 'WAITING';

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Fractions add up to 1; the same seed over the same rows gives the same split. */
export type SplitInput = {
  seed?: number | null | undefined;
  test?: number | null | undefined;
  train?: number | null | undefined;
  validation?: number | null | undefined;
};

/** One varied field of a sweep: a config path such as noise.rate (or seed) and its values. */
export type SweepAxisInput = {
  field: string;
  values: Array<unknown>;
};

export type TaskType =
  | 'CORPUS'
  | 'TABULAR'
  | 'TEXT_CLASSIFICATION'
  | 'TOKEN_CLASSIFICATION';

/** What stays editable once a run exists; an absent field is left as it is. */
export type UpdateRunInput = {
  name?: string | null | undefined;
  notes?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type UpdateTeamInput = {
  name: string;
};

export type Verdict =
  /** An interval crosses zero, or fewer than two seeds finished for a pair. */
  | 'INCONCLUSIVE'
  /** A difference's interval lies below zero: the other configuration is clearly better. */
  | 'NOT_SUPPORTED'
  /** Every difference's interval lies above zero. */
  | 'SUPPORTED';

export type WorkerStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerStatusQuery = { workerStatus: { online: number, workers: Array<{ id: string, name: string, concurrency: number, online: boolean, lastSeenAt: string }> } };

export type RequestHealthCheckMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestHealthCheckMutation = { requestHealthCheck: { healthCheck: { id: string } } };

export type HealthCheckQueryVariables = Exact<{
  id: string | number;
}>;


export type HealthCheckQuery = { healthCheck: { id: string, answeredAt: string | null, roundTripMs: number | null, worker: { name: string, host: string | null, pid: number | null } | null } };

export type SeriesColumnsFragment = { runId: string, key: string, steps: Array<number>, epochs: Array<number>, values: Array<number>, wallTimes: Array<number | null> | null };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { invitations: { nodes: Array<{ id: string, email: string, role: Role, status: InvitationStatus, createdAt: string, expiresAt: string, invitedBy: { email: string } }> } };

export type CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type CreateInvitationMutation = { createInvitation: { inviteUrl: string, invitation: { id: string, email: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, status: InvitationStatus } } };

export type MembersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type MembersQuery = { members: { nodes: Array<{ role: Role, joinedAt: string, user: { id: string, email: string, name: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { member: { role: Role } } };

export type RemoveMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: { removedUserId: string } };

export type LeaveTeamMutationVariables = Exact<{ [key: string]: never; }>;


export type LeaveTeamMutation = { leaveTeam: { teamId: string } };

export type UpdateTeamMutationVariables = Exact<{
  input: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { team: { id: string, name: string } } };

export type ActiveTeamQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveTeamQuery = { team: { id: string, slug: string, name: string, viewerRole: Role, permissions: Array<string> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { user: { id: string, email: string, name: string | null }, memberships: Array<{ role: Role, team: { id: string, slug: string, name: string } }> } | null };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitation: { teamName: string, invitedByName: string, email: string, role: Role, expiresAt: string } };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { team: { slug: string } } };

export type SharedComparisonQueryVariables = Exact<{
  token: string;
}>;


export type SharedComparisonQuery = { sharedComparison: { name: string, note: string, metrics: Array<string>, settings: Record<string, unknown>, updatedAt: string, runs: Array<{ id: string, name: string, kind: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown>, testUncertainty: { intervals: Array<{ key: string, low: number, high: number }> } | null, phases: Array<{ phase: PhaseName, start: number, end: number }>, marks: Array<{ kind: AnnotationKind, label: string, start: number, end: number | null, colour: string }> }>, series: Array<{ runId: string, key: string, steps: Array<number>, epochs: Array<number>, values: Array<number>, wallTimes: Array<number | null> | null }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
  next?: string | null | undefined;
}>;


export type SignUpMutation = { signUp: { email: string } };

export type SavedComparisonQueryVariables = Exact<{
  id: string | number;
}>;


export type SavedComparisonQuery = { comparison: { id: string, name: string, note: string, metrics: Array<string>, settings: Record<string, unknown>, updatedAt: string, group: { id: string, name: string } | null, runs: Array<{ id: string, name: string, kind: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown>, metricKeys: Array<string>, testUncertainty: { intervals: Array<{ key: string, low: number, high: number }> } | null, phases: Array<{ phase: PhaseName, start: number, end: number }>, annotations: Array<{ kind: AnnotationKind, label: string, start: number, end: number | null, colour: string }> }>, series: Array<{ runId: string, key: string, steps: Array<number>, epochs: Array<number>, values: Array<number>, wallTimes: Array<number | null> | null }> | null, createdBy: { name: string | null }, shareLinks: Array<{ id: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, active: boolean, createdBy: { name: string | null } }> } };

export type UpdateComparisonMutationVariables = Exact<{
  id: string | number;
  input: ComparisonInput;
}>;


export type UpdateComparisonMutation = { updateComparison: { comparison: { id: string } } };

export type DeleteComparisonMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteComparisonMutation = { deleteComparison: { deletedId: string } };

export type CreateShareLinkMutationVariables = Exact<{
  id: string | number;
  expiresAt?: string | null | undefined;
}>;


export type CreateShareLinkMutation = { createShareLink: { path: string } };

export type RevokeShareLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeShareLinkMutation = { revokeShareLink: { shareLink: { id: string } } };

export type CompareRunsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type CompareRunsQuery = { runsByIds: Array<{ id: string, name: string, kind: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown>, metricKeys: Array<string>, testUncertainty: { intervals: Array<{ key: string, low: number, high: number }> } | null, phases: Array<{ phase: PhaseName, start: number, end: number }>, annotations: Array<{ kind: AnnotationKind, label: string, start: number, end: number | null, colour: string }> }> };

export type CompareGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type CompareGroupQuery = { runGroup: { id: string, name: string, runs: Array<{ id: string, name: string, kind: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown>, metricKeys: Array<string>, testUncertainty: { intervals: Array<{ key: string, low: number, high: number }> } | null, phases: Array<{ phase: PhaseName, start: number, end: number }>, annotations: Array<{ kind: AnnotationKind, label: string, start: number, end: number | null, colour: string }> }> } };

export type CompareRunFieldsFragment = { id: string, name: string, kind: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown>, metricKeys: Array<string>, testUncertainty: { intervals: Array<{ key: string, low: number, high: number }> } | null, phases: Array<{ phase: PhaseName, start: number, end: number }>, annotations: Array<{ kind: AnnotationKind, label: string, start: number, end: number | null, colour: string }> };

export type CompareMetricsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  keys?: Array<string> | string | null | undefined;
  maxPoints: number;
  withWallTime: boolean;
}>;


export type CompareMetricsQuery = { runMetrics: Array<{ runId: string, key: string, steps: Array<number>, epochs: Array<number>, values: Array<number>, wallTimes?: Array<number | null> | null }> };

export type SaveComparisonMutationVariables = Exact<{
  input: ComparisonInput;
}>;


export type SaveComparisonMutation = { saveComparison: { comparison: { id: string } } };

export type DatasetQueryVariables = Exact<{
  id: string | number;
}>;


export type DatasetQuery = { dataset: { id: string, name: string, description: string, archived: boolean, versions: Array<{ id: string, number: number, taskType: TaskType, filename: string, bytes: number, rowCount: number, note: string, createdAt: string, downloadUrl: string, preview: Array<Record<string, unknown>>, schema: { labelColumn: string | null, columns: Array<{ name: string, type: ColumnType }> }, splitConfig: { train: number, validation: number, test: number, seed: number }, splitCounts: { train: number, validation: number, test: number }, labelDistribution: Array<{ value: string, count: number }>, tokenStats: { count: number, tagScheme: string } | null, columnStats: Array<{ name: string, type: ColumnType, missing: number, distinct: number, distinctCapped: boolean, min: number | null, max: number | null, mean: number | null, top: Array<{ value: string, count: number }> | null }> }> } };

export type RenameDatasetMutationVariables = Exact<{
  input: RenameDatasetInput;
}>;


export type RenameDatasetMutation = { renameDataset: { dataset: { id: string, name: string } } };

export type ArchiveDatasetMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveDatasetMutation = { archiveDataset: { dataset: { id: string, archived: boolean } } };

export type UnarchiveDatasetMutationVariables = Exact<{
  id: string | number;
}>;


export type UnarchiveDatasetMutation = { unarchiveDataset: { dataset: { id: string, archived: boolean } } };

export type DeleteDatasetMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteDatasetMutation = { deleteDataset: { deletedId: string } };

export type DatasetSamplesQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetSamplesQuery = { datasetSamples: Array<{ key: string, name: string, description: string, taskType: TaskType, paradigm: string }> };

export type CreateSampleDatasetMutationVariables = Exact<{
  key: string;
}>;


export type CreateSampleDatasetMutation = { createSampleDataset: { dataset: { id: string } } };

export type DatasetUploadQueryVariables = Exact<{
  id: string | number;
}>;


export type DatasetUploadQuery = { datasetUpload: { id: string, filename: string, format: DatasetFormat, bytes: number, rowCount: number, columns: Array<string>, preview: Array<Record<string, unknown>>, inferredSchema: { taskType: TaskType, labelColumn: string | null, columns: Array<{ name: string, type: ColumnType }> } } };

export type CreateDatasetMutationVariables = Exact<{
  input: CreateDatasetInput;
}>;


export type CreateDatasetMutation = { createDataset: { dataset: { id: string } } };

export type CreateDatasetVersionMutationVariables = Exact<{
  input: CreateDatasetVersionInput;
}>;


export type CreateDatasetVersionMutation = { createDatasetVersion: { version: { id: string, number: number } } };

export type DatasetNameQueryVariables = Exact<{
  id: string | number;
}>;


export type DatasetNameQuery = { dataset: { id: string, name: string } };

export type DatasetsQueryVariables = Exact<{
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
  search?: string | null | undefined;
}>;


export type DatasetsQuery = { datasets: { nodes: Array<{ id: string, name: string, archived: boolean, updatedAt: string, latestVersion: { id: string, number: number, taskType: TaskType, rowCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type FindingsQuery = { findings: Array<{ claim: string, scoreKey: string, claimed: string, verdict: Verdict, group: { id: string, name: string, createdAt: string, runs: Array<{ id: string, status: RunStatus }> }, differences: Array<{ versus: string, mean: number | null, low: number | null, high: number | null, seeds: number }>, scores: Array<{ configuration: string, seed: number, value: number }>, phases: { claim: string, verdict: Verdict, runs: Array<{ configuration: string, seed: number, phases: Array<string> }> } | null }> };

export type BaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type BaseModelsQuery = { baseModels: Array<{ id: string, name: string, status: RunStatus, preset: string, layers: number, hidden: number, heads: number, maxLength: number, vocabularySize: number, mlmAccuracy: number | null, createdAt: string, corpus: { id: string, number: number, dataset: { id: string, name: string } } }> };

export type TokenizeWithBaseModelsQueryVariables = Exact<{
  text: string;
}>;


export type TokenizeWithBaseModelsQuery = { baseModels: Array<{ id: string, tokenize: Array<string> }> };

export type TeamHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamHomeQuery = { running: { nodes: Array<{ id: string, name: string, progress: number, epochsDone: number, epochs: number }> }, recent: { nodes: Array<{ id: string, name: string, status: RunStatus, createdAt: string }> }, comparisons: Array<{ id: string, name: string, updatedAt: string, createdBy: { name: string | null } }> };

export type TeamActivityQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamActivityQuery = { auditEvents: { nodes: Array<{ id: string, action: string, createdAt: string, actor: { name: string | null } | null }> } };

export type RuleSetQueryVariables = Exact<{
  id: string | number;
}>;


export type RuleSetQuery = { ruleSet: { id: string, name: string, description: string, rules: Array<{ id: string, kind: RuleKind, field: string, pattern: string, class: string, priority: number, enabled: boolean, note: string, author: { name: string | null } }>, history: Array<{ id: string, action: string, createdAt: string, before: unknown, after: unknown, actor: { name: string | null } | null }> } };

export type RuleDatasetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleDatasetsQuery = { datasets: { nodes: Array<{ id: string, name: string, latestVersion: { id: string, number: number, taskType: TaskType, schema: { columns: Array<{ name: string }> } } }> } };

export type ToggleRuleMutationVariables = Exact<{
  id: string | number;
  input: RuleChanges;
}>;


export type ToggleRuleMutation = { updateRule: { rule: { id: string } } };

export type DeleteRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRuleMutation = { deleteRule: { deletedId: string } };

export type ExportRulesQueryVariables = Exact<{
  id: string | number;
  format: RuleFormat;
}>;


export type ExportRulesQuery = { ruleSet: { id: string, export: string } };

export type ImportRulesMutationVariables = Exact<{
  id: string | number;
  format: RuleFormat;
  text: string;
  replace?: boolean | null | undefined;
}>;


export type ImportRulesMutation = { importRules: { rules: Array<{ id: string }> } };

export type RuleSetAnalysisQueryVariables = Exact<{
  id: string | number;
  versionId: string | number;
}>;


export type RuleSetAnalysisQuery = { ruleSet: { id: string, analysis: { rows: number, coverage: number, overlaps: number, conflicts: number, rules: Array<{ matches: number, coverage: number, overlaps: number, conflicts: number, correct: number, incorrect: number, accuracy: number | null, rule: { id: string, kind: RuleKind, pattern: string, class: string } }> } } };

export type TestRuleQueryVariables = Exact<{
  input: RuleTestInput;
}>;


export type TestRuleQuery = { testRule: { rows: number, totalRows: number, matches: number, labeled: number, correct: number, precision: number | null, milliseconds: number, samples: Array<{ row: number, text: string, label: string | null, start: number, end: number }> } };

export type CreateRuleMutationVariables = Exact<{
  ruleSetId: string | number;
  input: RuleInput;
}>;


export type CreateRuleMutation = { createRule: { rule: { id: string } } };

export type RuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleSetsQuery = { ruleSets: Array<{ id: string, name: string, description: string, updatedAt: string, rules: Array<{ id: string, enabled: boolean }> }> };

export type CreateRuleSetMutationVariables = Exact<{
  input: RuleSetInput;
}>;


export type CreateRuleSetMutation = { createRuleSet: { ruleSet: { id: string } } };

export type RunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunQuery = { run: { id: string, name: string, kind: string, status: RunStatus, progress: number, epochsDone: number, epochs: number, seed: number, config: Record<string, unknown>, summary: Record<string, unknown>, backend: string | null, workerHost: string | null, error: string | null, errorStack: string | null, cancelRequested: boolean, runsAheadInQueue: number | null, waitReason: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, tags: Array<string>, notes: string, testUncertainty: { items: number, smallestClass: string | null, smallestClassItems: number | null, intervals: Array<{ key: string, low: number, high: number }> } | null, parent: { id: string, name: string } | null, baseModel: { id: string, name: string } | null, datasetVersion: { number: number, taskType: TaskType, dataset: { id: string, name: string } } | null, experiment: { id: string, name: string } | null, keyTags: Array<{ key: string, value: string }>, metrics: Array<{ key: string, points: Array<{ epoch: number, value: number }> }>, logs: Array<{ id: string, at: string, attempt: number, level: string, message: string }>, phases: Array<{ phase: PhaseName, start: number, end: number, confidence: number, correction: { id: string, author: { name: string | null, email: string } } | null }>, phaseDetection: { status: PhaseDetectionStatus, final: boolean, version: string, explanation: string, params: Record<string, unknown> } | null, annotations: Array<{ id: string, kind: AnnotationKind, label: string, start: number, end: number | null, colour: string, note: string, phase: PhaseName | null, editable: boolean, author: { name: string | null, email: string } }> } };

export type RunEpochDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RunEpochDetailsQuery = { run: { id: string, artifacts: Array<{ name: string, epoch: number, bytes: number }>, noisyExamples: Array<{ firstMemorizedEpoch: number | null }> } };

export type CancelRunMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelRunMutation = { cancelRun: { run: { id: string, status: RunStatus } } };

export type RetryRunMutationVariables = Exact<{
  id: string | number;
}>;


export type RetryRunMutation = { retryRun: { run: { id: string } } };

export type CreateRunAnnotationMutationVariables = Exact<{
  runId: string | number;
  input: RunAnnotationInput;
}>;


export type CreateRunAnnotationMutation = { createRunAnnotation: { annotation: { id: string } } };

export type UpdateRunAnnotationMutationVariables = Exact<{
  id: string | number;
  input: RunAnnotationInput;
}>;


export type UpdateRunAnnotationMutation = { updateRunAnnotation: { annotation: { id: string } } };

export type DeleteRunAnnotationMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRunAnnotationMutation = { deleteRunAnnotation: { deletedId: string } };

export type RunExplanationQueryVariables = Exact<{
  id: string | number;
}>;


export type RunExplanationQuery = { run: { id: string, explanation: { embeddingColumns: Array<string>, crossWeights: Array<{ feature: string, class: string, weight: number }> } | null } };

export type EmbeddingNeighboursQueryVariables = Exact<{
  id: string | number;
  column: string;
  value: string;
}>;


export type EmbeddingNeighboursQuery = { run: { id: string, embeddingNeighbours: Array<{ value: string, similarity: number }> } };

export type RunGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type RunGroupQuery = { run: { id: string, group: { id: string, name: string, kind: string, varies: string, scoreKeys: Array<string>, configurations: Array<{ label: string, runs: Array<{ id: string, name: string, seed: number, status: RunStatus }>, scores: Array<{ key: string, mean: number, low: number | null, high: number | null, n: number, best: boolean }> }>, runs: Array<{ id: string, status: RunStatus, config: Record<string, unknown>, summary: Record<string, unknown> }> } | null } };

export type HybridReportQueryVariables = Exact<{
  id: string | number;
}>;


export type HybridReportQuery = { run: { id: string, config: Record<string, unknown>, datasetVersion: { id: string, number: number } | null, hybridReport: { mode: string, combiner: string, items: number, rulesFixed: number | null, rulesBroke: number | null, weakLabels: number, textField: string | null, released: { precision: number, recall: number, f1: number, macroF1: number, coverage: number, coverageByRules: number, coverageByModel: number, review: number }, ungated: { precision: number, macroF1: number, coverage: number }, modelOnly: { precision: number, macroF1: number } | null, curve: Array<{ coverage: number, precision: number, threshold: number }>, classes: Array<{ name: string, precision: number, recall: number, f1: number, support: number, validationPrecision: number, released: boolean }> } | null, reviewQueue: Array<{ row: number, text: string, label: string, ruleClass: string | null, modelClass: string | null, modelConfidence: number | null, decision: string | null, reason: string }> } };

export type RelabelReviewedMutationVariables = Exact<{
  input: RelabelRowsInput;
}>;


export type RelabelReviewedMutation = { relabelRows: { version: { number: number } } };

export type RunLabelErrorsQueryVariables = Exact<{
  id: string | number;
  ranking?: LabelErrorRanking | null | undefined;
}>;


export type RunLabelErrorsQuery = { run: { id: string, labelErrors: { ranking: LabelErrorRanking, earlyEpochsFrom: number, earlyEpochsThrough: number, rankings: Array<{ ranking: LabelErrorRanking, available: boolean, detectionF1: number | null, preferred: boolean }>, examples: Array<{ row: number, line: number, text: string, givenLabel: string, predictedLabel: string, score: number, injected: boolean | null }> } | null } };

export type DetectPhasesMutationVariables = Exact<{
  runId: string | number;
  params?: PhaseDetectorParams | null | undefined;
}>;


export type DetectPhasesMutation = { detectPhases: { run: { id: string } } };

export type PredictColumnsQueryVariables = Exact<{
  id: string | number;
}>;


export type PredictColumnsQuery = { run: { id: string, datasetVersion: { id: string, schema: { labelColumn: string | null, columns: Array<{ name: string, type: ColumnType }> } } | null } };

export type RequestPredictionsMutationVariables = Exact<{
  runId: string | number;
  rows: Array<Record<string, unknown>> | Record<string, unknown>;
}>;


export type RequestPredictionsMutation = { requestPredictions: { prediction: { id: string } } };

export type PredictionQueryVariables = Exact<{
  id: string | number;
}>;


export type PredictionQuery = { prediction: { id: string, status: PredictionStatus, error: string | null, requestedAt: string, results: Array<{ row: Record<string, unknown>, label: string, probabilities: Array<{ class: string, probability: number }> | null }> | null } };

export type RunListColumnsQueryVariables = Exact<{ [key: string]: never; }>;


export type RunListColumnsQuery = { runListColumns: Array<{ source: RunColumnSource, key: string }>, runColumnChoices: { metrics: Array<string>, configFields: Array<string> } };

export type SetRunListColumnsMutationVariables = Exact<{
  columns: Array<RunColumnInput> | RunColumnInput;
}>;


export type SetRunListColumnsMutation = { setRunListColumns: Array<{ source: RunColumnSource, key: string }> };

export type UpdateRunMutationVariables = Exact<{
  id: string | number;
  input: UpdateRunInput;
}>;


export type UpdateRunMutation = { updateRun: { run: { id: string, name: string, tags: Array<string>, notes: string } } };

export type NewRunRuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewRunRuleSetsQuery = { ruleSets: Array<{ id: string, name: string, rules: Array<{ id: string, enabled: boolean }> }> };

export type NewRunBaseModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type NewRunBaseModelsQuery = { baseModels: Array<{ id: string, name: string, status: RunStatus, preset: string, maxLength: number }> };

export type NewRunChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type NewRunChoicesQuery = { runKinds: Array<{ launchable: boolean, kind: string, label: string, description: string, taskTypes: Array<TaskType>, defaultConfig: Record<string, unknown> }>, datasets: { nodes: Array<{ id: string, name: string, latestVersion: { id: string, number: number, taskType: TaskType, rowCount: number } }> } };

export type NewRunVersionColumnsQueryVariables = Exact<{
  id: string | number;
}>;


export type NewRunVersionColumnsQuery = { datasetVersion: { id: string, schema: { labelColumn: string | null }, columnStats: Array<{ name: string, type: ColumnType, distinct: number }> } };

export type LaunchAblationMutationVariables = Exact<{
  input: CreateRunInput;
  seeds?: number | null | undefined;
}>;


export type LaunchAblationMutation = { launchAblation: { group: { runs: Array<{ id: string }> } } };

export type CreateRunMutationVariables = Exact<{
  input: CreateRunInput;
}>;


export type CreateRunMutation = { createRun: { run: { id: string } } };

export type RunsQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: RunFilter | null | undefined;
  orderBy?: RunOrder | null | undefined;
  bestKeys: Array<string> | string;
}>;


export type RunsQuery = { runs: { nodes: Array<{ id: string, name: string, kind: string, status: RunStatus, progress: number, epochsDone: number, epochs: number, runsAheadInQueue: number | null, waitReason: string | null, tags: Array<string>, createdAt: string, summary: Record<string, unknown>, config: Record<string, unknown>, bestValues: Array<{ key: string, value: number }>, datasetVersion: { number: number, dataset: { name: string } } | null, experiment: { name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RunFilterChoicesQuery = { runKinds: Array<{ kind: string, label: string }>, experiments: { nodes: Array<{ id: string, name: string }> }, datasets: { nodes: Array<{ id: string, name: string }> }, members: { nodes: Array<{ user: { id: string, name: string | null } }> } };

export type SweepChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SweepChoicesQuery = { runKinds: Array<{ launchable: boolean, kind: string, label: string, taskTypes: Array<TaskType>, defaultConfig: Record<string, unknown> }>, datasets: { nodes: Array<{ id: string, name: string, latestVersion: { id: string, number: number, taskType: TaskType } }> } };

export type LaunchSweepMutationVariables = Exact<{
  input: LaunchSweepInput;
}>;


export type LaunchSweepMutation = { launchSweep: { group: { id: string } } };

export type AuditEventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { nodes: Array<{ id: string, action: string, targetType: string, targetId: string | null, actorTokenId: string | null, details: Record<string, unknown>, createdAt: string, actor: { email: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: { nodes: Array<{ id: string, name: string, role: Role, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, createdBy: { email: string } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, apiToken: { id: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, revokedAt: string | null } } };

export type CreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { team: { slug: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SeriesColumnsFragmentDoc = new TypedDocumentString(`
    fragment SeriesColumns on MetricSeries {
  runId
  key
  steps
  epochs
  values
  wallTimes
}
    `, {"fragmentName":"SeriesColumns"}) as unknown as TypedDocumentString<SeriesColumnsFragment, unknown>;
export const CompareRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompareRunFields on Run {
  id
  name
  kind
  status
  config
  summary
  testUncertainty {
    intervals {
      key
      low
      high
    }
  }
  metricKeys
  phases {
    phase
    start
    end
  }
  annotations {
    kind
    label
    start
    end
    colour
  }
}
    `, {"fragmentName":"CompareRunFields"}) as unknown as TypedDocumentString<CompareRunFieldsFragment, unknown>;
export const WorkerStatusDocument = new TypedDocumentString(`
    query WorkerStatus {
  workerStatus {
    online
    workers {
      id
      name
      concurrency
      online
      lastSeenAt
    }
  }
}
    `) as unknown as TypedDocumentString<WorkerStatusQuery, WorkerStatusQueryVariables>;
export const RequestHealthCheckDocument = new TypedDocumentString(`
    mutation RequestHealthCheck {
  requestHealthCheck {
    healthCheck {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequestHealthCheckMutation, RequestHealthCheckMutationVariables>;
export const HealthCheckDocument = new TypedDocumentString(`
    query HealthCheck($id: ID!) {
  healthCheck(id: $id) {
    id
    answeredAt
    roundTripMs
    worker {
      name
      host
      pid
    }
  }
}
    `) as unknown as TypedDocumentString<HealthCheckQuery, HealthCheckQueryVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations(first: 50) {
    nodes {
      id
      email
      role
      status
      createdAt
      expiresAt
      invitedBy {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const CreateInvitationDocument = new TypedDocumentString(`
    mutation CreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    inviteUrl
    invitation {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    invitation {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($after: String) {
  members(first: 100, after: $after) {
    nodes {
      role
      joinedAt
      user {
        id
        email
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const ChangeMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
  changeMemberRole(input: $input) {
    member {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($userId: ID!) {
  removeMember(userId: $userId) {
    removedUserId
  }
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveTeamDocument = new TypedDocumentString(`
    mutation LeaveTeam {
  leaveTeam {
    teamId
  }
}
    `) as unknown as TypedDocumentString<LeaveTeamMutation, LeaveTeamMutationVariables>;
export const UpdateTeamDocument = new TypedDocumentString(`
    mutation UpdateTeam($input: UpdateTeamInput!) {
  updateTeam(input: $input) {
    team {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const ActiveTeamDocument = new TypedDocumentString(`
    query ActiveTeam {
  team {
    id
    slug
    name
    viewerRole
    permissions
  }
}
    `) as unknown as TypedDocumentString<ActiveTeamQuery, ActiveTeamQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    user {
      id
      email
      name
    }
    memberships {
      role
      team {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitation(token: $token) {
    teamName
    invitedByName
    email
    role
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!) {
  acceptInvitation(token: $token) {
    team {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SharedComparisonDocument = new TypedDocumentString(`
    query SharedComparison($token: String!) {
  sharedComparison(token: $token) {
    name
    note
    metrics
    settings
    updatedAt
    runs {
      id
      name
      kind
      status
      config
      summary
      testUncertainty {
        intervals {
          key
          low
          high
        }
      }
      phases {
        phase
        start
        end
      }
      marks {
        kind
        label
        start
        end
        colour
      }
    }
    series(withWallTime: true) {
      ...SeriesColumns
    }
  }
}
    fragment SeriesColumns on MetricSeries {
  runId
  key
  steps
  epochs
  values
  wallTimes
}`) as unknown as TypedDocumentString<SharedComparisonQuery, SharedComparisonQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!, $next: String) {
  signUp(input: $input, next: $next) {
    email
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SavedComparisonDocument = new TypedDocumentString(`
    query SavedComparison($id: ID!) {
  comparison(id: $id) {
    id
    name
    note
    metrics
    settings
    group {
      id
      name
    }
    runs {
      ...CompareRunFields
    }
    series {
      ...SeriesColumns
    }
    createdBy {
      name
    }
    updatedAt
    shareLinks {
      id
      createdAt
      expiresAt
      revokedAt
      active
      createdBy {
        name
      }
    }
  }
}
    fragment SeriesColumns on MetricSeries {
  runId
  key
  steps
  epochs
  values
  wallTimes
}
fragment CompareRunFields on Run {
  id
  name
  kind
  status
  config
  summary
  testUncertainty {
    intervals {
      key
      low
      high
    }
  }
  metricKeys
  phases {
    phase
    start
    end
  }
  annotations {
    kind
    label
    start
    end
    colour
  }
}`) as unknown as TypedDocumentString<SavedComparisonQuery, SavedComparisonQueryVariables>;
export const UpdateComparisonDocument = new TypedDocumentString(`
    mutation UpdateComparison($id: ID!, $input: ComparisonInput!) {
  updateComparison(id: $id, input: $input) {
    comparison {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateComparisonMutation, UpdateComparisonMutationVariables>;
export const DeleteComparisonDocument = new TypedDocumentString(`
    mutation DeleteComparison($id: ID!) {
  deleteComparison(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteComparisonMutation, DeleteComparisonMutationVariables>;
export const CreateShareLinkDocument = new TypedDocumentString(`
    mutation CreateShareLink($id: ID!, $expiresAt: DateTime) {
  createShareLink(comparisonId: $id, expiresAt: $expiresAt) {
    path
  }
}
    `) as unknown as TypedDocumentString<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = new TypedDocumentString(`
    mutation RevokeShareLink($id: ID!) {
  revokeShareLink(id: $id) {
    shareLink {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const CompareRunsDocument = new TypedDocumentString(`
    query CompareRuns($ids: [ID!]!) {
  runsByIds(ids: $ids) {
    ...CompareRunFields
  }
}
    fragment CompareRunFields on Run {
  id
  name
  kind
  status
  config
  summary
  testUncertainty {
    intervals {
      key
      low
      high
    }
  }
  metricKeys
  phases {
    phase
    start
    end
  }
  annotations {
    kind
    label
    start
    end
    colour
  }
}`) as unknown as TypedDocumentString<CompareRunsQuery, CompareRunsQueryVariables>;
export const CompareGroupDocument = new TypedDocumentString(`
    query CompareGroup($id: ID!) {
  runGroup(id: $id) {
    id
    name
    runs {
      ...CompareRunFields
    }
  }
}
    fragment CompareRunFields on Run {
  id
  name
  kind
  status
  config
  summary
  testUncertainty {
    intervals {
      key
      low
      high
    }
  }
  metricKeys
  phases {
    phase
    start
    end
  }
  annotations {
    kind
    label
    start
    end
    colour
  }
}`) as unknown as TypedDocumentString<CompareGroupQuery, CompareGroupQueryVariables>;
export const CompareMetricsDocument = new TypedDocumentString(`
    query CompareMetrics($ids: [ID!]!, $keys: [String!], $maxPoints: Int!, $withWallTime: Boolean!) {
  runMetrics(
    runIds: $ids
    keys: $keys
    maxPoints: $maxPoints
    withWallTime: $withWallTime
  ) {
    runId
    key
    steps
    epochs
    values
    wallTimes @include(if: $withWallTime)
  }
}
    `) as unknown as TypedDocumentString<CompareMetricsQuery, CompareMetricsQueryVariables>;
export const SaveComparisonDocument = new TypedDocumentString(`
    mutation SaveComparison($input: ComparisonInput!) {
  saveComparison(input: $input) {
    comparison {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SaveComparisonMutation, SaveComparisonMutationVariables>;
export const DatasetDocument = new TypedDocumentString(`
    query Dataset($id: ID!) {
  dataset(id: $id) {
    id
    name
    description
    archived
    versions {
      id
      number
      taskType
      filename
      bytes
      rowCount
      note
      createdAt
      downloadUrl
      schema {
        labelColumn
        columns {
          name
          type
        }
      }
      splitConfig {
        train
        validation
        test
        seed
      }
      splitCounts {
        train
        validation
        test
      }
      labelDistribution {
        value
        count
      }
      tokenStats {
        count
        tagScheme
      }
      columnStats {
        name
        type
        missing
        distinct
        distinctCapped
        min
        max
        mean
        top {
          value
          count
        }
      }
      preview
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetQuery, DatasetQueryVariables>;
export const RenameDatasetDocument = new TypedDocumentString(`
    mutation RenameDataset($input: RenameDatasetInput!) {
  renameDataset(input: $input) {
    dataset {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RenameDatasetMutation, RenameDatasetMutationVariables>;
export const ArchiveDatasetDocument = new TypedDocumentString(`
    mutation ArchiveDataset($id: ID!) {
  archiveDataset(id: $id) {
    dataset {
      id
      archived
    }
  }
}
    `) as unknown as TypedDocumentString<ArchiveDatasetMutation, ArchiveDatasetMutationVariables>;
export const UnarchiveDatasetDocument = new TypedDocumentString(`
    mutation UnarchiveDataset($id: ID!) {
  unarchiveDataset(id: $id) {
    dataset {
      id
      archived
    }
  }
}
    `) as unknown as TypedDocumentString<UnarchiveDatasetMutation, UnarchiveDatasetMutationVariables>;
export const DeleteDatasetDocument = new TypedDocumentString(`
    mutation DeleteDataset($id: ID!) {
  deleteDataset(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteDatasetMutation, DeleteDatasetMutationVariables>;
export const DatasetSamplesDocument = new TypedDocumentString(`
    query DatasetSamples {
  datasetSamples {
    key
    name
    description
    taskType
    paradigm
  }
}
    `) as unknown as TypedDocumentString<DatasetSamplesQuery, DatasetSamplesQueryVariables>;
export const CreateSampleDatasetDocument = new TypedDocumentString(`
    mutation CreateSampleDataset($key: String!) {
  createSampleDataset(key: $key) {
    dataset {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateSampleDatasetMutation, CreateSampleDatasetMutationVariables>;
export const DatasetUploadDocument = new TypedDocumentString(`
    query DatasetUpload($id: ID!) {
  datasetUpload(id: $id) {
    id
    filename
    format
    bytes
    rowCount
    columns
    preview
    inferredSchema {
      taskType
      labelColumn
      columns {
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetUploadQuery, DatasetUploadQueryVariables>;
export const CreateDatasetDocument = new TypedDocumentString(`
    mutation CreateDataset($input: CreateDatasetInput!) {
  createDataset(input: $input) {
    dataset {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDatasetMutation, CreateDatasetMutationVariables>;
export const CreateDatasetVersionDocument = new TypedDocumentString(`
    mutation CreateDatasetVersion($input: CreateDatasetVersionInput!) {
  createDatasetVersion(input: $input) {
    version {
      id
      number
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDatasetVersionMutation, CreateDatasetVersionMutationVariables>;
export const DatasetNameDocument = new TypedDocumentString(`
    query DatasetName($id: ID!) {
  dataset(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DatasetNameQuery, DatasetNameQueryVariables>;
export const DatasetsDocument = new TypedDocumentString(`
    query Datasets($after: String, $includeArchived: Boolean, $search: String) {
  datasets(
    first: 25
    after: $after
    includeArchived: $includeArchived
    search: $search
  ) {
    nodes {
      id
      name
      archived
      updatedAt
      latestVersion {
        id
        number
        taskType
        rowCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DatasetsQuery, DatasetsQueryVariables>;
export const FindingsDocument = new TypedDocumentString(`
    query Findings {
  findings {
    group {
      id
      name
      createdAt
      runs {
        id
        status
      }
    }
    claim
    scoreKey
    claimed
    verdict
    differences {
      versus
      mean
      low
      high
      seeds
    }
    scores {
      configuration
      seed
      value
    }
    phases {
      claim
      verdict
      runs {
        configuration
        seed
        phases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindingsQuery, FindingsQueryVariables>;
export const BaseModelsDocument = new TypedDocumentString(`
    query BaseModels {
  baseModels {
    id
    name
    status
    preset
    layers
    hidden
    heads
    maxLength
    vocabularySize
    mlmAccuracy
    createdAt
    corpus {
      id
      number
      dataset {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BaseModelsQuery, BaseModelsQueryVariables>;
export const TokenizeWithBaseModelsDocument = new TypedDocumentString(`
    query TokenizeWithBaseModels($text: String!) {
  baseModels {
    id
    tokenize(text: $text)
  }
}
    `) as unknown as TypedDocumentString<TokenizeWithBaseModelsQuery, TokenizeWithBaseModelsQueryVariables>;
export const TeamHomeDocument = new TypedDocumentString(`
    query TeamHome {
  running: runs(first: 10, filter: {status: RUNNING}) {
    nodes {
      id
      name
      progress
      epochsDone
      epochs
    }
  }
  recent: runs(first: 8) {
    nodes {
      id
      name
      status
      createdAt
    }
  }
  comparisons(first: 8) {
    id
    name
    updatedAt
    createdBy {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TeamHomeQuery, TeamHomeQueryVariables>;
export const TeamActivityDocument = new TypedDocumentString(`
    query TeamActivity {
  auditEvents(first: 10) {
    nodes {
      id
      action
      createdAt
      actor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamActivityQuery, TeamActivityQueryVariables>;
export const RuleSetDocument = new TypedDocumentString(`
    query RuleSet($id: ID!) {
  ruleSet(id: $id) {
    id
    name
    description
    rules {
      id
      kind
      field
      pattern
      class
      priority
      enabled
      note
      author {
        name
      }
    }
    history(first: 50) {
      id
      action
      createdAt
      before
      after
      actor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RuleSetQuery, RuleSetQueryVariables>;
export const RuleDatasetsDocument = new TypedDocumentString(`
    query RuleDatasets {
  datasets(first: 100) {
    nodes {
      id
      name
      latestVersion {
        id
        number
        taskType
        schema {
          columns {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RuleDatasetsQuery, RuleDatasetsQueryVariables>;
export const ToggleRuleDocument = new TypedDocumentString(`
    mutation ToggleRule($id: ID!, $input: RuleChanges!) {
  updateRule(id: $id, input: $input) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ToggleRuleMutation, ToggleRuleMutationVariables>;
export const DeleteRuleDocument = new TypedDocumentString(`
    mutation DeleteRule($id: ID!) {
  deleteRule(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteRuleMutation, DeleteRuleMutationVariables>;
export const ExportRulesDocument = new TypedDocumentString(`
    query ExportRules($id: ID!, $format: RuleFormat!) {
  ruleSet(id: $id) {
    id
    export(format: $format)
  }
}
    `) as unknown as TypedDocumentString<ExportRulesQuery, ExportRulesQueryVariables>;
export const ImportRulesDocument = new TypedDocumentString(`
    mutation ImportRules($id: ID!, $format: RuleFormat!, $text: String!, $replace: Boolean) {
  importRules(ruleSetId: $id, format: $format, text: $text, replace: $replace) {
    rules {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ImportRulesMutation, ImportRulesMutationVariables>;
export const RuleSetAnalysisDocument = new TypedDocumentString(`
    query RuleSetAnalysis($id: ID!, $versionId: ID!) {
  ruleSet(id: $id) {
    id
    analysis(datasetVersionId: $versionId) {
      rows
      coverage
      overlaps
      conflicts
      rules {
        rule {
          id
          kind
          pattern
          class
        }
        matches
        coverage
        overlaps
        conflicts
        correct
        incorrect
        accuracy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RuleSetAnalysisQuery, RuleSetAnalysisQueryVariables>;
export const TestRuleDocument = new TypedDocumentString(`
    query TestRule($input: RuleTestInput!) {
  testRule(input: $input) {
    rows
    totalRows
    matches
    labeled
    correct
    precision
    milliseconds
    samples {
      row
      text
      label
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<TestRuleQuery, TestRuleQueryVariables>;
export const CreateRuleDocument = new TypedDocumentString(`
    mutation CreateRule($ruleSetId: ID!, $input: RuleInput!) {
  createRule(ruleSetId: $ruleSetId, input: $input) {
    rule {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRuleMutation, CreateRuleMutationVariables>;
export const RuleSetsDocument = new TypedDocumentString(`
    query RuleSets {
  ruleSets {
    id
    name
    description
    updatedAt
    rules {
      id
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<RuleSetsQuery, RuleSetsQueryVariables>;
export const CreateRuleSetDocument = new TypedDocumentString(`
    mutation CreateRuleSet($input: RuleSetInput!) {
  createRuleSet(input: $input) {
    ruleSet {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRuleSetMutation, CreateRuleSetMutationVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($id: ID!) {
  run(id: $id) {
    id
    name
    kind
    status
    progress
    epochsDone
    epochs
    seed
    config
    summary
    testUncertainty {
      items
      smallestClass
      smallestClassItems
      intervals {
        key
        low
        high
      }
    }
    backend
    workerHost
    error
    errorStack
    cancelRequested
    runsAheadInQueue
    waitReason
    createdAt
    startedAt
    finishedAt
    tags
    notes
    parent {
      id
      name
    }
    baseModel {
      id
      name
    }
    datasetVersion {
      number
      taskType
      dataset {
        id
        name
      }
    }
    experiment {
      id
      name
    }
    keyTags {
      key
      value
    }
    metrics(maxPoints: 500) {
      key
      points {
        epoch
        value
      }
    }
    logs(last: 100) {
      id
      at
      attempt
      level
      message
    }
    phases {
      phase
      start
      end
      confidence
      correction {
        id
        author {
          name
          email
        }
      }
    }
    phaseDetection {
      status
      final
      version
      explanation
      params
    }
    annotations {
      id
      kind
      label
      start
      end
      colour
      note
      phase
      editable
      author {
        name
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const RunEpochDetailsDocument = new TypedDocumentString(`
    query RunEpochDetails($id: ID!) {
  run(id: $id) {
    id
    artifacts {
      name
      epoch
      bytes
    }
    noisyExamples {
      firstMemorizedEpoch
    }
  }
}
    `) as unknown as TypedDocumentString<RunEpochDetailsQuery, RunEpochDetailsQueryVariables>;
export const CancelRunDocument = new TypedDocumentString(`
    mutation CancelRun($id: ID!) {
  cancelRun(id: $id) {
    run {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<CancelRunMutation, CancelRunMutationVariables>;
export const RetryRunDocument = new TypedDocumentString(`
    mutation RetryRun($id: ID!) {
  retryRun(id: $id) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RetryRunMutation, RetryRunMutationVariables>;
export const CreateRunAnnotationDocument = new TypedDocumentString(`
    mutation CreateRunAnnotation($runId: ID!, $input: RunAnnotationInput!) {
  createRunAnnotation(runId: $runId, input: $input) {
    annotation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRunAnnotationMutation, CreateRunAnnotationMutationVariables>;
export const UpdateRunAnnotationDocument = new TypedDocumentString(`
    mutation UpdateRunAnnotation($id: ID!, $input: RunAnnotationInput!) {
  updateRunAnnotation(id: $id, input: $input) {
    annotation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRunAnnotationMutation, UpdateRunAnnotationMutationVariables>;
export const DeleteRunAnnotationDocument = new TypedDocumentString(`
    mutation DeleteRunAnnotation($id: ID!) {
  deleteRunAnnotation(id: $id) {
    deletedId
  }
}
    `) as unknown as TypedDocumentString<DeleteRunAnnotationMutation, DeleteRunAnnotationMutationVariables>;
export const RunExplanationDocument = new TypedDocumentString(`
    query RunExplanation($id: ID!) {
  run(id: $id) {
    id
    explanation {
      crossWeights(first: 15) {
        feature
        class
        weight
      }
      embeddingColumns
    }
  }
}
    `) as unknown as TypedDocumentString<RunExplanationQuery, RunExplanationQueryVariables>;
export const EmbeddingNeighboursDocument = new TypedDocumentString(`
    query EmbeddingNeighbours($id: ID!, $column: String!, $value: String!) {
  run(id: $id) {
    id
    embeddingNeighbours(column: $column, value: $value, first: 8) {
      value
      similarity
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddingNeighboursQuery, EmbeddingNeighboursQueryVariables>;
export const RunGroupDocument = new TypedDocumentString(`
    query RunGroup($id: ID!) {
  run(id: $id) {
    id
    group {
      id
      name
      kind
      varies
      scoreKeys
      configurations {
        label
        runs {
          id
          name
          seed
          status
        }
        scores {
          key
          mean
          low
          high
          n
          best
        }
      }
      runs {
        id
        status
        config
        summary
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunGroupQuery, RunGroupQueryVariables>;
export const HybridReportDocument = new TypedDocumentString(`
    query HybridReport($id: ID!) {
  run(id: $id) {
    id
    config
    datasetVersion {
      id
      number
    }
    hybridReport {
      mode
      combiner
      items
      released {
        precision
        recall
        f1
        macroF1
        coverage
        coverageByRules
        coverageByModel
        review
      }
      ungated {
        precision
        macroF1
        coverage
      }
      modelOnly {
        precision
        macroF1
      }
      rulesFixed
      rulesBroke
      weakLabels
      textField
      curve {
        coverage
        precision
        threshold
      }
      classes {
        name
        precision
        recall
        f1
        support
        validationPrecision
        released
      }
    }
    reviewQueue(first: 25) {
      row
      text
      label
      ruleClass
      modelClass
      modelConfidence
      decision
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<HybridReportQuery, HybridReportQueryVariables>;
export const RelabelReviewedDocument = new TypedDocumentString(`
    mutation RelabelReviewed($input: RelabelRowsInput!) {
  relabelRows(input: $input) {
    version {
      number
    }
  }
}
    `) as unknown as TypedDocumentString<RelabelReviewedMutation, RelabelReviewedMutationVariables>;
export const RunLabelErrorsDocument = new TypedDocumentString(`
    query RunLabelErrors($id: ID!, $ranking: LabelErrorRanking) {
  run(id: $id) {
    id
    labelErrors(first: 20, ranking: $ranking) {
      ranking
      rankings {
        ranking
        available
        detectionF1
        preferred
      }
      earlyEpochsFrom
      earlyEpochsThrough
      examples {
        row
        line
        text
        givenLabel
        predictedLabel
        score
        injected
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunLabelErrorsQuery, RunLabelErrorsQueryVariables>;
export const DetectPhasesDocument = new TypedDocumentString(`
    mutation DetectPhases($runId: ID!, $params: PhaseDetectorParams) {
  detectPhases(runId: $runId, params: $params) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DetectPhasesMutation, DetectPhasesMutationVariables>;
export const PredictColumnsDocument = new TypedDocumentString(`
    query PredictColumns($id: ID!) {
  run(id: $id) {
    id
    datasetVersion {
      id
      schema {
        labelColumn
        columns {
          name
          type
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PredictColumnsQuery, PredictColumnsQueryVariables>;
export const RequestPredictionsDocument = new TypedDocumentString(`
    mutation RequestPredictions($runId: ID!, $rows: [JSON!]!) {
  requestPredictions(runId: $runId, rows: $rows) {
    prediction {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPredictionsMutation, RequestPredictionsMutationVariables>;
export const PredictionDocument = new TypedDocumentString(`
    query Prediction($id: ID!) {
  prediction(id: $id) {
    id
    status
    error
    requestedAt
    results {
      row
      label
      probabilities {
        class
        probability
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PredictionQuery, PredictionQueryVariables>;
export const RunListColumnsDocument = new TypedDocumentString(`
    query RunListColumns {
  runListColumns {
    source
    key
  }
  runColumnChoices {
    metrics
    configFields
  }
}
    `) as unknown as TypedDocumentString<RunListColumnsQuery, RunListColumnsQueryVariables>;
export const SetRunListColumnsDocument = new TypedDocumentString(`
    mutation SetRunListColumns($columns: [RunColumnInput!]!) {
  setRunListColumns(columns: $columns) {
    source
    key
  }
}
    `) as unknown as TypedDocumentString<SetRunListColumnsMutation, SetRunListColumnsMutationVariables>;
export const UpdateRunDocument = new TypedDocumentString(`
    mutation UpdateRun($id: ID!, $input: UpdateRunInput!) {
  updateRun(id: $id, input: $input) {
    run {
      id
      name
      tags
      notes
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateRunMutation, UpdateRunMutationVariables>;
export const NewRunRuleSetsDocument = new TypedDocumentString(`
    query NewRunRuleSets {
  ruleSets {
    id
    name
    rules {
      id
      enabled
    }
  }
}
    `) as unknown as TypedDocumentString<NewRunRuleSetsQuery, NewRunRuleSetsQueryVariables>;
export const NewRunBaseModelsDocument = new TypedDocumentString(`
    query NewRunBaseModels {
  baseModels {
    id
    name
    status
    preset
    maxLength
  }
}
    `) as unknown as TypedDocumentString<NewRunBaseModelsQuery, NewRunBaseModelsQueryVariables>;
export const NewRunChoicesDocument = new TypedDocumentString(`
    query NewRunChoices {
  runKinds {
    launchable
    kind
    label
    description
    taskTypes
    defaultConfig
  }
  datasets(first: 100) {
    nodes {
      id
      name
      latestVersion {
        id
        number
        taskType
        rowCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NewRunChoicesQuery, NewRunChoicesQueryVariables>;
export const NewRunVersionColumnsDocument = new TypedDocumentString(`
    query NewRunVersionColumns($id: ID!) {
  datasetVersion(id: $id) {
    id
    schema {
      labelColumn
    }
    columnStats {
      name
      type
      distinct
    }
  }
}
    `) as unknown as TypedDocumentString<NewRunVersionColumnsQuery, NewRunVersionColumnsQueryVariables>;
export const LaunchAblationDocument = new TypedDocumentString(`
    mutation LaunchAblation($input: CreateRunInput!, $seeds: Int) {
  launchAblation(input: $input, seeds: $seeds) {
    group {
      runs {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchAblationMutation, LaunchAblationMutationVariables>;
export const CreateRunDocument = new TypedDocumentString(`
    mutation CreateRun($input: CreateRunInput!) {
  createRun(input: $input) {
    run {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateRunMutation, CreateRunMutationVariables>;
export const RunsDocument = new TypedDocumentString(`
    query Runs($after: String, $filter: RunFilter, $orderBy: RunOrder, $bestKeys: [String!]!) {
  runs(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {
    nodes {
      id
      name
      kind
      status
      progress
      epochsDone
      epochs
      runsAheadInQueue
      waitReason
      tags
      createdAt
      summary
      config
      bestValues(keys: $bestKeys) {
        key
        value
      }
      datasetVersion {
        number
        dataset {
          name
        }
      }
      experiment {
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RunsQuery, RunsQueryVariables>;
export const RunFilterChoicesDocument = new TypedDocumentString(`
    query RunFilterChoices {
  runKinds {
    kind
    label
  }
  experiments(first: 100) {
    nodes {
      id
      name
    }
  }
  datasets(first: 100, includeArchived: true) {
    nodes {
      id
      name
    }
  }
  members(first: 100) {
    nodes {
      user {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunFilterChoicesQuery, RunFilterChoicesQueryVariables>;
export const SweepChoicesDocument = new TypedDocumentString(`
    query SweepChoices {
  runKinds {
    launchable
    kind
    label
    taskTypes
    defaultConfig
  }
  datasets(first: 100) {
    nodes {
      id
      name
      latestVersion {
        id
        number
        taskType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SweepChoicesQuery, SweepChoicesQueryVariables>;
export const LaunchSweepDocument = new TypedDocumentString(`
    mutation LaunchSweep($input: LaunchSweepInput!) {
  launchSweep(input: $input) {
    group {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchSweepMutation, LaunchSweepMutationVariables>;
export const AuditEventsDocument = new TypedDocumentString(`
    query AuditEvents($after: String) {
  auditEvents(first: 50, after: $after) {
    nodes {
      id
      action
      targetType
      targetId
      actorTokenId
      details
      createdAt
      actor {
        email
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEventsQuery, AuditEventsQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens(first: 100) {
    nodes {
      id
      name
      role
      prefix
      createdAt
      lastUsedAt
      revokedAt
      createdBy {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    secret
    apiToken {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    apiToken {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateTeamDocument = new TypedDocumentString(`
    mutation CreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CreateTeamMutation, CreateTeamMutationVariables>;