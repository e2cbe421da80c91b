import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './users';
import { workers } from './workers';
import { datasetVersions } from './datasets';
import { experiments } from './experiments';
import { at, teamId, bytea } from './columns';
import type { RunColumn } from '../../lib/runs/listColumns';

/** 95% intervals of a run's test scores, by summary key, with the test split's size and its smallest class. */
export interface TestUncertainty {
  items: number;
  smallestClass: { name: string; items: number } | null;
  intervals: Record<string, { low: number; high: number }>;
}

/** Runs launched together to be read together: an ablation's modes (a sweep's grid, later). */
export const runGroups = pgTable(
  'run_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    name: text('name').notNull(),
    /** 'ablation'. */
    kind: text('kind').notNull(),
    /** The config field the group varies, e.g. mode. */
    varies: text('varies').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('run_groups_team_idx').on(t.teamId, t.createdAt)],
);

/** One training job of one kind on one dataset version with one validated config. */
export const runs = pgTable(
  'runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    config: jsonb('config').notNull(),
    // A dataset that runs used cannot be deleted: this reference refuses it. An external run may have none.
    datasetVersionId: uuid('dataset_version_id').references(() => datasetVersions.id, { onDelete: 'no action' }),
    /** The MLflow experiment an external run was logged to. */
    experimentId: bigint('experiment_id', { mode: 'number' }).references(() => experiments.id, { onDelete: 'set null' }),
    /** Datasets an external run declared it used (MLflow's log-inputs), as sent. */
    inputs: jsonb('inputs').$type<unknown[]>().notNull().default([]),
    /** Set when the run is deleted through the tracking API: hidden from lists, restorable. */
    deletedAt: at('deleted_at'),
    /** The class order of an outside run's per-example predictions, fixed when its examples are first registered. */
    exampleClasses: text('example_classes').array(),
    seed: integer('seed').notNull(),
    status: text('status').notNull().default('queued'),
    /** Epochs completed and checkpointed; a resumed run starts after the last one. */
    epochsDone: integer('epochs_done').notNull().default(0),
    /** Batches of the next epoch trained and checkpointed before a worker stopped mid-epoch; a resumed run skips them. */
    batchesDone: integer('batches_done').notNull().default(0),
    epochs: integer('epochs').notNull(),
    progress: real('progress').notNull().default(0),
    /** Raised by every (re)start: a worker writes only while the run still carries its attempt. */
    attempt: integer('attempt').notNull().default(0),
    workerId: uuid('worker_id').references(() => workers.id, { onDelete: 'set null' }),
    workerHost: text('worker_host'),
    backend: text('backend'),
    error: text('error'),
    errorStack: text('error_stack'),
    summary: jsonb('summary').$type<Record<string, number>>().notNull().default({}),
    /** How far the summary's test scores can be trusted (workers/engine/uncertainty.ts); null for runs without a test split. */
    testUncertainty: jsonb('test_uncertainty').$type<TestUncertainty>(),
    tags: text('tags').array().notNull().default([]),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => runs.id, { onDelete: 'set null' }),
    groupId: uuid('group_id').references(() => runGroups.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    startedAt: at('started_at'),
    finishedAt: at('finished_at'),
    heartbeatAt: at('heartbeat_at'),
    cancelRequestedAt: at('cancel_requested_at'),
  },
  (t) => [
    index('runs_team_idx').on(t.teamId, t.createdAt),
    index('runs_status_idx').on(t.status),
    index('runs_dataset_version_idx').on(t.datasetVersionId),
    index('runs_group_idx').on(t.groupId),
    index('runs_experiment_idx').on(t.experimentId),
  ],
);

/**
 * A curve's points, stored in chunks of up to CHUNK_POINTS consecutive steps (db/metricChunks.ts): a batch of points
 * costs Postgres a row per key, not a row per point. A series' chunks never overlap, and within a chunk steps rise
 * strictly, so a step is stored once. The columns are packed arrays in Postgres's own (big-endian) binary order:
 * steps and values as float8, epochs as float4, wall times as float8 milliseconds since 1970.
 */
export const metricChunks = pgTable(
  'metric_chunks',
  {
    // No foreign keys: a check per write would slow ingestion. The writer holds the run's row while it writes,
    // and a trigger on runs deletes a deleted run's chunks (migration 0009, renewed in 0020).
    runId: uuid('run_id').notNull(),
    teamId: uuid('team_id').notNull(),
    key: text('key').notNull(),
    // MLflow's steps are int64: kept as sent, up to 2^53.
    firstStep: bigint('first_step', { mode: 'number' }).notNull(),
    lastStep: bigint('last_step', { mode: 'number' }).notNull(),
    points: integer('points').notNull(),
    steps: bytea('steps').notNull(),
    epochs: bytea('epochs').notNull(),
    values: bytea('values').notNull(),
    wallTimes: bytea('wall_times').notNull(),
  },
  // Reads go by run (the key's prefix), so team_id needs no index of its own.
  (t) => [primaryKey({ columns: [t.runId, t.key, t.firstStep] })],
);

/**
 * A finished run's curves, bucketed once to ROLLUP_POINTS per series (db/metricSeries.ts): a finished run's points
 * never change, so a comparison of many runs reads these instead of scanning every point.
 */
export const runMetricRollups = pgTable(
  'run_metric_rollups',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    key: text('key').notNull(),
    maxPoints: integer('max_points').notNull(),
    /** Typed arrays in the platform's (little-endian) byte order, Float64 throughout: read back without parsing a number. */
    steps: bytea('steps').notNull(),
    epochs: bytea('epochs').notNull(),
    values: bytea('values').notNull(),
    wallTimes: bytea('wall_times').notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.key] })],
);

/** The latest epoch's checkpoint and the final model (tfjs weights, optimizer state, classes), readable from any worker host. */
export const runArtifacts = pgTable(
  'run_artifacts',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    name: text('name').notNull(),
    epoch: integer('epoch').notNull(),
    /** Batches of the following epoch a mid-epoch checkpoint holds (0: the end of `epoch`). */
    batch: integer('batch').notNull().default(0),
    data: bytea('data').notNull(),
    bytes: integer('bytes').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.name] }), index('run_artifacts_team_idx').on(t.teamId)],
);

/** The training examples whose label a run corrupted, with the truth and when the model first memorized them. */
export const runNoisyExamples = pgTable(
  'run_noisy_examples',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    row: integer('row').notNull(),
    /** An entity's first token in its sentence (token classification); -1 when the whole row's label was changed. */
    token: integer('token').notNull().default(-1),
    trueLabel: text('true_label').notNull(),
    noisyLabel: text('noisy_label').notNull(),
    firstMemorizedEpoch: integer('first_memorized_epoch'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.row, t.token] }), index('run_noisy_examples_team_idx').on(t.teamId)],
);

/** What the engine said about a run, line by line: claims, resumes, epochs, failures. The run page tails it. */
export const runLogs = pgTable(
  'run_logs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    attempt: integer('attempt').notNull(),
    level: text('level').notNull(),
    message: text('message').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('run_logs_run_idx').on(t.runId, t.id), index('run_logs_team_idx').on(t.teamId)],
);

/** Rows a person asked a finished run's model to score, and what it answered; a worker does the scoring. */
export const runPredictions = pgTable(
  'run_predictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    runId: uuid('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    /** Each row as column → value, in the dataset's feature columns. */
    rows: jsonb('rows').$type<Record<string, string | number | null>[]>().notNull(),
    /** Per row: the predicted class and, where the model gives them, every class's probability. */
    results: jsonb('results').$type<{ label: string; probabilities: Record<string, number> | null }[]>(),
    /** 'pending', 'done' or 'failed'. */
    status: text('status').notNull().default('pending'),
    error: text('error'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: at('requested_at').notNull().defaultNow(),
    answeredAt: at('answered_at'),
  },
  (t) => [index('run_predictions_team_idx').on(t.teamId, t.requestedAt)],
);

/** The columns a user chose for a team's run list (lib/runs/listColumns.ts), kept between visits and devices. */
export const runListColumns = pgTable(
  'run_list_columns',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    columns: jsonb('columns').$type<RunColumn[]>().notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);
