import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  bigint,
  pgTable,
  text,
  timestamp,
  uuid,
  uniqueIndex,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';
import { teamId, bytea } from './columns';

const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

/**
 * One uploaded file, parsed once and kept as it came (the original, for download) and as rows (for training).
 * Immutable: versions point at an upload, so a schema or split edit makes a new version without copying rows.
 * An upload no version uses yet is staged; staged uploads older than a day are swept. An upload still `receiving`
 * is written in short statements as its bytes arrive, never in one transaction held open while a client sends:
 * only `ready` uploads are visible, and one whose heartbeat (`updated_at`) stopped is swept.
 */
export const datasetUploads = pgTable(
  'dataset_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    filename: text('filename').notNull(),
    format: text('format').notNull(),
    compressed: boolean('compressed').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    rowCount: integer('row_count').notNull(),
    columns: jsonb('columns').$type<string[]>().notNull(),
    inferredSchema: jsonb('inferred_schema').notNull(),
    preview: jsonb('preview').$type<unknown[][]>().notNull(),
    state: text('state', { enum: ['receiving', 'ready'] })
      .notNull()
      .default('ready'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('dataset_uploads_team_idx').on(t.teamId, t.createdAt),
    check('dataset_uploads_state_check', sql`${t.state} in ('receiving', 'ready')`),
  ],
);

/** The original bytes, in order, so the file can be downloaded exactly as uploaded. */
export const datasetFileChunks = pgTable(
  'dataset_file_chunks',
  {
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => datasetUploads.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] }), index('dataset_file_chunks_team_idx').on(t.teamId)],
);

/** Parsed rows, a few thousand per chunk, as gzipped JSON arrays of cells in column order. */
export const datasetRowChunks = pgTable(
  'dataset_row_chunks',
  {
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => datasetUploads.id, { onDelete: 'cascade' }),
    teamId: teamId(),
    seq: integer('seq').notNull(),
    firstRow: integer('first_row').notNull(),
    rowCount: integer('row_count').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.uploadId, t.seq] }), index('dataset_row_chunks_team_idx').on(t.teamId)],
);

export const datasets = pgTable(
  'datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('datasets_team_idx').on(t.teamId, t.updatedAt), uniqueIndex('datasets_team_name_key').on(t.teamId, sql`lower(${t.name})`)],
);

/** Immutable: a confirmed schema and a seeded split over one upload's rows, with the statistics they give. */
export const datasetVersions = pgTable(
  'dataset_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: teamId(),
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => datasetUploads.id, { onDelete: 'no action' }),
    taskType: text('task_type').notNull(),
    schema: jsonb('schema').notNull(),
    stats: jsonb('stats').notNull(),
    splitConfig: jsonb('split_config').notNull(),
    splitCounts: jsonb('split_counts').$type<{ train: number; validation: number; test: number }>().notNull(),
    // One byte per row: 0 train, 1 validation, 2 test.
    splitCodes: bytea('split_codes').notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('dataset_versions_number_key').on(t.datasetId, t.number),
    index('dataset_versions_team_idx').on(t.teamId),
    index('dataset_versions_upload_idx').on(t.uploadId),
  ],
);
