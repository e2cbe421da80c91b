import type { Role } from '../../lib/permissions';
import type { InvitationStatus } from '../domain/invitations';
import type { TaskType } from '../datasets/schema';
import type { ColumnType } from '../datasets/schema';
import type { Format as DatasetFormat } from '../datasets/parse';
import type { RunStatus } from '../../lib/runs/config';
import type { PhaseName } from '../../lib/phases/spec';
import type { AnnotationKind } from '../../lib/inputs';
import type { RuleKind } from '../../lib/rules/spec';
import type { RuleFormat } from '../domain/rules';
import type { RunColumnSource } from '../../lib/runs/listColumns';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ViewerModel as ViewerModelModel } from './resolvers/account';
import type { User as UserModel } from '../tenancy/scope';
import type { TeamView as TeamViewModel } from './resolvers/team';
import type { MemberRow as MemberRowModel } from '../domain/members';
import type { Invitation as InvitationModel } from '../domain/invitations';
import type { ApiToken as ApiTokenModel } from '../domain/apiTokens';
import type { AuditEvent as AuditEventModel } from '../domain/audit';
import type { Worker as WorkerModel, HealthCheck as HealthCheckModel } from '../domain/workers';
import type { Dataset as DatasetModel, DatasetVersion as DatasetVersionModel } from '../domain/datasets';
import type { DatasetUpload as DatasetUploadModel } from '../domain/datasetUploads';
import type { Sample as SampleModel } from '../datasets/samples';
import type { DatasetSchema as DatasetSchemaModel } from '../datasets/schema';
import type { ColumnStats as ColumnStatsModel, TokenStats as TokenStatsModel } from '../datasets/stats';
import type { Run as RunModel } from '../domain/runs';
import type { Experiment as ExperimentModel } from '../domain/experiments';
import type { EffectivePhase as EffectivePhaseModel } from '../domain/phases';
import type { PhaseDetectionRow as PhaseDetectionRowModel } from '../../db/phaseDetections';
import type { RunAnnotation as RunAnnotationModel } from '../domain/annotations';
import type { RunGroup as RunGroupModel } from '../domain/runGroups';
import type { Finding as FindingModel, PhaseFinding as PhaseFindingModel } from '../domain/findings';
import type { Explanation as ExplanationModel } from '../domain/runExplanations';
import type { Prediction as PredictionModel } from '../domain/predictions';
import type { MetricSeries as MetricSeriesModel } from '../../db/metricSeries';
import type { Comparison as ComparisonModel, ComparisonShare as ComparisonShareModel, SharedComparison as SharedComparisonModel } from '../domain/comparisons';
import type { SharedRunView as SharedRunViewModel } from './resolvers/comparisons';
import type { RuleSet as RuleSetModel, Rule as RuleModel, RuleRevision as RuleRevisionModel } from '../domain/rules';
import type { HybridReport as HybridReportModel, ReviewItem as ReviewItemModel } from '../domain/hybridReports';
import type { GraphQLContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date; }
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** Any JSON value: a number, string, boolean, list or object. */
  JSONValue: { input: unknown; output: unknown; }
};

export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  team: Team;
};

export { AnnotationKind };

export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  edges: Array<ApiTokenEdge>;
  nodes: Array<ApiToken>;
  pageInfo: PageInfo;
};

export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  /** Set when the action came through an API token. */
  actorTokenId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  details: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** A transformer the team pre-trained (a pre-training run) and can fine-tune: ready once its run succeeded. */
export type BaseModel = {
  __typename?: 'BaseModel';
  /** The text it was pre-trained on. */
  corpus: DatasetVersion;
  createdAt: Scalars['DateTime']['output'];
  heads: Scalars['Int']['output'];
  hidden: Scalars['Int']['output'];
  /** The pre-training run's id; fine-tuning configs name it as baseModelId. */
  id: Scalars['ID']['output'];
  layers: Scalars['Int']['output'];
  /** Longest input in tokens. */
  maxLength: Scalars['Int']['output'];
  /** Masked-token accuracy on the corpus's validation split at the end; null until it finished. */
  mlmAccuracy?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  preset: Scalars['String']['output'];
  /** Its pre-training run: curves of MLM loss and accuracy, logs, the stored weights. */
  run: Run;
  /** queued or running: still pre-training (a fine-tuning run that names it waits); succeeded: ready. */
  status: RunStatus;
  /** How its WordPiece tokenizer splits a text (pieces after a word's first start with ##); empty until it finished. */
  tokenize: Array<Scalars['String']['output']>;
  /** WordPiece vocabulary size asked for (a small corpus may give fewer). */
  vocabularySize: Scalars['Int']['output'];
};


/** A transformer the team pre-trained (a pre-training run) and can fine-tune: ready once its run succeeded. */
export type BaseModelTokenizeArgs = {
  text: Scalars['String']['input'];
};

export type ChangeMemberRoleInput = {
  role: Role;
  userId: Scalars['ID']['input'];
};

export type ChangeMemberRolePayload = {
  __typename?: 'ChangeMemberRolePayload';
  member: Member;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  user: User;
};

/** The claimed configuration against another, paired by seed: mean of (claimed − other), positive favouring the claim, with Student's t 95% interval. */
export type ClaimDifference = {
  __typename?: 'ClaimDifference';
  high?: Maybe<Scalars['Float']['output']>;
  low?: Maybe<Scalars['Float']['output']>;
  /** Null until a seed finished for both. */
  mean?: Maybe<Scalars['Float']['output']>;
  /** Seeds finished for both. */
  seeds: Scalars['Int']['output'];
  versus: Scalars['String']['output'];
};

export type ClassProbability = {
  __typename?: 'ClassProbability';
  class: Scalars['String']['output'];
  probability: Scalars['Float']['output'];
};

export type ColumnStats = {
  __typename?: 'ColumnStats';
  /** Exact up to 10,000; beyond that distinctCapped is true and this is a lower bound. */
  distinct: Scalars['Int']['output'];
  distinctCapped: Scalars['Boolean']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  missing: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The most frequent values of a non-numeric column. */
  top?: Maybe<Array<ValueCount>>;
  type: ColumnType;
};

export { ColumnType };

/** A saved compare view: runs (a list, or a group read when it opens), metrics and how they are drawn. */
export type Comparison = {
  __typename?: 'Comparison';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** Set when the comparison follows a group (e.g. a sweep): its runs are the group's runs as they are now. */
  group?: Maybe<RunGroup>;
  id: Scalars['ID']['output'];
  metrics: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Scalars['String']['output'];
  runs: Array<Run>;
  /** Curves of its runs, read with it in one request: keys default to its metrics, maxPoints per curve to what its charts need (1,000 for a few runs, 300 for fifty), wall times to whether its x-axis is time. */
  series?: Maybe<Array<MetricSeries>>;
  /** smoothing, xAxis (step, epoch, wall, relative), logY, groupBy, band (std, minmax), showPhases, showAnnotations. */
  settings: Scalars['JSON']['output'];
  shareLinks: Array<ShareLink>;
  updatedAt: Scalars['DateTime']['output'];
};


/** A saved compare view: runs (a list, or a group read when it opens), metrics and how they are drawn. */
export type ComparisonSeriesArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  withWallTime?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ComparisonInput = {
  groupId?: InputMaybe<Scalars['ID']['input']>;
  metrics: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  runIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  settings?: InputMaybe<Scalars['JSON']['input']>;
};

export type ComparisonPayload = {
  __typename?: 'ComparisonPayload';
  comparison: Comparison;
};

/** A score of a configuration: the mean over its finished seeds, with Student's t 95% interval over those seeds (one seed: the run's own test interval). */
export type ConfigurationScore = {
  __typename?: 'ConfigurationScore';
  /** Only where this configuration's interval overlaps no other configuration's, and every configuration has the score. */
  best: Scalars['Boolean']['output'];
  high?: Maybe<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  /** Null for one seed whose run has no interval for this score (a loss, an outside run's score). */
  low?: Maybe<Scalars['Float']['output']>;
  mean: Scalars['Float']['output'];
  /** Finished seeds the mean is over. */
  n: Scalars['Int']['output'];
};

export type CreateApiTokenInput = {
  name: Scalars['String']['input'];
  role: Role;
};

export type CreateApiTokenPayload = {
  __typename?: 'CreateApiTokenPayload';
  apiToken: ApiToken;
  /** The secret, shown once: send it as Authorization: Bearer <secret>. */
  secret: Scalars['String']['output'];
};

export type CreateDatasetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the inferred schema. */
  schema?: InputMaybe<DatasetSchemaInput>;
  split?: InputMaybe<SplitInput>;
  /** From POST /api/datasets/uploads. */
  uploadId: Scalars['ID']['input'];
};

export type CreateDatasetPayload = {
  __typename?: 'CreateDatasetPayload';
  dataset: Dataset;
};

/** Give a new uploadId for new data; leave it out to re-cut the latest upload with another schema or split. */
export type CreateDatasetVersionInput = {
  datasetId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  schema?: InputMaybe<DatasetSchemaInput>;
  split?: InputMaybe<SplitInput>;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateDatasetVersionPayload = {
  __typename?: 'CreateDatasetVersionPayload';
  version: DatasetVersion;
};

export type CreateInvitationInput = {
  email: Scalars['String']['input'];
  role: Role;
};

export type CreateInvitationPayload = {
  __typename?: 'CreateInvitationPayload';
  invitation: Invitation;
  /** The link to send the invitee; shown once. */
  inviteUrl: Scalars['String']['output'];
};

export type CreateRunInput = {
  /** Validated against the kind; what is left out takes the kind's defaults. */
  config?: InputMaybe<Scalars['JSON']['input']>;
  datasetVersionId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  seed?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateShareLinkPayload = {
  __typename?: 'CreateShareLinkPayload';
  /** Where the comparison can be opened without sign-in: /share/{token}. */
  path: Scalars['String']['output'];
  shareLink: ShareLink;
  /** Shown once: the link's secret. */
  token: Scalars['String']['output'];
};

export type CreateTeamInput = {
  name: Scalars['String']['input'];
};

export type CreateTeamPayload = {
  __typename?: 'CreateTeamPayload';
  team: Team;
};

/** A weight of the wide part toward a class: a crossed feature it memorized. */
export type CrossWeight = {
  __typename?: 'CrossWeight';
  class: Scalars['String']['output'];
  feature: Scalars['String']['output'];
  /** The feature's weight for the class minus its mean weight over classes. */
  weight: Scalars['Float']['output'];
};

export type Dataset = {
  __typename?: 'Dataset';
  archived: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  latestVersion: DatasetVersion;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Newest first. */
  versions: Array<DatasetVersion>;
};

export type DatasetColumn = {
  __typename?: 'DatasetColumn';
  name: Scalars['String']['output'];
  type: ColumnType;
};

export type DatasetColumnInput = {
  name: Scalars['String']['input'];
  type: ColumnType;
};

export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  edges: Array<DatasetEdge>;
  nodes: Array<Dataset>;
  pageInfo: PageInfo;
};

export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  cursor: Scalars['String']['output'];
  node: Dataset;
};

export { DatasetFormat };

export type DatasetPayload = {
  __typename?: 'DatasetPayload';
  dataset: Dataset;
};

/** A demo dataset any team can add: generated deterministically or shipped with Phaselab. */
export type DatasetSample = {
  __typename?: 'DatasetSample';
  description: Scalars['String']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  paradigm: Scalars['String']['output'];
  taskType: TaskType;
};

/** What each column is and which one is the label: inferred at upload, confirmed or overridden by the user. */
export type DatasetSchema = {
  __typename?: 'DatasetSchema';
  columns: Array<DatasetColumn>;
  labelColumn?: Maybe<Scalars['String']['output']>;
  taskType: TaskType;
};

export type DatasetSchemaInput = {
  columns: Array<DatasetColumnInput>;
  labelColumn?: InputMaybe<Scalars['String']['input']>;
  taskType: TaskType;
};

/** A file parsed and stored, waiting for its schema to be confirmed (kept a day unless a version uses it). */
export type DatasetUpload = {
  __typename?: 'DatasetUpload';
  bytes: Scalars['Float']['output'];
  columns: Array<Scalars['String']['output']>;
  compressed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  filename: Scalars['String']['output'];
  format: DatasetFormat;
  id: Scalars['ID']['output'];
  inferredSchema: DatasetSchema;
  /** The first rows, keyed by column name. */
  preview: Array<Scalars['JSON']['output']>;
  rowCount: Scalars['Int']['output'];
};

/** Immutable: a confirmed schema and a seeded split over one upload, with their statistics. */
export type DatasetVersion = {
  __typename?: 'DatasetVersion';
  bytes: Scalars['Float']['output'];
  columnStats: Array<ColumnStats>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  dataset: Dataset;
  /** GET it with the same credentials as the API to download the original file. */
  downloadUrl: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  format: DatasetFormat;
  id: Scalars['ID']['output'];
  /** Class counts; for token classification, entity mentions per type. */
  labelDistribution: Array<ValueCount>;
  note: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  preview: Array<Scalars['JSON']['output']>;
  rowCount: Scalars['Int']['output'];
  schema: DatasetSchema;
  splitConfig: SplitConfig;
  splitCounts: SplitCounts;
  taskType: TaskType;
  tokenStats?: Maybe<TokenStats>;
};

export type DecisionScores = {
  __typename?: 'DecisionScores';
  coverage: Scalars['Float']['output'];
  f1: Scalars['Float']['output'];
  /** Mean F1 over the classes, an undecided item counting as a miss. */
  macroF1: Scalars['Float']['output'];
  /** Correct among the items decided. */
  precision: Scalars['Float']['output'];
  /** Correct among all items. */
  recall: Scalars['Float']['output'];
};

export type DeleteComparisonPayload = {
  __typename?: 'DeleteComparisonPayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteDatasetPayload = {
  __typename?: 'DeleteDatasetPayload';
  deletedId: Scalars['ID']['output'];
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId: Scalars['ID']['output'];
};

export type DeleteRunAnnotationPayload = {
  __typename?: 'DeleteRunAnnotationPayload';
  deletedId: Scalars['ID']['output'];
};

export type EmbeddingNeighbour = {
  __typename?: 'EmbeddingNeighbour';
  /** Cosine similarity of the two values' embeddings. */
  similarity: Scalars['Float']['output'];
  value: Scalars['String']['output'];
};

/** A team's project of runs logged through the MLflow-compatible tracking API. */
export type Experiment = {
  __typename?: 'Experiment';
  createdAt: Scalars['DateTime']['output'];
  /** MLflow's experiment id: 0 for the team's Default experiment. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tags: Array<KeyValue>;
};

export type ExperimentConnection = {
  __typename?: 'ExperimentConnection';
  edges: Array<ExperimentEdge>;
  nodes: Array<Experiment>;
  pageInfo: PageInfo;
};

export type ExperimentEdge = {
  __typename?: 'ExperimentEdge';
  cursor: Scalars['String']['output'];
  node: Experiment;
};

/** An ablation read as a test of its paper's claim. */
export type Finding = {
  __typename?: 'Finding';
  claim: Scalars['String']['output'];
  /** The configuration the claim says wins, e.g. wide_deep. */
  claimed: Scalars['String']['output'];
  differences: Array<ClaimDifference>;
  group: RunGroup;
  /** Fine-tuning ablations only: Tänzer et al.'s three-phase claim, read from the runs' phases. */
  phases?: Maybe<PhaseFinding>;
  /** The test score the claim is judged on, e.g. test/auc. */
  scoreKey: Scalars['String']['output'];
  /** Each finished run's score, by configuration and seed. */
  scores: Array<FindingScore>;
  verdict: Verdict;
};

export type FindingPhases = {
  __typename?: 'FindingPhases';
  configuration: Scalars['String']['output'];
  phases: Array<Scalars['String']['output']>;
  seed: Scalars['Int']['output'];
};

export type FindingScore = {
  __typename?: 'FindingScore';
  configuration: Scalars['String']['output'];
  seed: Scalars['Int']['output'];
  value: Scalars['Float']['output'];
};

export type FiredRule = {
  __typename?: 'FiredRule';
  class: Scalars['String']['output'];
  field: Scalars['String']['output'];
  kind: RuleKind;
  pattern: Scalars['String']['output'];
  ruleId?: Maybe<Scalars['ID']['output']>;
};

/** Runs of a group that differ only in their seed. */
export type GroupConfiguration = {
  __typename?: 'GroupConfiguration';
  /** The varied fields' values, e.g. wide_deep. */
  label: Scalars['String']['output'];
  runs: Array<Run>;
  scores: Array<ConfigurationScore>;
};

export type HealthCheck = {
  __typename?: 'HealthCheck';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Time from request to a worker's answer, through the queue. */
  roundTripMs?: Maybe<Scalars['Int']['output']>;
  worker?: Maybe<Worker>;
};

export type HybridClassScore = {
  __typename?: 'HybridClassScore';
  f1: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  precision: Scalars['Float']['output'];
  recall: Scalars['Float']['output'];
  released: Scalars['Boolean']['output'];
  /** F1 counting only what the release gate lets through. */
  releasedF1: Scalars['Float']['output'];
  support: Scalars['Int']['output'];
  validationDecided: Scalars['Int']['output'];
  validationPrecision: Scalars['Float']['output'];
};

/** A finished hybrid run's decisions on its test split. */
export type HybridReport = {
  __typename?: 'HybridReport';
  classes: Array<HybridClassScore>;
  combiner: Scalars['String']['output'];
  curve: Array<PrecisionCoveragePoint>;
  items: Scalars['Int']['output'];
  mode: Scalars['String']['output'];
  /** The learned classifier alone; null in rules_only mode. */
  modelOnly?: Maybe<DecisionScores>;
  modelTrainingRows: Scalars['Int']['output'];
  /** What is classified automatically: decided, over the threshold, of a released class. */
  released: ReleasedScores;
  /** Test items the model alone got right and the combination wrong. */
  rulesBroke?: Maybe<Scalars['Int']['output']>;
  /** Test items the model alone got wrong and the combination right; null without a model. */
  rulesFixed?: Maybe<Scalars['Int']['output']>;
  /** The text column a rule written from a review item reads. */
  textField?: Maybe<Scalars['String']['output']>;
  /** Every decision over the threshold, release gate aside. */
  ungated: DecisionScores;
  /** Training rows the rules labelled for the model (weak labels). */
  weakLabels: Scalars['Int']['output'];
};

export type ImportRulesPayload = {
  __typename?: 'ImportRulesPayload';
  rules: Array<Rule>;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy: User;
  role: Role;
  status: InvitationStatus;
};

export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  nodes: Array<Invitation>;
  pageInfo: PageInfo;
};

export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  cursor: Scalars['String']['output'];
  node: Invitation;
};

/** What an invitation link reveals before sign-in. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  invitedByName: Scalars['String']['output'];
  role: Role;
  teamName: Scalars['String']['output'];
};

export { InvitationStatus };

export type KeyValue = {
  __typename?: 'KeyValue';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/**
 * How suspected label errors are ranked. EARLY_LOSS: mean training loss over the epochs before the memorization phase
 * (all epochs without one). AUM: area under the margin (Pleiss et al., 2020): the mean over epochs of the given label's
 * probability minus the highest other's, lowest first. LAST_LOSS: loss at the latest epoch.
 */
export type LabelErrorRanking =
  | 'AUM'
  | 'EARLY_LOSS'
  | 'LAST_LOSS';

export type LabelErrorRankingScore = {
  __typename?: 'LabelErrorRankingScore';
  /** False where the run's records cannot give it (AUM needs class probabilities). */
  available: Scalars['Boolean']['output'];
  /** How well its top k finds the injected label errors (k = their number); null without injected noise. */
  detectionF1?: Maybe<Scalars['Float']['output']>;
  /** The default: the best detection F1 where labels were injected, else EARLY_LOSS. */
  preferred: Scalars['Boolean']['output'];
  ranking: LabelErrorRanking;
};

export type LabelErrorReport = {
  __typename?: 'LabelErrorReport';
  /** The epochs EARLY_LOSS averages. */
  earlyEpochsFrom: Scalars['Float']['output'];
  earlyEpochsThrough: Scalars['Float']['output'];
  /** The likeliest label errors, most suspect first; never an example whose given label the model predicted at every epoch. */
  examples: Array<SuspectedLabelError>;
  ranking: LabelErrorRanking;
  rankings: Array<LabelErrorRankingScore>;
};

export type LaunchSweepInput = {
  axes: Array<SweepAxisInput>;
  /** The base config; each run sets the axes' fields on it. */
  config?: InputMaybe<Scalars['JSON']['input']>;
  datasetVersionId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The seed of every run, unless seed is an axis. */
  seed?: InputMaybe<Scalars['Int']['input']>;
};

export type LeaveTeamPayload = {
  __typename?: 'LeaveTeamPayload';
  teamId: Scalars['ID']['output'];
};

export type LogRunExampleEpochInput = {
  epoch: Scalars['Int']['input'];
  /** One loss per registered example, in registration order: base64 of little-endian float32s. */
  losses: Scalars['String']['input'];
  /** One class index per registered example: base64 of little-endian int32s. */
  predictions: Scalars['String']['input'];
  runId: Scalars['ID']['input'];
};

export type LogRunExampleEpochPayload = {
  __typename?: 'LogRunExampleEpochPayload';
  detectionF1?: Maybe<Scalars['Float']['output']>;
  epoch: Scalars['Int']['output'];
  examples: Scalars['Int']['output'];
  /** Null for a run without noisy examples. */
  memorizedFraction?: Maybe<Scalars['Float']['output']>;
  recoveredFraction?: Maybe<Scalars['Float']['output']>;
};

export type Member = {
  __typename?: 'Member';
  joinedAt: Scalars['DateTime']['output'];
  role: Role;
  user: User;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  nodes: Array<Member>;
  pageInfo: PageInfo;
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

/** A 95% interval of a summary score: Wilson's for shares (accuracy, coverage), a seeded bootstrap over test items otherwise. */
export type MetricInterval = {
  __typename?: 'MetricInterval';
  high: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  low: Scalars['Float']['output'];
};

export type MetricPoint = {
  __typename?: 'MetricPoint';
  epoch: Scalars['Float']['output'];
  /** A whole number (MLflow's steps are int64; kept exactly up to 2^53). */
  step: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
  /** When the point was written, in seconds since 1970 (for wall-time axes); null unless asked for with withWallTime. */
  wallTime?: Maybe<Scalars['Float']['output']>;
};

/** One curve of one run: at most maxPoints points, each bucket keeping its lowest and highest. */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  epochs: Array<Scalars['Float']['output']>;
  key: Scalars['String']['output'];
  points: Array<MetricPoint>;
  runId: Scalars['ID']['output'];
  /** The same points as columns, for drawing: steps[i], epochs[i], values[i] and wallTimes[i] are one point; epochs and values to 7 significant digits (a float32's precision; points has them in full). */
  steps: Array<Scalars['Float']['output']>;
  values: Array<Scalars['Float']['output']>;
  /** Null unless wall times were asked for (withWallTime). */
  wallTimes?: Maybe<Array<Maybe<Scalars['Float']['output']>>>;
};

export type MetricValue = {
  __typename?: 'MetricValue';
  key: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AcceptInvitationPayload;
  archiveDataset: DatasetPayload;
  /** A queued run stops at once; a running one within a batch. */
  cancelRun: RunPayload;
  changeMemberRole: ChangeMemberRolePayload;
  /** Signed-in users only (not API tokens). Ends every other session of the account; this one stays signed in. */
  changePassword: ChangePasswordPayload;
  createApiToken: CreateApiTokenPayload;
  createDataset: CreateDatasetPayload;
  createDatasetVersion: CreateDatasetVersionPayload;
  createInvitation: CreateInvitationPayload;
  createRule: RulePayload;
  createRuleSet: RuleSetPayload;
  createRun: RunPayload;
  createRunAnnotation: RunAnnotationPayload;
  /** Adds one of the datasetSamples to the team. */
  createSampleDataset: DatasetPayload;
  createShareLink: CreateShareLinkPayload;
  createTeam: CreateTeamPayload;
  deleteComparison: DeleteComparisonPayload;
  /** Admins only. Refused for a dataset that runs used: archive it instead. */
  deleteDataset: DeleteDatasetPayload;
  deleteRule: DeletePayload;
  deleteRuleSet: DeletePayload;
  /** Authors only. */
  deleteRunAnnotation: DeleteRunAnnotationPayload;
  /** Runs the phase detector again on the run's curves, with other parameters if given. */
  detectPhases: RunPayload;
  /** Adds the file's rules to the set, or replaces the set's rules with them; all or none. */
  importRules: ImportRulesPayload;
  /** Starts every mode of the kind (Wide & Deep: wide, deep, wide_deep; hybrid: ml_only, rules_only, hybrid; fine-tuning: init pretrained and random) with the same data, split and budget, each over seeds seeds (input.seed, input.seed + 1, …; 1 to 10). */
  launchAblation: RunGroupPayload;
  /** One run per point of the grid over the axes, launched as one group (at most 100 runs). */
  launchSweep: RunGroupPayload;
  leaveTeam: LeaveTeamPayload;
  /** One epoch of an external run's per-example losses and predictions (as runs/examples/log-epoch). */
  logRunExampleEpoch: LogRunExampleEpochPayload;
  /** Registers an external run's training examples (as the tracking API's runs/examples/register). */
  registerRunExamples: RegisterRunExamplesPayload;
  /** Corrects rows' labels: a new version over a copy of the rows, schema and split kept; the old version stays. */
  relabelRows: CreateDatasetVersionPayload;
  removeMember: RemoveMemberPayload;
  renameDataset: DatasetPayload;
  /** Sends a job through the queue; a worker answers it. */
  requestHealthCheck: RequestHealthCheckPayload;
  /** Scores rows (column → value, in the dataset's feature columns; missing and unseen values allowed) with a run that succeeded. */
  requestPredictions: PredictionPayload;
  /** Starts a new run with the same settings, linked to this one. */
  retryRun: RunPayload;
  revokeApiToken: RevokeApiTokenPayload;
  revokeInvitation: RevokeInvitationPayload;
  revokeShareLink: ShareLinkPayload;
  saveComparison: ComparisonPayload;
  /** Keeps the caller's own columns for this team's run list (at most 12), in this order. */
  setRunListColumns: Array<RunColumn>;
  /** Public: asks for an account with email and password. The account is made when the link mailed to the address is opened (it then signs in and leads to `next`, a path of the app). */
  signUp: SignUpPayload;
  unarchiveDataset: DatasetPayload;
  updateComparison: ComparisonPayload;
  updateRule: RulePayload;
  /** Renames a run or edits its tags and notes (an external run's mlflow.runName and mlflow.note.content follow). */
  updateRun: RunPayload;
  /** Authors only. */
  updateRunAnnotation: RunAnnotationPayload;
  updateTeam: UpdateTeamPayload;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationArchiveDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDatasetArgs = {
  input: CreateDatasetInput;
};


export type MutationCreateDatasetVersionArgs = {
  input: CreateDatasetVersionInput;
};


export type MutationCreateInvitationArgs = {
  input: CreateInvitationInput;
};


export type MutationCreateRuleArgs = {
  input: RuleInput;
  ruleSetId: Scalars['ID']['input'];
};


export type MutationCreateRuleSetArgs = {
  input: RuleSetInput;
};


export type MutationCreateRunArgs = {
  input: CreateRunInput;
};


export type MutationCreateRunAnnotationArgs = {
  input: RunAnnotationInput;
  runId: Scalars['ID']['input'];
};


export type MutationCreateSampleDatasetArgs = {
  key: Scalars['String']['input'];
};


export type MutationCreateShareLinkArgs = {
  comparisonId: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationCreateTeamArgs = {
  input: CreateTeamInput;
};


export type MutationDeleteComparisonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRuleSetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRunAnnotationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetectPhasesArgs = {
  params?: InputMaybe<PhaseDetectorParams>;
  runId: Scalars['ID']['input'];
};


export type MutationImportRulesArgs = {
  format: RuleFormat;
  replace?: InputMaybe<Scalars['Boolean']['input']>;
  ruleSetId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationLaunchAblationArgs = {
  input: CreateRunInput;
  seeds?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationLaunchSweepArgs = {
  input: LaunchSweepInput;
};


export type MutationLogRunExampleEpochArgs = {
  input: LogRunExampleEpochInput;
};


export type MutationRegisterRunExamplesArgs = {
  input: RegisterRunExamplesInput;
};


export type MutationRelabelRowsArgs = {
  input: RelabelRowsInput;
};


export type MutationRemoveMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRenameDatasetArgs = {
  input: RenameDatasetInput;
};


export type MutationRequestPredictionsArgs = {
  rows: Array<Scalars['JSON']['input']>;
  runId: Scalars['ID']['input'];
};


export type MutationRetryRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeShareLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveComparisonArgs = {
  input: ComparisonInput;
};


export type MutationSetRunListColumnsArgs = {
  columns: Array<RunColumnInput>;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
  next?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnarchiveDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateComparisonArgs = {
  id: Scalars['ID']['input'];
  input: ComparisonInput;
};


export type MutationUpdateRuleArgs = {
  id: Scalars['ID']['input'];
  input: RuleChanges;
};


export type MutationUpdateRunArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRunInput;
};


export type MutationUpdateRunAnnotationArgs = {
  id: Scalars['ID']['input'];
  input: RunAnnotationInput;
};


export type MutationUpdateTeamArgs = {
  input: UpdateTeamInput;
};

/** A training example whose label the run corrupted on purpose: a row, or for token classification an entity. */
export type NoisyExample = {
  __typename?: 'NoisyExample';
  /** The first epoch the model predicted the noisy label; null while it has not. */
  firstMemorizedEpoch?: Maybe<Scalars['Int']['output']>;
  noisyLabel: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  /** The entity's first word in its sentence (token classification: its type was changed); null when the row's label was. */
  token?: Maybe<Scalars['Int']['output']>;
  trueLabel: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A stretch of a run's curves: fitting, settling or memorization (Tänzer et al., 2022). */
export type Phase = {
  __typename?: 'Phase';
  /** 0 to 1: how clearly the curves show it; 1 for a person's correction. */
  confidence: Scalars['Float']['output'];
  /** The annotation that corrects the detected phase; null when the phase is as detected. */
  correction?: Maybe<RunAnnotation>;
  end: Scalars['Float']['output'];
  /** What the detector saw: slopes, levels and the signal that marked memorization. */
  evidence: Scalars['JSON']['output'];
  phase: PhaseName;
  /** Epochs, from and to. */
  start: Scalars['Float']['output'];
};

/** The phase detector's latest word on a run. */
export type PhaseDetection = {
  __typename?: 'PhaseDetection';
  detectedAt: Scalars['DateTime']['output'];
  epochsSeen: Scalars['Int']['output'];
  evidence: Scalars['JSON']['output'];
  /** One line a person can read, e.g. validation plateaued from epoch 2 (slope 0.1%/epoch). */
  explanation: Scalars['String']['output'];
  /** False while the run trains: the phases may still move. */
  final: Scalars['Boolean']['output'];
  params: Scalars['JSON']['output'];
  /** As detected, before people's corrections. */
  phases: Array<Phase>;
  /** Who asked for it; null when a worker ran it. */
  requestedBy?: Maybe<User>;
  status: PhaseDetectionStatus;
  /** The detector's method and version, e.g. piecewise-2. */
  version: Scalars['String']['output'];
};

export type PhaseDetectionStatus =
  | 'DETECTED'
  | 'INSUFFICIENT_DATA';

/** Detector parameters; what is left out keeps the run's current ones, else the defaults. */
export type PhaseDetectorParams = {
  gapRise?: InputMaybe<Scalars['Float']['input']>;
  memorizationRise?: InputMaybe<Scalars['Float']['input']>;
  memorizationSlope?: InputMaybe<Scalars['Float']['input']>;
  minEpochs?: InputMaybe<Scalars['Int']['input']>;
  minSettling?: InputMaybe<Scalars['Float']['input']>;
  plateauSlope?: InputMaybe<Scalars['Float']['input']>;
};

/** Whether pre-trained runs pass fitting, settling and memorization and random-init ones do not (at least 3 seeds of each). */
export type PhaseFinding = {
  __typename?: 'PhaseFinding';
  claim: Scalars['String']['output'];
  /** Each finished run's phases (people's corrections included), by configuration and seed. */
  runs: Array<FindingPhases>;
  verdict: Verdict;
};

export { PhaseName };

export type PrecisionCoveragePoint = {
  __typename?: 'PrecisionCoveragePoint';
  coverage: Scalars['Float']['output'];
  precision: Scalars['Float']['output'];
  threshold: Scalars['Float']['output'];
};

export type PredictedRow = {
  __typename?: 'PredictedRow';
  label: Scalars['String']['output'];
  /** Every class's probability, most likely first; null where the model gives none. */
  probabilities?: Maybe<Array<ClassProbability>>;
  /** The input row, column → value. */
  row: Scalars['JSON']['output'];
};

/** Rows scored by a finished run's model; a worker answers, usually within seconds. */
export type Prediction = {
  __typename?: 'Prediction';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** In the order of the rows asked for; null while pending. */
  results?: Maybe<Array<PredictedRow>>;
  status: PredictionStatus;
};

export type PredictionPayload = {
  __typename?: 'PredictionPayload';
  prediction: Prediction;
};

export type PredictionStatus =
  | 'DONE'
  | 'FAILED'
  | 'PENDING';

export type Query = {
  __typename?: 'Query';
  apiTokens: ApiTokenConnection;
  auditEvents: AuditEventConnection;
  /** The team's base models, newest first. */
  baseModels: Array<BaseModel>;
  comparison: Comparison;
  /** The team's saved comparisons, most recently changed first. */
  comparisons: Array<Comparison>;
  dataset: Dataset;
  datasetSamples: Array<DatasetSample>;
  datasetUpload: DatasetUpload;
  datasetVersion: DatasetVersion;
  /** Most recently changed first. */
  datasets: DatasetConnection;
  /** The team's tracking API experiments (active ones), oldest first. */
  experiments: ExperimentConnection;
  /** The team's ablations (newest 50) with the verdict their finished seeds give on their paper's claim. */
  findings: Array<Finding>;
  healthCheck: HealthCheck;
  /** Public: what an invitation link leads to. */
  invitation: InvitationPreview;
  invitations: InvitationConnection;
  members: MemberConnection;
  prediction: Prediction;
  ruleSet: RuleSet;
  ruleSets: Array<RuleSet>;
  run: Run;
  runColumnChoices: RunColumnChoices;
  runGroup: RunGroup;
  /** The team's run groups (ablations and sweeps), newest first. */
  runGroups: Array<RunGroup>;
  runKinds: Array<RunKind>;
  /** The columns the caller chose for this team's run list (none chosen: an empty list). */
  runListColumns: Array<RunColumn>;
  /** Curves of many runs at once, for comparisons. */
  runMetrics: Array<MetricSeries>;
  /** Newest first, or in orderBy's order (ties by id). */
  runs: RunConnection;
  /** These runs, in this order; for a comparison. */
  runsByIds: Array<Run>;
  /** Needs no sign-in: the comparison behind a public link, or NOT_FOUND for a token that is unknown, revoked or expired. */
  sharedComparison: SharedComparison;
  /** The active team: the API token's team, else the team named by the X-Phaselab-Team header (a slug), else your first team. */
  team: Team;
  /** What a rule would match on a dataset version, while it is being written. */
  testRule: RuleTest;
  /** The signed-in user, or null for an anonymous caller. */
  viewer?: Maybe<Viewer>;
  workerStatus: WorkerStatus;
};


export type QueryApiTokensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComparisonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComparisonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDatasetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetUploadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExperimentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHealthCheckArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPredictionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRuleSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRunGroupsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRunMetricsArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  runIds: Array<Scalars['ID']['input']>;
  withWallTime?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RunFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RunOrder>;
};


export type QueryRunsByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QuerySharedComparisonArgs = {
  token: Scalars['String']['input'];
};


export type QueryTestRuleArgs = {
  input: RuleTestInput;
};

export type RegisterRunExamplesInput = {
  /** The class order of predictions; fixed by the run's first registration. */
  classes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Unique per run. */
  ids: Array<Scalars['String']['input']>;
  /** The label each example is trained on. */
  labels: Array<Scalars['String']['input']>;
  runId: Scalars['ID']['input'];
  texts?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** The truth where known (null where not); an example whose truth differs from its label is noisy. */
  trueLabels?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
};

export type RegisterRunExamplesPayload = {
  __typename?: 'RegisterRunExamplesPayload';
  classes: Array<Scalars['String']['output']>;
  noisy: Scalars['Int']['output'];
  registered: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type RelabelRowsInput = {
  datasetVersionId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rows: Array<RowLabel>;
};

export type ReleasedScores = {
  __typename?: 'ReleasedScores';
  coverage: Scalars['Float']['output'];
  coverageByModel: Scalars['Float']['output'];
  coverageByRules: Scalars['Float']['output'];
  f1: Scalars['Float']['output'];
  macroF1: Scalars['Float']['output'];
  precision: Scalars['Float']['output'];
  recall: Scalars['Float']['output'];
  /** Items sent to review: undecided, under the threshold, or of a class the release gate held back. */
  review: Scalars['Int']['output'];
};

export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  removedUserId: Scalars['ID']['output'];
};

export type RenameDatasetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};

export type RequestHealthCheckPayload = {
  __typename?: 'RequestHealthCheckPayload';
  healthCheck: HealthCheck;
};

/** A validation item an analyst should look at (the test split stays a fair judge). */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  decision?: Maybe<Scalars['String']['output']>;
  impact: Scalars['Float']['output'];
  label: Scalars['String']['output'];
  modelClass?: Maybe<Scalars['String']['output']>;
  modelConfidence?: Maybe<Scalars['Float']['output']>;
  /** disagreement (a rule and the model differ), undecided (nothing decided, or under the threshold), unsure (the model decided with low confidence) or gated (its class is held back). */
  reason: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  ruleClass?: Maybe<Scalars['String']['output']>;
  rules: Array<FiredRule>;
  text: Scalars['String']['output'];
};

export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  apiToken: ApiToken;
};

export type RevokeInvitationPayload = {
  __typename?: 'RevokeInvitationPayload';
  invitation: Invitation;
};

export { Role };

export type RowLabel = {
  label: Scalars['String']['input'];
  /** The row's position in the version (0-based), as run results and review queues give it. */
  row: Scalars['Int']['input'];
};

/** A whitelist assigns its class to items whose field matches the pattern; a blacklist rules its class out. RE2 syntax, case-insensitive. */
export type Rule = {
  __typename?: 'Rule';
  author: User;
  class: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: RuleKind;
  note: Scalars['String']['output'];
  pattern: Scalars['String']['output'];
  priority: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RuleAnalysis = {
  __typename?: 'RuleAnalysis';
  conflicts: Scalars['Float']['output'];
  coverage: Scalars['Float']['output'];
  overlaps: Scalars['Float']['output'];
  /** Rows read: all of them, or the first 200,000 (fewer for long texts) of a larger version. */
  rows: Scalars['Int']['output'];
  rules: Array<RuleStats>;
  totalRows: Scalars['Int']['output'];
};

/** Only the fields given change. */
export type RuleChanges = {
  class?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  field?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<RuleKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  pattern?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
};

export { RuleFormat };

export type RuleInput = {
  class: Scalars['String']['input'];
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  field: Scalars['String']['input'];
  kind: RuleKind;
  note?: InputMaybe<Scalars['String']['input']>;
  pattern: Scalars['String']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
};

export { RuleKind };

export type RuleMatch = {
  __typename?: 'RuleMatch';
  end: Scalars['Int']['output'];
  label?: Maybe<Scalars['String']['output']>;
  row: Scalars['Int']['output'];
  /** Where the pattern matched, in UTF-16 code units. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type RulePayload = {
  __typename?: 'RulePayload';
  rule: Rule;
};

export type RuleRevision = {
  __typename?: 'RuleRevision';
  /** create, update or delete. */
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  after?: Maybe<Scalars['JSONValue']['output']>;
  /** The rule before and after the change; null for a creation or a deletion. */
  before?: Maybe<Scalars['JSONValue']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ruleId: Scalars['ID']['output'];
};

/** Analysts' rules for one classification problem, applied next to a learned classifier by hybrid runs. */
export type RuleSet = {
  __typename?: 'RuleSet';
  /** Coverage, overlaps, conflicts and accuracy of the enabled rules on a dataset version (Snorkel's summary). */
  analysis: RuleAnalysis;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  description: Scalars['String']['output'];
  /** The rules as a file that importRules reads back. */
  export: Scalars['String']['output'];
  /** Every change to the set's rules, newest first. */
  history: Array<RuleRevision>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Highest priority first. */
  rules: Array<Rule>;
  updatedAt: Scalars['DateTime']['output'];
};


/** Analysts' rules for one classification problem, applied next to a learned classifier by hybrid runs. */
export type RuleSetAnalysisArgs = {
  datasetVersionId: Scalars['ID']['input'];
};


/** Analysts' rules for one classification problem, applied next to a learned classifier by hybrid runs. */
export type RuleSetExportArgs = {
  format: RuleFormat;
};


/** Analysts' rules for one classification problem, applied next to a learned classifier by hybrid runs. */
export type RuleSetHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RuleSetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type RuleSetPayload = {
  __typename?: 'RuleSetPayload';
  ruleSet: RuleSet;
};

export type RuleStats = {
  __typename?: 'RuleStats';
  /** correct / (correct + incorrect); null where the rule matches no labeled row. */
  accuracy?: Maybe<Scalars['Float']['output']>;
  conflicts: Scalars['Float']['output'];
  correct: Scalars['Int']['output'];
  /** Fractions of all rows. */
  coverage: Scalars['Float']['output'];
  incorrect: Scalars['Int']['output'];
  matches: Scalars['Int']['output'];
  overlaps: Scalars['Float']['output'];
  rule: Rule;
};

export type RuleTest = {
  __typename?: 'RuleTest';
  correct: Scalars['Int']['output'];
  labeled: Scalars['Int']['output'];
  matches: Scalars['Int']['output'];
  milliseconds: Scalars['Float']['output'];
  /** Against the dataset's labels; null without a class or labels. */
  precision?: Maybe<Scalars['Float']['output']>;
  /** Rows read: all of them, or the first 200,000 (fewer for long texts) of a larger version. */
  rows: Scalars['Int']['output'];
  samples: Array<RuleMatch>;
  totalRows: Scalars['Int']['output'];
};

export type RuleTestInput = {
  /** Without one, matches are counted but not scored. */
  class?: InputMaybe<Scalars['String']['input']>;
  datasetVersionId: Scalars['ID']['input'];
  field: Scalars['String']['input'];
  kind: RuleKind;
  pattern: Scalars['String']['input'];
  samples?: InputMaybe<Scalars['Int']['input']>;
};

export type Run = {
  __typename?: 'Run';
  annotations: Array<RunAnnotation>;
  artifacts: Array<RunArtifact>;
  /** The TensorFlow.js backend that trained it: node, wasm or cpu. */
  backend?: Maybe<Scalars['String']['output']>;
  /** The base model a fine-tuning run started from (its architecture and tokenizer, and its weights unless it started from random ones). */
  baseModel?: Maybe<BaseModel>;
  /** The best value of each of these metrics over the run's whole curve (lowest for losses and errors); absent keys are left out. */
  bestValues: Array<MetricValue>;
  cancelRequested: Scalars['Boolean']['output'];
  /** The kind's validated config; an external run's params. */
  config: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** Null for an external run that trained on data of its own. */
  datasetVersion?: Maybe<DatasetVersion>;
  /** The values whose learned embeddings are nearest to this one's. */
  embeddingNeighbours: Array<EmbeddingNeighbour>;
  epochs: Scalars['Int']['output'];
  epochsDone: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  errorStack?: Maybe<Scalars['String']['output']>;
  /** The tracking API experiment an external run was logged to. */
  experiment?: Maybe<Experiment>;
  /** Null until the run has finished, and for kinds that do not explain themselves. */
  explanation?: Maybe<RunExplanation>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  group?: Maybe<RunGroup>;
  /** Null for other kinds, and until the run succeeds. */
  hybridReport?: Maybe<HybridReport>;
  id: Scalars['ID']['output'];
  /** Datasets an external run declared (MLflow's log-inputs), as sent. */
  inputs: Scalars['JSONValue']['output'];
  /** Key–value tags (MLflow's run tags), beside the plain labels in tags. */
  keyTags: Array<KeyValue>;
  kind: Scalars['String']['output'];
  /** Suspected label errors by a ranking (default: the preferred one), with each ranking's detection F1; null before the first epoch. */
  labelErrors?: Maybe<LabelErrorReport>;
  /** What the engine said about the run, oldest first: the newest `last` lines, or those after line `after` (to tail it). */
  logs: Array<RunLogLine>;
  metricKeys: Array<Scalars['String']['output']>;
  metrics: Array<MetricSeries>;
  name: Scalars['String']['output'];
  noisyExamples: Array<NoisyExample>;
  notes: Scalars['String']['output'];
  /** The run this one retries. */
  parent?: Maybe<Run>;
  phaseDetection?: Maybe<PhaseDetection>;
  /** Phases as they stand: detected, with people's corrections winning. */
  phases: Array<Phase>;
  /** 0 to 1: epochs done over epochs. */
  progress: Scalars['Float']['output'];
  /** Training examples an external run registered for memorization tracking. */
  registeredExamples: Scalars['Int']['output'];
  /** Most impactful first. */
  reviewQueue: Array<ReviewItem>;
  /** Training runs of all teams the queue hands out before this one (the team with the fewest runs first); null unless queued. */
  runsAheadInQueue?: Maybe<Scalars['Int']['output']>;
  seed: Scalars['Int']['output'];
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: RunStatus;
  /** The last value of each epoch metric, and the test score. */
  summary: Scalars['JSON']['output'];
  /** The likeliest label errors by the preferred ranking (see labelErrors; download every example as CSV from /api/runs/{id}/suspected-label-errors). */
  suspectedLabelErrors: Array<SuspectedLabelError>;
  tags: Array<Scalars['String']['output']>;
  /** How far the summary's test scores can be trusted: null for a run without test predictions (external, pre-training). */
  testUncertainty?: Maybe<TestUncertainty>;
  /** Why a run that has not started waits, when it is not only its place in the queue: its base model still pre-trains, or its team trains as many runs at once as it may while other teams wait. */
  waitReason?: Maybe<Scalars['String']['output']>;
  workerHost?: Maybe<Scalars['String']['output']>;
};


export type RunBestValuesArgs = {
  keys: Array<Scalars['String']['input']>;
};


export type RunEmbeddingNeighboursArgs = {
  column: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  value: Scalars['String']['input'];
};


export type RunLabelErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  ranking?: InputMaybe<LabelErrorRanking>;
};


export type RunLogsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type RunMetricsArgs = {
  fromStep?: InputMaybe<Scalars['Float']['input']>;
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  toStep?: InputMaybe<Scalars['Float']['input']>;
  withWallTime?: InputMaybe<Scalars['Boolean']['input']>;
};


export type RunReviewQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type RunSuspectedLabelErrorsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person's mark on a run's curves: a band over epochs or a marker at one. */
export type RunAnnotation = {
  __typename?: 'RunAnnotation';
  author: User;
  colour: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Whether the caller may edit or delete it: authors only. */
  editable: Scalars['Boolean']['output'];
  /** Null for a marker. */
  end?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  kind: AnnotationKind;
  label: Scalars['String']['output'];
  note: Scalars['String']['output'];
  /** The detected phase this band corrects, if any. */
  phase?: Maybe<PhaseName>;
  start: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type RunAnnotationInput = {
  /** #rrggbb; amber when left out. */
  colour?: InputMaybe<Scalars['String']['input']>;
  end?: InputMaybe<Scalars['Float']['input']>;
  kind: AnnotationKind;
  label: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Set on a band that corrects the detector's boundaries of this phase. */
  phase?: InputMaybe<PhaseName>;
  start: Scalars['Float']['input'];
};

export type RunAnnotationPayload = {
  __typename?: 'RunAnnotationPayload';
  annotation: RunAnnotation;
};

export type RunArtifact = {
  __typename?: 'RunArtifact';
  bytes: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  epoch: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type RunColumn = {
  __typename?: 'RunColumn';
  key: Scalars['String']['output'];
  source: RunColumnSource;
};

/** Keys to choose columns from, drawn from the team's 1,000 newest runs. */
export type RunColumnChoices = {
  __typename?: 'RunColumnChoices';
  configFields: Array<Scalars['String']['output']>;
  metrics: Array<Scalars['String']['output']>;
};

export type RunColumnInput = {
  key: Scalars['String']['input'];
  source: RunColumnSource;
};

export { RunColumnSource };

export type RunConnection = {
  __typename?: 'RunConnection';
  edges: Array<RunEdge>;
  nodes: Array<Run>;
  pageInfo: PageInfo;
};

export type RunEdge = {
  __typename?: 'RunEdge';
  cursor: Scalars['String']['output'];
  node: Run;
};

/** What a finished run's model learned, where its kind explains itself (Wide & Deep). */
export type RunExplanation = {
  __typename?: 'RunExplanation';
  crossWeights: Array<CrossWeight>;
  /** Columns whose values have embeddings to compare. */
  embeddingColumns: Array<Scalars['String']['output']>;
};


/** What a finished run's model learned, where its kind explains itself (Wide & Deep). */
export type RunExplanationCrossWeightsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RunFilter = {
  /** Created at or after. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Created before. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** The user who launched the runs. */
  createdBy?: InputMaybe<Scalars['ID']['input']>;
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** An experiment of the tracking API (its MLflow id; 0 is Default). */
  experimentId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Words each found in the run's name, a tag or its config (keys and values), in any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<RunStatus>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** Runs launched together to be read together, e.g. an ablation over a kind's modes. */
export type RunGroup = {
  __typename?: 'RunGroup';
  /** Its runs by configuration: runs that differ only in their seed are one, scored by the mean over their finished seeds. */
  configurations: Array<GroupConfiguration>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** ablation, sweep, or nested (an outside sweep's runs under an MLflow parent run). */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  runs: Array<Run>;
  /** The scores its configurations are compared on: the kind's headline test scores, or for a nested group up to four held-out scores its runs logged. */
  scoreKeys: Array<Scalars['String']['output']>;
  /** The config fields its runs differ in, e.g. mode; for a nested group, the params with more than one value. */
  varies: Scalars['String']['output'];
};

export type RunGroupPayload = {
  __typename?: 'RunGroupPayload';
  group: RunGroup;
};

/** A kind of run, with the task types it trains on and its config's defaults. */
export type RunKind = {
  __typename?: 'RunKind';
  defaultConfig: Scalars['JSON']['output'];
  description: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** False for a kind trained by its own code outside Phaselab (external): it is logged through the tracking API, not launched. */
  launchable: Scalars['Boolean']['output'];
  taskTypes: Array<TaskType>;
};

export type RunLogLine = {
  __typename?: 'RunLogLine';
  at: Scalars['DateTime']['output'];
  /** Which start of the run wrote it: a run resumed after a worker died has attempts 1, 2, … */
  attempt: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RunOrder = {
  /** The config field a CONFIG sort reads. */
  configField?: InputMaybe<Scalars['String']['input']>;
  direction?: SortDirection;
  field: RunOrderField;
  /** The summary key a METRIC sort reads. */
  metric?: InputMaybe<Scalars['String']['input']>;
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

export type RunPayload = {
  __typename?: 'RunPayload';
  run: Run;
};

export { RunStatus };

/** A public read-only link to one comparison. Only its hash is stored; the token is shown once. */
export type ShareLink = {
  __typename?: 'ShareLink';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ShareLinkPayload = {
  __typename?: 'ShareLinkPayload';
  shareLink: ShareLink;
};

/** One comparison as its public link shows it, without sign-in. */
export type SharedComparison = {
  __typename?: 'SharedComparison';
  metrics: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  note: Scalars['String']['output'];
  runs: Array<SharedRun>;
  /** Curves of the comparison's runs and metrics only (keys outside them are ignored); maxPoints per curve defaults to what its charts need (1,000 for a few runs, 300 for fifty) and is at most 1,000; wall times default to whether its x-axis is time. */
  series: Array<MetricSeries>;
  settings: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** One comparison as its public link shows it, without sign-in. */
export type SharedComparisonSeriesArgs = {
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
  maxPoints?: InputMaybe<Scalars['Int']['input']>;
  withWallTime?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person's band or marker on a shared run, without its author. */
export type SharedMark = {
  __typename?: 'SharedMark';
  colour: Scalars['String']['output'];
  end?: Maybe<Scalars['Float']['output']>;
  kind: AnnotationKind;
  label: Scalars['String']['output'];
  start: Scalars['Float']['output'];
};

/** A phase of a shared run, without who corrected it. */
export type SharedPhase = {
  __typename?: 'SharedPhase';
  end: Scalars['Float']['output'];
  phase: PhaseName;
  start: Scalars['Float']['output'];
};

/** A run as a public link shows it: what the comparison needs and nothing else. */
export type SharedRun = {
  __typename?: 'SharedRun';
  config: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  epochs: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  marks: Array<SharedMark>;
  name: Scalars['String']['output'];
  phases: Array<SharedPhase>;
  status: RunStatus;
  summary: Scalars['JSON']['output'];
  /** How far its test scores can be trusted: 95% intervals, as on the run. */
  testUncertainty?: Maybe<TestUncertainty>;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** The same answer whether or not the address has an account: the mail sent to it says which. */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  email: Scalars['String']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type SplitConfig = {
  __typename?: 'SplitConfig';
  seed: Scalars['Int']['output'];
  test: Scalars['Float']['output'];
  train: Scalars['Float']['output'];
  validation: Scalars['Float']['output'];
};

export type SplitCounts = {
  __typename?: 'SplitCounts';
  test: Scalars['Int']['output'];
  train: Scalars['Int']['output'];
  validation: Scalars['Int']['output'];
};

/** Fractions add up to 1; the same seed over the same rows gives the same split. */
export type SplitInput = {
  seed?: InputMaybe<Scalars['Int']['input']>;
  test?: InputMaybe<Scalars['Float']['input']>;
  train?: InputMaybe<Scalars['Float']['input']>;
  validation?: InputMaybe<Scalars['Float']['input']>;
};

/** A training example whose label is likely wrong, by a ranking over the run's epochs. */
export type SuspectedLabelError = {
  __typename?: 'SuspectedLabelError';
  givenLabel: Scalars['String']['output'];
  /** Whether the run corrupted this label on purpose; null without label noise. */
  injected?: Maybe<Scalars['Boolean']['output']>;
  /** The line of the uploaded file it came from. */
  line: Scalars['Int']['output'];
  /** The loss at the latest epoch. */
  loss: Scalars['Float']['output'];
  /** The model's prediction at the latest epoch. */
  predictedLabel: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  /** The ranking's score: higher is more suspect. */
  score: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

/** One varied field of a sweep: a config path such as noise.rate (or seed) and its values. */
export type SweepAxisInput = {
  field: Scalars['String']['input'];
  values: Array<Scalars['JSONValue']['input']>;
};

export { TaskType };

export type Team = {
  __typename?: 'Team';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** What the caller may do here, as resource:action names; the UI hides what is missing. */
  permissions: Array<Scalars['String']['output']>;
  slug: Scalars['String']['output'];
  /** The caller's role here; for an API token, the token's effective role. */
  viewerRole: Role;
};

export type TeamMembership = {
  __typename?: 'TeamMembership';
  role: Role;
  team: Team;
};

export type TestUncertainty = {
  __typename?: 'TestUncertainty';
  intervals: Array<MetricInterval>;
  /** Items in the test split. */
  items: Scalars['Int']['output'];
  /** The class with the fewest test items, and their number (under about 30, macro scores swing); null for tagging. */
  smallestClass?: Maybe<Scalars['String']['output']>;
  smallestClassItems?: Maybe<Scalars['Int']['output']>;
};

export type TokenStats = {
  __typename?: 'TokenStats';
  count: Scalars['Int']['output'];
  /** Mentions per entity type. */
  entities: Array<ValueCount>;
  tagScheme: Scalars['String']['output'];
};

/** What stays editable once a run exists; an absent field is left as it is. */
export type UpdateRunInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTeamInput = {
  name: Scalars['String']['input'];
};

export type UpdateTeamPayload = {
  __typename?: 'UpdateTeamPayload';
  team: Team;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

export type ValueCount = {
  __typename?: 'ValueCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type Verdict =
  /** An interval crosses zero, or fewer than two seeds finished for a pair. */
  | 'INCONCLUSIVE'
  /** A difference's interval lies below zero: the other configuration is clearly better. */
  | 'NOT_SUPPORTED'
  /** Every difference's interval lies above zero. */
  | 'SUPPORTED';

export type Viewer = {
  __typename?: 'Viewer';
  memberships: Array<TeamMembership>;
  user: User;
};

export type Worker = {
  __typename?: 'Worker';
  concurrency: Scalars['Int']['output'];
  /** Null unless the instance sets PHASELAB_EXPOSE_WORKER_HOSTS=1 (one organisation's own install): workers serve every team, and no tenant needs the hosts they run on. */
  host?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  /** A short label that tells workers apart, such as: worker 3f2a1c. */
  name: Scalars['String']['output'];
  online: Scalars['Boolean']['output'];
  pid?: Maybe<Scalars['Int']['output']>;
  startedAt: Scalars['DateTime']['output'];
};

export type WorkerStatus = {
  __typename?: 'WorkerStatus';
  online: Scalars['Int']['output'];
  workers: Array<Worker>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  AnnotationKind: AnnotationKind;
  ApiToken: ResolverTypeWrapper<ApiTokenModel>;
  ApiTokenConnection: ResolverTypeWrapper<Omit<ApiTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ApiTokenEdge']>, nodes: Array<ResolversTypes['ApiToken']> }>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  AuditEvent: ResolverTypeWrapper<AuditEventModel>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  BaseModel: ResolverTypeWrapper<RunModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: ResolverTypeWrapper<Omit<ChangeMemberRolePayload, 'member'> & { member: ResolversTypes['Member'] }>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: ResolverTypeWrapper<Omit<ChangePasswordPayload, 'user'> & { user: ResolversTypes['User'] }>;
  ClaimDifference: ResolverTypeWrapper<ClaimDifference>;
  ClassProbability: ResolverTypeWrapper<ClassProbability>;
  ColumnStats: ResolverTypeWrapper<ColumnStatsModel>;
  ColumnType: ColumnType;
  Comparison: ResolverTypeWrapper<ComparisonModel>;
  ComparisonInput: ComparisonInput;
  ComparisonPayload: ResolverTypeWrapper<Omit<ComparisonPayload, 'comparison'> & { comparison: ResolversTypes['Comparison'] }>;
  ConfigurationScore: ResolverTypeWrapper<ConfigurationScore>;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: ResolverTypeWrapper<Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  CreateDatasetInput: CreateDatasetInput;
  CreateDatasetPayload: ResolverTypeWrapper<Omit<CreateDatasetPayload, 'dataset'> & { dataset: ResolversTypes['Dataset'] }>;
  CreateDatasetVersionInput: CreateDatasetVersionInput;
  CreateDatasetVersionPayload: ResolverTypeWrapper<Omit<CreateDatasetVersionPayload, 'version'> & { version: ResolversTypes['DatasetVersion'] }>;
  CreateInvitationInput: CreateInvitationInput;
  CreateInvitationPayload: ResolverTypeWrapper<Omit<CreateInvitationPayload, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  CreateRunInput: CreateRunInput;
  CreateShareLinkPayload: ResolverTypeWrapper<Omit<CreateShareLinkPayload, 'shareLink'> & { shareLink: ResolversTypes['ShareLink'] }>;
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: ResolverTypeWrapper<Omit<CreateTeamPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  CrossWeight: ResolverTypeWrapper<CrossWeight>;
  Dataset: ResolverTypeWrapper<DatasetModel>;
  DatasetColumn: ResolverTypeWrapper<DatasetColumn>;
  DatasetColumnInput: DatasetColumnInput;
  DatasetConnection: ResolverTypeWrapper<Omit<DatasetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DatasetEdge']>, nodes: Array<ResolversTypes['Dataset']> }>;
  DatasetEdge: ResolverTypeWrapper<Omit<DatasetEdge, 'node'> & { node: ResolversTypes['Dataset'] }>;
  DatasetFormat: DatasetFormat;
  DatasetPayload: ResolverTypeWrapper<Omit<DatasetPayload, 'dataset'> & { dataset: ResolversTypes['Dataset'] }>;
  DatasetSample: ResolverTypeWrapper<SampleModel>;
  DatasetSchema: ResolverTypeWrapper<DatasetSchemaModel>;
  DatasetSchemaInput: DatasetSchemaInput;
  DatasetUpload: ResolverTypeWrapper<DatasetUploadModel>;
  DatasetVersion: ResolverTypeWrapper<DatasetVersionModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecisionScores: ResolverTypeWrapper<DecisionScores>;
  DeleteComparisonPayload: ResolverTypeWrapper<DeleteComparisonPayload>;
  DeleteDatasetPayload: ResolverTypeWrapper<DeleteDatasetPayload>;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  DeleteRunAnnotationPayload: ResolverTypeWrapper<DeleteRunAnnotationPayload>;
  EmbeddingNeighbour: ResolverTypeWrapper<EmbeddingNeighbour>;
  Experiment: ResolverTypeWrapper<ExperimentModel>;
  ExperimentConnection: ResolverTypeWrapper<Omit<ExperimentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ExperimentEdge']>, nodes: Array<ResolversTypes['Experiment']> }>;
  ExperimentEdge: ResolverTypeWrapper<Omit<ExperimentEdge, 'node'> & { node: ResolversTypes['Experiment'] }>;
  Finding: ResolverTypeWrapper<FindingModel>;
  FindingPhases: ResolverTypeWrapper<FindingPhases>;
  FindingScore: ResolverTypeWrapper<FindingScore>;
  FiredRule: ResolverTypeWrapper<FiredRule>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GroupConfiguration: ResolverTypeWrapper<Omit<GroupConfiguration, 'runs'> & { runs: Array<ResolversTypes['Run']> }>;
  HealthCheck: ResolverTypeWrapper<HealthCheckModel>;
  HybridClassScore: ResolverTypeWrapper<HybridClassScore>;
  HybridReport: ResolverTypeWrapper<HybridReportModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportRulesPayload: ResolverTypeWrapper<Omit<ImportRulesPayload, 'rules'> & { rules: Array<ResolversTypes['Rule']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InvitationEdge']>, nodes: Array<ResolversTypes['Invitation']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationPreview: ResolverTypeWrapper<InvitationPreview>;
  InvitationStatus: InvitationStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JSONValue: ResolverTypeWrapper<Scalars['JSONValue']['output']>;
  KeyValue: ResolverTypeWrapper<KeyValue>;
  LabelErrorRanking: LabelErrorRanking;
  LabelErrorRankingScore: ResolverTypeWrapper<LabelErrorRankingScore>;
  LabelErrorReport: ResolverTypeWrapper<LabelErrorReport>;
  LaunchSweepInput: LaunchSweepInput;
  LeaveTeamPayload: ResolverTypeWrapper<LeaveTeamPayload>;
  LogRunExampleEpochInput: LogRunExampleEpochInput;
  LogRunExampleEpochPayload: ResolverTypeWrapper<LogRunExampleEpochPayload>;
  Member: ResolverTypeWrapper<MemberRowModel>;
  MemberConnection: ResolverTypeWrapper<Omit<MemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MemberEdge']>, nodes: Array<ResolversTypes['Member']> }>;
  MemberEdge: ResolverTypeWrapper<Omit<MemberEdge, 'node'> & { node: ResolversTypes['Member'] }>;
  MetricInterval: ResolverTypeWrapper<MetricInterval>;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  MetricSeries: ResolverTypeWrapper<MetricSeriesModel>;
  MetricValue: ResolverTypeWrapper<MetricValue>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoisyExample: ResolverTypeWrapper<NoisyExample>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Phase: ResolverTypeWrapper<EffectivePhaseModel>;
  PhaseDetection: ResolverTypeWrapper<PhaseDetectionRowModel>;
  PhaseDetectionStatus: PhaseDetectionStatus;
  PhaseDetectorParams: PhaseDetectorParams;
  PhaseFinding: ResolverTypeWrapper<PhaseFindingModel>;
  PhaseName: PhaseName;
  PrecisionCoveragePoint: ResolverTypeWrapper<PrecisionCoveragePoint>;
  PredictedRow: ResolverTypeWrapper<PredictedRow>;
  Prediction: ResolverTypeWrapper<PredictionModel>;
  PredictionPayload: ResolverTypeWrapper<Omit<PredictionPayload, 'prediction'> & { prediction: ResolversTypes['Prediction'] }>;
  PredictionStatus: PredictionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterRunExamplesInput: RegisterRunExamplesInput;
  RegisterRunExamplesPayload: ResolverTypeWrapper<RegisterRunExamplesPayload>;
  RelabelRowsInput: RelabelRowsInput;
  ReleasedScores: ResolverTypeWrapper<ReleasedScores>;
  RemoveMemberPayload: ResolverTypeWrapper<RemoveMemberPayload>;
  RenameDatasetInput: RenameDatasetInput;
  RequestHealthCheckPayload: ResolverTypeWrapper<Omit<RequestHealthCheckPayload, 'healthCheck'> & { healthCheck: ResolversTypes['HealthCheck'] }>;
  ReviewItem: ResolverTypeWrapper<ReviewItemModel>;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  RevokeInvitationPayload: ResolverTypeWrapper<Omit<RevokeInvitationPayload, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  Role: Role;
  RowLabel: RowLabel;
  Rule: ResolverTypeWrapper<RuleModel>;
  RuleAnalysis: ResolverTypeWrapper<Omit<RuleAnalysis, 'rules'> & { rules: Array<ResolversTypes['RuleStats']> }>;
  RuleChanges: RuleChanges;
  RuleFormat: RuleFormat;
  RuleInput: RuleInput;
  RuleKind: RuleKind;
  RuleMatch: ResolverTypeWrapper<RuleMatch>;
  RulePayload: ResolverTypeWrapper<Omit<RulePayload, 'rule'> & { rule: ResolversTypes['Rule'] }>;
  RuleRevision: ResolverTypeWrapper<RuleRevisionModel>;
  RuleSet: ResolverTypeWrapper<RuleSetModel>;
  RuleSetInput: RuleSetInput;
  RuleSetPayload: ResolverTypeWrapper<Omit<RuleSetPayload, 'ruleSet'> & { ruleSet: ResolversTypes['RuleSet'] }>;
  RuleStats: ResolverTypeWrapper<Omit<RuleStats, 'rule'> & { rule: ResolversTypes['Rule'] }>;
  RuleTest: ResolverTypeWrapper<RuleTest>;
  RuleTestInput: RuleTestInput;
  Run: ResolverTypeWrapper<RunModel>;
  RunAnnotation: ResolverTypeWrapper<RunAnnotationModel>;
  RunAnnotationInput: RunAnnotationInput;
  RunAnnotationPayload: ResolverTypeWrapper<Omit<RunAnnotationPayload, 'annotation'> & { annotation: ResolversTypes['RunAnnotation'] }>;
  RunArtifact: ResolverTypeWrapper<RunArtifact>;
  RunColumn: ResolverTypeWrapper<RunColumn>;
  RunColumnChoices: ResolverTypeWrapper<RunColumnChoices>;
  RunColumnInput: RunColumnInput;
  RunColumnSource: RunColumnSource;
  RunConnection: ResolverTypeWrapper<Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RunEdge']>, nodes: Array<ResolversTypes['Run']> }>;
  RunEdge: ResolverTypeWrapper<Omit<RunEdge, 'node'> & { node: ResolversTypes['Run'] }>;
  RunExplanation: ResolverTypeWrapper<ExplanationModel>;
  RunFilter: RunFilter;
  RunGroup: ResolverTypeWrapper<RunGroupModel>;
  RunGroupPayload: ResolverTypeWrapper<Omit<RunGroupPayload, 'group'> & { group: ResolversTypes['RunGroup'] }>;
  RunKind: ResolverTypeWrapper<RunKind>;
  RunLogLine: ResolverTypeWrapper<RunLogLine>;
  RunOrder: RunOrder;
  RunOrderField: RunOrderField;
  RunPayload: ResolverTypeWrapper<Omit<RunPayload, 'run'> & { run: ResolversTypes['Run'] }>;
  RunStatus: RunStatus;
  ShareLink: ResolverTypeWrapper<ComparisonShareModel>;
  ShareLinkPayload: ResolverTypeWrapper<Omit<ShareLinkPayload, 'shareLink'> & { shareLink: ResolversTypes['ShareLink'] }>;
  SharedComparison: ResolverTypeWrapper<SharedComparisonModel>;
  SharedMark: ResolverTypeWrapper<SharedMark>;
  SharedPhase: ResolverTypeWrapper<SharedPhase>;
  SharedRun: ResolverTypeWrapper<SharedRunViewModel>;
  SignUpInput: SignUpInput;
  SignUpPayload: ResolverTypeWrapper<SignUpPayload>;
  SortDirection: SortDirection;
  SplitConfig: ResolverTypeWrapper<SplitConfig>;
  SplitCounts: ResolverTypeWrapper<SplitCounts>;
  SplitInput: SplitInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SuspectedLabelError: ResolverTypeWrapper<SuspectedLabelError>;
  SweepAxisInput: SweepAxisInput;
  TaskType: TaskType;
  Team: ResolverTypeWrapper<TeamViewModel>;
  TeamMembership: ResolverTypeWrapper<Omit<TeamMembership, 'team'> & { team: ResolversTypes['Team'] }>;
  TestUncertainty: ResolverTypeWrapper<TestUncertainty>;
  TokenStats: ResolverTypeWrapper<TokenStatsModel>;
  UpdateRunInput: UpdateRunInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: ResolverTypeWrapper<Omit<UpdateTeamPayload, 'team'> & { team: ResolversTypes['Team'] }>;
  User: ResolverTypeWrapper<UserModel>;
  ValueCount: ResolverTypeWrapper<ValueCount>;
  Verdict: Verdict;
  Viewer: ResolverTypeWrapper<ViewerModelModel>;
  Worker: ResolverTypeWrapper<WorkerModel>;
  WorkerStatus: ResolverTypeWrapper<Omit<WorkerStatus, 'workers'> & { workers: Array<ResolversTypes['Worker']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  ApiToken: ApiTokenModel;
  ApiTokenConnection: Omit<ApiTokenConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ApiTokenEdge']>, nodes: Array<ResolversParentTypes['ApiToken']> };
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  AuditEvent: AuditEventModel;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  BaseModel: RunModel;
  Boolean: Scalars['Boolean']['output'];
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRolePayload: Omit<ChangeMemberRolePayload, 'member'> & { member: ResolversParentTypes['Member'] };
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordPayload: Omit<ChangePasswordPayload, 'user'> & { user: ResolversParentTypes['User'] };
  ClaimDifference: ClaimDifference;
  ClassProbability: ClassProbability;
  ColumnStats: ColumnStatsModel;
  Comparison: ComparisonModel;
  ComparisonInput: ComparisonInput;
  ComparisonPayload: Omit<ComparisonPayload, 'comparison'> & { comparison: ResolversParentTypes['Comparison'] };
  ConfigurationScore: ConfigurationScore;
  CreateApiTokenInput: CreateApiTokenInput;
  CreateApiTokenPayload: Omit<CreateApiTokenPayload, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  CreateDatasetInput: CreateDatasetInput;
  CreateDatasetPayload: Omit<CreateDatasetPayload, 'dataset'> & { dataset: ResolversParentTypes['Dataset'] };
  CreateDatasetVersionInput: CreateDatasetVersionInput;
  CreateDatasetVersionPayload: Omit<CreateDatasetVersionPayload, 'version'> & { version: ResolversParentTypes['DatasetVersion'] };
  CreateInvitationInput: CreateInvitationInput;
  CreateInvitationPayload: Omit<CreateInvitationPayload, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  CreateRunInput: CreateRunInput;
  CreateShareLinkPayload: Omit<CreateShareLinkPayload, 'shareLink'> & { shareLink: ResolversParentTypes['ShareLink'] };
  CreateTeamInput: CreateTeamInput;
  CreateTeamPayload: Omit<CreateTeamPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  CrossWeight: CrossWeight;
  Dataset: DatasetModel;
  DatasetColumn: DatasetColumn;
  DatasetColumnInput: DatasetColumnInput;
  DatasetConnection: Omit<DatasetConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DatasetEdge']>, nodes: Array<ResolversParentTypes['Dataset']> };
  DatasetEdge: Omit<DatasetEdge, 'node'> & { node: ResolversParentTypes['Dataset'] };
  DatasetPayload: Omit<DatasetPayload, 'dataset'> & { dataset: ResolversParentTypes['Dataset'] };
  DatasetSample: SampleModel;
  DatasetSchema: DatasetSchemaModel;
  DatasetSchemaInput: DatasetSchemaInput;
  DatasetUpload: DatasetUploadModel;
  DatasetVersion: DatasetVersionModel;
  DateTime: Scalars['DateTime']['output'];
  DecisionScores: DecisionScores;
  DeleteComparisonPayload: DeleteComparisonPayload;
  DeleteDatasetPayload: DeleteDatasetPayload;
  DeletePayload: DeletePayload;
  DeleteRunAnnotationPayload: DeleteRunAnnotationPayload;
  EmbeddingNeighbour: EmbeddingNeighbour;
  Experiment: ExperimentModel;
  ExperimentConnection: Omit<ExperimentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ExperimentEdge']>, nodes: Array<ResolversParentTypes['Experiment']> };
  ExperimentEdge: Omit<ExperimentEdge, 'node'> & { node: ResolversParentTypes['Experiment'] };
  Finding: FindingModel;
  FindingPhases: FindingPhases;
  FindingScore: FindingScore;
  FiredRule: FiredRule;
  Float: Scalars['Float']['output'];
  GroupConfiguration: Omit<GroupConfiguration, 'runs'> & { runs: Array<ResolversParentTypes['Run']> };
  HealthCheck: HealthCheckModel;
  HybridClassScore: HybridClassScore;
  HybridReport: HybridReportModel;
  ID: Scalars['ID']['output'];
  ImportRulesPayload: Omit<ImportRulesPayload, 'rules'> & { rules: Array<ResolversParentTypes['Rule']> };
  Int: Scalars['Int']['output'];
  Invitation: InvitationModel;
  InvitationConnection: Omit<InvitationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InvitationEdge']>, nodes: Array<ResolversParentTypes['Invitation']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationPreview: InvitationPreview;
  JSON: Scalars['JSON']['output'];
  JSONValue: Scalars['JSONValue']['output'];
  KeyValue: KeyValue;
  LabelErrorRankingScore: LabelErrorRankingScore;
  LabelErrorReport: LabelErrorReport;
  LaunchSweepInput: LaunchSweepInput;
  LeaveTeamPayload: LeaveTeamPayload;
  LogRunExampleEpochInput: LogRunExampleEpochInput;
  LogRunExampleEpochPayload: LogRunExampleEpochPayload;
  Member: MemberRowModel;
  MemberConnection: Omit<MemberConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MemberEdge']>, nodes: Array<ResolversParentTypes['Member']> };
  MemberEdge: Omit<MemberEdge, 'node'> & { node: ResolversParentTypes['Member'] };
  MetricInterval: MetricInterval;
  MetricPoint: MetricPoint;
  MetricSeries: MetricSeriesModel;
  MetricValue: MetricValue;
  Mutation: Record<PropertyKey, never>;
  NoisyExample: NoisyExample;
  PageInfo: PageInfo;
  Phase: EffectivePhaseModel;
  PhaseDetection: PhaseDetectionRowModel;
  PhaseDetectorParams: PhaseDetectorParams;
  PhaseFinding: PhaseFindingModel;
  PrecisionCoveragePoint: PrecisionCoveragePoint;
  PredictedRow: PredictedRow;
  Prediction: PredictionModel;
  PredictionPayload: Omit<PredictionPayload, 'prediction'> & { prediction: ResolversParentTypes['Prediction'] };
  Query: Record<PropertyKey, never>;
  RegisterRunExamplesInput: RegisterRunExamplesInput;
  RegisterRunExamplesPayload: RegisterRunExamplesPayload;
  RelabelRowsInput: RelabelRowsInput;
  ReleasedScores: ReleasedScores;
  RemoveMemberPayload: RemoveMemberPayload;
  RenameDatasetInput: RenameDatasetInput;
  RequestHealthCheckPayload: Omit<RequestHealthCheckPayload, 'healthCheck'> & { healthCheck: ResolversParentTypes['HealthCheck'] };
  ReviewItem: ReviewItemModel;
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  RevokeInvitationPayload: Omit<RevokeInvitationPayload, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  RowLabel: RowLabel;
  Rule: RuleModel;
  RuleAnalysis: Omit<RuleAnalysis, 'rules'> & { rules: Array<ResolversParentTypes['RuleStats']> };
  RuleChanges: RuleChanges;
  RuleInput: RuleInput;
  RuleMatch: RuleMatch;
  RulePayload: Omit<RulePayload, 'rule'> & { rule: ResolversParentTypes['Rule'] };
  RuleRevision: RuleRevisionModel;
  RuleSet: RuleSetModel;
  RuleSetInput: RuleSetInput;
  RuleSetPayload: Omit<RuleSetPayload, 'ruleSet'> & { ruleSet: ResolversParentTypes['RuleSet'] };
  RuleStats: Omit<RuleStats, 'rule'> & { rule: ResolversParentTypes['Rule'] };
  RuleTest: RuleTest;
  RuleTestInput: RuleTestInput;
  Run: RunModel;
  RunAnnotation: RunAnnotationModel;
  RunAnnotationInput: RunAnnotationInput;
  RunAnnotationPayload: Omit<RunAnnotationPayload, 'annotation'> & { annotation: ResolversParentTypes['RunAnnotation'] };
  RunArtifact: RunArtifact;
  RunColumn: RunColumn;
  RunColumnChoices: RunColumnChoices;
  RunColumnInput: RunColumnInput;
  RunConnection: Omit<RunConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RunEdge']>, nodes: Array<ResolversParentTypes['Run']> };
  RunEdge: Omit<RunEdge, 'node'> & { node: ResolversParentTypes['Run'] };
  RunExplanation: ExplanationModel;
  RunFilter: RunFilter;
  RunGroup: RunGroupModel;
  RunGroupPayload: Omit<RunGroupPayload, 'group'> & { group: ResolversParentTypes['RunGroup'] };
  RunKind: RunKind;
  RunLogLine: RunLogLine;
  RunOrder: RunOrder;
  RunPayload: Omit<RunPayload, 'run'> & { run: ResolversParentTypes['Run'] };
  ShareLink: ComparisonShareModel;
  ShareLinkPayload: Omit<ShareLinkPayload, 'shareLink'> & { shareLink: ResolversParentTypes['ShareLink'] };
  SharedComparison: SharedComparisonModel;
  SharedMark: SharedMark;
  SharedPhase: SharedPhase;
  SharedRun: SharedRunViewModel;
  SignUpInput: SignUpInput;
  SignUpPayload: SignUpPayload;
  SplitConfig: SplitConfig;
  SplitCounts: SplitCounts;
  SplitInput: SplitInput;
  String: Scalars['String']['output'];
  SuspectedLabelError: SuspectedLabelError;
  SweepAxisInput: SweepAxisInput;
  Team: TeamViewModel;
  TeamMembership: Omit<TeamMembership, 'team'> & { team: ResolversParentTypes['Team'] };
  TestUncertainty: TestUncertainty;
  TokenStats: TokenStatsModel;
  UpdateRunInput: UpdateRunInput;
  UpdateTeamInput: UpdateTeamInput;
  UpdateTeamPayload: Omit<UpdateTeamPayload, 'team'> & { team: ResolversParentTypes['Team'] };
  User: UserModel;
  ValueCount: ValueCount;
  Viewer: ViewerModelModel;
  Worker: WorkerModel;
  WorkerStatus: Omit<WorkerStatus, 'workers'> & { workers: Array<ResolversParentTypes['Worker']> };
};

export type AcceptInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = {
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type AnnotationKindResolvers = EnumResolverSignature<{ BAND?: any, MARKER?: any }, ResolversTypes['AnnotationKind']>;

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type ApiTokenConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ApiTokenEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorTokenId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type BaseModelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BaseModel'] = ResolversParentTypes['BaseModel']> = {
  corpus?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heads?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  layers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mlmAccuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  preset?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  tokenize?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BaseModelTokenizeArgs, 'text'>>;
  vocabularySize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeMemberRolePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeMemberRolePayload'] = ResolversParentTypes['ChangeMemberRolePayload']> = {
  member?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type ChangePasswordPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangePasswordPayload'] = ResolversParentTypes['ChangePasswordPayload']> = {
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type ClaimDifferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimDifference'] = ResolversParentTypes['ClaimDifference']> = {
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  seeds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ClassProbabilityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClassProbability'] = ResolversParentTypes['ClassProbability']> = {
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ColumnStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ColumnStats'] = ResolversParentTypes['ColumnStats']> = {
  distinct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distinctCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  top?: Resolver<Maybe<Array<ResolversTypes['ValueCount']>>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ColumnType'], ParentType, ContextType>;
};

export type ColumnTypeResolvers = EnumResolverSignature<{ CATEGORICAL?: any, IGNORE?: any, NUMERIC?: any, TAGS?: any, TEXT?: any, TOKENS?: any }, ResolversTypes['ColumnType']>;

export type ComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['RunGroup']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  series?: Resolver<Maybe<Array<ResolversTypes['MetricSeries']>>, ParentType, ContextType, Partial<ComparisonSeriesArgs>>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  shareLinks?: Resolver<Array<ResolversTypes['ShareLink']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ComparisonPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComparisonPayload'] = ResolversParentTypes['ComparisonPayload']> = {
  comparison?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType>;
};

export type ConfigurationScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ConfigurationScore'] = ResolversParentTypes['ConfigurationScore']> = {
  best?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreateApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateApiTokenPayload'] = ResolversParentTypes['CreateApiTokenPayload']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateDatasetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateDatasetPayload'] = ResolversParentTypes['CreateDatasetPayload']> = {
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
};

export type CreateDatasetVersionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateDatasetVersionPayload'] = ResolversParentTypes['CreateDatasetVersionPayload']> = {
  version?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType>;
};

export type CreateInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateInvitationPayload'] = ResolversParentTypes['CreateInvitationPayload']> = {
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  inviteUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateShareLinkPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateShareLinkPayload'] = ResolversParentTypes['CreateShareLinkPayload']> = {
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shareLink?: Resolver<ResolversTypes['ShareLink'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreateTeamPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateTeamPayload'] = ResolversParentTypes['CreateTeamPayload']> = {
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type CrossWeightResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CrossWeight'] = ResolversParentTypes['CrossWeight']> = {
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  feature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DatasetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestVersion?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['DatasetVersion']>, ParentType, ContextType>;
};

export type DatasetColumnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetColumn'] = ResolversParentTypes['DatasetColumn']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ColumnType'], ParentType, ContextType>;
};

export type DatasetConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetConnection'] = ResolversParentTypes['DatasetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DatasetEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DatasetEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetEdge'] = ResolversParentTypes['DatasetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
};

export type DatasetFormatResolvers = EnumResolverSignature<{ CONLL?: any, CSV?: any, JSONL?: any, TEXT?: any, TSV?: any }, ResolversTypes['DatasetFormat']>;

export type DatasetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetPayload'] = ResolversParentTypes['DatasetPayload']> = {
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
};

export type DatasetSampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetSample'] = ResolversParentTypes['DatasetSample']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paradigm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taskType?: Resolver<ResolversTypes['TaskType'], ParentType, ContextType>;
};

export type DatasetSchemaResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetSchema'] = ResolversParentTypes['DatasetSchema']> = {
  columns?: Resolver<Array<ResolversTypes['DatasetColumn']>, ParentType, ContextType>;
  labelColumn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taskType?: Resolver<ResolversTypes['TaskType'], ParentType, ContextType>;
};

export type DatasetUploadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetUpload'] = ResolversParentTypes['DatasetUpload']> = {
  bytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  compressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DatasetFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredSchema?: Resolver<ResolversTypes['DatasetSchema'], ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatasetVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DatasetVersion'] = ResolversParentTypes['DatasetVersion']> = {
  bytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  columnStats?: Resolver<Array<ResolversTypes['ColumnStats']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['DatasetFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labelDistribution?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preview?: Resolver<Array<ResolversTypes['JSON']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schema?: Resolver<ResolversTypes['DatasetSchema'], ParentType, ContextType>;
  splitConfig?: Resolver<ResolversTypes['SplitConfig'], ParentType, ContextType>;
  splitCounts?: Resolver<ResolversTypes['SplitCounts'], ParentType, ContextType>;
  taskType?: Resolver<ResolversTypes['TaskType'], ParentType, ContextType>;
  tokenStats?: Resolver<Maybe<ResolversTypes['TokenStats']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionScoresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionScores'] = ResolversParentTypes['DecisionScores']> = {
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  f1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  macroF1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DeleteComparisonPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteComparisonPayload'] = ResolversParentTypes['DeleteComparisonPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeleteDatasetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteDatasetPayload'] = ResolversParentTypes['DeleteDatasetPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeletePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DeleteRunAnnotationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteRunAnnotationPayload'] = ResolversParentTypes['DeleteRunAnnotationPayload']> = {
  deletedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmbeddingNeighbourResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EmbeddingNeighbour'] = ResolversParentTypes['EmbeddingNeighbour']> = {
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExperimentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Experiment'] = ResolversParentTypes['Experiment']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
};

export type ExperimentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExperimentConnection'] = ResolversParentTypes['ExperimentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExperimentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Experiment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ExperimentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExperimentEdge'] = ResolversParentTypes['ExperimentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Experiment'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['ClaimDifference']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['RunGroup'], ParentType, ContextType>;
  phases?: Resolver<Maybe<ResolversTypes['PhaseFinding']>, ParentType, ContextType>;
  scoreKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['FindingScore']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
};

export type FindingPhasesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingPhases'] = ResolversParentTypes['FindingPhases']> = {
  configuration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingScore'] = ResolversParentTypes['FindingScore']> = {
  configuration?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type FiredRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FiredRule'] = ResolversParentTypes['FiredRule']> = {
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RuleKind'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type GroupConfigurationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GroupConfiguration'] = ResolversParentTypes['GroupConfiguration']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  scores?: Resolver<Array<ResolversTypes['ConfigurationScore']>, ParentType, ContextType>;
};

export type HealthCheckResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HealthCheck'] = ResolversParentTypes['HealthCheck']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roundTripMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type HybridClassScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HybridClassScore'] = ResolversParentTypes['HybridClassScore']> = {
  f1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  releasedF1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validationDecided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validationPrecision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type HybridReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HybridReport'] = ResolversParentTypes['HybridReport']> = {
  classes?: Resolver<Array<ResolversTypes['HybridClassScore']>, ParentType, ContextType>;
  combiner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  curve?: Resolver<Array<ResolversTypes['PrecisionCoveragePoint']>, ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelOnly?: Resolver<Maybe<ResolversTypes['DecisionScores']>, ParentType, ContextType>;
  modelTrainingRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  released?: Resolver<ResolversTypes['ReleasedScores'], ParentType, ContextType>;
  rulesBroke?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rulesFixed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  textField?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ungated?: Resolver<ResolversTypes['DecisionScores'], ParentType, ContextType>;
  weakLabels?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRulesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportRulesPayload'] = ResolversParentTypes['ImportRulesPayload']> = {
  rules?: Resolver<Array<ResolversTypes['Rule']>, ParentType, ContextType>;
};

export type InvitationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
};

export type InvitationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type InvitationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type InvitationPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationPreview'] = ResolversParentTypes['InvitationPreview']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invitedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  teamName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InvitationStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, EXPIRED?: any, PENDING?: any, REVOKED?: any }, ResolversTypes['InvitationStatus']>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface JsonValueScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONValue'], any> {
  name: 'JSONValue';
}

export type KeyValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KeyValue'] = ResolversParentTypes['KeyValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LabelErrorRankingScoreResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelErrorRankingScore'] = ResolversParentTypes['LabelErrorRankingScore']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  detectionF1?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ranking?: Resolver<ResolversTypes['LabelErrorRanking'], ParentType, ContextType>;
};

export type LabelErrorReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelErrorReport'] = ResolversParentTypes['LabelErrorReport']> = {
  earlyEpochsFrom?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  earlyEpochsThrough?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  examples?: Resolver<Array<ResolversTypes['SuspectedLabelError']>, ParentType, ContextType>;
  ranking?: Resolver<ResolversTypes['LabelErrorRanking'], ParentType, ContextType>;
  rankings?: Resolver<Array<ResolversTypes['LabelErrorRankingScore']>, ParentType, ContextType>;
};

export type LeaveTeamPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeaveTeamPayload'] = ResolversParentTypes['LeaveTeamPayload']> = {
  teamId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LogRunExampleEpochPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogRunExampleEpochPayload'] = ResolversParentTypes['LogRunExampleEpochPayload']> = {
  detectionF1?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memorizedFraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recoveredFraction?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = {
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MemberConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberConnection'] = ResolversParentTypes['MemberConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MemberEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MemberEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MemberEdge'] = ResolversParentTypes['MemberEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Member'], ParentType, ContextType>;
};

export type MetricIntervalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricInterval'] = ResolversParentTypes['MetricInterval']> = {
  high?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MetricPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = {
  epoch?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  wallTime?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MetricSeriesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricSeries'] = ResolversParentTypes['MetricSeries']> = {
  epochs?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['Float']>, ParentType, ContextType>;
  wallTimes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Float']>>>, ParentType, ContextType>;
};

export type MetricValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MetricValue'] = ResolversParentTypes['MetricValue']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  archiveDataset?: Resolver<ResolversTypes['DatasetPayload'], ParentType, ContextType, RequireFields<MutationArchiveDatasetArgs, 'id'>>;
  cancelRun?: Resolver<ResolversTypes['RunPayload'], ParentType, ContextType, RequireFields<MutationCancelRunArgs, 'id'>>;
  changeMemberRole?: Resolver<ResolversTypes['ChangeMemberRolePayload'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['CreateApiTokenPayload'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'input'>>;
  createDataset?: Resolver<ResolversTypes['CreateDatasetPayload'], ParentType, ContextType, RequireFields<MutationCreateDatasetArgs, 'input'>>;
  createDatasetVersion?: Resolver<ResolversTypes['CreateDatasetVersionPayload'], ParentType, ContextType, RequireFields<MutationCreateDatasetVersionArgs, 'input'>>;
  createInvitation?: Resolver<ResolversTypes['CreateInvitationPayload'], ParentType, ContextType, RequireFields<MutationCreateInvitationArgs, 'input'>>;
  createRule?: Resolver<ResolversTypes['RulePayload'], ParentType, ContextType, RequireFields<MutationCreateRuleArgs, 'input' | 'ruleSetId'>>;
  createRuleSet?: Resolver<ResolversTypes['RuleSetPayload'], ParentType, ContextType, RequireFields<MutationCreateRuleSetArgs, 'input'>>;
  createRun?: Resolver<ResolversTypes['RunPayload'], ParentType, ContextType, RequireFields<MutationCreateRunArgs, 'input'>>;
  createRunAnnotation?: Resolver<ResolversTypes['RunAnnotationPayload'], ParentType, ContextType, RequireFields<MutationCreateRunAnnotationArgs, 'input' | 'runId'>>;
  createSampleDataset?: Resolver<ResolversTypes['DatasetPayload'], ParentType, ContextType, RequireFields<MutationCreateSampleDatasetArgs, 'key'>>;
  createShareLink?: Resolver<ResolversTypes['CreateShareLinkPayload'], ParentType, ContextType, RequireFields<MutationCreateShareLinkArgs, 'comparisonId'>>;
  createTeam?: Resolver<ResolversTypes['CreateTeamPayload'], ParentType, ContextType, RequireFields<MutationCreateTeamArgs, 'input'>>;
  deleteComparison?: Resolver<ResolversTypes['DeleteComparisonPayload'], ParentType, ContextType, RequireFields<MutationDeleteComparisonArgs, 'id'>>;
  deleteDataset?: Resolver<ResolversTypes['DeleteDatasetPayload'], ParentType, ContextType, RequireFields<MutationDeleteDatasetArgs, 'id'>>;
  deleteRule?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteRuleArgs, 'id'>>;
  deleteRuleSet?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteRuleSetArgs, 'id'>>;
  deleteRunAnnotation?: Resolver<ResolversTypes['DeleteRunAnnotationPayload'], ParentType, ContextType, RequireFields<MutationDeleteRunAnnotationArgs, 'id'>>;
  detectPhases?: Resolver<ResolversTypes['RunPayload'], ParentType, ContextType, RequireFields<MutationDetectPhasesArgs, 'runId'>>;
  importRules?: Resolver<ResolversTypes['ImportRulesPayload'], ParentType, ContextType, RequireFields<MutationImportRulesArgs, 'format' | 'replace' | 'ruleSetId' | 'text'>>;
  launchAblation?: Resolver<ResolversTypes['RunGroupPayload'], ParentType, ContextType, RequireFields<MutationLaunchAblationArgs, 'input' | 'seeds'>>;
  launchSweep?: Resolver<ResolversTypes['RunGroupPayload'], ParentType, ContextType, RequireFields<MutationLaunchSweepArgs, 'input'>>;
  leaveTeam?: Resolver<ResolversTypes['LeaveTeamPayload'], ParentType, ContextType>;
  logRunExampleEpoch?: Resolver<ResolversTypes['LogRunExampleEpochPayload'], ParentType, ContextType, RequireFields<MutationLogRunExampleEpochArgs, 'input'>>;
  registerRunExamples?: Resolver<ResolversTypes['RegisterRunExamplesPayload'], ParentType, ContextType, RequireFields<MutationRegisterRunExamplesArgs, 'input'>>;
  relabelRows?: Resolver<ResolversTypes['CreateDatasetVersionPayload'], ParentType, ContextType, RequireFields<MutationRelabelRowsArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'userId'>>;
  renameDataset?: Resolver<ResolversTypes['DatasetPayload'], ParentType, ContextType, RequireFields<MutationRenameDatasetArgs, 'input'>>;
  requestHealthCheck?: Resolver<ResolversTypes['RequestHealthCheckPayload'], ParentType, ContextType>;
  requestPredictions?: Resolver<ResolversTypes['PredictionPayload'], ParentType, ContextType, RequireFields<MutationRequestPredictionsArgs, 'rows' | 'runId'>>;
  retryRun?: Resolver<ResolversTypes['RunPayload'], ParentType, ContextType, RequireFields<MutationRetryRunArgs, 'id'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationPayload'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  revokeShareLink?: Resolver<ResolversTypes['ShareLinkPayload'], ParentType, ContextType, RequireFields<MutationRevokeShareLinkArgs, 'id'>>;
  saveComparison?: Resolver<ResolversTypes['ComparisonPayload'], ParentType, ContextType, RequireFields<MutationSaveComparisonArgs, 'input'>>;
  setRunListColumns?: Resolver<Array<ResolversTypes['RunColumn']>, ParentType, ContextType, RequireFields<MutationSetRunListColumnsArgs, 'columns'>>;
  signUp?: Resolver<ResolversTypes['SignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unarchiveDataset?: Resolver<ResolversTypes['DatasetPayload'], ParentType, ContextType, RequireFields<MutationUnarchiveDatasetArgs, 'id'>>;
  updateComparison?: Resolver<ResolversTypes['ComparisonPayload'], ParentType, ContextType, RequireFields<MutationUpdateComparisonArgs, 'id' | 'input'>>;
  updateRule?: Resolver<ResolversTypes['RulePayload'], ParentType, ContextType, RequireFields<MutationUpdateRuleArgs, 'id' | 'input'>>;
  updateRun?: Resolver<ResolversTypes['RunPayload'], ParentType, ContextType, RequireFields<MutationUpdateRunArgs, 'id' | 'input'>>;
  updateRunAnnotation?: Resolver<ResolversTypes['RunAnnotationPayload'], ParentType, ContextType, RequireFields<MutationUpdateRunAnnotationArgs, 'id' | 'input'>>;
  updateTeam?: Resolver<ResolversTypes['UpdateTeamPayload'], ParentType, ContextType, RequireFields<MutationUpdateTeamArgs, 'input'>>;
};

export type NoisyExampleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NoisyExample'] = ResolversParentTypes['NoisyExample']> = {
  firstMemorizedEpoch?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  noisyLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trueLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PhaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Phase'] = ResolversParentTypes['Phase']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  correction?: Resolver<Maybe<ResolversTypes['RunAnnotation']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['PhaseName'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PhaseDetectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhaseDetection'] = ResolversParentTypes['PhaseDetection']> = {
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  epochsSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  params?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['Phase']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PhaseDetectionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PhaseFindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PhaseFinding'] = ResolversParentTypes['PhaseFinding']> = {
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['FindingPhases']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
};

export type PhaseNameResolvers = EnumResolverSignature<{ FITTING?: any, MEMORIZATION?: any, SETTLING?: any }, ResolversTypes['PhaseName']>;

export type PrecisionCoveragePointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PrecisionCoveragePoint'] = ResolversParentTypes['PrecisionCoveragePoint']> = {
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PredictedRowResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictedRow'] = ResolversParentTypes['PredictedRow']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  probabilities?: Resolver<Maybe<Array<ResolversTypes['ClassProbability']>>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
};

export type PredictionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Prediction'] = ResolversParentTypes['Prediction']> = {
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['PredictedRow']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PredictionStatus'], ParentType, ContextType>;
};

export type PredictionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PredictionPayload'] = ResolversParentTypes['PredictionPayload']> = {
  prediction?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiTokens?: Resolver<ResolversTypes['ApiTokenConnection'], ParentType, ContextType, Partial<QueryApiTokensArgs>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  baseModels?: Resolver<Array<ResolversTypes['BaseModel']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryComparisonArgs, 'id'>>;
  comparisons?: Resolver<Array<ResolversTypes['Comparison']>, ParentType, ContextType, RequireFields<QueryComparisonsArgs, 'first'>>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType, RequireFields<QueryDatasetArgs, 'id'>>;
  datasetSamples?: Resolver<Array<ResolversTypes['DatasetSample']>, ParentType, ContextType>;
  datasetUpload?: Resolver<ResolversTypes['DatasetUpload'], ParentType, ContextType, RequireFields<QueryDatasetUploadArgs, 'id'>>;
  datasetVersion?: Resolver<ResolversTypes['DatasetVersion'], ParentType, ContextType, RequireFields<QueryDatasetVersionArgs, 'id'>>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, RequireFields<QueryDatasetsArgs, 'includeArchived'>>;
  experiments?: Resolver<ResolversTypes['ExperimentConnection'], ParentType, ContextType, Partial<QueryExperimentsArgs>>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  healthCheck?: Resolver<ResolversTypes['HealthCheck'], ParentType, ContextType, RequireFields<QueryHealthCheckArgs, 'id'>>;
  invitation?: Resolver<ResolversTypes['InvitationPreview'], ParentType, ContextType, RequireFields<QueryInvitationArgs, 'token'>>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, Partial<QueryInvitationsArgs>>;
  members?: Resolver<ResolversTypes['MemberConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  prediction?: Resolver<ResolversTypes['Prediction'], ParentType, ContextType, RequireFields<QueryPredictionArgs, 'id'>>;
  ruleSet?: Resolver<ResolversTypes['RuleSet'], ParentType, ContextType, RequireFields<QueryRuleSetArgs, 'id'>>;
  ruleSets?: Resolver<Array<ResolversTypes['RuleSet']>, ParentType, ContextType>;
  run?: Resolver<ResolversTypes['Run'], ParentType, ContextType, RequireFields<QueryRunArgs, 'id'>>;
  runColumnChoices?: Resolver<ResolversTypes['RunColumnChoices'], ParentType, ContextType>;
  runGroup?: Resolver<ResolversTypes['RunGroup'], ParentType, ContextType, RequireFields<QueryRunGroupArgs, 'id'>>;
  runGroups?: Resolver<Array<ResolversTypes['RunGroup']>, ParentType, ContextType, RequireFields<QueryRunGroupsArgs, 'first'>>;
  runKinds?: Resolver<Array<ResolversTypes['RunKind']>, ParentType, ContextType>;
  runListColumns?: Resolver<Array<ResolversTypes['RunColumn']>, ParentType, ContextType>;
  runMetrics?: Resolver<Array<ResolversTypes['MetricSeries']>, ParentType, ContextType, RequireFields<QueryRunMetricsArgs, 'maxPoints' | 'runIds' | 'withWallTime'>>;
  runs?: Resolver<ResolversTypes['RunConnection'], ParentType, ContextType, Partial<QueryRunsArgs>>;
  runsByIds?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType, RequireFields<QueryRunsByIdsArgs, 'ids'>>;
  sharedComparison?: Resolver<ResolversTypes['SharedComparison'], ParentType, ContextType, RequireFields<QuerySharedComparisonArgs, 'token'>>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
  testRule?: Resolver<ResolversTypes['RuleTest'], ParentType, ContextType, RequireFields<QueryTestRuleArgs, 'input'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  workerStatus?: Resolver<ResolversTypes['WorkerStatus'], ParentType, ContextType>;
};

export type RegisterRunExamplesPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterRunExamplesPayload'] = ResolversParentTypes['RegisterRunExamplesPayload']> = {
  classes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  noisy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReleasedScoresResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReleasedScores'] = ResolversParentTypes['ReleasedScores']> = {
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coverageByModel?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coverageByRules?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  f1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  macroF1?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  recall?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload']> = {
  removedUserId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RequestHealthCheckPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RequestHealthCheckPayload'] = ResolversParentTypes['RequestHealthCheckPayload']> = {
  healthCheck?: Resolver<ResolversTypes['HealthCheck'], ParentType, ContextType>;
};

export type ReviewItemResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviewItem'] = ResolversParentTypes['ReviewItem']> = {
  decision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modelClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modelConfidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ruleClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['FiredRule']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = {
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type RevokeInvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeInvitationPayload'] = ResolversParentTypes['RevokeInvitationPayload']> = {
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, MEMBER?: any, OWNER?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type RuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Rule'] = ResolversParentTypes['Rule']> = {
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  class?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RuleKind'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RuleAnalysisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleAnalysis'] = ResolversParentTypes['RuleAnalysis']> = {
  conflicts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overlaps?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['RuleStats']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RuleFormatResolvers = EnumResolverSignature<{ CSV?: any, JSON?: any }, ResolversTypes['RuleFormat']>;

export type RuleKindResolvers = EnumResolverSignature<{ BLACKLIST?: any, WHITELIST?: any }, ResolversTypes['RuleKind']>;

export type RuleMatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleMatch'] = ResolversParentTypes['RuleMatch']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RulePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RulePayload'] = ResolversParentTypes['RulePayload']> = {
  rule?: Resolver<ResolversTypes['Rule'], ParentType, ContextType>;
};

export type RuleRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleRevision'] = ResolversParentTypes['RuleRevision']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONValue']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONValue']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type RuleSetResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleSet'] = ResolversParentTypes['RuleSet']> = {
  analysis?: Resolver<ResolversTypes['RuleAnalysis'], ParentType, ContextType, RequireFields<RuleSetAnalysisArgs, 'datasetVersionId'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  export?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<RuleSetExportArgs, 'format'>>;
  history?: Resolver<Array<ResolversTypes['RuleRevision']>, ParentType, ContextType, RequireFields<RuleSetHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['Rule']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RuleSetPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleSetPayload'] = ResolversParentTypes['RuleSetPayload']> = {
  ruleSet?: Resolver<ResolversTypes['RuleSet'], ParentType, ContextType>;
};

export type RuleStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleStats'] = ResolversParentTypes['RuleStats']> = {
  accuracy?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  conflicts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  correct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  incorrect?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overlaps?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['Rule'], ParentType, ContextType>;
};

export type RuleTestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RuleTest'] = ResolversParentTypes['RuleTest']> = {
  correct?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  labeled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milliseconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  samples?: Resolver<Array<ResolversTypes['RuleMatch']>, ParentType, ContextType>;
  totalRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Run'] = ResolversParentTypes['Run']> = {
  annotations?: Resolver<Array<ResolversTypes['RunAnnotation']>, ParentType, ContextType>;
  artifacts?: Resolver<Array<ResolversTypes['RunArtifact']>, ParentType, ContextType>;
  backend?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  baseModel?: Resolver<Maybe<ResolversTypes['BaseModel']>, ParentType, ContextType>;
  bestValues?: Resolver<Array<ResolversTypes['MetricValue']>, ParentType, ContextType, RequireFields<RunBestValuesArgs, 'keys'>>;
  cancelRequested?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  config?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  datasetVersion?: Resolver<Maybe<ResolversTypes['DatasetVersion']>, ParentType, ContextType>;
  embeddingNeighbours?: Resolver<Array<ResolversTypes['EmbeddingNeighbour']>, ParentType, ContextType, RequireFields<RunEmbeddingNeighboursArgs, 'column' | 'first' | 'value'>>;
  epochs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epochsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorStack?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  experiment?: Resolver<Maybe<ResolversTypes['Experiment']>, ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['RunExplanation']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['RunGroup']>, ParentType, ContextType>;
  hybridReport?: Resolver<Maybe<ResolversTypes['HybridReport']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inputs?: Resolver<ResolversTypes['JSONValue'], ParentType, ContextType>;
  keyTags?: Resolver<Array<ResolversTypes['KeyValue']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelErrors?: Resolver<Maybe<ResolversTypes['LabelErrorReport']>, ParentType, ContextType, RequireFields<RunLabelErrorsArgs, 'first'>>;
  logs?: Resolver<Array<ResolversTypes['RunLogLine']>, ParentType, ContextType, RequireFields<RunLogsArgs, 'last'>>;
  metricKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['MetricSeries']>, ParentType, ContextType, RequireFields<RunMetricsArgs, 'maxPoints' | 'withWallTime'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noisyExamples?: Resolver<Array<ResolversTypes['NoisyExample']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Run']>, ParentType, ContextType>;
  phaseDetection?: Resolver<Maybe<ResolversTypes['PhaseDetection']>, ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['Phase']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  registeredExamples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewQueue?: Resolver<Array<ResolversTypes['ReviewItem']>, ParentType, ContextType, RequireFields<RunReviewQueueArgs, 'first'>>;
  runsAheadInQueue?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  suspectedLabelErrors?: Resolver<Array<ResolversTypes['SuspectedLabelError']>, ParentType, ContextType, RequireFields<RunSuspectedLabelErrorsArgs, 'first'>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  testUncertainty?: Resolver<Maybe<ResolversTypes['TestUncertainty']>, ParentType, ContextType>;
  waitReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workerHost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RunAnnotationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunAnnotation'] = ResolversParentTypes['RunAnnotation']> = {
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnnotationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phase?: Resolver<Maybe<ResolversTypes['PhaseName']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type RunAnnotationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunAnnotationPayload'] = ResolversParentTypes['RunAnnotationPayload']> = {
  annotation?: Resolver<ResolversTypes['RunAnnotation'], ParentType, ContextType>;
};

export type RunArtifactResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunArtifact'] = ResolversParentTypes['RunArtifact']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  epoch?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunColumnResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunColumn'] = ResolversParentTypes['RunColumn']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RunColumnSource'], ParentType, ContextType>;
};

export type RunColumnChoicesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunColumnChoices'] = ResolversParentTypes['RunColumnChoices']> = {
  configFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RunColumnSourceResolvers = EnumResolverSignature<{ BEST?: any, CONFIG?: any, SUMMARY?: any }, ResolversTypes['RunColumnSource']>;

export type RunConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunConnection'] = ResolversParentTypes['RunConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RunEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type RunEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunEdge'] = ResolversParentTypes['RunEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type RunExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunExplanation'] = ResolversParentTypes['RunExplanation']> = {
  crossWeights?: Resolver<Array<ResolversTypes['CrossWeight']>, ParentType, ContextType, RequireFields<RunExplanationCrossWeightsArgs, 'first'>>;
  embeddingColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RunGroupResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunGroup'] = ResolversParentTypes['RunGroup']> = {
  configurations?: Resolver<Array<ResolversTypes['GroupConfiguration']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['Run']>, ParentType, ContextType>;
  scoreKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  varies?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunGroupPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunGroupPayload'] = ResolversParentTypes['RunGroupPayload']> = {
  group?: Resolver<ResolversTypes['RunGroup'], ParentType, ContextType>;
};

export type RunKindResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunKind'] = ResolversParentTypes['RunKind']> = {
  defaultConfig?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  launchable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taskTypes?: Resolver<Array<ResolversTypes['TaskType']>, ParentType, ContextType>;
};

export type RunLogLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunLogLine'] = ResolversParentTypes['RunLogLine']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RunPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RunPayload'] = ResolversParentTypes['RunPayload']> = {
  run?: Resolver<ResolversTypes['Run'], ParentType, ContextType>;
};

export type RunStatusResolvers = EnumResolverSignature<{ CANCELED?: any, FAILED?: any, QUEUED?: any, RUNNING?: any, SUCCEEDED?: any, WAITING?: any }, ResolversTypes['RunStatus']>;

export type ShareLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShareLink'] = ResolversParentTypes['ShareLink']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ShareLinkPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShareLinkPayload'] = ResolversParentTypes['ShareLinkPayload']> = {
  shareLink?: Resolver<ResolversTypes['ShareLink'], ParentType, ContextType>;
};

export type SharedComparisonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedComparison'] = ResolversParentTypes['SharedComparison']> = {
  metrics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['SharedRun']>, ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['MetricSeries']>, ParentType, ContextType, Partial<SharedComparisonSeriesArgs>>;
  settings?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SharedMarkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedMark'] = ResolversParentTypes['SharedMark']> = {
  colour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AnnotationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedPhaseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedPhase'] = ResolversParentTypes['SharedPhase']> = {
  end?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['PhaseName'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SharedRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SharedRun'] = ResolversParentTypes['SharedRun']> = {
  config?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  epochs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  marks?: Resolver<Array<ResolversTypes['SharedMark']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phases?: Resolver<Array<ResolversTypes['SharedPhase']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RunStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  testUncertainty?: Resolver<Maybe<ResolversTypes['TestUncertainty']>, ParentType, ContextType>;
};

export type SignUpPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SignUpPayload'] = ResolversParentTypes['SignUpPayload']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SplitConfigResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SplitConfig'] = ResolversParentTypes['SplitConfig']> = {
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  test?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  train?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  validation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SplitCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SplitCounts'] = ResolversParentTypes['SplitCounts']> = {
  test?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  train?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validation?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SuspectedLabelErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SuspectedLabelError'] = ResolversParentTypes['SuspectedLabelError']> = {
  givenLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  injected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loss?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  predictedLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaskTypeResolvers = EnumResolverSignature<{ CORPUS?: any, TABULAR?: any, TEXT_CLASSIFICATION?: any, TOKEN_CLASSIFICATION?: any }, ResolversTypes['TaskType']>;

export type TeamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type TeamMembershipResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TeamMembership'] = ResolversParentTypes['TeamMembership']> = {
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type TestUncertaintyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TestUncertainty'] = ResolversParentTypes['TestUncertainty']> = {
  intervals?: Resolver<Array<ResolversTypes['MetricInterval']>, ParentType, ContextType>;
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  smallestClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  smallestClassItems?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type TokenStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TokenStats'] = ResolversParentTypes['TokenStats']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['ValueCount']>, ParentType, ContextType>;
  tagScheme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UpdateTeamPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateTeamPayload'] = ResolversParentTypes['UpdateTeamPayload']> = {
  team?: Resolver<ResolversTypes['Team'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ValueCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ValueCount'] = ResolversParentTypes['ValueCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  memberships?: Resolver<Array<ResolversTypes['TeamMembership']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker']> = {
  concurrency?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pid?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type WorkerStatusResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WorkerStatus'] = ResolversParentTypes['WorkerStatus']> = {
  online?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workers?: Resolver<Array<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  AnnotationKind?: AnnotationKindResolvers;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  BaseModel?: BaseModelResolvers<ContextType>;
  ChangeMemberRolePayload?: ChangeMemberRolePayloadResolvers<ContextType>;
  ChangePasswordPayload?: ChangePasswordPayloadResolvers<ContextType>;
  ClaimDifference?: ClaimDifferenceResolvers<ContextType>;
  ClassProbability?: ClassProbabilityResolvers<ContextType>;
  ColumnStats?: ColumnStatsResolvers<ContextType>;
  ColumnType?: ColumnTypeResolvers;
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonPayload?: ComparisonPayloadResolvers<ContextType>;
  ConfigurationScore?: ConfigurationScoreResolvers<ContextType>;
  CreateApiTokenPayload?: CreateApiTokenPayloadResolvers<ContextType>;
  CreateDatasetPayload?: CreateDatasetPayloadResolvers<ContextType>;
  CreateDatasetVersionPayload?: CreateDatasetVersionPayloadResolvers<ContextType>;
  CreateInvitationPayload?: CreateInvitationPayloadResolvers<ContextType>;
  CreateShareLinkPayload?: CreateShareLinkPayloadResolvers<ContextType>;
  CreateTeamPayload?: CreateTeamPayloadResolvers<ContextType>;
  CrossWeight?: CrossWeightResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetColumn?: DatasetColumnResolvers<ContextType>;
  DatasetConnection?: DatasetConnectionResolvers<ContextType>;
  DatasetEdge?: DatasetEdgeResolvers<ContextType>;
  DatasetFormat?: DatasetFormatResolvers;
  DatasetPayload?: DatasetPayloadResolvers<ContextType>;
  DatasetSample?: DatasetSampleResolvers<ContextType>;
  DatasetSchema?: DatasetSchemaResolvers<ContextType>;
  DatasetUpload?: DatasetUploadResolvers<ContextType>;
  DatasetVersion?: DatasetVersionResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DecisionScores?: DecisionScoresResolvers<ContextType>;
  DeleteComparisonPayload?: DeleteComparisonPayloadResolvers<ContextType>;
  DeleteDatasetPayload?: DeleteDatasetPayloadResolvers<ContextType>;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  DeleteRunAnnotationPayload?: DeleteRunAnnotationPayloadResolvers<ContextType>;
  EmbeddingNeighbour?: EmbeddingNeighbourResolvers<ContextType>;
  Experiment?: ExperimentResolvers<ContextType>;
  ExperimentConnection?: ExperimentConnectionResolvers<ContextType>;
  ExperimentEdge?: ExperimentEdgeResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingPhases?: FindingPhasesResolvers<ContextType>;
  FindingScore?: FindingScoreResolvers<ContextType>;
  FiredRule?: FiredRuleResolvers<ContextType>;
  GroupConfiguration?: GroupConfigurationResolvers<ContextType>;
  HealthCheck?: HealthCheckResolvers<ContextType>;
  HybridClassScore?: HybridClassScoreResolvers<ContextType>;
  HybridReport?: HybridReportResolvers<ContextType>;
  ImportRulesPayload?: ImportRulesPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationPreview?: InvitationPreviewResolvers<ContextType>;
  InvitationStatus?: InvitationStatusResolvers;
  JSON?: GraphQLScalarType;
  JSONValue?: GraphQLScalarType;
  KeyValue?: KeyValueResolvers<ContextType>;
  LabelErrorRankingScore?: LabelErrorRankingScoreResolvers<ContextType>;
  LabelErrorReport?: LabelErrorReportResolvers<ContextType>;
  LeaveTeamPayload?: LeaveTeamPayloadResolvers<ContextType>;
  LogRunExampleEpochPayload?: LogRunExampleEpochPayloadResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberConnection?: MemberConnectionResolvers<ContextType>;
  MemberEdge?: MemberEdgeResolvers<ContextType>;
  MetricInterval?: MetricIntervalResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  MetricSeries?: MetricSeriesResolvers<ContextType>;
  MetricValue?: MetricValueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NoisyExample?: NoisyExampleResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Phase?: PhaseResolvers<ContextType>;
  PhaseDetection?: PhaseDetectionResolvers<ContextType>;
  PhaseFinding?: PhaseFindingResolvers<ContextType>;
  PhaseName?: PhaseNameResolvers;
  PrecisionCoveragePoint?: PrecisionCoveragePointResolvers<ContextType>;
  PredictedRow?: PredictedRowResolvers<ContextType>;
  Prediction?: PredictionResolvers<ContextType>;
  PredictionPayload?: PredictionPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterRunExamplesPayload?: RegisterRunExamplesPayloadResolvers<ContextType>;
  ReleasedScores?: ReleasedScoresResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RequestHealthCheckPayload?: RequestHealthCheckPayloadResolvers<ContextType>;
  ReviewItem?: ReviewItemResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  RevokeInvitationPayload?: RevokeInvitationPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  Rule?: RuleResolvers<ContextType>;
  RuleAnalysis?: RuleAnalysisResolvers<ContextType>;
  RuleFormat?: RuleFormatResolvers;
  RuleKind?: RuleKindResolvers;
  RuleMatch?: RuleMatchResolvers<ContextType>;
  RulePayload?: RulePayloadResolvers<ContextType>;
  RuleRevision?: RuleRevisionResolvers<ContextType>;
  RuleSet?: RuleSetResolvers<ContextType>;
  RuleSetPayload?: RuleSetPayloadResolvers<ContextType>;
  RuleStats?: RuleStatsResolvers<ContextType>;
  RuleTest?: RuleTestResolvers<ContextType>;
  Run?: RunResolvers<ContextType>;
  RunAnnotation?: RunAnnotationResolvers<ContextType>;
  RunAnnotationPayload?: RunAnnotationPayloadResolvers<ContextType>;
  RunArtifact?: RunArtifactResolvers<ContextType>;
  RunColumn?: RunColumnResolvers<ContextType>;
  RunColumnChoices?: RunColumnChoicesResolvers<ContextType>;
  RunColumnSource?: RunColumnSourceResolvers;
  RunConnection?: RunConnectionResolvers<ContextType>;
  RunEdge?: RunEdgeResolvers<ContextType>;
  RunExplanation?: RunExplanationResolvers<ContextType>;
  RunGroup?: RunGroupResolvers<ContextType>;
  RunGroupPayload?: RunGroupPayloadResolvers<ContextType>;
  RunKind?: RunKindResolvers<ContextType>;
  RunLogLine?: RunLogLineResolvers<ContextType>;
  RunPayload?: RunPayloadResolvers<ContextType>;
  RunStatus?: RunStatusResolvers;
  ShareLink?: ShareLinkResolvers<ContextType>;
  ShareLinkPayload?: ShareLinkPayloadResolvers<ContextType>;
  SharedComparison?: SharedComparisonResolvers<ContextType>;
  SharedMark?: SharedMarkResolvers<ContextType>;
  SharedPhase?: SharedPhaseResolvers<ContextType>;
  SharedRun?: SharedRunResolvers<ContextType>;
  SignUpPayload?: SignUpPayloadResolvers<ContextType>;
  SplitConfig?: SplitConfigResolvers<ContextType>;
  SplitCounts?: SplitCountsResolvers<ContextType>;
  SuspectedLabelError?: SuspectedLabelErrorResolvers<ContextType>;
  TaskType?: TaskTypeResolvers;
  Team?: TeamResolvers<ContextType>;
  TeamMembership?: TeamMembershipResolvers<ContextType>;
  TestUncertainty?: TestUncertaintyResolvers<ContextType>;
  TokenStats?: TokenStatsResolvers<ContextType>;
  UpdateTeamPayload?: UpdateTeamPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  ValueCount?: ValueCountResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  WorkerStatus?: WorkerStatusResolvers<ContextType>;
};

